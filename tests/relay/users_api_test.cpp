// Operator accounts and sessions on the real relay: administrators create,
// edit, disable, reset and unlock; temporary passwords must be changed
// first; the password policy; the last active administrator; sessions
// listed and ended; idle and absolute expiry; lockout with a growing lock,
// per-address throttling and 429 with Retry-After.
#include "process.hpp"
#include "relay_fixture.hpp"
#include "sportello/api/codec.hpp"
#include "sportello/api/users.hpp"
#include "sportello/time.hpp"
#include "storage/sqlite.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <thread>

using namespace sportello;
using namespace sportello::testing;
namespace bj = boost::json;

namespace {

constexpr const char* admin_password = "Amministrazione-Regionale-7";

api::ErrorCode code_of(const net::ClientResult& r) { return api::decode_error(r.response->body).value().code; }

struct Desk {
    RelayFixture& f;
    std::string token;
    net::ClientResult call(const std::string& method, const std::string& path, const std::string& body = {}) {
        return f.relay(method, path, body, {{"authorization", "Bearer " + token}});
    }
};

net::ClientResult login(RelayFixture& f, const std::string& username, const std::string& password) {
    return f.relay("POST", "/ops/v1/session", api::encode(api::LoginRequest{username, password, {}, {}}));
}

std::string token_of(const net::ClientResult& r) {
    return std::string(bj::parse(r.response->body).as_object().at("token").as_string());
}

Desk admin_desk(RelayFixture& f, const std::string& name = "admin.regione") {
    if (f.create_user(name, admin_password, "admin") != 0) throw std::runtime_error("create_user");
    return Desk{f, f.login(name, admin_password)};
}

api::TemporaryPassword create(Desk& admin, const std::string& username, Role role) {
    auto r = admin.call("POST", "/ops/v1/users", api::encode(api::UserCreate{username, "Maria Rossi", role}));
    if (r.response->status != 201) throw std::runtime_error("create: " + r.response->body);
    return api::decode_users<api::TemporaryPassword>(r.response->body).value();
}

std::vector<api::UserView> users(Desk& admin) {
    return api::decode_users<std::vector<api::UserView>>(admin.call("GET", "/ops/v1/users").response->body).value();
}

api::UserView user_named(Desk& admin, const std::string& username) {
    for (auto& u : users(admin))
        if (u.username == username) return u;
    throw std::runtime_error("no user " + username);
}

void run_sql(RelayFixture& f, const std::string& sql) {
    storage::Connection c(f.db_path, storage::Connection::Mode::read_write, true);
    c.query(sql).run();
}

FixtureOptions with_auth(bj::object auth) {
    FixtureOptions o;
    o.start_simulator = false;
    o.tweak_relay_config = [auth](bj::object& config) { config["auth"] = auth; };
    return o;
}

} // namespace

TEST(Users, ATemporaryPasswordMustBeChangedFirstAndThePolicyHolds) {
    RelayFixture f({.start_simulator = false});
    auto admin = admin_desk(f);
    const auto created = create(admin, "m.rossi", Role::operator_);
    EXPECT_TRUE(created.user.must_change_password);
    EXPECT_EQ(created.user.role, Role::operator_);
    EXPECT_GE(created.temporary_password.size(), 12u);
    EXPECT_EQ(read_text_file(f.relay_log).find(created.temporary_password), std::string::npos) << "never logged";

    auto first = login(f, "m.rossi", created.temporary_password);
    ASSERT_EQ(first.response->status, 201) << first.response->body;
    EXPECT_TRUE(api::decode<api::Session>(first.response->body)->user.must_change_password);
    Desk op{f, token_of(first)};
    auto blocked = op.call("GET", "/ops/v1/tree");
    EXPECT_EQ(blocked.response->status, 403);
    EXPECT_EQ(code_of(blocked), api::ErrorCode::password_change_required);
    EXPECT_EQ(op.call("GET", "/ops/v1/session").response->status, 200);

    auto change = [&](const std::string& current, const std::string& next) {
        return op.call("PUT", "/ops/v1/session/password", api::encode(api::PasswordChange{current, next}));
    };
    for (const char* weak : {"corta", "Password2024!", "m.rossi-sportello", "Juventus1897!!"}) {
        auto r = change(created.temporary_password, weak);
        EXPECT_EQ(r.response->status, 422) << weak;
        EXPECT_EQ(api::decode_error(r.response->body)->field, "new_password") << weak;
    }
    auto wrong = change("non-e-la-password", "Piemonte-Vaccini-Hub-9");
    EXPECT_EQ(wrong.response->status, 401);
    EXPECT_EQ(api::decode_error(wrong.response->body)->field, "current_password");
    EXPECT_EQ(op.call("GET", "/ops/v1/tree").response->status, 403) << "nothing changed";

    ASSERT_EQ(change(created.temporary_password, "Piemonte-Vaccini-Hub-9").response->status, 204);
    EXPECT_EQ(op.call("GET", "/ops/v1/tree").response->status, 200) << "the same session works on";
    EXPECT_EQ(login(f, "m.rossi", created.temporary_password).response->status, 401);
    auto again = login(f, "m.rossi", "Piemonte-Vaccini-Hub-9");
    ASSERT_EQ(again.response->status, 201);
    EXPECT_FALSE(api::decode<api::Session>(again.response->body)->user.must_change_password);
    EXPECT_GT(f.db_int("SELECT count(*) FROM audit_log WHERE action = 'password_changed' AND actor = 'm.rossi'"), 0);
    EXPECT_GT(f.db_int("SELECT count(*) FROM audit_log WHERE action = 'user_created' AND target = 'm.rossi'"), 0);
}

