#pragma once
// The retention of unanswered phrases: at start, then every hour, phrases
// received longer ago than unanswered.phrase_retention_days are erased
// (their requests stay counted as unanswered). The work goes through the
// database writer in small batches, each its own job, so that webhooks are
// never held up behind it and the event loop never waits on SQLite.

#include "config/config.hpp"
#include "storage/database.hpp"

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include <atomic>
#include <chrono>

namespace sportello::relay {

class PhraseRetention {
public:
    static constexpr auto interval = std::chrono::hours(1);
    static constexpr int batch = 500;   // rows per write job

    // io and db must outlive this object.
    PhraseRetention(boost::asio::io_context& io, storage::Database& db, const UnansweredSettings& settings);

    void start();
    // Ends the loop after the batch in progress, if any.
    void stop();

private:
    boost::asio::awaitable<void> loop();
    boost::asio::awaitable<void> sweep();

    storage::Database& db_;
    std::chrono::milliseconds retention_;
    boost::asio::strand<boost::asio::io_context::executor_type> strand_;
    boost::asio::steady_timer timer_;
    std::atomic<bool> stopping_{false};
};

} // namespace sportello::relay
