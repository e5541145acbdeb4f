#pragma once
// The relay's counters and latency histograms for GET /metrics (Prometheus
// text exposition format 0.0.4, docs/operations.md). Kept in memory with
// relaxed atomics: a webhook pays a few uncontended increments, nothing more.
// Values start at zero with each process, as Prometheus counters do; gauges
// that live in the database (outbox depth, open cases) are read at scrape
// time by the caller and passed to render().

#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace sportello::metrics {

// Upper bounds in seconds; a +Inf bucket is implied.
class Histogram {
public:
    explicit Histogram(std::vector<double> bounds);
    void observe(double seconds) noexcept;
    void observe_ms(std::int64_t ms) noexcept { observe(static_cast<double>(ms) / 1000.0); }
    // Appends the _bucket (cumulative, ending with le="+Inf"), _sum and _count lines.
    void render(std::string& out, std::string_view name) const;
    std::uint64_t count() const noexcept { return count_.load(std::memory_order_relaxed); }

private:
    std::vector<double> bounds_;
    std::vector<std::atomic<std::uint64_t>> buckets_;   // per bucket, not cumulative; last is +Inf
    std::atomic<std::uint64_t> sum_us_{0};
    std::atomic<std::uint64_t> count_{0};
};

// A counter per value of one label, the values known in advance.
template <std::size_t N>
class LabelledCounter {
public:
    constexpr explicit LabelledCounter(std::array<std::string_view, N> values) : values_(values) {}
    void add(std::size_t index, std::uint64_t n = 1) noexcept { counts_[index].fetch_add(n, std::memory_order_relaxed); }
    std::uint64_t value(std::size_t index) const noexcept { return counts_[index].load(std::memory_order_relaxed); }
    std::string_view label(std::size_t index) const noexcept { return values_[index]; }
    static constexpr std::size_t size() noexcept { return N; }

private:
    std::array<std::string_view, N> values_;
    std::array<std::atomic<std::uint64_t>, N> counts_{};
};

enum class WebhookResult : std::size_t { ok, quarantined, invalid_signature, storage_unavailable };
enum class SendKind : std::size_t { auto_reply, operator_reply, push, broadcast, other };
enum class SendResult : std::size_t { sent, retried, failed, outside_window, synthetic };

// What the database reports at scrape time.
struct Gauges {
    std::int64_t outbox_queued_interactive = 0;
    std::int64_t outbox_queued_bulk = 0;
    std::int64_t open_cases = 0;
    bool sending_stopped = false;
    bool dispatcher_running = false;
    std::int64_t dispatcher_in_flight = 0;
};

class Registry {
public:
    void webhook(WebhookResult r) noexcept { webhooks_.add(static_cast<std::size_t>(r)); }
    // One outcome of the dispatcher; `kind` as stored in outbox.kind.
    void send(std::string_view kind, SendResult r) noexcept;
    void cloud_api_call() noexcept { cloud_calls_.fetch_add(1, std::memory_order_relaxed); }
    void cloud_api_error(std::int64_t code);   // rare: a mutex is fine
    // A status webhook WhatsApp reported: sent, delivered, read, played, failed.
    void status(std::string_view status) noexcept;

    Histogram webhook_ack{{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}};
    Histogram auto_reply{{0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300}};
    Histogram operator_reply{{60, 300, 900, 1800, 3600, 2 * 3600, 4 * 3600, 8 * 3600, 24 * 3600, 72 * 3600}};
    Histogram sqlite_commit{{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1}};

    std::string render(const Gauges& gauges) const;

private:
    LabelledCounter<4> webhooks_{{"ok", "quarantined", "invalid_signature", "storage_unavailable"}};
    static constexpr std::size_t kinds = 5, results = 5;
    std::array<std::atomic<std::uint64_t>, kinds * results> sends_{};
    LabelledCounter<5> statuses_{{"sent", "delivered", "read", "played", "failed"}};
    std::atomic<std::uint64_t> cloud_calls_{0};
    mutable std::mutex errors_mutex_;
    std::map<std::int64_t, std::uint64_t> cloud_errors_;
};

// The process's one registry.
Registry& global();

} // namespace sportello::metrics
