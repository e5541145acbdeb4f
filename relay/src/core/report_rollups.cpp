#include "core/report_rollups.hpp"

#include "sportello/rome_time.hpp"

#include <atomic>
#include <vector>
#include <cmath>

namespace sportello::relay {
namespace {

std::atomic<bool> enabled{true};

constexpr std::int64_t reply_window_ms = 24 * time::hour_ms;

// A push or broadcast row, as its figures are keyed.
struct PushKey {
    std::string date, kind, template_name;
    std::int64_t broadcast_id = 0;
};

void add_push(storage::Connection& c, const PushKey& k, std::string_view column, std::int64_t n = 1) {
    // `column` is one of ours, never input.
    c.query("INSERT INTO report_pushes(local_date, kind, template, broadcast_id, " + std::string(column) +
                ") VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET " + std::string(column) + " = " +
                std::string(column) + " + excluded." + std::string(column),
            k.date, k.kind, k.template_name, k.broadcast_id, n)
        .run();
}

void add_failure(storage::Connection& c, const PushKey& k, const std::string& reason) {
    add_push(c, k, "failed");
    c.query("INSERT INTO report_push_failures(local_date, kind, template, broadcast_id, reason, count) "
            "VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT DO UPDATE SET count = count + 1",
            k.date, k.kind, k.template_name, k.broadcast_id, reason)
        .run();
}

void add_latency(storage::Connection& c, std::string_view metric, const std::string& date, std::int64_t operator_id,
                 std::int64_t ms) {
    ms = std::max<std::int64_t>(ms, 0);
    c.query("INSERT INTO report_latency(metric, local_date, operator_id, bucket, samples, sum_ms) "
            "VALUES (?, ?, ?, ?, 1, ?) ON CONFLICT DO UPDATE SET samples = samples + 1, sum_ms = sum_ms + excluded.sum_ms",
            metric, date, operator_id, latency_bucket(ms), ms)
        .run();
}

// The template of a push row: its own column, or its broadcast's.
constexpr const char* push_row_sql =
    "SELECT o.kind, coalesce(o.template_name, b.template, 'unknown'), coalesce(o.broadcast_id, 0), o.sent_at, "
    "       o.wamid, o.inbound_id, o.context_wamid, o.error_code, o.error_title "
    "FROM outbox o LEFT JOIN broadcasts b ON b.id = o.broadcast_id WHERE ";

bool is_push(std::string_view kind) { return kind == "push" || kind == "broadcast"; }

std::string failure_reason(const std::optional<std::int64_t>& code, const std::optional<std::string>& title) {
    if (code) return std::to_string(*code);
    return title && !title->empty() ? *title : std::string("unknown");
}

// The first auto-reply to a counted request: its inbound's received_at.
std::optional<std::int64_t> request_received_at(storage::Connection& c, std::optional<std::int64_t> inbound_id) {
    if (!inbound_id) return std::nullopt;
    auto q = c.query("SELECT received_at FROM inbound_messages WHERE id = ? AND rule IS NOT NULL AND synthetic = 0",
                     *inbound_id);
    if (!q.next()) return std::nullopt;
    return q.int64(0);
}

} // namespace

int latency_bucket(std::int64_t ms) noexcept {
    if (ms < 1) return 0;
    const int b = static_cast<int>(std::floor(4.0 * std::log2(static_cast<double>(ms)))) + 1;
    return std::min(b, latency_buckets - 1);
}

double bucket_value_ms(int bucket) noexcept {
    if (bucket <= 0) return 0.5;
    return std::exp2((bucket - 0.5) / 4.0);
}

void set_rollups_enabled(bool on) noexcept { enabled.store(on); }
bool rollups_enabled() noexcept { return enabled.load(); }

void roll_up_request(storage::Connection& c, const RequestFacts& r) {
    if (!rollups_enabled() || r.synthetic) return;
    // The latest push to this citizen accepted within the 24 hours before.
    auto push = c.query(std::string(push_row_sql) +
                            "o.contact_id = ? AND o.kind IN ('push', 'broadcast') AND o.sent_at BETWEEN ? AND ? "
                            "ORDER BY o.sent_at DESC, o.id DESC LIMIT 1",
                        r.contact_id, r.received_at_ms - reply_window_ms, r.received_at_ms);
    const bool push_reply = push.next();
    if (push_reply) {
        const PushKey key{time::rome_date(push.int64(3)), push.text(0), push.text(1), push.int64(2)};
        // Counted once per push: only the first request (and the first STOP) after it.
        auto earlier = c.query("SELECT count(*), coalesce(sum(rule = 'consent_withdraw'), 0) FROM inbound_messages "
                               "WHERE contact_id = ? AND received_at >= ? AND id < ? AND rule IS NOT NULL "
                               "AND synthetic = 0",
                               r.contact_id, push.int64(3), r.inbound_id);
        earlier.next();
        if (earlier.int64(0) == 0) add_push(c, key, "replied");
        if (r.stop && earlier.int64(1) == 0) add_push(c, key, "stopped");
    }
    const auto hour = time::rome_hour(r.received_at_ms);
    const char* kind = push_reply ? "push_reply" : "direct";
    const int unanswered = r.unanswered ? 1 : 0;
    c.query("INSERT INTO report_hours(hour_start, kind, local_date, local_hour, weekday, requests, unanswered) "
            "VALUES (?, ?, ?, ?, ?, 1, ?) ON CONFLICT DO UPDATE SET requests = requests + 1, "
            "unanswered = unanswered + excluded.unanswered",
            hour.utc_hour_start_ms, kind, hour.date, hour.hour, hour.weekday, unanswered)
        .run();
    c.query("INSERT INTO report_topics(local_date, node_id, kind, requests, unanswered) VALUES (?, ?, ?, 1, ?) "
            "ON CONFLICT DO UPDATE SET requests = requests + 1, unanswered = unanswered + excluded.unanswered",
            hour.date, r.node_id, kind, unanswered)
        .run();
    c.query("INSERT INTO report_topic_months(month, node_id, requests, unanswered) VALUES (?, ?, 1, ?) "
            "ON CONFLICT DO UPDATE SET requests = requests + 1, unanswered = unanswered + excluded.unanswered",
            time::month_start(hour.date), r.node_id, unanswered)
        .run();
    if (r.unanswered && !r.unknown_tag.empty())
        c.query("INSERT INTO report_terms(local_date, term, requests) VALUES (?, ?, 1) "
                "ON CONFLICT DO UPDATE SET requests = requests + 1",
                hour.date, r.unknown_tag)
            .run();
    if (r.unanswered && !r.unknown_tag.empty())
        c.query("INSERT INTO report_term_months(month, term, requests) VALUES (?, ?, 1) "
                "ON CONFLICT DO UPDATE SET requests = requests + 1",
                time::month_start(hour.date), r.unknown_tag)
            .run();
}

void roll_up_accepted(storage::Connection& c, std::int64_t outbox_id) {
    if (!rollups_enabled()) return;
    auto row = c.query(std::string(push_row_sql) + "o.id = ?", outbox_id);
    if (!row.next() || !row.optional_int64(3)) return;
    const auto kind = row.text(0);
    const auto sent_at = row.int64(3);
    const auto wamid = row.optional_text(4);
    if (is_push(kind)) {
        const PushKey key{time::rome_date(sent_at), kind, row.text(1), row.int64(2)};
        add_push(c, key, "sent");
        if (!wamid) return;
        // Statuses that arrived before the acceptance was recorded.
        auto s = c.query("SELECT coalesce(sum(status IN ('delivered', 'read')) > 0, 0), coalesce(sum(status = 'read'), 0), "
                         "coalesce(sum(status = 'failed'), 0), max(CASE WHEN status = 'failed' THEN error_code END), "
                         "max(CASE WHEN status = 'failed' THEN error_title END) FROM message_statuses WHERE wamid = ?",
                         *wamid);
        s.next();
        if (s.int64(0)) add_push(c, key, "delivered");
        if (s.int64(1)) add_push(c, key, "read");
        if (s.int64(2)) add_failure(c, key, failure_reason(s.optional_int64(3), s.optional_text(4)));
        return;
    }
    if (kind != "auto_reply" || !row.optional_text(6)) return;   // only the first reply quotes the request
    const auto received = request_received_at(c, row.optional_int64(5));
    if (!received) return;
    const auto date = time::rome_date(*received);
    add_latency(c, "auto_reply_accepted", date, 0, sent_at - *received);
    if (!wamid) return;
    auto d = c.query("SELECT at FROM message_statuses WHERE wamid = ? AND status = 'delivered'", *wamid);
    if (d.next()) add_latency(c, "auto_reply_delivered", date, 0, d.int64(0) - *received);
}

void roll_up_send_failed(storage::Connection& c, std::int64_t outbox_id, std::int64_t at_ms) {
    if (!rollups_enabled()) return;
    auto row = c.query(std::string(push_row_sql) + "o.id = ?", outbox_id);
    if (!row.next() || !is_push(row.text(0))) return;
    const PushKey key{time::rome_date(at_ms), row.text(0), row.text(1), row.int64(2)};
    add_failure(c, key, failure_reason(row.optional_int64(7), row.optional_text(8)));
}

void roll_up_status(storage::Connection& c, const std::string& wamid, std::string_view status, std::int64_t at_ms) {
    if (!rollups_enabled()) return;
    auto row = c.query(std::string(push_row_sql) + "o.wamid = ?", wamid);
    if (!row.next() || !row.optional_int64(3)) return;   // not accepted yet: roll_up_accepted counts it
    const auto kind = row.text(0);
    if (is_push(kind)) {
        const PushKey key{time::rome_date(row.int64(3)), kind, row.text(1), row.int64(2)};
        if (status == "delivered" || status == "read") {
            // Delivered once: unless the other of the two was stored before this one.
            auto other = c.query("SELECT count(*) FROM message_statuses WHERE wamid = ? AND status = ?", wamid,
                                 status == "read" ? "delivered" : "read");
            other.next();
            if (other.int64(0) == 0) add_push(c, key, "delivered");
            if (status == "read") add_push(c, key, "read");
        } else if (status == "failed") {
            auto f = c.query("SELECT error_code, error_title FROM message_statuses WHERE wamid = ? AND status = 'failed'",
                             wamid);
            f.next();
            add_failure(c, key, failure_reason(f.optional_int64(0), f.optional_text(1)));
        }
        return;
    }
    if (kind != "auto_reply" || status != "delivered" || !row.optional_text(6)) return;
    if (const auto received = request_received_at(c, row.optional_int64(5)))
        add_latency(c, "auto_reply_delivered", time::rome_date(*received), 0, at_ms - *received);
}

void roll_up_case_opened(storage::Connection& c, std::int64_t opened_at_ms) {
    if (!rollups_enabled()) return;
    c.query("INSERT INTO report_cases(local_date, event, outcome, count) VALUES (?, 'opened', '', 1) "
            "ON CONFLICT DO UPDATE SET count = count + 1",
            time::rome_date(opened_at_ms))
        .run();
}

void roll_up_case_closed(storage::Connection& c, std::int64_t closed_at_ms, std::string_view outcome) {
    if (!rollups_enabled()) return;
    c.query("INSERT INTO report_cases(local_date, event, outcome, count) VALUES (?, 'closed', ?, 1) "
            "ON CONFLICT DO UPDATE SET count = count + 1",
            time::rome_date(closed_at_ms), outcome)
        .run();
}

void roll_up_first_reply(storage::Connection& c, std::int64_t opened_at_ms, std::int64_t replied_at_ms,
                         std::int64_t operator_id) {
    if (!rollups_enabled()) return;
    add_latency(c, "operator_reply", time::rome_date(opened_at_ms), operator_id, replied_at_ms - opened_at_ms);
}

bool report_rollups_built(storage::Connection& c) {
    auto q = c.query("SELECT 1 FROM meta WHERE key = 'report_rollups_built'");
    return q.next();
}

std::int64_t rebuild_report_rollups(storage::Connection& c) {
    for (const char* table : {"report_hours", "report_topics", "report_topic_months", "report_terms", "report_term_months",
                              "report_latency",
                              "report_pushes", "report_push_failures", "report_cases"})
        c.query(std::string("DELETE FROM ") + table).run();
    const bool was_enabled = rollups_enabled();
    set_rollups_enabled(true);
    std::int64_t rows = 0;
    auto requests = c.query("SELECT id, contact_id, received_at, coalesce(node_id, 0), unanswered, "
                            "CASE WHEN unanswered_kind = 'tag' THEN unanswered_key END, rule = 'consent_withdraw', synthetic "
                            "FROM inbound_messages WHERE rule IS NOT NULL AND contact_id IS NOT NULL AND ignored = 0");
    std::vector<RequestFacts> facts;
    while (requests.next())
        facts.push_back({requests.int64(0), requests.int64(1), requests.int64(2), requests.int64(3),
                         requests.int64(4) != 0, requests.optional_text(5).value_or(""), requests.int64(6) != 0,
                         requests.int64(7) != 0});
    for (const auto& f : facts) roll_up_request(c, f);
    rows += static_cast<std::int64_t>(facts.size());

    std::vector<std::pair<std::int64_t, std::optional<std::int64_t>>> outbound;   // id, failed at (never accepted)
    auto sent = c.query("SELECT id, CASE WHEN sent_at IS NULL THEN state_changed_at END FROM outbox "
                        "WHERE sent_at IS NOT NULL OR (state = 'failed' AND kind IN ('push', 'broadcast'))");
    while (sent.next()) outbound.emplace_back(sent.int64(0), sent.optional_int64(1));
    for (const auto& [id, failed_at] : outbound) {
        if (failed_at) roll_up_send_failed(c, id, *failed_at);
        else roll_up_accepted(c, id);
    }
    rows += static_cast<std::int64_t>(outbound.size());

    struct CaseRow { std::int64_t opened; std::optional<std::int64_t> closed, replied, by; std::string outcome; };
    std::vector<CaseRow> cases;
    auto k = c.query("SELECT k.opened_at, k.closed_at, o.created_at, k.first_reply_by, coalesce(k.outcome, '') "
                     "FROM cases k LEFT JOIN outbox o ON o.id = k.first_reply_outbox");
    while (k.next())
        cases.push_back({k.int64(0), k.optional_int64(1), k.optional_int64(2), k.optional_int64(3), k.text(4)});
    for (const auto& r : cases) {
        roll_up_case_opened(c, r.opened);
        if (r.closed) roll_up_case_closed(c, *r.closed, r.outcome);
        if (r.replied && r.by) roll_up_first_reply(c, r.opened, *r.replied, *r.by);
    }
    rows += static_cast<std::int64_t>(cases.size());
    set_rollups_enabled(was_enabled);
    c.query("INSERT INTO meta(key, value) VALUES ('report_rollups_built', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            std::to_string(rows))
        .run();
    return rows;
}

} // namespace sportello::relay
