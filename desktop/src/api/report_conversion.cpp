#include "api/report_conversion.hpp"

#include "api/wire_conversion.hpp"

namespace sportello::desk {

namespace {

RequestCounts toDesk(const api::RequestPoint& point) {
    return RequestCounts{toQString(point.period), point.direct, point.push_reply, point.unanswered};
}

ReplyTimePoint toDesk(const std::string& period, const api::LatencyFigures& figures) {
    return ReplyTimePoint{toQString(period), figures.samples, figures.mean_ms, figures.p50_ms, figures.p90_ms,
                          figures.p99_ms};
}

QMap<QString, qint64> toDesk(const std::map<std::string, std::int64_t>& counts) {
    QMap<QString, qint64> out;
    for (const auto& [key, n] : counts) out.insert(toQString(key), n);
    return out;
}

PushCounts toDesk(const api::PushFigures& f) {
    return PushCounts{f.sent, f.delivered, f.read, f.failed, f.replied, f.stopped, f.read_rate_lower_bound,
                      toDesk(f.failed_by_reason)};
}

QList<PushRowCounts> toDesk(const std::vector<api::PushRow>& rows) {
    QList<PushRowCounts> out;
    for (const auto& r : rows)
        out.append(PushRowCounts{toQString(r.kind), toQString(r.template_name), r.broadcast_id,
                                 toQString(r.broadcast_name), toDesk(r.figures)});
    return out;
}

QList<ReplyTimePoint> toDesk(const std::vector<api::LatencyPoint>& series) {
    QList<ReplyTimePoint> points;
    points.reserve(static_cast<qsizetype>(series.size()));
    for (const auto& point : series) points.append(toDesk(point.period, point.figures));
    return points;
}

} // namespace

RequestFigures toDesk(const api::RequestsReport& report) {
    RequestFigures figures{report.node_id, toDesk(report.totals), {}};
    figures.series.reserve(static_cast<qsizetype>(report.series.size()));
    for (const auto& point : report.series) figures.series.append(toDesk(point));
    return figures;
}

QList<TopicRequests> toDesk(const api::TopTopicsReport& report) {
    QList<TopicRequests> topics;
    topics.reserve(static_cast<qsizetype>(report.topics.size()));
    for (const auto& t : report.topics)
        topics.append(TopicRequests{t.node_id, toQString(t.tag), t.requests, t.subtree_requests, t.unanswered});
    return topics;
}

PushFunnel toDesk(const api::PushReport& report) {
    PushFunnel funnel;
    static_cast<PushCounts&>(funnel) = toDesk(report.total);
    funnel.templates = toDesk(report.templates);
    funnel.broadcasts = toDesk(report.broadcasts);
    return funnel;
}

ReplyTimes toDesk(const api::AutoReplyReport& report) {
    return ReplyTimes{report.resolution_percent, toDesk(std::string{}, report.accepted), toDesk(report.accepted_series),
                      toDesk(std::string{}, report.delivered), {}, {}};
}

ReplyTimes toDesk(const api::OperatorReplyReport& report) {
    ReplyTimes times{report.resolution_percent, toDesk(std::string{}, report.overall), toDesk(report.series), {}, {}, {}};
    for (const auto& op : report.operators)
        times.operators.append(OperatorReplyTime{toQString(op.username), toDesk(std::string{}, op.figures)});
    times.cases = CaseCounts{report.cases_opened, report.cases_closed, report.cases_open_now,
                             toDesk(report.closed_by_outcome)};
    return times;
}

BusiestHours toDesk(const api::BusiestHoursReport& report) {
    BusiestHours hours;
    for (std::size_t day = 0; day < 7; ++day)
        for (std::size_t hour = 0; hour < 24; ++hour) hours.requests[day][hour] = report.requests[day][hour];
    return hours;
}

UnansweredFigures toDesk(const api::UnansweredFigures& report) {
    UnansweredFigures figures{report.requests, report.unanswered, {}};   // terms below
    for (const auto& t : report.top_terms) figures.topTerms.append(TermCount{toQString(t.term), t.requests});
    return figures;
}

int toDesk(const api::ReportCsvPolicy& policy) { return policy.min_cell_count; }

MonthAvailability toDesk(const api::SlaReport& report) {
    MonthAvailability month;
    month.month = toQString(report.month);
    month.targetPercent = report.target_percent;
    month.percent = report.availability_percent;
    month.unavailableMinutes = report.unavailable_minutes;
    month.budgetLeftMinutes = report.budget_left_minutes;
    month.targetMet = report.target_met;
    for (const auto& d : report.days)
        month.days.append(AvailabilityDay{QDate::fromString(toQString(d.date), Qt::ISODate), d.minutes,
                                          d.measured_minutes, d.unavailable_minutes, d.availability_percent});
    for (const auto& i : report.incidents)
        month.incidents.append(AvailabilityIncident{utcFromMs(i.start_ms), utcFromMs(i.end_ms), i.minutes,
                                                    toQString(std::string(api::to_string(i.cause))),
                                                    toQString(i.detail)});
    return month;
}

} // namespace sportello::desk
