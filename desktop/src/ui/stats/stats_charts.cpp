#include "ui/stats/stats_charts.hpp"

#include "model/availability_models.hpp"
#include "model/busiest_hours_model.hpp"
#include "model/report_table_models.hpp"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace sportello::desk {

namespace {

void clear(QChart& chart) {
    chart.removeAllSeries();
    for (QAbstractAxis* axis : chart.axes()) {
        chart.removeAxis(axis);
        delete axis;
    }
}

QStringList column(const QAbstractItemModel& model, int column) {
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row) values.append(model.index(row, column).data().toString());
    return values;
}

// A category axis along `edge` and a value axis from 0 across, both attached to series.
void attachAxes(QChart& chart, QAbstractSeries* series, const QStringList& categories, Qt::Alignment categoryEdge,
                Qt::Alignment valueEdge, const QString& valueTitle) {
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto* valueAxis = new QValueAxis;
    valueAxis->setTitleText(valueTitle);
    valueAxis->setLabelFormat(QStringLiteral("%g"));
    chart.addAxis(categoryAxis, categoryEdge);
    chart.addAxis(valueAxis, valueEdge);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
}

} // namespace

void StatsCharts::drawRequests(QChart& chart, const RequestsTableModel& model) {
    clear(chart);
    auto* direct = new QBarSet(tr("Direct"));
    auto* pushReply = new QBarSet(tr("Replies to a push"));
    for (const RequestCounts& row : model.rows()) {
        direct->append(static_cast<qreal>(row.direct));
        pushReply->append(static_cast<qreal>(row.pushReply));
    }
    auto* series = new QStackedBarSeries;
    series->append(direct);
    series->append(pushReply);
    chart.addSeries(series);
    attachAxes(chart, series, column(model, RequestsTableModel::PeriodColumn), Qt::AlignBottom, Qt::AlignLeft,
               tr("Requests"));
}

QHorizontalBarSeries* StatsCharts::drawTopics(QChart& chart, const TopTopicsTableModel& model) {
    QList<qreal> values;
    for (const TopicRequests& row : model.rows()) values.append(static_cast<qreal>(row.subtreeRequests));
    return drawRanking(chart, tr("Requests (with subtopics)"), values,
                       column(model, TopTopicsTableModel::TagColumn));
}

void StatsCharts::drawTopTerms(QChart& chart, const TopTermsModel& model) {
    QList<qreal> values;
    for (const TermCount& row : model.rows()) values.append(static_cast<qreal>(row.requests));
    drawRanking(chart, tr("Unanswered requests"), values, column(model, TopTermsModel::TermColumn));
}

QHorizontalBarSeries* StatsCharts::drawRanking(QChart& chart, const QString& name, const QList<qreal>& values,
                                               const QStringList& labels) {
    clear(chart);
    auto* requests = new QBarSet(name);
    requests->append(values);
    auto* series = new QHorizontalBarSeries;
    series->append(requests);
    chart.addSeries(series);
    attachAxes(chart, series, labels, Qt::AlignLeft, Qt::AlignBottom, tr("Requests"));
    // The most asked on top: a horizontal category axis runs upwards.
    if (auto* axis = qobject_cast<QBarCategoryAxis*>(chart.axes(Qt::Vertical, series).value(0))) axis->setReverse(true);
    return series;
}

void StatsCharts::drawBusiestHours(QChart& chart, const BusiestHoursModel& model) {
    clear(chart);
    auto* series = new QStackedBarSeries;
    for (const WeekdayHours& day : model.rows()) {
        auto* set = new QBarSet(day.weekday);
        for (qint64 n : day.requests) set->append(static_cast<qreal>(n));
        series->append(set);
    }
    chart.addSeries(series);
    QStringList hours;
    for (int hour = 0; hour < 24; ++hour) hours.append(model.headerData(BusiestHoursModel::FirstHourColumn + hour, Qt::Horizontal).toString());
    attachAxes(chart, series, hours, Qt::AlignBottom, Qt::AlignLeft, tr("Requests"));
}

void StatsCharts::drawFunnel(QChart& chart, const PushFunnelModel& model) {
    clear(chart);
    auto* messages = new QBarSet(tr("Messages"));
    for (const FunnelStage& stage : model.rows()) messages->append(static_cast<qreal>(stage.messages));
    auto* series = new QBarSeries;
    series->append(messages);
    series->setLabelsVisible(true);
    chart.addSeries(series);
    attachAxes(chart, series, column(model, PushFunnelModel::StageColumn), Qt::AlignBottom, Qt::AlignLeft,
               tr("Messages"));
}

void StatsCharts::drawReplyTimes(QChart& chart, const ReplyTimesTableModel& model) {
    clear(chart);
    auto* median = new QLineSeries;
    median->setName(tr("Median"));
    auto* p90 = new QLineSeries;
    p90->setName(tr("90th percentile"));
    const auto& rows = model.rows();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows[i].samples == 0) continue;   // no replies: no point, not a zero
        median->append(static_cast<qreal>(i), ReplyTimesTableModel::seconds(rows[i].p50Ms));
        p90->append(static_cast<qreal>(i), ReplyTimesTableModel::seconds(rows[i].p90Ms));
    }
    chart.addSeries(median);
    chart.addSeries(p90);
    attachAxes(chart, median, column(model, ReplyTimesTableModel::PeriodColumn), Qt::AlignBottom, Qt::AlignLeft,
               tr("Seconds"));
    for (QAbstractAxis* axis : chart.axes()) p90->attachAxis(axis);
}

void StatsCharts::drawAvailability(QChart& chart, const AvailabilityDaysModel& model, double targetPercent) {
    clear(chart);
    auto* availability = new QLineSeries;
    availability->setName(tr("Availability (%)"));
    auto* target = new QLineSeries;
    target->setName(tr("Target %1 %").arg(targetPercent));
    double lowest = targetPercent;
    const auto& days = model.rows();
    for (qsizetype i = 0; i < days.size(); ++i) {
        target->append(static_cast<qreal>(i), targetPercent);
        if (!days[i].percent) continue;   // not measured (yet)
        availability->append(static_cast<qreal>(i), *days[i].percent);
        lowest = std::min(lowest, *days[i].percent);
    }
    chart.addSeries(availability);
    chart.addSeries(target);
    attachAxes(chart, availability, column(model, AvailabilityDaysModel::DateColumn), Qt::AlignBottom, Qt::AlignLeft,
               tr("Availability (%)"));
    for (QAbstractAxis* axis : chart.axes()) target->attachAxis(axis);
    if (auto* values = qobject_cast<QValueAxis*>(chart.axes(Qt::Vertical).value(0)))
        values->setRange(std::max(0.0, lowest - 0.5), 100.0);
}

} // namespace sportello::desk
