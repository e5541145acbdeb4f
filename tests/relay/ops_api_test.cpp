// /ops/v1 for the desktop: login with a real password hash, sessions with
// expiry, and the published tree; no built-in accounts.
#include "relay_fixture.hpp"

#include "sportello/api/codec.hpp"
#include "storage/sqlite.hpp"
#include "sync_client.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

using namespace sportello;
using namespace sportello::testing;
namespace bj = boost::json;

namespace {
net::Headers bearer(const std::string& token) { return {{"authorization", "Bearer " + token}}; }
std::string login_body(const std::string& u, const std::string& p) {
    return bj::serialize(bj::object{{"username", u}, {"password", p}});
}
} // namespace

TEST(OpsApi, ThereAreNoDefaultAccounts) {
    RelayFixture f;
    for (const auto& [u, p] : {std::pair{"admin", "admin"}, std::pair{"admin", "password"}, std::pair{"root", "root"}}) {
        auto r = f.relay("POST", "/ops/v1/session", login_body(u, p), {{"content-type", "application/json"}});
        EXPECT_EQ(r.response->status, 401) << u;
    }
    EXPECT_EQ(f.db_int("SELECT count(*) FROM users"), 0);
}

TEST(OpsApi, LoginTreeLogoutAndExpiry) {
    RelayFixture f;
    ASSERT_EQ(f.create_user("m.rossi", "una-password-lunga", "editor"), 0) << f.logs();
    EXPECT_NE(f.create_user("m.rossi", "altra-password-lunga", "editor"), 0);   // taken
    EXPECT_NE(f.create_user("corto", "breve", "editor"), 0);                    // policy

    auto wrong = f.relay("POST", "/ops/v1/session", login_body("m.rossi", "sbagliata-123456"));
    EXPECT_EQ(wrong.response->status, 401);
    EXPECT_EQ(api::decode_error(wrong.response->body)->code, api::ErrorCode::unauthorized);

    auto ok = f.relay("POST", "/ops/v1/session", login_body("M.Rossi", "una-password-lunga"));
    ASSERT_EQ(ok.response->status, 201) << ok.response->body;
    auto session = api::decode<api::Session>(ok.response->body);
    ASSERT_TRUE(session);
    EXPECT_EQ(session->user.role, Role::editor);
    EXPECT_GT(session->expires_at_ms, 0);

    EXPECT_EQ(f.relay("GET", "/ops/v1/tree").response->status, 401);
    EXPECT_EQ(f.relay("GET", "/ops/v1/tree", {}, bearer("forged")).response->status, 401);
    auto tree = f.relay("GET", "/ops/v1/tree", {}, bearer(session->token));
    ASSERT_EQ(tree.response->status, 200);
    auto published = api::decode<api::PublishedTree>(tree.response->body);
    ASSERT_TRUE(published);
    EXPECT_EQ(published->version, 1);
    EXPECT_EQ(published->nodes.size(), 18u);

    // An expired session is refused with its own code.
    auto second = api::decode<api::Session>(
        f.relay("POST", "/ops/v1/session", login_body("m.rossi", "una-password-lunga")).response->body);
    ASSERT_TRUE(second);
    {
        storage::Connection c(f.db_path, storage::Connection::Mode::read_write, true);
        c.query("UPDATE sessions SET expires_at = 1 WHERE user_id = (SELECT id FROM users) AND created_at = "
                "(SELECT max(created_at) FROM sessions)").run();
    }
    auto expired = f.relay("GET", "/ops/v1/tree", {}, bearer(second->token));
    EXPECT_EQ(expired.response->status, 401);
    const auto code = api::decode_error(expired.response->body)->code;
    EXPECT_TRUE(code == api::ErrorCode::session_expired) << expired.response->body;

    EXPECT_EQ(f.relay("DELETE", "/ops/v1/session", {}, bearer(session->token)).response->status, 204);
    EXPECT_EQ(f.relay("GET", "/ops/v1/tree", {}, bearer(session->token)).response->status, 401);
    EXPECT_GE(f.db_int("SELECT count(*) FROM audit_log WHERE action = 'login'"), 2);
    EXPECT_GE(f.db_int("SELECT count(*) FROM audit_log WHERE action = 'login_failed'"), 1);
}

TEST(OpsApi, RepeatedFailuresAreThrottled) {
    RelayFixture f;
    ASSERT_EQ(f.create_user("operatore", "una-password-lunga", "operator"), 0);
    for (int i = 0; i < 10; ++i) f.relay("POST", "/ops/v1/session", login_body("operatore", "tentativo-" + std::to_string(i)));
    auto blocked = f.relay("POST", "/ops/v1/session", login_body("operatore", "una-password-lunga"));
    EXPECT_EQ(blocked.response->status, 429);
    EXPECT_EQ(api::decode_error(blocked.response->body)->code, api::ErrorCode::rate_limited);
    EXPECT_FALSE(blocked.response->header("retry-after").empty());
}

TEST(OpsApi, BadBodiesSayWhatIsWrong) {
    RelayFixture f;
    auto not_json = f.relay("POST", "/ops/v1/session", "{\"username\":");
    EXPECT_EQ(not_json.response->status, 400);
    EXPECT_EQ(api::decode_error(not_json.response->body)->code, api::ErrorCode::invalid_json);
    auto missing = f.relay("POST", "/ops/v1/session", R"({"username":"x"})");
    EXPECT_EQ(missing.response->status, 400);
    EXPECT_EQ(api::decode_error(missing.response->body)->field, "password");
    wasim::SyncCall c;
    c.base_url = f.relay_url;
    c.ca_file = f.ca_file;
    c.method = "POST";
    c.path = "/ops/v1/session";
    c.body = login_body("a", "b");
    c.content_type = "text/plain";
    auto wrong_type = wasim::call(c);
    EXPECT_EQ(wrong_type.response->status, 415);
    EXPECT_EQ(api::decode_error(wrong_type.response->body)->code, api::ErrorCode::unsupported_media_type);
}
