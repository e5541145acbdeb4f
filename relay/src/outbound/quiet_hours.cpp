#include "outbound/quiet_hours.hpp"

#include <chrono>

namespace sportello::relay {
namespace {

using namespace std::chrono;

constexpr std::int64_t minute_ms = 60'000;
constexpr std::int64_t hour_ms = 60 * minute_ms;

// 01:00 UTC on the last Sunday of the month.
std::int64_t last_sunday_0100_utc(int year, unsigned month) {
    const sys_days month_end{year_month_day_last{std::chrono::year{year} / std::chrono::month{month} / std::chrono::last}};
    const weekday wd{month_end};
    const sys_days sunday = month_end - (wd - Sunday);
    return duration_cast<milliseconds>(sunday.time_since_epoch()).count() + hour_ms;
}

} // namespace

std::int64_t rome_offset_ms(std::int64_t utc_ms) {
    const sys_days day = floor<days>(sys_time<milliseconds>{milliseconds{utc_ms}});
    const int year = static_cast<int>(year_month_day{day}.year());
    const bool summer = utc_ms >= last_sunday_0100_utc(year, 3) && utc_ms < last_sunday_0100_utc(year, 10);
    return summer ? 2 * hour_ms : hour_ms;
}

int rome_minute_of_day(std::int64_t utc_ms) {
    const std::int64_t local = utc_ms + rome_offset_ms(utc_ms);
    const std::int64_t day_ms = 24 * hour_ms;
    return static_cast<int>(((local % day_ms) + day_ms) % day_ms / minute_ms);
}

bool in_quiet_hours(const QuietHours& q, std::int64_t utc_ms) {
    if (!q.enabled || q.start_minute == q.end_minute) return false;
    const int m = rome_minute_of_day(utc_ms);
    return q.start_minute < q.end_minute ? (m >= q.start_minute && m < q.end_minute)
                                         : (m >= q.start_minute || m < q.end_minute);
}

std::int64_t next_allowed_time(const QuietHours& q, std::int64_t utc_ms) {
    if (!in_quiet_hours(q, utc_ms)) return utc_ms;
    // Step to the end of the period: minutes until end_minute, local time.
    const int m = rome_minute_of_day(utc_ms);
    const int until = (q.end_minute - m + 24 * 60) % (24 * 60);
    std::int64_t t = utc_ms - (utc_ms % minute_ms) + static_cast<std::int64_t>(until) * minute_ms;
    // A daylight-saving switch inside the period can shift local time by an hour.
    while (in_quiet_hours(q, t)) t += minute_ms;
    while (t - minute_ms > utc_ms && !in_quiet_hours(q, t - minute_ms)) t -= minute_ms;
    return t;
}

} // namespace sportello::relay
