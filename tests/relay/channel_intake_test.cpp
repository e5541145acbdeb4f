// Issue "WhatsApp channel": everything Meta may POST, and the HTTP policy
// for it, against the real relay.
#include "relay_fixture.hpp"
#include "sportello/whatsapp/signature.hpp"
#include "storage/sqlite.hpp"
#include "sync_client.hpp"
#include "sportello/time.hpp"
#include "sportello/whatsapp/webhook.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <mutex>
#include <thread>

using namespace sportello;
using namespace sportello::testing;
namespace bj = boost::json;

namespace {

constexpr const char* citizen = "393401230001";

std::string envelope(const RelayFixture& f, const std::vector<std::string>& messages, const std::string& phone_number_id = {}) {
    return wa::build::envelope("WABA", phone_number_id.empty() ? f.phone_number_id : phone_number_id, "390110000000",
                               {{citizen, "Giulia"}}, messages, {});
}

std::string message(const std::string& wamid, const std::string& type, const std::string& object_json,
                    std::int64_t ts = time::now_ms() / 1000) {
    return R"({"from":")" + std::string(citizen) + R"(","id":")" + wamid + R"(","timestamp":")" + std::to_string(ts) +
           R"(","type":")" + type + "\",\"" + type + "\":" + object_json + "}";
}

} // namespace

TEST(Intake, EveryShapeIsStoredAndOnlyConversationalOnesAreAnswered) {
    RelayFixture f;
    const std::vector<std::string> messages{
        message("wamid.S1", "text", R"({"body":"#tamponi"})"),
        message("wamid.S2", "interactive", R"({"type":"list_reply","list_reply":{"id":"tag:richiamo","title":"Dose di richiamo"}})"),
        message("wamid.S3", "interactive", R"({"type":"button_reply","button_reply":{"id":"tag:contatti","title":"Contatti"}})"),
        message("wamid.S4", "button", R"({"payload":"APPT_CONFIRM:7F3K2","text":"Confermo"})"),
        message("wamid.S5", "image", R"({"id":"M1","mime_type":"image/jpeg","sha256":"abc=","caption":"il mio referto"})"),
        message("wamid.S6", "document", R"({"id":"M2","mime_type":"application/pdf","sha256":"def=","filename":"esito.pdf"})"),
        message("wamid.S7", "audio", R"({"id":"M3","mime_type":"audio/ogg","sha256":"ghi="})"),
        message("wamid.S8", "sticker", R"({"id":"M4","mime_type":"image/webp","sha256":"jkl="})"),
        message("wamid.S9", "location", R"({"latitude":45.0703,"longitude":7.6869,"name":"Torino"})"),
        message("wamid.S10", "contacts", R"([{"name":{"formatted_name":"Anna"},"phones":[{"phone":"+39 333 1234567"}]}])"),
        message("wamid.S11", "reaction", R"({"message_id":"wamid.X","emoji":"\ud83d\udc4d"})"),
        message("wamid.S12", "reaction", R"({"message_id":"wamid.X"})"),
        message("wamid.S13", "unsupported", R"({"type":"poll_creation"})"),
        message("wamid.S14", "unknown", R"({})"),
        message("wamid.S15", "video", R"({"id":"M5","mime_type":"video/mp4","sha256":"mno="})"),
        message("wamid.S16", "order", R"({"catalog_id":"1","product_items":[]})"),
    };
    EXPECT_EQ(f.post_webhook(envelope(f, messages)), 200);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages"), 16);
    EXPECT_EQ(f.db_int("SELECT count(DISTINCT type) FROM inbound_messages"), 14);
    // Text, list reply, button reply and template button are read by the bot.
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages WHERE rule IS NOT NULL"), 4);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages WHERE rule = 'menu_reply'"), 2);
    ASSERT_TRUE(wait_for([&] { return f.inbox(citizen).size() == 4; })) << f.logs();
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    EXPECT_EQ(f.inbox(citizen).size(), 4u);   // nothing else is ever answered
    EXPECT_EQ(f.db_int("SELECT count(*) FROM outbox WHERE kind = 'auto_reply'"), 4);
}

TEST(Intake, UnknownFieldsTypesAndErrorsGet200AndNoReply) {
    RelayFixture f;
    const std::string account_update = R"({"object":"whatsapp_business_account","entry":[{"id":"W","changes":[
        {"field":"account_update","value":{"event":"VERIFIED_ACCOUNT"}},
        {"field":"messages","value":{"metadata":{"phone_number_id":")" + f.phone_number_id + R"("},
           "errors":[{"code":131000,"title":"Something went wrong","message":"x","error_data":{"details":"y"}}],
           "surprise":{"nested":[1,2,3]}}},
        {"field":"brand_new_field_2027"}]}]})";
    EXPECT_EQ(f.post_webhook(account_update), 200);
    EXPECT_EQ(f.post_webhook(R"({"object":"page","entry":[]})"), 200);
    EXPECT_EQ(f.post_webhook(R"({"hello":"world"})"), 200);
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    EXPECT_EQ(f.db_int("SELECT count(*) FROM outbox"), 0);
    EXPECT_TRUE(f.relay_running());
}