TEST(Users, BadInputGetsAClearErrorAndChangesNothing) {
    RelayFixture f({.start_simulator = false});
    auto admin = admin_desk(f);
    create(admin, "m.rossi", Role::viewer);
    const auto before = users(admin);
    auto bad_role = admin.call("POST", "/ops/v1/users", R"({"username":"a.bianchi","role":"root"})");
    EXPECT_EQ(bad_role.response->status, 400);
    EXPECT_EQ(api::decode_error(bad_role.response->body)->field, "role");
    auto bad_name = admin.call("POST", "/ops/v1/users", R"({"username":"a bianchi!","role":"viewer"})");
    EXPECT_EQ(bad_name.response->status, 422);
    EXPECT_EQ(api::decode_error(bad_name.response->body)->field, "username");
    auto taken = admin.call("POST", "/ops/v1/users", R"({"username":"M.Rossi","role":"viewer"})");
    EXPECT_EQ(taken.response->status, 409);
    const auto id = std::to_string(before.back().id);
    EXPECT_EQ(admin.call("PATCH", "/ops/v1/users/" + id, "{}").response->status, 400);
    EXPECT_EQ(admin.call("PATCH", "/ops/v1/users/" + id, R"({"disabled":"yes"})").response->status, 400);
    EXPECT_EQ(admin.call("PATCH", "/ops/v1/users/9999", R"({"role":"editor"})").response->status, 404);
    EXPECT_EQ(admin.call("PATCH", "/ops/v1/users/abc", R"({"role":"editor"})").response->status, 400);
    EXPECT_EQ(users(admin), before);
}

TEST(Users, EditingRoleAndNameTakesEffectAtOnce) {
    RelayFixture f({.start_simulator = false});
    auto admin = admin_desk(f);
    ASSERT_EQ(f.create_user("m.rossi", "Piemonte-Vaccini-Hub-9", "viewer"), 0);
    Desk op{f, f.login("m.rossi", "Piemonte-Vaccini-Hub-9")};
    EXPECT_EQ(op.call("GET", "/ops/v1/draft/diff").response->status, 200);
    EXPECT_EQ(op.call("POST", "/ops/v1/draft/discard", R"({"draft_revision":0})").response->status, 403);
    const auto id = std::to_string(user_named(admin, "m.rossi").id);
    auto edited = admin.call("PATCH", "/ops/v1/users/" + id, R"({"role":"editor","display_name":"Maria Rossi Bianchi"})");
    ASSERT_EQ(edited.response->status, 200) << edited.response->body;
    EXPECT_EQ(api::decode_users<api::UserView>(edited.response->body)->display_name, "Maria Rossi Bianchi");
    EXPECT_NE(op.call("POST", "/ops/v1/draft/discard", R"({"draft_revision":0})").response->status, 403)
        << "the open session has the new role";
    EXPECT_GT(f.db_int("SELECT count(*) FROM audit_log WHERE action = 'user_role_changed' AND detail = 'viewer -> editor'"), 0);
}

