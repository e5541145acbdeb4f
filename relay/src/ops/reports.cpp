#include "ops/reports.hpp"

#include "core/report_rollups.hpp"
#include "sportello/rome_time.hpp"
#include "sportello/time.hpp"

#include <algorithm>
#include <cmath>
#include <charconv>
#include <map>
#include <tuple>

namespace sportello::relay {
namespace {

constexpr int max_days = 3660;
static_assert(std::tuple_size_v<Histogram> == latency_buckets, "a histogram holds every bucket");

// The local start of the series bucket a date (or an hour) falls in.
std::string period_of(const std::string& date, const std::string& granularity) {
    if (granularity == "week") return time::week_start(date);
    if (granularity == "month") return time::month_start(date);
    return date;
}

// period_of, remembered: a year's rows name only 365 dates.
class Periods {
public:
    explicit Periods(std::string granularity) : granularity_(std::move(granularity)) {}
    const std::string& of(const std::string& date) {
        auto it = cache_.find(date);
        if (it == cache_.end()) it = cache_.emplace(date, period_of(date, granularity_)).first;
        return it->second;
    }

private:
    std::string granularity_;
    std::map<std::string, std::string> cache_;
};

std::string hour_label(std::int64_t hour_start_ms, const std::string& date, int hour) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%sT%02d:00+%02d:00", date.c_str(), hour,
                  static_cast<int>(time::rome_offset_ms(hour_start_ms) / time::hour_ms));
    return buf;
}

api::ReportPeriod period(const ReportQuery& q, bool series = true) {
    return {q.from, q.to, series ? q.granularity : std::string()};
}

struct LatencyRows {
    Histogram all{};
    std::int64_t all_sum = 0;
    std::map<std::string, std::pair<Histogram, std::int64_t>> by_period;
    std::map<std::int64_t, std::pair<Histogram, std::int64_t>> by_operator;
};

LatencyRows read_latency(storage::Connection& c, std::string_view metric, const ReportQuery& q) {
    LatencyRows out;
    auto rows = c.query("SELECT local_date, operator_id, bucket, samples, sum_ms FROM report_latency "
                        "WHERE metric = ? AND local_date BETWEEN ? AND ?",
                        metric, q.from, q.to);
    Periods periods(q.granularity == "hour" ? std::string("day") : q.granularity);
    Histogram* last_period = nullptr;   // rows come by date: most lookups are the previous one
    std::int64_t* last_sum = nullptr;
    std::string last_date;
    while (rows.next()) {
        const auto bucket = static_cast<std::size_t>(std::clamp<std::int64_t>(rows.int64(2), 0, latency_buckets - 1));
        const auto n = rows.int64(3), sum = rows.int64(4);
        out.all[bucket] += n;
        out.all_sum += sum;
        if (!last_period || rows.text(0) != last_date) {
            last_date = rows.text(0);
            auto& p = out.by_period[periods.of(last_date)];
            last_period = &p.first;
            last_sum = &p.second;
        }
        (*last_period)[bucket] += n;
        *last_sum += sum;
        auto& o = out.by_operator[rows.int64(1)];
        o.first[bucket] += n;
        o.second += sum;
    }
    return out;
}

std::vector<api::LatencyPoint> latency_series(const LatencyRows& rows) {
    std::vector<api::LatencyPoint> out;
    for (const auto& [label, h] : rows.by_period) out.push_back({label, latency_figures(h.first, h.second)});
    return out;
}

struct HourRow {
    std::int64_t hour_start;
    std::string kind, date;
    int hour, weekday;
    std::int64_t requests, unanswered;
};

std::vector<HourRow> read_hours(storage::Connection& c, const ReportQuery& q) {
    std::vector<HourRow> out;
    auto rows = c.query("SELECT hour_start, kind, local_date, local_hour, weekday, requests, unanswered "
                        "FROM report_hours WHERE local_date BETWEEN ? AND ?",
                        q.from, q.to);
    while (rows.next())
        out.push_back({rows.int64(0), rows.text(1), rows.text(2), static_cast<int>(rows.int64(3)),
                       static_cast<int>(rows.int64(4)), rows.int64(5), rows.int64(6)});
    return out;
}

void add_to(api::RequestPoint& p, const std::string& kind, std::int64_t requests, std::int64_t unanswered) {
    (kind == "push_reply" ? p.push_reply : p.direct) += requests;
    p.unanswered += unanswered;
}

