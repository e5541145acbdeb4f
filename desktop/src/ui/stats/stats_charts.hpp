#pragma once
// Draws the "Statistiche" tab's charts from their table models (Qt Charts):
// each function replaces what the chart showed. The models are the truth;
// a chart is only their picture.

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QChart;
class QHorizontalBarSeries;

namespace sportello::desk {

class AvailabilityDaysModel;
class BusiestHoursModel;
class PushFunnelModel;
class ReplyTimesTableModel;
class RequestsTableModel;
class TopTermsModel;
class TopTopicsTableModel;

class StatsCharts {
    Q_DECLARE_TR_FUNCTIONS(StatsCharts)

public:
    // Requests per period, stacked: direct and replies to a push.
    static void drawRequests(QChart& chart, const RequestsTableModel& model);
    // Topics by requests with their subtopics, most asked on top; the
    // series' bar index is the model's row (for the drill-down).
    static QHorizontalBarSeries* drawTopics(QChart& chart, const TopTopicsTableModel& model);
    static void drawFunnel(QChart& chart, const PushFunnelModel& model);
    // Median and 90th percentile per period, in seconds.
    static void drawReplyTimes(QChart& chart, const ReplyTimesTableModel& model);
    // Availability per measured day against the target line.
    static void drawAvailability(QChart& chart, const AvailabilityDaysModel& model, double targetPercent);
    // Requests per local hour (00–23), stacked by weekday, Monday first:
    // the bar set of row d is weekday d.
    static void drawBusiestHours(QChart& chart, const BusiestHoursModel& model);
    // The unknown terms asked most, most asked on top.
    static void drawTopTerms(QChart& chart, const TopTermsModel& model);

private:
    // Horizontal bars, one per label, the first on top.
    static QHorizontalBarSeries* drawRanking(QChart& chart, const QString& name, const QList<qreal>& values,
                                             const QStringList& labels);
};

} // namespace sportello::desk
