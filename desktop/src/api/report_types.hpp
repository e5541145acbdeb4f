#pragma once
// The desk's view of the relay's reports (GET /ops/v1/reports/…, docs/ops-api.md
// "Reports" and "SLA"): what the "Statistiche" tab draws and tabulates, in Qt
// types. Converted from the shared wire types in report_conversion.cpp only.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <optional>

namespace sportello::desk {

// A period of Europe/Rome local dates, both included, and how its series
// are bucketed: "hour", "day", "week" or "month".
struct StatsPeriod {
    QDate from, to;
    QString granularity = QStringLiteral("day");
    friend bool operator==(const StatsPeriod&, const StatsPeriod&) = default;
};

// Requests of one bucket (period: its local start, "2026-03-29") or of the
// whole period (period empty), split by kind.
struct RequestCounts {
    QString period;
    qint64 direct = 0, pushReply = 0, unanswered = 0;
    qint64 total() const { return direct + pushReply; }
    friend bool operator==(const RequestCounts&, const RequestCounts&) = default;
};

struct RequestFigures {
    std::optional<qint64> nodeId;   // a topic with its subtree, or every request
    RequestCounts totals;
    QList<RequestCounts> series;
};

struct TopicRequests {
    qint64 nodeId = 0;
    QString tag;
    qint64 requests = 0;          // matched this node itself
    qint64 subtreeRequests = 0;   // this node and every node below it
    qint64 unanswered = 0;
    friend bool operator==(const TopicRequests&, const TopicRequests&) = default;
};

// Messages counted once per stage: sent (accepted by WhatsApp) → delivered
// → read (a lower bound) → replied → STOP; failed by reason (WhatsApp's
// error code or the relay's reason).
struct PushCounts {
    qint64 sent = 0, delivered = 0, read = 0, failed = 0, replied = 0, stopped = 0;
    double readRateLowerBound = 0;   // read / delivered; read receipts can be turned off
    QMap<QString, qint64> failedByReason;
};

// One template's personal pushes, or one broadcast.
struct PushRowCounts {
    QString kind;   // push, broadcast
    QString templateName;
    qint64 broadcastId = 0;
    QString broadcastName;
    PushCounts counts;
};

// Pushes and broadcasts together (the funnel), then per template and per broadcast.
struct PushFunnel : PushCounts {
    QList<PushRowCounts> templates, broadcasts;
};

// Reply times of one bucket (period: its local start) or of the whole period.
struct ReplyTimePoint {
    QString period;
    qint64 samples = 0;
    double meanMs = 0, p50Ms = 0, p90Ms = 0, p99Ms = 0;
    friend bool operator==(const ReplyTimePoint&, const ReplyTimePoint&) = default;
};

struct OperatorReplyTime {
    QString username;
    ReplyTimePoint figures;
};

// Operators' cases: opened and closed in the period, open now.
struct CaseCounts {
    qint64 opened = 0, closed = 0, openNow = 0;
    QMap<QString, qint64> closedByOutcome;
};

// Auto-reply (request → reply accepted by WhatsApp) or operator reply
// (case opened → first operator reply) times.
struct ReplyTimes {
    double resolutionPercent = 0;   // each percentile is within this much of the truth
    ReplyTimePoint overall;
    QList<ReplyTimePoint> series;
    ReplyTimePoint delivered;             // auto-reply only: request → the reply's "delivered" status
    QList<OperatorReplyTime> operators;   // operator replies only: per operator
    CaseCounts cases;                     // operator replies only
};

// Requests per local weekday (0 = Monday) and local hour, Europe/Rome.
struct BusiestHours {
    std::array<std::array<qint64, 24>, 7> requests{};
};

struct TermCount {
    QString term;   // an unknown hashtag, masked, without its #
    qint64 requests = 0;
    friend bool operator==(const TermCount&, const TermCount&) = default;
};

// Requests the bot could not answer, and the unknown tags asked most.
struct UnansweredFigures {
    qint64 requests = 0, unanswered = 0;
    QList<TermCount> topTerms;
};

struct AvailabilityDay {
    QDate date;
    qint64 minutes = 0, measuredMinutes = 0, unavailableMinutes = 0;
    std::optional<double> percent;   // nullopt: nothing measured
};

struct AvailabilityIncident {
    QDateTime start, end;   // UTC minute boundaries
    qint64 minutes = 0;
    QString cause;          // relay_down, database_unwritable, sending_stopped, probe_failed
    QString detail;
};

struct MonthAvailability {
    QString month;   // "2026-03"
    double targetPercent = 99.6;
    std::optional<double> percent;
    qint64 unavailableMinutes = 0;
    double budgetLeftMinutes = 0;
    bool targetMet = true;
    QList<AvailabilityDay> days;
    QList<AvailabilityIncident> incidents;
};

} // namespace sportello::desk
