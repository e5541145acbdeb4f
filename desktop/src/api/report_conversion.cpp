#include "api/report_conversion.hpp"

#include "api/wire_conversion.hpp"

namespace sportello::desk {

namespace {

RequestCounts toDesk(const api::RequestPoint& point) {
    return RequestCounts{toQString(point.period), point.direct, point.push_reply, point.unanswered};
}

ReplyTimePoint toDesk(const std::string& period, const api::LatencyFigures& figures) {
    return ReplyTimePoint{toQString(period), figures.samples, figures.mean_ms, figures.p50_ms, figures.p90_ms};
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
    const auto& t = report.total;
    return PushFunnel{t.sent, t.delivered, t.read, t.failed, t.replied, t.stopped, t.read_rate_lower_bound};
}

ReplyTimes toDesk(const api::AutoReplyReport& report) {
    return ReplyTimes{report.resolution_percent, toDesk(std::string{}, report.accepted), toDesk(report.accepted_series)};
}

ReplyTimes toDesk(const api::OperatorReplyReport& report) {
    return ReplyTimes{report.resolution_percent, toDesk(std::string{}, report.overall), toDesk(report.series)};
}

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
