#pragma once
// The reports of GET /ops/v1/reports/… (docs/ops-api.md, "Reports"), read
// from the rollup tables only (core/report_rollups.hpp): a year is at most a
// few thousand rows per report, whatever the traffic. Each function runs
// inside a read job.

#include "sportello/api/reports.hpp"
#include "sportello/hashtag/tree.hpp"
#include "sportello/result.hpp"
#include "storage/sqlite.hpp"

#include <array>
#include <optional>
#include <string>

namespace sportello::relay {

struct ReportQuery {
    std::string from, to;             // local dates, inclusive, checked
    std::string granularity = "day";  // hour, day, week, month
    std::optional<std::int64_t> node_id;
    int limit = 20;
};

// from/to (default: the last 30 days to today), granularity (default day),
// node_id, limit, as the routes take them. Errors: invalid_request naming the
// parameter. `today` is the local date the defaults count from.
Result<ReportQuery> parse_report_query(const std::optional<std::string>& from, const std::optional<std::string>& to,
                                       const std::optional<std::string>& granularity,
                                       const std::optional<std::string>& node_id,
                                       const std::optional<std::string>& limit, const std::string& today);

// The resolution of every latency figure, in percent of the value.
double latency_resolution_percent();

// Figures from a histogram (latency_buckets counts) and the exact sum.
using Histogram = std::array<std::int64_t, 128>;   // latency_buckets
api::LatencyFigures latency_figures(const Histogram& counts, std::int64_t sum_ms);

api::AutoReplyReport auto_reply_report(storage::Connection& c, const ReportQuery& q);
api::OperatorReplyReport operator_reply_report(storage::Connection& c, const ReportQuery& q);
api::PushReport push_report(storage::Connection& c, const ReportQuery& q);
api::RequestsReport requests_report(storage::Connection& c, const ReportQuery& q, const hashtag::HashtagTree& tree);
api::TopTopicsReport top_topics_report(storage::Connection& c, const ReportQuery& q, const hashtag::HashtagTree& tree);
api::BusiestHoursReport busiest_hours_report(storage::Connection& c, const ReportQuery& q);
api::UnansweredFigures unanswered_figures(storage::Connection& c, const ReportQuery& q);

} // namespace sportello::relay
