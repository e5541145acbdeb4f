#include "log/metrics.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace sportello::metrics {
namespace {

constexpr std::array<std::string_view, 5> kind_names{"auto_reply", "operator_reply", "push", "broadcast", "other"};
constexpr std::array<std::string_view, 5> result_names{"sent", "retried", "failed", "outside_window", "synthetic"};

std::size_t kind_index(std::string_view kind) noexcept {
    const auto it = std::find(kind_names.begin(), kind_names.end(), kind);
    return it == kind_names.end() ? kind_names.size() - 1 : static_cast<std::size_t>(it - kind_names.begin());
}

// Prometheus renders floats in Go's shortest form; any valid float parses.
std::string number(double v) {
    if (std::isinf(v)) return v > 0 ? "+Inf" : "-Inf";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    // Shortest form that round-trips, for bucket bounds people read.
    for (int precision = 1; precision <= 17; ++precision) {
        char shorter[32];
        std::snprintf(shorter, sizeof shorter, "%.*g", precision, v);
        if (std::strtod(shorter, nullptr) == v) return shorter;
    }
    return buf;
}

void header(std::string& out, std::string_view name, std::string_view type, std::string_view help) {
    out.append("# HELP ").append(name).append(" ").append(help).append("\n");
    out.append("# TYPE ").append(name).append(" ").append(type).append("\n");
}

void sample(std::string& out, std::string_view name, std::string_view labels, std::string value) {
    out.append(name);
    if (!labels.empty()) out.append("{").append(labels).append("}");
    out.append(" ").append(value).append("\n");
}

} // namespace

Histogram::Histogram(std::vector<double> bounds) : bounds_(std::move(bounds)), buckets_(bounds_.size() + 1) {}

void Histogram::observe(double seconds) noexcept {
    if (!(seconds >= 0)) seconds = 0;   // a clock step back is not a negative latency
    const auto it = std::lower_bound(bounds_.begin(), bounds_.end(), seconds);
    buckets_[static_cast<std::size_t>(it - bounds_.begin())].fetch_add(1, std::memory_order_relaxed);
    sum_us_.fetch_add(static_cast<std::uint64_t>(std::llround(seconds * 1e6)), std::memory_order_relaxed);
    count_.fetch_add(1, std::memory_order_relaxed);
}

void Histogram::render(std::string& out, std::string_view name) const {
    // Read the buckets first: _count is then their total, so that a scrape
    // racing an observation still shows +Inf == _count.
    std::uint64_t cumulative = 0;
    const std::string bucket = std::string(name) + "_bucket";
    for (std::size_t i = 0; i < buckets_.size(); ++i) {
        cumulative += buckets_[i].load(std::memory_order_relaxed);
        const auto le = i < bounds_.size() ? number(bounds_[i]) : std::string("+Inf");
        sample(out, bucket, "le=\"" + le + "\"", std::to_string(cumulative));
    }
    sample(out, std::string(name) + "_sum", {}, number(static_cast<double>(sum_us_.load(std::memory_order_relaxed)) / 1e6));
    sample(out, std::string(name) + "_count", {}, std::to_string(cumulative));
}

void Registry::send(std::string_view kind, SendResult r) noexcept {
    sends_[kind_index(kind) * results + static_cast<std::size_t>(r)].fetch_add(1, std::memory_order_relaxed);
}

void Registry::cloud_api_error(std::int64_t code) {
    std::lock_guard lock(errors_mutex_);
    ++cloud_errors_[code];
}

void Registry::status(std::string_view status) noexcept {
    for (std::size_t i = 0; i < statuses_.size(); ++i)
        if (statuses_.label(i) == status) statuses_.add(i);
}