TEST(Users, DisablingEndsTheSessionsAtOnceAndReenablingAllowsLogin) {
    RelayFixture f({.start_simulator = false});
    auto admin = admin_desk(f);
    ASSERT_EQ(f.create_user("m.rossi", "Piemonte-Vaccini-Hub-9", "operator"), 0);
    Desk op{f, f.login("m.rossi", "Piemonte-Vaccini-Hub-9")};
    ASSERT_EQ(op.call("GET", "/ops/v1/session").response->status, 200);
    const auto id = std::to_string(user_named(admin, "m.rossi").id);
    ASSERT_EQ(admin.call("PATCH", "/ops/v1/users/" + id, R"({"disabled":true})").response->status, 200);
    EXPECT_EQ(op.call("GET", "/ops/v1/session").response->status, 401);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.username = 'm.rossi'"), 0);
    EXPECT_EQ(login(f, "m.rossi", "Piemonte-Vaccini-Hub-9").response->status, 401);
    EXPECT_TRUE(user_named(admin, "m.rossi").disabled);
    ASSERT_EQ(admin.call("PATCH", "/ops/v1/users/" + id, R"({"disabled":false})").response->status, 200);
    EXPECT_EQ(login(f, "m.rossi", "Piemonte-Vaccini-Hub-9").response->status, 201);
}

TEST(Users, TheLastActiveAdministratorCannotBeDemotedOrDisabled) {
    RelayFixture f({.start_simulator = false});
    auto admin = admin_desk(f);
    const auto self = std::to_string(user_named(admin, "admin.regione").id);
    auto demote = admin.call("PATCH", "/ops/v1/users/" + self, R"({"role":"supervisor"})");
    EXPECT_EQ(demote.response->status, 409);
    EXPECT_NE(api::decode_error(demote.response->body)->message.find("last active administrator"), std::string::npos);
    EXPECT_EQ(admin.call("PATCH", "/ops/v1/users/" + self, R"({"disabled":true})").response->status, 409);
    EXPECT_EQ(user_named(admin, "admin.regione").role, Role::admin);
    // A disabled administrator does not count as active.
    const auto second = create(admin, "admin.due", Role::admin);
    const auto second_id = std::to_string(second.user.id);
    ASSERT_EQ(admin.call("PATCH", "/ops/v1/users/" + second_id, R"({"disabled":true})").response->status, 200);
    EXPECT_EQ(admin.call("PATCH", "/ops/v1/users/" + self, R"({"role":"supervisor"})").response->status, 409);
    ASSERT_EQ(admin.call("PATCH", "/ops/v1/users/" + second_id, R"({"disabled":false})").response->status, 200);
    EXPECT_EQ(admin.call("PATCH", "/ops/v1/users/" + self, R"({"role":"supervisor"})").response->status, 200);
    EXPECT_EQ(admin.call("GET", "/ops/v1/users").response->status, 403) << "no longer an administrator";
}

TEST(Users, ResetPasswordEndsSessionsAndIssuesATemporaryOne) {
    RelayFixture f({.start_simulator = false});
    auto admin = admin_desk(f);
    ASSERT_EQ(f.create_user("m.rossi", "Piemonte-Vaccini-Hub-9", "editor"), 0);
    Desk op{f, f.login("m.rossi", "Piemonte-Vaccini-Hub-9")};
    const auto id = std::to_string(user_named(admin, "m.rossi").id);
    auto reset = admin.call("POST", "/ops/v1/users/" + id + "/password-reset");
    ASSERT_EQ(reset.response->status, 200) << reset.response->body;
    const auto temporary = api::decode_users<api::TemporaryPassword>(reset.response->body).value();
    EXPECT_TRUE(temporary.user.must_change_password);
    EXPECT_EQ(op.call("GET", "/ops/v1/session").response->status, 401);
    EXPECT_EQ(login(f, "m.rossi", "Piemonte-Vaccini-Hub-9").response->status, 401);
    auto fresh = login(f, "m.rossi", temporary.temporary_password);
    ASSERT_EQ(fresh.response->status, 201);
    EXPECT_TRUE(api::decode<api::Session>(fresh.response->body)->user.must_change_password);
}

