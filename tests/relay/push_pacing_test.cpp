// The dispatcher's rate with SIRE's reminders waiting: answers to citizens
// go first, pushes go at the configured rate (even a slow one), a backlog
// waiting for tokens costs no work, and a stop or restart neither strands
// nor bursts what is queued. Against the real relay and simulator.
#include "relay_fixture.hpp"
#include "sire_session.hpp"
#include "storage/sqlite.hpp"

#include <algorithm>
#include <chrono>
#include <thread>
#include <vector>

#include <boost/json.hpp>
#include <gtest/gtest.h>

using namespace sportello;
using namespace sportello::testing;
namespace bj = boost::json;

namespace {

FixtureOptions sending_at(double messages_per_second) {
    FixtureOptions o;
    o.tweak_relay_config = [messages_per_second](bj::object& c) {
        c["dispatcher"] = bj::object{{"messages_per_second", messages_per_second}};
        c["whatsapp"].as_object()["mark_as_read"] = false;
    };
    return o;
}

// When the simulator received each message sent since `since_us` (system
// clock, microseconds), earliest first.
std::vector<std::int64_t> receive_times_us(RelayFixture& f, std::int64_t since_us = 0) {
    std::vector<std::int64_t> times;
    for (const auto& m : f.all_sent_messages())
        if (auto at = m.as_object().at("received_at_us").as_int64(); at >= since_us) times.push_back(at);
    std::sort(times.begin(), times.end());
    return times;
}

} // namespace

TEST(PushPacing, PushesNeverDelayAnswersToCitizens) {
    RelayFixture f(sending_at(20));
    Sire s(f);
    f.sim_settings({{"enforce_window", false}});
    s.queue_reminders(300, "bulk-", 3412910000);
    // The citizen writes once the pushes are going (progress, not a clock).
    ASSERT_TRUE(wait_for([&] { return !f.all_sent_messages().empty(); })) << f.logs();
    f.citizen_says("393401289999", "#tamponi");
    ASSERT_TRUE(wait_for([&] { return f.inbox("393401289999").size() == 1; })) << f.logs();
    // When the answer arrived, most pushes were still waiting their turn.
    EXPECT_GT(f.db_int("SELECT count(*) FROM outbox WHERE kind = 'push' AND state = 'queued'"), 200);
}

// At a rate of one message a second the bucket still rises above the
// interactive reserve: pushes go, one a second.
TEST(PushPacing, PushesGoAtOneMessageASecond) {
    RelayFixture f(sending_at(1));
    Sire s(f);
    f.sim_settings({{"enforce_window", false}});
    s.queue_reminders(3, "slow-", 3412840000);
    ASSERT_TRUE(wait_for([&] { return f.all_sent_messages().size() == 3; }, std::chrono::seconds(15))) << f.logs();
    const auto received_us = receive_times_us(f);
    EXPECT_GE(received_us[2] - received_us[0], 1'800'000);
}

// While pushes wait for tokens, the dispatcher sleeps until enough are due:
// it does not claim again and again (each claim is a write transaction that
// used to scan the whole backlog).
TEST(PushPacing, ABacklogWaitingForTokensKeepsTheRelayIdle) {
    RelayFixture f(sending_at(1));
    Sire s(f);
    f.sim_settings({{"enforce_window", false}, {"auto_deliver", false}});   // no status webhooks
    s.queue_reminders(200, "backlog-", 3412850000);
    ASSERT_TRUE(wait_for([&] { return !f.all_sent_messages().empty(); })) << f.logs();
    const auto cpu_before = f.relay_cpu_time();
    std::this_thread::sleep_for(std::chrono::seconds(3));
    const auto cpu = f.relay_cpu_time() - cpu_before;
    EXPECT_LT(cpu.count(), 100) << "the relay used " << cpu.count() << " ms of CPU in 3 s, sending 3 messages";
}

// A stop (SIGTERM) while the dispatcher's claim waits for the database: the
// relay finishes the claim and its send before it exits, so nothing is left
// "in flight" for the next start to flag and hold back for a minute.
TEST(PushPacing, AStopDuringAClaimLeavesNothingInFlight) {
    // A message a second: right after the first send, a claim finds no token
    // above the reserve for a push; the next one, a second later, takes one.
    RelayFixture f(sending_at(1));
    Sire s(f);
    f.sim_settings({{"enforce_window", false}, {"auto_deliver", false}});   // no status webhooks
    s.queue_reminders(4, "claimed-at-stop-", 3412830000);
    ASSERT_TRUE(wait_for([&] { return f.db_int("SELECT count(*) FROM outbox WHERE sent_at IS NOT NULL") == 1; }));
    // Another process takes the write lock between two claims: the next one waits for it.
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
    storage::Connection blocker(f.db_path, storage::Connection::Mode::read_write, true);
    blocker.exec_script("BEGIN IMMEDIATE");
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    std::thread release([&] {
        std::this_thread::sleep_for(std::chrono::seconds(1));
        blocker.exec_script("ROLLBACK");
    });
    f.stop_relay();
    release.join();
    EXPECT_EQ(f.db_int("SELECT count(*) FROM outbox WHERE state = 'sending'"), 0);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM outbox WHERE sent_at IS NOT NULL"), 2);   // the claimed one was sent
    EXPECT_EQ(f.all_sent_messages().size(), 2u) << f.logs();
}

// WhatsApp counts a number's messages per second, and a relay just restarted
// cannot know what it sent in the second before: it starts with only the
// interactive reserve in its bucket, never a whole second's worth of pushes.
TEST(PushPacing, ARestartedRelaySendsItsBacklogAtTheConfiguredRate) {
    constexpr int rate = 10, reserve = 1, pushes = 60;   // reserve: 10 % of the rate, at least one
    RelayFixture f(sending_at(rate));
    Sire s(f);
    f.sim_settings({{"enforce_window", false}});
    s.queue_reminders(pushes, "backlog-", 3412820000);
    f.stop_relay();
    ASSERT_GE(f.db_int("SELECT count(*) FROM outbox WHERE kind = 'push' AND state = 'queued'"), 40);

    const auto restarted_us = std::chrono::duration_cast<std::chrono::microseconds>(
                                  std::chrono::system_clock::now().time_since_epoch()).count();
    f.start_relay();
    f.wait_until_ready();
    ASSERT_TRUE(wait_for([&] { return f.all_sent_messages().size() == pushes; }, std::chrono::seconds(30))) << f.logs();
    const auto received_us = receive_times_us(f, restarted_us);
    // From the first send on, two seconds hold at most the reserve plus two
    // seconds' worth, and one for timing. A bucket that started full would
    // send about nine more.
    ASSERT_GE(received_us.size(), 40u);
    const auto first_us = received_us.front();
    const auto early = std::count_if(received_us.begin(), received_us.end(),
                                     [&](std::int64_t at) { return at < first_us + 2'000'000; });
    EXPECT_LE(early, reserve + 2 * rate + 1);
}
