#pragma once
// GET /ops/v1/reports/…: the figures the tender names (docs/ops-api.md,
// "Reports"), one definition for the relay and the desk. Periods are
// Europe/Rome local dates, inclusive; latency figures come from fixed
// log-spaced histograms (resolution_percent: any figure is within that much
// of the true value). Statistics hold no phone number and no message text.
// Codec in reports_codec.cpp.

#include "sportello/result.hpp"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sportello::api {

struct ReportPeriod {
    std::string from;          // local date "YYYY-MM-DD", inclusive
    std::string to;            // local date, inclusive
    std::string granularity;   // hour, day, week, month (series), or "" where there is no series
    friend bool operator==(const ReportPeriod&, const ReportPeriod&) = default;
};

struct LatencyFigures {
    std::int64_t samples = 0;
    double mean_ms = 0;        // exact (sums are kept), 0 when no samples
    double p50_ms = 0, p90_ms = 0, p99_ms = 0;   // from the histogram, within resolution_percent
    friend bool operator==(const LatencyFigures&, const LatencyFigures&) = default;
};

// A series point: `period` is the local start of the bucket ("2026-03-29",
// or "2026-10-25T02:00+01:00" by hour, the offset telling apart the two 02:00
// of the autumn change).
struct LatencyPoint {
    std::string period;
    LatencyFigures figures;
    friend bool operator==(const LatencyPoint&, const LatencyPoint&) = default;
};

struct AutoReplyReport {
    ReportPeriod period;
    double resolution_percent = 0;
    LatencyFigures accepted;    // inbound received → the reply accepted by the Cloud API
    LatencyFigures delivered;   // inbound received → the reply's "delivered" status
    std::vector<LatencyPoint> accepted_series, delivered_series;
    friend bool operator==(const AutoReplyReport&, const AutoReplyReport&) = default;
};

struct OperatorLatency {
    std::int64_t operator_id = 0;
    std::string username;
    LatencyFigures figures;
    friend bool operator==(const OperatorLatency&, const OperatorLatency&) = default;
};

struct OperatorReplyReport {
    ReportPeriod period;
    double resolution_percent = 0;
    LatencyFigures overall;     // case opened → first operator reply, cases opened in the period
    std::vector<OperatorLatency> operators;
    std::vector<LatencyPoint> series;
    std::int64_t cases_opened = 0, cases_closed = 0, cases_open_now = 0;
    std::map<std::string, std::int64_t> closed_by_outcome;
    friend bool operator==(const OperatorReplyReport&, const OperatorReplyReport&) = default;
};

struct PushFigures {
    std::int64_t sent = 0, delivered = 0, read = 0, failed = 0, replied = 0, stopped = 0;
    std::map<std::string, std::int64_t> failed_by_reason;
    double read_rate_lower_bound = 0;   // read / delivered: citizens can turn read receipts off
    friend bool operator==(const PushFigures&, const PushFigures&) = default;
};

struct PushRow {
    std::string kind;                   // push, broadcast
    std::string template_name;
    std::int64_t broadcast_id = 0;      // 0: personal pushes of the template
    std::string broadcast_name;
    PushFigures figures;
    friend bool operator==(const PushRow&, const PushRow&) = default;
};

struct PushReport {
    ReportPeriod period;
    bool read_is_lower_bound = true;
    PushFigures total;
    std::vector<PushRow> templates;     // personal pushes, per template
    std::vector<PushRow> broadcasts;    // per broadcast
    friend bool operator==(const PushReport&, const PushReport&) = default;
};

struct RequestPoint {
    std::string period;
    std::int64_t direct = 0, push_reply = 0, unanswered = 0;
    friend bool operator==(const RequestPoint&, const RequestPoint&) = default;
};

struct RequestsReport {
    ReportPeriod period;
    std::optional<std::int64_t> node_id;   // a topic and its subtree, or all requests
    RequestPoint totals;
    std::vector<RequestPoint> series;
    friend bool operator==(const RequestsReport&, const RequestsReport&) = default;
};

struct TopicCount {
    std::int64_t node_id = 0;
    std::string tag;
    std::int64_t requests = 0;            // matched this node itself
    std::int64_t subtree_requests = 0;    // this node and every node below it
    std::int64_t unanswered = 0;
    friend bool operator==(const TopicCount&, const TopicCount&) = default;
};

struct TopTopicsReport {
    ReportPeriod period;
    std::vector<TopicCount> topics;      // by subtree_requests, then requests
    friend bool operator==(const TopTopicsReport&, const TopTopicsReport&) = default;
};

struct BusiestHoursReport {
    ReportPeriod period;
    std::array<std::array<std::int64_t, 24>, 7> requests{};   // [weekday 0 = Monday][local hour]
    friend bool operator==(const BusiestHoursReport&, const BusiestHoursReport&) = default;
};

struct TermCount {
    std::string term;
    std::int64_t requests = 0;
    friend bool operator==(const TermCount&, const TermCount&) = default;
};

struct UnansweredFigures {
    ReportPeriod period;
    std::int64_t requests = 0, unanswered = 0;
    std::vector<RequestPoint> series;
    std::vector<TermCount> top_terms;     // unknown tags (masked); phrases: GET /ops/v1/unanswered
    friend bool operator==(const UnansweredFigures&, const UnansweredFigures&) = default;
};

// GET /ops/v1/reports/csv-policy: how the reports' CSV files suppress small
// cells, so that every program exporting statistics (the desk) suppresses
// exactly as the relay does (config reports.min_cell_count).
struct ReportCsvPolicy {
    int min_cell_count = 5;   // counts from 1 to min_cell_count - 1 are written "<min_cell_count"
    friend bool operator==(const ReportCsvPolicy&, const ReportCsvPolicy&) = default;
};

std::string encode(const AutoReplyReport& v);
std::string encode(const OperatorReplyReport& v);
std::string encode(const PushReport& v);
std::string encode(const RequestsReport& v);
std::string encode(const TopTopicsReport& v);
std::string encode(const BusiestHoursReport& v);
std::string encode(const UnansweredFigures& v);
std::string encode(const ReportCsvPolicy& v);

template <class T>
Result<T> decode_report(std::string_view json_text);   // specialised for each type above

} // namespace sportello::api