std::string Registry::render(const Gauges& g) const {
    std::string out;
    out.reserve(8192);
    header(out, "sportello_webhooks_received_total", "counter", "Webhook POSTs received, by how they were answered.");
    for (std::size_t i = 0; i < webhooks_.size(); ++i)
        sample(out, "sportello_webhooks_received_total", "result=\"" + std::string(webhooks_.label(i)) + "\"",
               std::to_string(webhooks_.value(i)));
    header(out, "sportello_messages_total", "counter",
           "Outbox messages the dispatcher handled, by kind and outcome (synthetic: probe traffic, never sent).");
    for (std::size_t k = 0; k < kinds; ++k)
        for (std::size_t r = 0; r < results; ++r)
            sample(out, "sportello_messages_total",
                   "kind=\"" + std::string(kind_names[k]) + "\",result=\"" + std::string(result_names[r]) + "\"",
                   std::to_string(sends_[k * results + r].load(std::memory_order_relaxed)));
    header(out, "sportello_message_statuses_total", "counter", "Status updates WhatsApp reported by webhook, by status.");
    for (std::size_t i = 0; i < statuses_.size(); ++i)
        sample(out, "sportello_message_statuses_total", "status=\"" + std::string(statuses_.label(i)) + "\"",
               std::to_string(statuses_.value(i)));
    header(out, "sportello_dispatcher_sends_total", "counter",
           "Send calls the dispatcher made to the Cloud API (its rate is the send rate).");
    sample(out, "sportello_dispatcher_sends_total", {}, std::to_string(cloud_calls_.load(std::memory_order_relaxed)));
    header(out, "sportello_cloud_api_errors_total", "counter", "Cloud API errors, by WhatsApp error code (0: no code).");
    {
        std::lock_guard lock(errors_mutex_);
        for (const auto& [code, n] : cloud_errors_)
            sample(out, "sportello_cloud_api_errors_total", "code=\"" + std::to_string(code) + "\"", std::to_string(n));
    }
    header(out, "sportello_webhook_ack_seconds", "histogram",
           "From a webhook POST's body read to its answer (everything it carried committed).");
    webhook_ack.render(out, "sportello_webhook_ack_seconds");
    header(out, "sportello_auto_reply_seconds", "histogram",
           "From a citizen's message received to the bot's answer accepted by the Cloud API.");
    auto_reply.render(out, "sportello_auto_reply_seconds");
    header(out, "sportello_operator_reply_seconds", "histogram",
           "From a case opened to its first operator reply accepted by the Cloud API.");
    operator_reply.render(out, "sportello_operator_reply_seconds");
    header(out, "sportello_sqlite_commit_seconds", "histogram",
           "The database writer's commits: the batch's jobs, COMMIT and its fsync.");
    sqlite_commit.render(out, "sportello_sqlite_commit_seconds");
    header(out, "sportello_outbox_queued", "gauge", "Messages waiting in the outbox, by lane.");
    sample(out, "sportello_outbox_queued", "lane=\"interactive\"", std::to_string(g.outbox_queued_interactive));
    sample(out, "sportello_outbox_queued", "lane=\"bulk\"", std::to_string(g.outbox_queued_bulk));
    header(out, "sportello_dispatcher_in_flight", "gauge", "Sends the dispatcher has in flight.");
    sample(out, "sportello_dispatcher_in_flight", {}, std::to_string(g.dispatcher_in_flight));
    header(out, "sportello_dispatcher_running", "gauge", "1 while the dispatcher's loop runs.");
    sample(out, "sportello_dispatcher_running", {}, g.dispatcher_running ? "1" : "0");
    header(out, "sportello_sending_stopped", "gauge", "1 while sending is stopped by a WhatsApp account or token error.");
    sample(out, "sportello_sending_stopped", {}, g.sending_stopped ? "1" : "0");
    header(out, "sportello_open_cases", "gauge", "Operator cases not closed.");
    sample(out, "sportello_open_cases", {}, std::to_string(g.open_cases));
    return out;
}

Registry& global() {
    static Registry registry;
    return registry;
}

} // namespace sportello::metrics
