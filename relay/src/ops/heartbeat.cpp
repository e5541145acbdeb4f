#include "ops/heartbeat.hpp"

#include "sportello/time.hpp"
#include "storage/async.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/post.hpp>

namespace sportello::relay {

namespace asio = net::asio;

namespace {
constexpr std::int64_t prune_every_ms = 3600'000;
}

Heartbeat::Heartbeat(asio::io_context& io, storage::Database& db, const Dispatcher& dispatcher, const SlaSettings& sla)
    : db_(db), dispatcher_(dispatcher), sla_(sla), timer_(io) {}

void Heartbeat::start() { asio::co_spawn(timer_.get_executor(), loop(), asio::detached); }

void Heartbeat::stop() {
    stopping_ = true;
    asio::post(timer_.get_executor(), [this] { timer_.cancel(); });
}

asio::awaitable<void> Heartbeat::loop() {
    while (!stopping_) {
        const auto now = time::now_ms();
        const bool running = dispatcher_.running();
        const bool stopped = dispatcher_.alert().active;
        const auto failed_since = failing_since_;
        const bool prune = now - last_pruned_ms_ >= prune_every_ms;
        const std::int64_t keep_from = now - static_cast<std::int64_t>(sla_.heartbeat_retention_days) * 86'400'000;
        try {
            co_await storage::write(db_, [=](storage::Connection& c) {
                c.query("INSERT INTO heartbeats(at, dispatcher_running, sending_stopped, db_failed_since) "
                        "VALUES (?, ?, ?, ?) ON CONFLICT(at) DO NOTHING", now, running, stopped, failed_since).run();
                if (prune) {
                    c.query("DELETE FROM heartbeats WHERE at < ?", keep_from).run();
                    c.query("DELETE FROM probe_results WHERE started_at < ?", keep_from).run();
                }
            });
            if (failing_since_)
                log::info("sla", "heartbeats are written again; the database refused them for " +
                          std::to_string((now - *failing_since_) / 1000) + " s");
            failing_since_.reset();
            if (prune) last_pruned_ms_ = now;
        } catch (const std::exception& e) {
            if (!failing_since_) failing_since_ = now;
            if (failures_log_.admit())
                log::error("sla", std::string("cannot write the heartbeat (counted as unavailable): ") + e.what());
        }
        timer_.expires_after(std::chrono::seconds(sla_.heartbeat_seconds));
        co_await timer_.async_wait(asio::as_tuple(asio::use_awaitable));
    }
}

} // namespace sportello::relay
