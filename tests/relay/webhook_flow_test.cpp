// The walking skeleton end to end, on real processes: a citizen's signed
// webhook is stored and answered through the simulator; bad signatures and
// duplicates change nothing.
#include "relay_fixture.hpp"
#include "sportello/time.hpp"
#include "sportello/whatsapp/signature.hpp"
#include "sportello/whatsapp/webhook.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <thread>

using namespace sportello;
using namespace sportello::testing;
namespace bj = boost::json;

namespace {

std::string text_webhook(const RelayFixture& f, const std::string& from, const std::string& wamid, const std::string& text) {
    const wa::build::Sender s{from, "Giulia"};
    return wa::build::envelope("WABA", f.phone_number_id, "390110000000", {s},
                               {wa::build::text_message(s, wamid, time::now_ms() / 1000, text)}, {});
}

int post_signed_through_sim(RelayFixture& f, const std::string& body) {
    auto r = f.sim("POST", "/_sim/webhooks", body);
    if (!r.ok()) return -1;
    return static_cast<int>(bj::parse(r.response->body).as_object().at("relay_status").as_int64());
}

} // namespace

TEST(WebhookFlow, HashtagIsStoredAndAnsweredWithPublishedContent) {
    RelayFixture f;
    f.citizen_says("393401234567", "#Centri Vaccinali");
    ASSERT_TRUE(wait_for([&] { return f.inbox("393401234567").size() == 1; })) << f.logs();
    const auto reply = f.inbox("393401234567").at(0).as_object();
    EXPECT_EQ(reply.at("type"), "text");
    const std::string text(reply.at("text").as_string());
    EXPECT_EQ(text.rfind("*Centri vaccinali*\n", 0), 0u) << text;
    EXPECT_NE(text.find("centri vaccinali delle ASL"), std::string::npos);

    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages WHERE rule = 'tag' AND type = 'text'"), 1);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM outbox WHERE kind = 'auto_reply'"), 1);
    // Statuses from the simulator move the reply forward to "read".
    ASSERT_TRUE(wait_for([&] { return f.db_int("SELECT count(*) FROM outbox WHERE kind='auto_reply' AND state='read'") == 1; }))
        << f.logs();
    EXPECT_EQ(f.db_int("SELECT count(*) FROM message_statuses"), 3);
}

TEST(WebhookFlow, CitizensWithForeignNumbersAreAnsweredToo) {
    // A WhatsApp id always includes the country code: a ten-digit Icelandic
    // number is not an Italian mobile without one.
    RelayFixture f;
    f.citizen_says("3541234567", "#tamponi");
    ASSERT_TRUE(wait_for([&] { return f.inbox("3541234567").size() == 1; })) << f.logs();
    const std::string text(f.inbox("3541234567").at(0).as_object().at("text").as_string());
    EXPECT_EQ(text.rfind("*Tamponi*", 0), 0u) << text;
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages WHERE contact_id IS NOT NULL"), 1);
}

TEST(WebhookFlow, BadOrMissingSignatureIs401AndStoresNothing) {
    RelayFixture f;
    const auto body = text_webhook(f, "393401234567", "wamid.BAD1", "#tamponi");
    for (const std::string& header : {std::string(), std::string("sha256=") + std::string(64, '0'),
                                      wa::sign_body(body, "wrong-secret"), std::string("sha1=abc")}) {
        net::Headers h;
        if (!header.empty()) h.emplace_back("x-hub-signature-256", header);
        auto r = f.relay("POST", "/webhook", body, h);
        ASSERT_TRUE(r.ok());
        EXPECT_EQ(r.response->status, 401);
        EXPECT_NE(r.response->body.find("\"invalid_signature\""), std::string::npos) << r.response->body;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages"), 0);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM contacts"), 0);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM outbox"), 0);
    EXPECT_TRUE(f.all_sent_messages().empty());
}

// A flood of unsigned POSTs writes at most a line per 10 s, and the next
// line says how many were refused meanwhile.
TEST(WebhookFlow, AFloodOfUnsignedPostsIsLoggedAsASummary) {
    RelayFixture f;
    const auto body = text_webhook(f, "393401234567", "wamid.FLOOD", "#tamponi");
    const auto start = std::chrono::steady_clock::now();
    constexpr int posts = 400;
    for (int i = 0; i < posts; ++i) ASSERT_EQ(f.relay("POST", "/webhook", body).response->status, 401);
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - start);
    const auto log = read_text_file(f.relay_log);
    int lines = 0;
    for (auto at = log.find("[webhook] refused from"); at != std::string::npos; at = log.find("[webhook] refused from", at + 1))
        ++lines;
    EXPECT_GE(lines, 1);
    EXPECT_LE(lines, 1 + static_cast<int>(seconds.count() / 10) + 1) << log;   // one per started interval
    if (lines > 1) EXPECT_NE(log.find("more refused since the last such line"), std::string::npos) << log;
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages"), 0);
}

TEST(WebhookFlow, SameWamidTwiceGivesOneRowAndOneReply) {
    RelayFixture f;
    const auto body = text_webhook(f, "393409999999", "wamid.DUP1", "#tamponi");
    EXPECT_EQ(post_signed_through_sim(f, body), 200);
    EXPECT_EQ(post_signed_through_sim(f, body), 200);
    ASSERT_TRUE(wait_for([&] { return f.inbox("393409999999").size() == 1; })) << f.logs();
    EXPECT_EQ(post_signed_through_sim(f, body), 200);   // a late redelivery
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    EXPECT_EQ(f.inbox("393409999999").size(), 1u);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages WHERE wamid = 'wamid.DUP1'"), 1);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM outbox WHERE kind = 'auto_reply'"), 1);
}

TEST(WebhookFlow, PersonalDataIsEncryptedAtRest) {
    RelayFixture f;
    f.citizen_says("393405551234", "Sono Mario Bianchi e abito in via Roma 12");
    ASSERT_TRUE(wait_for([&] { return f.inbox("393405551234").size() == 1; })) << f.logs();
    f.stop_relay();   // checkpoint the WAL into the main file
    for (const auto& file : {f.db_path, f.db_path + "-wal"}) {
        const auto bytes = read_text_file(file);
        EXPECT_EQ(bytes.find("393405551234"), std::string::npos) << file;
        EXPECT_EQ(bytes.find("Mario Bianchi"), std::string::npos) << file;
        EXPECT_EQ(bytes.find("Giulia"), std::string::npos) << file;
    }
}
