#pragma once
// The periods the "Statistiche" tab offers, as Europe/Rome local dates (the
// relay's reports count local days), with a series granularity that keeps a
// chart readable: days up to about two months, months beyond.

#include "api/report_types.hpp"

#include <QDate>
#include <QHash>
#include <QStringList>

namespace sportello::desk {

enum class StatsPreset { Today, Last7Days, Last30Days, ThisMonth, ThisYear, Custom };

struct StatsPeriods {
    static QDate romeToday();
    // Custom gives today alone; use custom() for chosen dates.
    static StatsPeriod preset(StatsPreset preset, const QDate& today);
    // from and to swapped when given the wrong way round.
    static StatsPeriod custom(QDate from, QDate to);
    static QString granularityFor(const QDate& from, const QDate& to);
    // The labels of every bucket of the period as the relay writes them
    // ("2026-03-29"; a week or a month by its first day, "2026-03-23",
    // "2026-03-01"); empty for hours, whose labels carry an offset.
    static QStringList buckets(const StatsPeriod& period);
};

// The series with a point for every bucket of the period: the relay leaves
// out buckets without data, which a chart must show as zero (or as no point).
// Point: an aggregate whose first member is the period label.
template <class Point>
QList<Point> withEveryBucket(const QList<Point>& series, const StatsPeriod& period) {
    const QStringList labels = StatsPeriods::buckets(period);
    if (labels.isEmpty()) return series;
    QHash<QString, Point> byLabel;
    for (const Point& point : series) byLabel.insert(point.period, point);
    QList<Point> filled;
    filled.reserve(labels.size());
    for (const QString& label : labels) filled.append(byLabel.value(label, Point{label}));
    return filled;
}

} // namespace sportello::desk
