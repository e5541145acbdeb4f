// kill -9 the relay again and again under a load of signed webhooks from a
// sender that retries whatever was not acknowledged, as Meta does. Then:
// nothing acknowledged is lost, no row is duplicated, no citizen gets the
// same reply twice, and the database is intact.
#include "relay_fixture.hpp"
#include "sportello/time.hpp"
#include "sportello/whatsapp/webhook.hpp"
#include "storage/sqlite.hpp"
#include "webhook_sender.hpp"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <atomic>
#include <random>
#include <set>
#include <thread>

using namespace sportello;
using namespace sportello::testing;
namespace asio = boost::asio;
namespace bj = boost::json;

namespace {

constexpr int total_webhooks = 20000;
constexpr int citizens = 4000;
constexpr int planned_kills = 11;   // at least ten, on any machine
constexpr int workers = 24;

const char* tags[] = {"#tamponi", "#richiamo", "#centrivaccinali", "#contatti", "ciao"};

std::string body_for(const RelayFixture& f, int i) {
    const wa::build::Sender s{"39341" + std::to_string(1000000 + i % citizens), "Cittadino"};
    return wa::build::envelope("W", f.phone_number_id, "390110000000", {s},
                               {wa::build::text_message(s, "wamid.CRASH" + std::to_string(i), time::now_ms() / 1000,
                                                        tags[i % 5])},
                               {});
}

} // namespace

TEST(Crash, KillNineUnderLoadLosesAndDuplicatesNothing) {
    RelayFixture f({.tweak_relay_config = [](bj::object& c) {
        c["whatsapp"].as_object()["mark_as_read"] = false;
        // The default recovery grace (60 s): sends in flight at a kill wait for
        // the status webhook that proves WhatsApp took them. It must outlast the
        // sender's retries while the relay keeps being killed; a 3 s grace was
        // shorter than that backoff and let 13 of 1,919 replies go out twice.
        c["dispatcher"] = bj::object{{"messages_per_second", 1000}, {"max_in_flight", 64}, {"pair_burst", 45}};
    }});
    f.sim_settings({{"auto_read", false}, {"status_delay_ms", 1}, {"enforce_window", false}});

    wasim::SimConfig sender_config;
    sender_config.webhook_url = f.relay_url + "/webhook";
    sender_config.webhook_ca_file = f.ca_file;
    sender_config.app_secret = f.app_secret;
    asio::io_context io;
    wasim::WebhookSender sender(io, sender_config);
    std::atomic<int> next{0}, acknowledged{0}, refused{0};
    std::atomic<bool> done{false};
    for (int w = 0; w < workers; ++w) {
        asio::co_spawn(io, [&]() -> asio::awaitable<void> {
            asio::steady_timer pause(io);
            for (int i = next++; i < total_webhooks; i = next++) {
                const auto body = body_for(f, i);
                while (co_await sender.post_once(body) != 200) {   // retried until acknowledged
                    ++refused;
                    pause.expires_after(std::chrono::milliseconds(50));
                    co_await pause.async_wait(asio::use_awaitable);
                }
                ++acknowledged;
            }
        }, asio::detached);
    }
    std::thread load([&] { io.run(); done = true; });

    // Kills follow the load's progress, not the clock, so that every machine
    // sees the same number of them under load: one at a random point within
    // each of the first planned_kills slices of the acknowledged webhooks
    // (one more slice is left to finish). Each kill also waits for one
    // acknowledgement from the restarted relay, so it lands on a serving one.
    int kills = 0;
    std::mt19937 random(7);
    constexpr int slice = total_webhooks / (planned_kills + 1);
    const auto wait_for_acknowledged = [&](int target) {
        while (acknowledged < target && !done) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    };
    for (int s = 0; s < planned_kills && !done; ++s) {
        const int acknowledged_at_start = acknowledged;
        wait_for_acknowledged(std::max(s * slice + static_cast<int>(random() % slice), acknowledged_at_start + 1));
        if (done) break;
        f.kill_relay();
        ++kills;
        f.start_relay();
        f.wait_until_ready();
    }
    load.join();
    EXPECT_EQ(kills, planned_kills) << "the load finished after " << kills << " kills";
    EXPECT_EQ(acknowledged, total_webhooks);
    std::cout << "[crash] kills=" << kills << " acknowledged=" << acknowledged << " refused-or-failed posts=" << refused
              << "\n";

    // Every reply goes out, exactly once.
    ASSERT_TRUE(wait_for([&] {
        return f.db_int("SELECT count(*) FROM outbox WHERE state IN ('queued', 'sending')") == 0 &&
               f.all_sent_messages().size() >= static_cast<std::size_t>(total_webhooks);
    }, std::chrono::seconds(180))) << f.logs();
    std::this_thread::sleep_for(std::chrono::seconds(1));

    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages WHERE wamid LIKE 'wamid.CRASH%'"), total_webhooks);
    EXPECT_EQ(f.db_int("SELECT count(DISTINCT wamid) FROM inbound_messages"), f.db_int("SELECT count(*) FROM inbound_messages"));
    EXPECT_EQ(f.db_int("SELECT count(*) FROM outbox WHERE kind = 'auto_reply'"), total_webhooks);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM outbox WHERE state = 'failed'"), 0);
    const auto sent = f.all_sent_messages();
    std::set<std::string> quoted;
    for (const auto& m : sent) quoted.insert(std::string(m.as_object().at("context").as_string()));
    EXPECT_EQ(sent.size(), static_cast<std::size_t>(total_webhooks)) << "replies reached WhatsApp twice";
    EXPECT_EQ(quoted.size(), static_cast<std::size_t>(total_webhooks));
    std::cout << "[crash] in flight at a crash, confirmed or resent: "
              << f.db_int("SELECT count(*) FROM outbox WHERE in_flight_at_crash = 1") << "\n";

    f.stop_relay();
    storage::Connection c(f.db_path, storage::Connection::Mode::read_only, true);
    auto check = c.query("PRAGMA integrity_check");
    ASSERT_TRUE(check.next());
    EXPECT_EQ(check.text(0), "ok");
}
