#pragma once
// Sends the outbox. One loop claims due rows, interactive lane first, as fast
// as the rate limits allow — a global token bucket of which bulk rows
// (pushes, broadcasts) never take the last few, so an auto-reply always finds
// a token waiting, and per-recipient pacing —
// with a bound on concurrent sends, and records each outcome: sent (with its
// wamid), retried with backoff, failed, switched to a template outside the
// 24-hour window, or — on token and account errors — a global stop that keeps
// the queue and raises an alert until an administrator clears it.
//
// Crash safety: a row is marked "sending" (committed) before its request
// leaves. At start-up rows still "sending" were in flight during a crash:
// they are flagged (in_flight_at_crash) and held for a grace period, during
// which a status webhook carrying their callback data proves they were
// accepted; only those never confirmed are sent again.

#include "config/config.hpp"
#include "outbound/cloud_api.hpp"
#include "outbound/error_policy.hpp"
#include "outbound/pacing.hpp"
#include "outbound/quiet_hours.hpp"
#include "security/vault.hpp"
#include "storage/database.hpp"

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include <atomic>
#include <mutex>
#include <random>

namespace sportello::relay {

struct SendingAlert {
    bool active = false;
    int code = 0;
    std::string reason;
    std::int64_t since_ms = 0;
};

// outbox.error_title of the SLA probe's answers, which the dispatcher takes
// and records as cancelled without calling the Cloud API.
inline constexpr std::string_view synthetic_title = "synthetic: probe traffic, not sent to WhatsApp";

struct DispatcherCounters {
    std::uint64_t sent = 0;
    std::uint64_t failed = 0;
    std::uint64_t retried = 0;
};

class Dispatcher {
public:
    Dispatcher(net::asio::io_context& io, storage::Database& db, const security::Vault& vault, CloudApi& api,
               const RelayConfig& config);

    // Recovers rows left "sending" by a crash and starts the loop.
    void start();
    // Thread-safe: new rows were committed.
    void wake();
    // Thread-safe: claim nothing more; sends in flight finish.
    void stop();
    std::size_t in_flight() const noexcept { return in_flight_.load(); }
    // Whether the sending loop runs (started, not stopped or ended).
    bool running() const noexcept { return running_.load(); }
    RecipientPacer& pacer() noexcept { return pacer_; }

    SendingAlert alert() const;
    // Clears a global stop (persisted) and resumes sending. Blocking on the
    // database: call from a coroutine through the caller's own job, or the CLI.
    void clear_alert_in(storage::Connection& c);
    DispatcherCounters counters() const;

private:
    struct Claimed;
    struct ClaimBatch;
    struct SendOutcome;
    net::asio::awaitable<void> loop();
    net::asio::awaitable<void> send_one(Claimed row);
    bool may_send_now(storage::Connection& c, const Claimed& row, std::int64_t now);
    net::asio::awaitable<void> mark_read(std::string inbound_wamid);
    void raise_alert(int code, const std::string& reason);

    net::asio::io_context& io_;
    net::asio::strand<net::asio::io_context::executor_type> strand_;
    storage::Database& db_;
    const security::Vault& vault_;
    CloudApi& api_;
    const RelayConfig& config_;
    net::asio::steady_timer wake_timer_;
    std::atomic<bool> stopping_{false};
    std::atomic<bool> running_{false};
    std::atomic<std::size_t> in_flight_{0};
    bool woken_ = false;                        // strand only
    int transport_failures_ = 0;                // consecutive, strand only (circuit breaker)
    int reserve_ = 1;                           // tokens bulk rows leave for interactive ones
    double bulk_batch_ = 1;                     // tokens above the reserve bulk waits for (claims in batches)
    TokenBucket global_;                        // strand only; starts holding just the reserve
    RecipientPacer pacer_;                      // thread-safe (used in claim jobs)
    QuietHours quiet_;
    Backoff backoff_{std::chrono::milliseconds(1000), std::chrono::milliseconds(15 * 60 * 1000)};
    std::mt19937 random_{std::random_device{}()};
    mutable std::mutex mutex_;
    SendingAlert alert_;
    DispatcherCounters counters_;
};

} // namespace sportello::relay