std::vector<api::RequestPoint> request_series(const std::vector<HourRow>& rows, const std::string& granularity,
                                              api::RequestPoint& totals) {
    std::map<std::pair<std::string, std::int64_t>, api::RequestPoint> series;   // (label, utc start) keeps hours in order
    Periods periods(granularity);
    for (const auto& r : rows) {
        const bool hourly = granularity == "hour";
        const auto label = hourly ? hour_label(r.hour_start, r.date, r.hour) : periods.of(r.date);
        auto& p = series[{hourly ? std::string() : label, hourly ? r.hour_start : 0}];
        p.period = label;
        add_to(p, r.kind, r.requests, r.unanswered);
        add_to(totals, r.kind, r.requests, r.unanswered);
    }
    std::vector<api::RequestPoint> out;
    for (auto& [key, p] : series) out.push_back(std::move(p));
    return out;
}

// Every node of the subtree under id, id included.
std::vector<std::int64_t> subtree(const hashtag::HashtagTree& tree, std::int64_t id) {
    std::vector<std::int64_t> out{id};
    for (std::size_t i = 0; i < out.size(); ++i)
        for (const auto* child : tree.children(out[i])) out.push_back(child->id);
    return out;
}

// A period as whole local months (from a monthly rollup) and the days
// before and after them (from the daily one).
struct MonthSplit {
    std::string first_month;   // the first whole month
    std::string end_month;     // the month after the last whole one (== first_month: none)
    std::string last_whole;    // the last day of the whole months
};

MonthSplit split_months(const ReportQuery& q) {
    MonthSplit s;
    s.first_month =
        q.from == time::month_start(q.from) ? q.from : time::month_start(time::add_days(time::month_start(q.from), 31));
    s.end_month = time::month_start(time::add_days(q.to, 1));
    if (s.end_month <= s.first_month) s.end_month = s.first_month;
    s.last_whole = time::add_days(s.end_month, -1);
    return s;
}

double read_rate(const api::PushFigures& f) {
    return f.delivered > 0 ? static_cast<double>(f.read) / static_cast<double>(f.delivered) : 0.0;
}

void add_figures(api::PushFigures& into, const api::PushFigures& f) {
    into.sent += f.sent;
    into.delivered += f.delivered;
    into.read += f.read;
    into.failed += f.failed;
    into.replied += f.replied;
    into.stopped += f.stopped;
    for (const auto& [reason, n] : f.failed_by_reason) into.failed_by_reason[reason] += n;
}

} // namespace

Result<ReportQuery> parse_report_query(const std::optional<std::string>& from, const std::optional<std::string>& to,
                                       const std::optional<std::string>& granularity,
                                       const std::optional<std::string>& node_id,
                                       const std::optional<std::string>& limit, const std::string& today) {
    ReportQuery q;
    q.to = to.value_or(today);
    if (!time::is_iso_date(q.to))
        return make_error(api::ErrorCode::invalid_request, "to: a local date such as 2026-03-29", "to");
    q.from = from.value_or(time::add_days(q.to, -29));
    if (!time::is_iso_date(q.from))
        return make_error(api::ErrorCode::invalid_request, "from: a local date such as 2026-03-01", "from");
    if (q.from > q.to) return make_error(api::ErrorCode::invalid_request, "from must not be after to", "from");
    if (*time::rome_midnight(q.to) - *time::rome_midnight(q.from) > max_days * time::day_ms)
        return make_error(api::ErrorCode::invalid_request, "the period is longer than 3660 days", "from");
    q.granularity = granularity.value_or("day");
    if (q.granularity != "hour" && q.granularity != "day" && q.granularity != "week" && q.granularity != "month")
        return make_error(api::ErrorCode::invalid_request, "granularity: hour, day, week or month", "granularity");
    if (node_id) {
        std::int64_t id = 0;
        const auto r = std::from_chars(node_id->data(), node_id->data() + node_id->size(), id);
        if (r.ec != std::errc{} || r.ptr != node_id->data() + node_id->size() || id < 1)
            return make_error(api::ErrorCode::invalid_request, "node_id: a node's id", "node_id");
        q.node_id = id;
    }
    if (limit) {
        int n = 0;
        const auto r = std::from_chars(limit->data(), limit->data() + limit->size(), n);
        if (r.ec != std::errc{} || r.ptr != limit->data() + limit->size() || n < 1 || n > 500)
            return make_error(api::ErrorCode::invalid_request, "limit: 1 to 500", "limit");
        q.limit = n;
    }
    return q;
}

double latency_resolution_percent() { return 100.0 * (std::exp2(0.125) - 1.0); }

api::LatencyFigures latency_figures(const Histogram& counts, std::int64_t sum_ms) {
    api::LatencyFigures f;
    for (auto n : counts) f.samples += n;
    if (f.samples == 0) return f;
    f.mean_ms = static_cast<double>(sum_ms) / static_cast<double>(f.samples);
    // The smallest bucket holding the q-quantile sample (nearest rank).
    auto quantile = [&](double q) {
        const auto rank = static_cast<std::int64_t>(std::ceil(q * static_cast<double>(f.samples)));
        std::int64_t seen = 0;
        for (int b = 0; b < latency_buckets; ++b) {
            seen += counts[static_cast<std::size_t>(b)];
            if (seen >= std::max<std::int64_t>(rank, 1)) return bucket_value_ms(b);
        }
        return bucket_value_ms(latency_buckets - 1);
    };
    f.p50_ms = quantile(0.50);
    f.p90_ms = quantile(0.90);
    f.p99_ms = quantile(0.99);
    return f;
}

