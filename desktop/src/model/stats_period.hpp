#pragma once
// The periods the "Statistiche" tab offers, as Europe/Rome local dates (the
// relay's reports count local days), with a series granularity that keeps a
// chart readable: days up to about two months, months beyond.

#include "api/report_types.hpp"

#include <QDate>

namespace sportello::desk {

enum class StatsPreset { Today, Last7Days, Last30Days, ThisMonth, ThisYear, Custom };

struct StatsPeriods {
    static QDate romeToday();
    // Custom gives today alone; use custom() for chosen dates.
    static StatsPeriod preset(StatsPreset preset, const QDate& today);
    // from and to swapped when given the wrong way round.
    static StatsPeriod custom(QDate from, QDate to);
    static QString granularityFor(const QDate& from, const QDate& to);
};

} // namespace sportello::desk
