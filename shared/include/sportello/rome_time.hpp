#pragma once
// Europe/Rome local time, for reports: every period a report names is a
// local one (a day is midnight to midnight in Rome, DST included).
//
// The rule is the EU's, in force since 1996: summer time (UTC+2) from the
// last Sunday of March at 01:00 UTC to the last Sunday of October at 01:00
// UTC, standard time (UTC+1) otherwise. A spring day has 23 hours, an autumn
// day 25 (its local 02:00 comes twice, an hour apart in UTC). GCC 12 has no
// time-zone database in <chrono>, and the service has one zone.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sportello::time {

inline constexpr std::int64_t hour_ms = 3'600'000;
inline constexpr std::int64_t day_ms = 24 * hour_ms;

// The offset from UTC in Rome at the instant utc_ms: 1 or 2 hours, in ms.
std::int64_t rome_offset_ms(std::int64_t utc_ms) noexcept;

// The local hour an instant falls in.
struct RomeHour {
    std::int64_t utc_hour_start_ms = 0;   // the UTC start of the hour (distinct for the two 02:00 of October)
    std::string date;                     // local "YYYY-MM-DD"
    int hour = 0;                         // local 0-23
    int weekday = 1;                      // ISO: 1 Monday … 7 Sunday
};
RomeHour rome_hour(std::int64_t utc_ms);

// The local date "YYYY-MM-DD" of an instant.
std::string rome_date(std::int64_t utc_ms);

// The UTC instant of local midnight starting date "YYYY-MM-DD"; nullopt if
// it is not a real date.
std::optional<std::int64_t> rome_midnight(std::string_view date);

// The date n days after "YYYY-MM-DD" (n may be negative); the input must be valid.
std::string add_days(std::string_view date, int n);

// ISO weekday (1 Monday … 7 Sunday) of a valid date.
int weekday_of(std::string_view date);

// The Monday starting the ISO week of a valid date, and the first of its month.
std::string week_start(std::string_view date);
std::string month_start(std::string_view date);

} // namespace sportello::time
