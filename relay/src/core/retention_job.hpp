#pragma once
// The retention run (docs/privacy.md, "Retention"): every data class's
// rows past their period erased in bounded writer jobs, the counts recorded
// in the audit trail (never contents), the freed space given back to the file
// system in bounded incremental-vacuum steps, and the WAL checkpointed and
// truncated, so that erased bytes linger neither in the database file nor in
// its WAL. RetentionJob runs it daily on the relay's event loop;
// `sportello-relay retention run` runs it once (app/cli_retention.cpp).

#include "config/config.hpp"
#include "core/retention.hpp"
#include "storage/database.hpp"

#include <boost/asio/awaitable.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>

namespace sportello::relay {

struct RetentionReport {
    std::array<std::int64_t, all_data_classes.size()> erased{};   // per class, in all_data_classes' order
    std::int64_t pages_returned = 0;   // by the incremental vacuum
    bool wal_truncated = false;        // false: a reader kept the WAL in use; the next run tries again
    bool stopped = false;              // the relay shut down before the run finished
    // "inbound_bodies=12 outbound_bodies=0 …": what the audit entry records.
    std::string counts() const;
};

// Runs on the caller's executor; every database step goes through the writer
// (or a maintenance job, for the checkpoint) and is bounded, and the
// coroutine yields between steps. `actor` names who ran it in the audit
// entry ("system" for the daily job, "cli" for the command). A set `stop`
// ends the run after the step in progress (the audit entry is then still
// written, with what was erased). Throws what the database threw.
boost::asio::awaitable<RetentionReport> run_retention(storage::Database& db, const RetentionSettings& settings,
                                                      std::string actor, const std::atomic<bool>* stop = nullptr);

class RetentionJob {
public:
    static constexpr auto interval = std::chrono::hours(24);

    // io and db must outlive this object.
    RetentionJob(boost::asio::io_context& io, storage::Database& db, const RetentionSettings& settings);

    // The first run after settings.first_run_delay_seconds, then daily.
    void start();
    // Ends the loop after the step in progress, if any.
    void stop();

private:
    boost::asio::awaitable<void> loop();

    storage::Database& db_;
    RetentionSettings settings_;
    boost::asio::strand<boost::asio::io_context::executor_type> strand_;
    boost::asio::steady_timer timer_;
    std::atomic<bool> stopping_{false};
};

} // namespace sportello::relay
