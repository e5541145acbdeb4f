// Statuses arrive late, twice and out of order; the outbox only moves
// forward and keeps every status with its own time and error.
#include "relay_fixture.hpp"
#include "sportello/whatsapp/webhook.hpp"
#include "storage/sqlite.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

using namespace sportello;
using namespace sportello::testing;
namespace bj = boost::json;

namespace {

std::string reply_wamid(RelayFixture& f, const std::string& wa_id) {
    auto inbox = f.inbox(wa_id);
    return inbox.empty() ? std::string() : std::string(inbox.at(0).as_object().at("wamid").as_string());
}

std::string final_state(RelayFixture& f, const std::string& wamid) {
    storage::Connection c(f.db_path, storage::Connection::Mode::read_only, true);
    auto q = c.query("SELECT state FROM outbox WHERE wamid = ?", wamid);
    return q.next() ? q.text(0) : std::string("(none)");
}

} // namespace

TEST(Statuses, ShuffledAndDuplicatedEndLikeInOrder) {
    RelayFixture f({.tweak_relay_config = [](bj::object& c) { c["whatsapp"].as_object()["mark_as_read"] = false; }});
    f.citizen_says("393401240001", "#tamponi");
    ASSERT_TRUE(wait_for([&] { return !reply_wamid(f, "393401240001").empty(); }));
    const auto in_order = reply_wamid(f, "393401240001");
    ASSERT_TRUE(wait_for([&] {
        return f.db_int("SELECT count(*) FROM message_statuses WHERE wamid = '" + in_order + "'") == 3;
    })) << f.logs();

    f.sim_settings({{"shuffled", true}, {"duplicates", 3}, {"status_delay_ms", 1}});
    for (int i = 0; i < 5; ++i) {
        const std::string wa_id = "39340124100" + std::to_string(i);
        f.citizen_says(wa_id, "#richiamo");
        ASSERT_TRUE(wait_for([&] { return !reply_wamid(f, wa_id).empty(); }));
        const auto wamid = reply_wamid(f, wa_id);
        // 3 statuses × 4 copies delivered in random order: 3 rows, state "read".
        ASSERT_TRUE(wait_for([&] {
            auto stats = f.sim("GET", "/_sim/stats");
            return bj::parse(stats.response->body).as_object().at("webhooks_pending").as_int64() == 0 &&
                   f.db_int("SELECT count(*) FROM message_statuses WHERE wamid = '" + wamid + "'") == 3;
        })) << f.logs();
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        EXPECT_EQ(final_state(f, wamid), final_state(f, in_order));
        EXPECT_EQ(final_state(f, wamid), "read");
        EXPECT_EQ(f.db_int("SELECT count(*) FROM message_statuses WHERE wamid = '" + wamid + "' AND "
                           "at = (SELECT at FROM message_statuses WHERE wamid = '" + wamid + "' AND status = 'sent') + 2000 "
                           "AND status = 'read'"), 1) << "each status keeps its own timestamp";
    }
}

TEST(Statuses, ALateLowerStatusNeverLowersTheState) {
    RelayFixture f({.tweak_relay_config = [](bj::object& c) { c["whatsapp"].as_object()["mark_as_read"] = false; }});
    f.citizen_says("393401240002", "#tamponi");
    ASSERT_TRUE(wait_for([&] { return !reply_wamid(f, "393401240002").empty(); }));
    const auto wamid = reply_wamid(f, "393401240002");
    ASSERT_TRUE(wait_for([&] { return final_state(f, wamid) == "read"; })) << f.logs();
    // A late "delivered" (a redelivery, days later) changes nothing.
    const auto late = wa::build::envelope("W", f.phone_number_id, "390110000000", {}, {},
                                          {wa::build::status(wamid, "delivered", 1773139999, "393401240002")});
    EXPECT_EQ(f.post_webhook(late), 200);
    EXPECT_EQ(final_state(f, wamid), "read");
}

TEST(Statuses, FailedIsFinalAndKeepsItsError) {
    RelayFixture f({.tweak_relay_config = [](bj::object& c) { c["whatsapp"].as_object()["mark_as_read"] = false; }});
    f.sim_faults({bj::object{{"kind", "async_error"}, {"code", 131026}, {"to", "393401240003"}}});
    f.citizen_says("393401240003", "#tamponi");
    ASSERT_TRUE(wait_for([&] { return f.db_int("SELECT count(*) FROM outbox WHERE state = 'failed'") == 1; })) << f.logs();
    EXPECT_EQ(f.db_int("SELECT error_code FROM outbox WHERE state = 'failed'"), 131026);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM message_statuses WHERE status = 'failed' AND error_code = 131026"), 1);
    const auto wamid = reply_wamid(f, "393401240003");
    const auto later = wa::build::envelope("W", f.phone_number_id, "390110000000", {}, {},
                                           {wa::build::status(wamid, "read", 1773139999, "393401240003")});
    EXPECT_EQ(f.post_webhook(later), 200);
    EXPECT_EQ(final_state(f, wamid), "failed");
}

TEST(Statuses, StatusesBeforeTheSendReturnsAreReconciled) {
    RelayFixture f({.tweak_relay_config = [](bj::object& c) { c["whatsapp"].as_object()["mark_as_read"] = false; }});
    // The simulator accepts, delivers all statuses, and only then answers the
    // send call; and it leaves out the callback data: true orphans.
    f.sim_settings({{"echo_callback_data", false}, {"status_delay_ms", 1}});
    f.sim_faults({bj::object{{"kind", "latency"}, {"delay_ms", 800}, {"accept", true}, {"to", "393401240004"}}});
    f.citizen_says("393401240004", "#tamponi");
    ASSERT_TRUE(wait_for([&] { return !reply_wamid(f, "393401240004").empty(); }));
    const auto wamid = reply_wamid(f, "393401240004");
    ASSERT_TRUE(wait_for([&] { return final_state(f, wamid) == "read"; })) << f.logs();
    EXPECT_EQ(f.db_int("SELECT count(*) FROM outbox WHERE sent_at IS NOT NULL AND wamid = '" + wamid + "'"), 1);
}