TEST(Sessions, EachOperatorListsAndEndsOwnSessionsAndAnAdministratorAnyones) {
    RelayFixture f({.start_simulator = false});
    auto admin = admin_desk(f);
    ASSERT_EQ(f.create_user("m.rossi", "Piemonte-Vaccini-Hub-9", "operator"), 0);
    ASSERT_EQ(f.create_user("l.verdi", "Piemonte-Vaccini-Hub-9", "operator"), 0);
    Desk laptop{f, f.login("m.rossi", "Piemonte-Vaccini-Hub-9")};
    Desk office{f, f.login("m.rossi", "Piemonte-Vaccini-Hub-9")};
    Desk other{f, f.login("l.verdi", "Piemonte-Vaccini-Hub-9")};
    auto listed = api::decode_users<std::vector<api::SessionView>>(laptop.call("GET", "/ops/v1/sessions").response->body);
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 2u);
    int current = 0;
    std::string office_id;
    for (const auto& s : *listed) {
        EXPECT_EQ(s.username, "m.rossi");
        EXPECT_EQ(s.remote_address, "127.0.0.1");
        EXPECT_EQ(s.id.find(laptop.token), std::string::npos);
        if (s.current) ++current;
        else office_id = s.id;
    }
    EXPECT_EQ(current, 1);
    EXPECT_EQ(other.call("DELETE", "/ops/v1/sessions/" + office_id).response->status, 404) << "not l.verdi's";
    EXPECT_EQ(office.call("GET", "/ops/v1/session").response->status, 200);
    EXPECT_EQ(laptop.call("DELETE", "/ops/v1/sessions/" + office_id).response->status, 204);
    EXPECT_EQ(office.call("GET", "/ops/v1/session").response->status, 401);

    const auto verdi = std::to_string(user_named(admin, "l.verdi").id);
    auto theirs = api::decode_users<std::vector<api::SessionView>>(
        admin.call("GET", "/ops/v1/users/" + verdi + "/sessions").response->body);
    ASSERT_TRUE(theirs);
    ASSERT_EQ(theirs->size(), 1u);
    EXPECT_FALSE(theirs->front().current);
    EXPECT_EQ(admin.call("DELETE", "/ops/v1/sessions/" + theirs->front().id).response->status, 204);
    EXPECT_EQ(other.call("GET", "/ops/v1/session").response->status, 401);
    EXPECT_EQ(laptop.call("GET", "/ops/v1/users/" + verdi + "/sessions").response->status, 403);
}

TEST(Sessions, EndAfterIdleTimeAndAtTheAbsoluteExpiry) {
    RelayFixture f({.start_simulator = false});
    ASSERT_EQ(f.create_user("m.rossi", "Piemonte-Vaccini-Hub-9", "operator"), 0);
    Desk idle{f, f.login("m.rossi", "Piemonte-Vaccini-Hub-9")};
    Desk busy{f, f.login("m.rossi", "Piemonte-Vaccini-Hub-9")};
    Desk old{f, f.login("m.rossi", "Piemonte-Vaccini-Hub-9")};
    const auto expires = api::decode<api::Session>(login(f, "m.rossi", "Piemonte-Vaccini-Hub-9").response->body)->expires_at_ms;
    EXPECT_NEAR(static_cast<double>(expires - time::now_ms()), 12.0 * 3600 * 1000, 60 * 1000.0) << "12 hours by default";
    // Moved back in time directly in the database: no test waits 30 minutes.
    auto current_id = [&](Desk& d) {
        const auto sessions = api::decode_users<std::vector<api::SessionView>>(d.call("GET", "/ops/v1/sessions").response->body);
        for (const auto& s : sessions.value())
            if (s.current) return s.id;
        return std::string();
    };
    const auto idle_id = current_id(idle);
    const auto old_id = current_id(old);
    ASSERT_FALSE(idle_id.empty());
    run_sql(f, "UPDATE sessions SET last_seen_at = last_seen_at - 31 * 60000 WHERE public_id = '" + idle_id + "'");
    run_sql(f, "UPDATE sessions SET expires_at = 1000 WHERE public_id = '" + old_id + "'");
    auto r = idle.call("GET", "/ops/v1/session");
    EXPECT_EQ(r.response->status, 401);
    EXPECT_EQ(code_of(r), api::ErrorCode::session_expired);
    EXPECT_NE(api::decode_error(r.response->body)->message.find("30 minutes"), std::string::npos);
    EXPECT_EQ(code_of(old.call("GET", "/ops/v1/session")), api::ErrorCode::session_expired);
    EXPECT_EQ(busy.call("GET", "/ops/v1/session").response->status, 200);
}