api::AutoReplyReport auto_reply_report(storage::Connection& c, const ReportQuery& q) {
    api::AutoReplyReport r;
    r.period = period(q);
    if (r.period.granularity == "hour") r.period.granularity = "day";   // latencies are kept per day
    r.resolution_percent = latency_resolution_percent();
    const auto accepted = read_latency(c, "auto_reply_accepted", q);
    const auto delivered = read_latency(c, "auto_reply_delivered", q);
    r.accepted = latency_figures(accepted.all, accepted.all_sum);
    r.delivered = latency_figures(delivered.all, delivered.all_sum);
    r.accepted_series = latency_series(accepted);
    r.delivered_series = latency_series(delivered);
    return r;
}

api::OperatorReplyReport operator_reply_report(storage::Connection& c, const ReportQuery& q) {
    api::OperatorReplyReport r;
    r.period = period(q);
    if (r.period.granularity == "hour") r.period.granularity = "day";
    r.resolution_percent = latency_resolution_percent();
    const auto rows = read_latency(c, "operator_reply", q);
    r.overall = latency_figures(rows.all, rows.all_sum);
    r.series = latency_series(rows);
    for (const auto& [id, h] : rows.by_operator) {
        auto name = c.query("SELECT username FROM users WHERE id = ?", id);
        r.operators.push_back({id, name.next() ? name.text(0) : std::string(), latency_figures(h.first, h.second)});
    }
    auto cases = c.query("SELECT event, outcome, sum(count) FROM report_cases WHERE local_date BETWEEN ? AND ? "
                         "GROUP BY event, outcome",
                         q.from, q.to);
    while (cases.next()) {
        if (cases.text(0) == "opened") {
            r.cases_opened += cases.int64(2);
        } else {
            r.cases_closed += cases.int64(2);
            r.closed_by_outcome[cases.text(1)] += cases.int64(2);
        }
    }
    auto open = c.query("SELECT count(*) FROM cases WHERE state <> 'closed'");
    open.next();
    r.cases_open_now = open.int64(0);
    return r;
}

api::PushReport push_report(storage::Connection& c, const ReportQuery& q) {
    api::PushReport r;
    r.period = period(q, false);
    std::map<std::tuple<std::string, std::string, std::int64_t>, api::PushFigures> rows;
    auto sums = c.query("SELECT kind, template, broadcast_id, sum(sent), sum(delivered), sum(read), sum(failed), "
                        "sum(replied), sum(stopped) FROM report_pushes WHERE local_date BETWEEN ? AND ? "
                        "GROUP BY kind, template, broadcast_id",
                        q.from, q.to);
    while (sums.next()) {
        auto& f = rows[{sums.text(0), sums.text(1), sums.int64(2)}];
        f.sent = sums.int64(3);
        f.delivered = sums.int64(4);
        f.read = sums.int64(5);
        f.failed = sums.int64(6);
        f.replied = sums.int64(7);
        f.stopped = sums.int64(8);
    }
    auto reasons = c.query("SELECT kind, template, broadcast_id, reason, sum(count) FROM report_push_failures "
                           "WHERE local_date BETWEEN ? AND ? GROUP BY kind, template, broadcast_id, reason",
                           q.from, q.to);
    while (reasons.next()) rows[{reasons.text(0), reasons.text(1), reasons.int64(2)}].failed_by_reason[reasons.text(3)] =
        reasons.int64(4);
    for (auto& [key, f] : rows) {
        const auto& [kind, template_name, broadcast_id] = key;
        f.read_rate_lower_bound = read_rate(f);
        add_figures(r.total, f);
        api::PushRow row{kind, template_name, broadcast_id, {}, f};
        if (kind == "broadcast") {
            auto name = c.query("SELECT name FROM broadcasts WHERE id = ?", broadcast_id);
            if (name.next()) row.broadcast_name = name.text(0);
            r.broadcasts.push_back(std::move(row));
        } else {
            r.templates.push_back(std::move(row));
        }
    }
    r.total.read_rate_lower_bound = read_rate(r.total);
    return r;
}

