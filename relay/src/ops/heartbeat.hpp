#pragma once
// The relay's heartbeat (docs/operations.md): every sla.heartbeat_seconds a
// row in `heartbeats`, written through the writer like any job, with what the
// relay knows: the dispatcher running, sending stopped by WhatsApp. A row
// exists only when the database took it; when writes failed before, the next
// row that succeeds says since when (db_failed_since), so a gap is told apart
// from the relay being down. Old heartbeats and probe results are erased
// after sla.heartbeat_retention_days.

#include "config/config.hpp"
#include "log/log.hpp"
#include "outbound/dispatcher.hpp"
#include "storage/database.hpp"

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>

#include <atomic>
#include <optional>

namespace sportello::relay {

class Heartbeat {
public:
    Heartbeat(net::asio::io_context& io, storage::Database& db, const Dispatcher& dispatcher, const SlaSettings& sla);
    void start();   // the first beat at once
    void stop();    // thread-safe

private:
    net::asio::awaitable<void> loop();

    storage::Database& db_;
    const Dispatcher& dispatcher_;
    const SlaSettings& sla_;
    net::asio::steady_timer timer_;
    std::atomic<bool> stopping_{false};
    std::optional<std::int64_t> failing_since_;   // the loop's own
    std::int64_t last_pruned_ms_ = 0;
    log::Throttle failures_log_{std::chrono::seconds(60)};
};

} // namespace sportello::relay