TEST(Lockout, TenFailuresLockTheAccountWithRetryAfterAndAnAdministratorUnlocks) {
    RelayFixture f(with_auth({{"lockout_base_seconds", 600}}));
    auto admin = admin_desk(f);
    ASSERT_EQ(f.create_user("m.rossi", "Piemonte-Vaccini-Hub-9", "operator"), 0);
    for (int i = 1; i <= 9; ++i) EXPECT_EQ(login(f, "m.rossi", "sbagliata-" + std::to_string(i)).response->status, 401);
    EXPECT_EQ(user_named(admin, "m.rossi").failed_logins, 9);
    auto tenth = login(f, "m.rossi", "sbagliata-10");
    ASSERT_EQ(tenth.response->status, 429);
    EXPECT_EQ(code_of(tenth), api::ErrorCode::rate_limited);
    const int retry = std::stoi(std::string(tenth.response->header("retry-after")));
    EXPECT_EQ(retry, 600);
    auto right = login(f, "m.rossi", "Piemonte-Vaccini-Hub-9");
    EXPECT_EQ(right.response->status, 429) << "locked even with the right password";
    EXPECT_FALSE(right.response->header("retry-after").empty());
    const auto locked = user_named(admin, "m.rossi");
    ASSERT_TRUE(locked.locked_until_ms);
    EXPECT_EQ(admin.call("POST", "/ops/v1/users/9999/unlock").response->status, 404);
    auto unlocked = admin.call("POST", "/ops/v1/users/" + std::to_string(locked.id) + "/unlock");
    ASSERT_EQ(unlocked.response->status, 200);
    EXPECT_FALSE(api::decode_users<api::UserView>(unlocked.response->body)->locked_until_ms);
    EXPECT_EQ(login(f, "m.rossi", "Piemonte-Vaccini-Hub-9").response->status, 201);
    EXPECT_GT(f.db_int("SELECT count(*) FROM audit_log WHERE action = 'account_locked' AND target = 'm.rossi'"), 0);
    EXPECT_GT(f.db_int("SELECT count(*) FROM audit_log WHERE action = 'user_unlocked' AND target = 'm.rossi'"), 0);
}

TEST(Lockout, EachFurtherLockLastsLonger) {
    RelayFixture f(with_auth({{"lockout_failures", 3}, {"lockout_base_seconds", 1}, {"lockout_max_seconds", 3}}));
    ASSERT_EQ(f.create_user("m.rossi", "Piemonte-Vaccini-Hub-9", "operator"), 0);
    auto lock = [&] {
        net::ClientResult r;
        for (int i = 0; i < 3; ++i) r = login(f, "m.rossi", "sbagliata");
        EXPECT_EQ(r.response->status, 429);
        return std::stoi(std::string(r.response->header("retry-after")));
    };
    auto wait_unlocked = [&] {
        return wait_for([&] { return login(f, "m.rossi", "sbagliata").response->status != 429; },
                        std::chrono::seconds(10));
    };
    EXPECT_EQ(lock(), 1);
    ASSERT_TRUE(wait_unlocked());   // that attempt failed: 1 of the next 3
    net::ClientResult r;
    for (int i = 0; i < 2; ++i) r = login(f, "m.rossi", "sbagliata");
    ASSERT_EQ(r.response->status, 429);
    EXPECT_EQ(std::stoi(std::string(r.response->header("retry-after"))), 2);
    ASSERT_TRUE(wait_unlocked());
    for (int i = 0; i < 2; ++i) r = login(f, "m.rossi", "sbagliata");
    EXPECT_EQ(std::stoi(std::string(r.response->header("retry-after"))), 3) << "capped at lockout_max_seconds";
    ASSERT_TRUE(wait_for([&] { return login(f, "m.rossi", "Piemonte-Vaccini-Hub-9").response->status == 201; },
                         std::chrono::seconds(10)));
}

TEST(Lockout, FailuresFromOneAddressAreThrottledWhateverTheUsername) {
    RelayFixture f(with_auth({{"source_failures", 12}, {"source_window_seconds", 600}}));
    ASSERT_EQ(f.create_user("m.rossi", "Piemonte-Vaccini-Hub-9", "operator"), 0);
    for (int i = 0; i < 12; ++i)
        EXPECT_EQ(login(f, "sconosciuto" + std::to_string(i), "qualsiasi-password").response->status, 401);
    auto r = login(f, "m.rossi", "Piemonte-Vaccini-Hub-9");
    EXPECT_EQ(r.response->status, 429);
    const int retry = std::stoi(std::string(r.response->header("retry-after")));
    EXPECT_GT(retry, 0);
    EXPECT_LE(retry, 601);
    EXPECT_EQ(f.db_int("SELECT failed_logins FROM users WHERE username = 'm.rossi'"), 0) << "m.rossi is not to blame";
}
