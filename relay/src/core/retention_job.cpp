#include "core/retention_job.hpp"

#include "core/audit.hpp"
#include "log/log.hpp"
#include "sportello/time.hpp"
#include "storage/async.hpp"
#include "storage/vacuum.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <exception>

namespace sportello::relay {

namespace asio = boost::asio;

namespace {

constexpr int checkpoint_attempts = 5;
constexpr auto checkpoint_retry = std::chrono::milliseconds(200);

bool stopped(const std::atomic<bool>* stop) { return stop && stop->load(); }

// Lets whatever else is queued on this executor run between two steps.
asio::awaitable<void> yield() { co_await asio::post(co_await asio::this_coro::executor, asio::use_awaitable); }

asio::awaitable<std::int64_t> erase_class(storage::Database& db, DataClass cls, std::int64_t cutoff, int limit,
                                          const std::atomic<bool>* stop) {
    std::int64_t erased = 0;
    std::int64_t cursor = 0;
    for (;;) {
        const auto step = co_await storage::write(db, [cls, cutoff, limit, cursor](storage::Connection& c) {
            return erase_step(c, cls, cutoff, limit, cursor);
        });
        erased += step.erased;
        cursor = step.cursor;
        if (step.finished || stopped(stop)) co_return erased;
        co_await yield();
    }
}

// Free pages back to the file system, a bounded step per writer job.
asio::awaitable<std::int64_t> return_free_pages(storage::Database& db, const std::atomic<bool>* stop) {
    const auto before = co_await storage::write(db, [](storage::Connection& c) { return storage::free_pages(c); });
    std::int64_t left = before;
    // Each step returns up to vacuum_step_pages; the bound only guards
    // against pages freed meanwhile by other writes keeping it going.
    for (std::int64_t steps = before / storage::vacuum_step_pages + 2; left > 0 && steps > 0 && !stopped(stop); --steps) {
        left = co_await storage::write(db, [](storage::Connection& c) { return storage::incremental_vacuum_step(c); });
        co_await yield();
    }
    co_return before - left;
}

asio::awaitable<bool> truncate_wal(storage::Database& db) {
    asio::steady_timer timer(co_await asio::this_coro::executor);
    for (int attempt = 0; attempt < checkpoint_attempts; ++attempt) {
        if (co_await storage::maintain(db, [](storage::Connection& c) { return c.checkpoint_truncate(); })) co_return true;
        timer.expires_after(checkpoint_retry);
        co_await timer.async_wait(asio::use_awaitable);
    }
    co_return false;
}

} // namespace

std::string RetentionReport::counts() const {
    std::string out;
    for (std::size_t i = 0; i < all_data_classes.size(); ++i) {
        if (i) out += ' ';
        out += std::string(to_string(all_data_classes[i])) + "=" + std::to_string(erased[i]);
    }
    return out;
}

asio::awaitable<RetentionReport> run_retention(storage::Database& db, const RetentionSettings& settings,
                                               std::string actor, const std::atomic<bool>* stop) {
    RetentionReport report;
    const auto now = time::now_ms();
    for (std::size_t i = 0; i < all_data_classes.size() && !stopped(stop); ++i) {
        const auto cls = all_data_classes[i];
        report.erased[i] = co_await erase_class(db, cls, retention_cutoff_ms(settings, cls, now), settings.batch_rows, stop);
    }
    report.pages_returned = co_await return_free_pages(db, stop);
    report.stopped = stopped(stop);
    co_await storage::write(db, [&report, actor](storage::Connection& c) {
        audit(c, actor, "retention_run", "", report.counts() + " pages_returned=" + std::to_string(report.pages_returned) +
              (report.stopped ? " (interrupted: the relay stopped)" : ""), time::now_ms());
    });
    report.wal_truncated = co_await truncate_wal(db);
    co_return report;
}

RetentionJob::RetentionJob(asio::io_context& io, storage::Database& db, const RetentionSettings& settings)
    : db_(db), settings_(settings), strand_(asio::make_strand(io)), timer_(strand_) {}

void RetentionJob::start() { asio::co_spawn(strand_, loop(), asio::detached); }

void RetentionJob::stop() {
    stopping_ = true;
    asio::post(strand_, [this] { timer_.cancel(); });
}

asio::awaitable<void> RetentionJob::loop() {
    auto wait = std::chrono::steady_clock::duration(std::chrono::seconds(settings_.first_run_delay_seconds));
    while (!stopping_) {
        timer_.expires_after(wait);
        co_await timer_.async_wait(asio::as_tuple(asio::use_awaitable));
        if (stopping_) break;
        wait = interval;
        try {
            log::info("retention", "retention run started");
            const auto report = co_await run_retention(db_, settings_, "system", &stopping_);
            log::info("retention", "retention run finished: " + report.counts() + ", " +
                                       std::to_string(report.pages_returned) + " page(s) returned to the file system" +
                                       (report.wal_truncated ? ", WAL truncated" : ", WAL in use (not truncated)"));
        } catch (const std::exception& e) {
            // A full or failing disk: tomorrow's run tries again.
            log::warning("retention", std::string("the retention run failed: ") + e.what());
        }
    }
}

} // namespace sportello::relay
