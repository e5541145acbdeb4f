// The outbound dispatcher under the Cloud API's failures: retries with
// backoff, permanent failures, the 24-hour window, global stop, pacing.
#include "relay_fixture.hpp"
#include "sportello/whatsapp/signature.hpp"
#include "sportello/whatsapp/webhook.hpp"
#include "sportello/time.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <thread>

using namespace sportello;
using namespace sportello::testing;
namespace bj = boost::json;

namespace {

FixtureOptions quiet(std::function<void(bj::object&)> more = {}) {
    FixtureOptions o;
    o.tweak_relay_config = [more](bj::object& c) {
        c["whatsapp"].as_object()["mark_as_read"] = false;
        c["whatsapp"].as_object()["response_timeout_ms"] = 1000;
        if (more) more(c);
    };
    return o;
}

std::int64_t sent_count(RelayFixture& f) { return static_cast<std::int64_t>(f.all_sent_messages().size()); }

} // namespace

TEST(Dispatcher, TransientErrorsAreRetriedUntilSent) {
    RelayFixture f(quiet());
    const std::string to = "393401250001";
    f.sim_faults({bj::object{{"kind", "error"}, {"code", 130429}, {"to", to}},
                  bj::object{{"kind", "http_status"}, {"http_status", 503}, {"to", to}},
                  bj::object{{"kind", "drop"}, {"to", to}},
                  bj::object{{"kind", "timeout"}, {"delay_ms", 2000}, {"to", to}}});
    f.citizen_says(to, "#tamponi");
    ASSERT_TRUE(wait_for([&] { return f.inbox(to).size() == 1; }, std::chrono::seconds(40))) << f.logs();
    EXPECT_EQ(f.db_int("SELECT attempts FROM outbox WHERE kind = 'auto_reply'"), 5);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    EXPECT_EQ(f.inbox(to).size(), 1u);
}

TEST(Dispatcher, PermanentErrorsFailWithoutRetry) {
    RelayFixture f(quiet());
    for (int code : {131026, 100, 132000, 132001}) {
        const std::string to = "39340125100" + std::to_string(code % 10);
        f.sim_faults({bj::object{{"kind", "error"}, {"code", code}, {"to", to}}});
        f.citizen_says(to, "#tamponi");
    }
    ASSERT_TRUE(wait_for([&] { return f.db_int("SELECT count(*) FROM outbox WHERE state = 'failed'") == 4; })) << f.logs();
    EXPECT_EQ(f.db_int("SELECT max(attempts) FROM outbox"), 1);
    EXPECT_EQ(f.db_int("SELECT count(DISTINCT error_code) FROM outbox"), 4);
    EXPECT_EQ(sent_count(f), 0);
}

TEST(Dispatcher, OutsideTheWindowFreeTextBecomesTheTemplate) {
    RelayFixture f(quiet([](bj::object& c) {
        c["whatsapp"].as_object()["outside_window_template"] = "informazione_generale";
    }));
    // Meta redelivers a message a day late: its own timestamp decides the window.
    const std::string to = "393401250002";
    const wa::build::Sender s{to, "Giulia"};
    const auto day_old = (time::now_ms() / 1000) - 25 * 3600;
    EXPECT_EQ(f.post_webhook(wa::build::envelope("W", f.phone_number_id, "390110000000", {s},
                                                 {wa::build::text_message(s, "wamid.OLD1", day_old, "#tamponi")}, {})), 200);
    ASSERT_TRUE(wait_for([&] { return f.inbox(to).size() == 1; })) << f.logs();
    const auto got = f.inbox(to).at(0).as_object();
    EXPECT_EQ(got.at("type"), "template");
    EXPECT_EQ(got.at("template"), "informazione_generale");
    EXPECT_NE(std::string(got.at("text").as_string()).find("Tamponi"), std::string::npos);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM outbox WHERE state = 'failed' AND error_title = 'outside_window'"), 1);

    // Meta can also report it after accepting the send (131047 in a status).
    const std::string other = "393401250003";
    f.sim_faults({bj::object{{"kind", "async_error"}, {"code", 131047}, {"to", other}}});
    f.citizen_says(other, "#richiamo");
    ASSERT_TRUE(wait_for([&] { return f.inbox(other).size() == 2; })) << f.logs();
    EXPECT_EQ(f.inbox(other).at(1).as_object().at("type"), "template");
}

TEST(Dispatcher, OutsideTheWindowWithoutTemplateFails) {
    RelayFixture f(quiet());
    const std::string to = "393401250004";
    const wa::build::Sender s{to, "Giulia"};
    const auto day_old = (time::now_ms() / 1000) - 25 * 3600;
    EXPECT_EQ(f.post_webhook(wa::build::envelope("W", f.phone_number_id, "390110000000", {s},
                                                 {wa::build::text_message(s, "wamid.OLD2", day_old, "#tamponi")}, {})), 200);
    ASSERT_TRUE(wait_for([&] { return f.db_int("SELECT count(*) FROM outbox WHERE error_title = 'outside_window'") == 1; }))
        << f.logs();
    EXPECT_EQ(f.db_int("SELECT count(*) FROM outbox WHERE state = 'failed'"), 1);
    EXPECT_EQ(sent_count(f), 0);
    // Logged, without the number.
    const auto log = read_text_file(f.relay_log);
    EXPECT_NE(log.find("not sent: the citizen's 24-hour window is closed; recorded as failed"), std::string::npos) << log;
    EXPECT_EQ(log.find("3401250004"), std::string::npos) << log;
}