TEST(Intake, SignedButUnparseableIsQuarantinedWith200) {
    RelayFixture f;
    std::string deep;
    for (int i = 0; i < 200; ++i) deep += "{\"a\":";
    deep += "1" + std::string(200, '}');
    const std::vector<std::string> bodies{
        R"({"object":"whatsapp_business_account","entry":[{"id":"W","chan)",   // truncated
        "{\"object\":\"\xC3\x28\"}",                                          // invalid UTF-8
        deep,                                                                  // nesting too deep
        "",                                                                    // empty
        "GET / HTTP/1.1 not json at all",                                      // not JSON
    };
    for (const auto& b : bodies) EXPECT_EQ(f.post_webhook(b), 200);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM quarantine"), 5);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages"), 0);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM outbox"), 0);
}

TEST(Intake, OtherBusinessNumbersAreStoredAsIgnoredNeverAnswered) {
    RelayFixture f;
    EXPECT_EQ(f.post_webhook(envelope(f, {message("wamid.O1", "text", R"({"body":"#tamponi"})")}, "999999999999999")), 200);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages WHERE ignored = 1"), 1);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    EXPECT_EQ(f.db_int("SELECT count(*) FROM outbox"), 0);
    EXPECT_TRUE(f.inbox(citizen).empty());
}

TEST(Intake, StorageFullAnswers503AndNothingAcknowledgedIsLost) {
    RelayFixture f({.tweak_relay_config = [](bj::object& c) {
        c["database"].as_object()["max_size_mb"] = 1;
        c["whatsapp"].as_object()["mark_as_read"] = false;
    }});
    std::vector<std::string> acknowledged, refused;
    const std::string filler(3000, 'x');
    for (int i = 0; i < 400 && refused.size() < 5; ++i) {
        const std::string wamid = "wamid.FULL" + std::to_string(i);
        const int status = f.post_webhook(envelope(f, {message(wamid, "text", "{\"body\":\"" + filler + "\"}")}));
        (status == 200 ? acknowledged : refused).push_back(wamid);
        if (status != 200) EXPECT_EQ(status, 503);
    }
    ASSERT_FALSE(refused.empty()) << "the database never filled up";
    ASSERT_FALSE(acknowledged.empty());
    EXPECT_NE(read_text_file(f.relay_log).find("storage"), std::string::npos);
    for (const auto& w : acknowledged)
        EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages WHERE wamid = '" + w + "'"), 1) << w;
    for (const auto& w : refused) EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages WHERE wamid = '" + w + "'"), 0);
    auto h = f.relay("GET", "/healthz");
    EXPECT_TRUE(h.ok());
}

namespace {

// A webhook posted straight to the relay, signed, waiting up to `timeout`.
net::ClientResult post_signed(const RelayFixture& f, const std::string& body,
                              std::chrono::milliseconds timeout = std::chrono::seconds(10)) {
    wasim::SyncCall c;
    c.base_url = f.relay_url;
    c.ca_file = f.ca_file;
    c.method = "POST";
    c.path = "/webhook";
    c.body = body;
    c.headers = {{"x-hub-signature-256", wa::sign_body(body, f.app_secret)}};
    c.timeout = timeout;
    return wasim::call(c);
}

std::string text_webhook(const RelayFixture& f, const std::string& wamid) {
    return envelope(f, {message(wamid, "text", R"({"body":"#tamponi"})")});
}

// Another process holds the database's write lock: the relay's writer waits
// for it (busy_timeout_ms) as it would for a stalled disk, until released.
struct WriterStall {
    explicit WriterStall(const RelayFixture& f) : lock(f.db_path, storage::Connection::Mode::read_write, true) {
        lock.exec_script("BEGIN IMMEDIATE");
    }
    void release() { lock.exec_script("ROLLBACK"); }
    storage::Connection lock;
};

} // namespace

// A request whose database work does not finish within request_deadline_ms
// gets 503 storage_unavailable (Meta retries webhooks); the abandoned job
// still commits once the writer can, and the retry finds it: one row, one reply.
TEST(Intake, AStalledWriterAnswers503AtTheDeadlineAndLosesNothing) {
    RelayFixture f({.tweak_relay_config = [](bj::object& c) {
        c["database"].as_object()["busy_timeout_ms"] = 300000;
        c["request_deadline_ms"] = 1000;
    }});
    f.sim_settings({{"enforce_window", false}});   // the citizen writes to the relay directly
    const auto body = text_webhook(f, "wamid.STALL1");
    WriterStall stall(f);
    const auto refused = post_signed(f, body);
    ASSERT_TRUE(refused.ok()) << refused.error;
    EXPECT_EQ(refused.response->status, 503);
    EXPECT_NE(refused.response->body.find("\"storage_unavailable\""), std::string::npos) << refused.response->body;
    auto health = f.relay("GET", "/healthz");   // the relay itself still answers
    ASSERT_TRUE(health.ok());
    stall.release();
    ASSERT_TRUE(wait_for([&] { return f.db_int("SELECT count(*) FROM inbound_messages WHERE wamid = 'wamid.STALL1'") == 1; }))
        << f.logs();
    EXPECT_EQ(post_signed(f, body).response->status, 200);   // Meta's retry
    ASSERT_TRUE(wait_for([&] { return f.inbox(citizen).size() == 1; })) << f.logs();
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages"), 1);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM outbox"), 1);
}

// The writer's queue has a cap: while it is stalled, requests beyond it are
// refused at once with 503 (not held until the deadline), those within it
// are answered when the writer resumes, and the refused ones are taken when
// Meta retries them. Each webhook is stored once.
TEST(Intake, AFullWriterQueueRefusesAtOnceAndLosesNothing) {
    RelayFixture f({.tweak_relay_config = [](bj::object& c) {
        c["database"].as_object()["busy_timeout_ms"] = 300000;
        c["database"].as_object()["max_queued_writes"] = 3;
        c["request_deadline_ms"] = 300000;
        c["whatsapp"].as_object()["mark_as_read"] = false;
    }});
    constexpr auto patient = std::chrono::seconds(300);
    WriterStall stall(f);
    std::mutex mutex;
    std::vector<std::pair<std::string, int>> answers;   // wamid, status
    std::vector<std::thread> posts;
    int sent = 0;
    auto answered = [&](int status) {
        std::lock_guard lock(mutex);
        return std::count_if(answers.begin(), answers.end(), [&](const auto& a) { return a.second == status; });
    };
    // New webhooks, one at a time, until one is refused: the queue's cap (and
    // the writer's stalled batch) bound how many are taken.
    while (answered(503) == 0 && sent < 200) {
        const std::string wamid = "wamid.QUEUE" + std::to_string(sent++);
        posts.emplace_back([&, wamid] {
            const auto r = post_signed(f, text_webhook(f, wamid), patient);
            std::lock_guard lock(mutex);
            answers.emplace_back(wamid, r.ok() ? r.response->status : 0);
        });
        wait_for([&] { std::lock_guard lock(mutex); return answers.size() == posts.size(); },
                 std::chrono::milliseconds(200));   // an accepted one stays pending: move on
    }
    ASSERT_GE(answered(503), 1) << "no webhook was refused with the queue full";
    EXPECT_EQ(answered(200), 0) << "a webhook was acknowledged while the writer was stalled";
    const int taken = sent - static_cast<int>(answered(503));
    EXPECT_GE(taken, 3);
    stall.release();
    for (auto& t : posts) t.join();
    EXPECT_EQ(answered(200), taken);
    EXPECT_EQ(answered(0), 0);
    for (const auto& [wamid, status] : answers)
        if (status == 503) EXPECT_EQ(post_signed(f, text_webhook(f, wamid)).response->status, 200) << wamid;
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages"), sent);
    EXPECT_EQ(f.db_int("SELECT count(DISTINCT wamid) FROM inbound_messages"), sent);
}

TEST(Intake, NumberChangeCarriesTheCitizensHistory) {
    RelayFixture f;
    f.citizen_says(citizen, "#tamponi");
    ASSERT_TRUE(wait_for([&] { return f.inbox(citizen).size() == 1; })) << f.logs();
    const std::string changed = R"({"from":")" + std::string(citizen) + R"(","id":"wamid.SYS1","timestamp":"1773130600",)"
        R"("type":"system","system":{"body":"User A changed from 393401230001 to 393409990002","wa_id":"393409990002","type":"user_changed_number"}})";
    EXPECT_EQ(f.post_webhook(wa::build::envelope("W", f.phone_number_id, "390110000000", {}, {changed}, {})), 200);
    f.citizen_says("393409990002", "#richiamo");
    ASSERT_TRUE(wait_for([&] { return f.inbox("393409990002").size() == 1; })) << f.logs();
    EXPECT_EQ(f.db_int("SELECT count(*) FROM contacts"), 1);
    EXPECT_EQ(f.db_int("SELECT count(DISTINCT contact_id) FROM inbound_messages"), 1);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM outbox WHERE kind = 'auto_reply'"), 2);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM audit_log WHERE action = 'contact_number_changed'"), 1);
}
