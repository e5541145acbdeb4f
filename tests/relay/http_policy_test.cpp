// HTTP behaviour of the relay as a server: verification handshake, 404 vs
// 405, body caps, health, and graceful shutdown.
#include "relay_fixture.hpp"
#include "sportello/time.hpp"
#include "sportello/whatsapp/signature.hpp"
#include "sportello/whatsapp/webhook.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

using namespace sportello;
using namespace sportello::testing;
namespace bj = boost::json;

TEST(Verification, HandshakeAnswersOnlyTheRightToken) {
    RelayFixture f;
    auto get = [&](const std::string& query) { return f.relay("GET", "/webhook?" + query); };
    auto ok = get("hub.mode=subscribe&hub.verify_token=" + f.verify_token + "&hub.challenge=1158201444");
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(ok.response->status, 200);
    EXPECT_EQ(ok.response->body, "1158201444");
    EXPECT_EQ(ok.response->header("content-type").substr(0, 10), "text/plain");
    EXPECT_EQ(get("hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1").response->status, 403);
    EXPECT_EQ(get("hub.mode=unsubscribe&hub.verify_token=" + f.verify_token + "&hub.challenge=1").response->status, 403);
    EXPECT_EQ(get("hub.mode=subscribe&hub.verify_token=" + f.verify_token).response->status, 400);
    EXPECT_EQ(get("hub.mode=subscribe&hub.verify_token=" + f.verify_token + "&hub.challenge=%3Cscript%3E").response->status, 400);
    EXPECT_EQ(get("hub.mode=subscribe&hub.verify_token=" + f.verify_token + "&hub.challenge=" + std::string(200, '7')).response->status, 400);
}

TEST(HttpPolicy, NotFoundAndMethodNotAllowedAreDistinct) {
    RelayFixture f;
    auto nf = f.relay("GET", "/nope");
    EXPECT_EQ(nf.response->status, 404);
    EXPECT_NE(nf.response->body.find("\"not_found\""), std::string::npos);
    auto mna = f.relay("PUT", "/webhook", "{}");
    EXPECT_EQ(mna.response->status, 405);
    EXPECT_EQ(mna.response->header("allow"), "GET, POST");
}

TEST(HttpPolicy, OversizedWebhookIs413) {
    RelayFixture f({.tweak_relay_config = [](bj::object& c) {
        c["whatsapp"].as_object()["webhook_body_limit"] = 1024;
    }});
    auto r = f.relay("POST", "/webhook", std::string(4096, ' '), {{"x-hub-signature-256", "sha256=00"}});
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.response->status, 413);
    EXPECT_NE(r.response->body.find("\"payload_too_large\""), std::string::npos);
}

// At the real default cap (4 MiB): a signed webhook of 3 MiB (Meta's own
// limit) is taken; one over the cap gets a 413 that the client can read,
// although it was still sending its body when the answer was written.
TEST(HttpPolicy, WebhooksUpToTheDefaultCapAreTakenAndLargerOnesGetAReadable413) {
    RelayFixture f;
    const wa::build::Sender s{"393401234000", "Giulia"};
    auto webhook_of_size = [&](std::size_t size, const std::string& wamid) {
        auto body = wa::build::envelope("W", f.phone_number_id, "390110000000", {s},
                                        {wa::build::text_message(s, wamid, time::now_ms() / 1000, "#tamponi")}, {});
        body.append(size - body.size(), ' ');   // JSON allows trailing whitespace
        return body;
    };
    const auto big = webhook_of_size(3 * 1024 * 1024, "wamid.BIG1");
    auto ok = f.relay("POST", "/webhook", big, {{"x-hub-signature-256", wa::sign_body(big, f.app_secret)}});
    ASSERT_TRUE(ok.ok()) << ok.error;
    EXPECT_EQ(ok.response->status, 200) << ok.response->body;
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages WHERE wamid = 'wamid.BIG1'"), 1);

    const auto too_big = webhook_of_size(4 * 1024 * 1024 + 1, "wamid.BIG2");
    auto refused = f.relay("POST", "/webhook", too_big, {{"x-hub-signature-256", wa::sign_body(too_big, f.app_secret)}});
    ASSERT_TRUE(refused.ok()) << "the client could not read the answer: " << refused.error;
    EXPECT_EQ(refused.response->status, 413);
    EXPECT_NE(refused.response->body.find("4194304 bytes"), std::string::npos) << refused.response->body;
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages WHERE wamid = 'wamid.BIG2'"), 0);
    EXPECT_TRUE(f.relay_running());
}

TEST(HttpPolicy, HealthReportsOk) {
    RelayFixture f;
    auto h = f.relay("GET", "/healthz");
    ASSERT_EQ(h.response->status, 200);
    auto o = bj::parse(h.response->body).as_object();
    EXPECT_EQ(o["status"], "ok");
    EXPECT_EQ(o["database_ok"], true);
}

TEST(Shutdown, SigtermStopsCleanlyAndQuickly) {
    RelayFixture f;
    f.citizen_says("393401111111", "ciao");
    ASSERT_TRUE(wait_for([&] { return f.inbox("393401111111").size() == 1; })) << f.logs();
    const auto start = std::chrono::steady_clock::now();
    f.stop_relay();
    EXPECT_FALSE(f.relay_running());
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(8));
    EXPECT_NE(read_text_file(f.relay_log).find("stopped"), std::string::npos) << f.logs();
}