TEST(Dispatcher, TokenErrorsStopAllSendingUntilAnAdminClearsIt) {
    RelayFixture f(quiet());
    ASSERT_EQ(f.create_user("admin.sistema", "una-password-lunga", "admin"), 0);
    ASSERT_EQ(f.create_user("operatore", "una-password-lunga", "operator"), 0);
    f.sim_faults({bj::object{{"kind", "error"}, {"code", 190}, {"http_status", 401}}});
    f.citizen_says("393401250005", "#tamponi");
    ASSERT_TRUE(wait_for([&] {
        auto h = f.relay("GET", "/healthz");
        return h.ok() && bj::parse(h.response->body).as_object().at("sending_stopped") == true;
    })) << f.logs();
    f.citizen_says("393401250006", "#richiamo");
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    EXPECT_EQ(sent_count(f), 0);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM outbox WHERE state = 'queued'"), 2);   // the queue is kept

    const auto op = f.login("operatore", "una-password-lunga");
    auto alerts = f.relay("GET", "/ops/v1/alerts", {}, {{"authorization", "Bearer " + op}});
    ASSERT_EQ(alerts.response->status, 200);
    EXPECT_NE(alerts.response->body.find("190"), std::string::npos);
    EXPECT_EQ(f.relay("DELETE", "/ops/v1/alerts/sending", {}, {{"authorization", "Bearer " + op}}).response->status, 403);

    const auto admin = f.login("admin.sistema", "una-password-lunga");
    EXPECT_EQ(f.relay("DELETE", "/ops/v1/alerts/sending", {}, {{"authorization", "Bearer " + admin}}).response->status, 204);
    ASSERT_TRUE(wait_for([&] { return sent_count(f) == 2; }, std::chrono::seconds(15))) << f.logs();
    EXPECT_EQ(bj::parse(f.relay("GET", "/healthz").response->body).as_object().at("status"), "ok");
}

TEST(Dispatcher, PairPacingSpacesMessagesToOneRecipient) {
    RelayFixture f(quiet([](bj::object& c) {
        c["dispatcher"] = bj::object{{"pair_interval_seconds", 1.0}, {"pair_burst", 1}};
    }));
    const std::string to = "393401250007";
    for (const char* tag : {"#tamponi", "#richiamo", "#contatti"}) f.citizen_says(to, tag);
    ASSERT_TRUE(wait_for([&] { return f.inbox(to).size() == 3; }, std::chrono::seconds(15))) << f.logs();
    auto inbox = f.inbox(to);
    std::vector<std::int64_t> at;
    for (const auto& m : inbox) at.push_back(m.as_object().at("received_at_us").as_int64());
    std::sort(at.begin(), at.end());
    EXPECT_GE(at[1] - at[0], 900'000);   // one message per second to this recipient
    EXPECT_GE(at[2] - at[1], 900'000);
}

TEST(Dispatcher, MarksAnsweredMessagesAsRead) {
    RelayFixture f;
    f.citizen_says("393401250008", "#tamponi");
    ASSERT_TRUE(wait_for([&] {
        auto stats = f.sim("GET", "/_sim/stats");
        return bj::parse(stats.response->body).as_object().at("marked_read").as_int64() == 1;
    })) << f.logs();
    EXPECT_EQ(f.inbox("393401250008").size(), 1u);   // the reply itself
}

TEST(Dispatcher, MarkingReadIsConfigurable) {
    RelayFixture f(quiet());
    f.citizen_says("393401250009", "#tamponi");
    ASSERT_TRUE(wait_for([&] { return f.inbox("393401250009").size() == 1; })) << f.logs();
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    auto stats = f.sim("GET", "/_sim/stats");
    EXPECT_EQ(bj::parse(stats.response->body).as_object().at("marked_read").as_int64(), 0);
}

TEST(Dispatcher, AnUnreachableCloudApiIsNotHammeredAndRepliesFollowWhenItIsBack) {
    // These citizens write to the relay directly, so the simulator never sees
    // their messages: it starts with the 24-hour window off, or the first
    // probe after its restart could be refused before a settings call lands.
    auto options = quiet();
    options.tweak_sim_config = [](bj::object& c) { c["enforce_window"] = false; };
    RelayFixture f(options);
    f.stop_simulator();
    // Citizens keep writing (signed webhooks straight to the relay).
    for (int i = 0; i < 20; ++i) {
        const wa::build::Sender s{"3934013500" + std::to_string(10 + i), "Giulia"};
        const auto body = wa::build::envelope("W", f.phone_number_id, "390110000000", {s},
                                              {wa::build::text_message(s, "wamid.DOWN" + std::to_string(i),
                                                                       time::now_ms() / 1000, "#tamponi")}, {});
        auto r = f.relay("POST", "/webhook", body, {{"x-hub-signature-256", wa::sign_body(body, f.app_secret)}});
        ASSERT_EQ(r.response->status, 200);
    }
    std::this_thread::sleep_for(std::chrono::seconds(4));
    // The first wave goes out at once; then single probes with backoff, not
    // a retry of every message every few seconds (which would be ~60).
    EXPECT_LE(f.db_int("SELECT sum(attempts) FROM outbox"), 26);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM outbox WHERE state = 'failed'"), 0);
    f.start_simulator();
    ASSERT_TRUE(wait_for([&] { return f.all_sent_messages().size() == 20; }, std::chrono::seconds(60))) << f.logs();
}
