#include "model/stats_period.hpp"

#include <QDateTime>
#include <QTimeZone>

#include <utility>

namespace sportello::desk {

namespace {
constexpr qint64 longestDailySeries = 62;   // days; longer periods are charted by month
}

QDate StatsPeriods::romeToday() {
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Rome")).date();
}

StatsPeriod StatsPeriods::preset(StatsPreset preset, const QDate& today) {
    switch (preset) {
    case StatsPreset::Today: return custom(today, today);
    case StatsPreset::Last7Days: return custom(today.addDays(-6), today);
    case StatsPreset::Last30Days: return custom(today.addDays(-29), today);
    case StatsPreset::ThisMonth: return custom(QDate(today.year(), today.month(), 1), today);
    case StatsPreset::ThisYear: return custom(QDate(today.year(), 1, 1), today);
    case StatsPreset::Custom: break;
    }
    return custom(today, today);
}

StatsPeriod StatsPeriods::custom(QDate from, QDate to) {
    if (to < from) std::swap(from, to);
    return StatsPeriod{from, to, granularityFor(from, to)};
}

QString StatsPeriods::granularityFor(const QDate& from, const QDate& to) {
    return from.daysTo(to) + 1 > longestDailySeries ? QStringLiteral("month") : QStringLiteral("day");
}

QStringList StatsPeriods::buckets(const StatsPeriod& period) {
    QStringList labels;
    if (!period.from.isValid() || !period.to.isValid() || period.to < period.from) return labels;
    QDate start = period.from;
    int stepDays = 1;
    bool byMonth = false;
    if (period.granularity == u"week") {
        start = period.from.addDays(1 - period.from.dayOfWeek());   // ISO weeks from Monday
        stepDays = 7;
    } else if (period.granularity == u"month") {
        start = QDate(period.from.year(), period.from.month(), 1);
        byMonth = true;
    } else if (period.granularity != u"day") {
        return labels;
    }
    for (QDate d = start; d <= period.to; d = byMonth ? d.addMonths(1) : d.addDays(stepDays))
        labels.append(d.toString(Qt::ISODate));
    return labels;
}

} // namespace sportello::desk