api::RequestsReport requests_report(storage::Connection& c, const ReportQuery& q, const hashtag::HashtagTree& tree) {
    api::RequestsReport r;
    r.period = period(q);
    r.node_id = q.node_id;
    if (!q.node_id) {
        r.series = request_series(read_hours(c, q), q.granularity, r.totals);
        return r;
    }
    if (r.period.granularity == "hour") r.period.granularity = "day";   // topics are kept per day
    std::string ids;
    for (auto id : subtree(tree, *q.node_id)) ids += (ids.empty() ? "" : ",") + std::to_string(id);
    // The ids are integers from the tree, never input text.
    auto rows = c.query("SELECT local_date, kind, sum(requests), sum(unanswered) FROM report_topics "
                        "WHERE local_date BETWEEN ? AND ? AND node_id IN (" + ids + ") GROUP BY local_date, kind",
                        q.from, q.to);
    std::map<std::string, api::RequestPoint> series;
    while (rows.next()) {
        const auto label = period_of(rows.text(0), r.period.granularity);
        auto& p = series[label];
        p.period = label;
        add_to(p, rows.text(1), rows.int64(2), rows.int64(3));
        add_to(r.totals, rows.text(1), rows.int64(2), rows.int64(3));
    }
    for (auto& [label, p] : series) r.series.push_back(std::move(p));
    return r;
}

api::TopTopicsReport top_topics_report(storage::Connection& c, const ReportQuery& q, const hashtag::HashtagTree& tree) {
    api::TopTopicsReport r;
    r.period = period(q, false);
    std::map<std::int64_t, api::TopicCount> topics;
    const auto m = split_months(q);
    auto rows = c.query("SELECT node_id, sum(requests), sum(unanswered) FROM ("
                        "  SELECT node_id, requests, unanswered FROM report_topic_months WHERE month >= ? AND month < ? "
                        "  UNION ALL SELECT node_id, requests, unanswered FROM report_topics "
                        "  WHERE local_date BETWEEN ? AND ? AND (local_date < ? OR local_date > ?)) "
                        "WHERE node_id <> 0 GROUP BY node_id",
                        m.first_month, m.end_month, q.from, q.to, m.first_month, m.last_whole);
    while (rows.next()) {
        const auto id = rows.int64(0);
        auto& t = topics[id];
        t.node_id = id;
        t.requests = rows.int64(1);
        t.unanswered = rows.int64(2);
        // Each node's requests count in the subtree of every ancestor.
        for (const auto* n = tree.by_id(id); n; n = n->parent_id ? tree.by_id(*n->parent_id) : nullptr) {
            auto& a = topics[n->id];
            a.node_id = n->id;
            a.subtree_requests += rows.int64(1);
        }
        if (!tree.by_id(id)) t.subtree_requests += t.requests;   // a node since deleted
    }
    for (auto& [id, t] : topics) {
        if (const auto* n = tree.by_id(id)) t.tag = n->tag;
        r.topics.push_back(std::move(t));
    }
    std::sort(r.topics.begin(), r.topics.end(), [](const auto& a, const auto& b) {
        return std::tie(b.subtree_requests, b.requests, a.node_id) < std::tie(a.subtree_requests, a.requests, b.node_id);
    });
    if (r.topics.size() > static_cast<std::size_t>(q.limit)) r.topics.resize(static_cast<std::size_t>(q.limit));
    return r;
}

api::BusiestHoursReport busiest_hours_report(storage::Connection& c, const ReportQuery& q) {
    api::BusiestHoursReport r;
    r.period = period(q, false);
    auto rows = c.query("SELECT weekday, local_hour, sum(requests) FROM report_hours WHERE local_date BETWEEN ? AND ? "
                        "GROUP BY weekday, local_hour",
                        q.from, q.to);
    while (rows.next()) {
        const auto d = static_cast<std::size_t>(std::clamp<std::int64_t>(rows.int64(0), 1, 7) - 1);
        const auto h = static_cast<std::size_t>(std::clamp<std::int64_t>(rows.int64(1), 0, 23));
        r.requests[d][h] += rows.int64(2);
    }
    return r;
}

api::UnansweredFigures unanswered_figures(storage::Connection& c, const ReportQuery& q) {
    api::UnansweredFigures r;
    r.period = period(q);
    api::RequestPoint totals;
    r.series = request_series(read_hours(c, q), q.granularity, totals);
    r.requests = totals.direct + totals.push_reply;
    r.unanswered = totals.unanswered;
    const auto m = split_months(q);
    auto terms = c.query("SELECT term, sum(requests) AS n FROM ("
                         "  SELECT term, requests FROM report_term_months WHERE month >= ? AND month < ? "
                         "  UNION ALL SELECT term, requests FROM report_terms "
                         "  WHERE local_date BETWEEN ? AND ? AND (local_date < ? OR local_date > ?)) "
                         "GROUP BY term ORDER BY n DESC, term LIMIT ?",
                         m.first_month, m.end_month, q.from, q.to, m.first_month, m.last_whole, q.limit);
    while (terms.next()) r.top_terms.push_back({terms.text(0), terms.int64(1)});
    return r;
}

} // namespace sportello::relay
