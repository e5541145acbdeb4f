#include "sportello/rome_time.hpp"

#include "sportello/time.hpp"

#include <chrono>
#include <cstdio>

namespace sportello::time {
namespace {

using namespace std::chrono;

sys_days last_sunday(int y, unsigned m) {
    return sys_days{year{y} / month{m} / weekday_last{Sunday}};
}

std::string format(sys_days d) {
    const year_month_day ymd{d};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
    return buf;
}

sys_days parse_days(std::string_view date) {
    return floor<days>(sys_time<milliseconds>{milliseconds{*parse_iso8601(date.substr(0, 10))}});
}

} // namespace

std::int64_t rome_offset_ms(std::int64_t utc_ms) noexcept {
    const sys_time<milliseconds> t{milliseconds{utc_ms}};
    const int y = int(year_month_day{floor<days>(t)}.year());
    const auto start = last_sunday(y, 3) + hours{1};
    const auto end = last_sunday(y, 10) + hours{1};
    return (t >= start && t < end) ? 2 * hour_ms : hour_ms;
}

RomeHour rome_hour(std::int64_t utc_ms) {
    RomeHour h;
    h.utc_hour_start_ms = utc_ms - ((utc_ms % hour_ms) + hour_ms) % hour_ms;
    const std::int64_t local = utc_ms + rome_offset_ms(utc_ms);
    const auto local_days = floor<days>(sys_time<milliseconds>{milliseconds{local}});
    h.date = format(local_days);
    h.hour = static_cast<int>((local - duration_cast<milliseconds>(local_days.time_since_epoch()).count()) / hour_ms);
    h.weekday = static_cast<int>(weekday{local_days}.iso_encoding());
    return h;
}

std::string rome_date(std::int64_t utc_ms) {
    const std::int64_t local = utc_ms + rome_offset_ms(utc_ms);
    return format(floor<days>(sys_time<milliseconds>{milliseconds{local}}));
}

std::optional<std::int64_t> rome_midnight(std::string_view date) {
    if (!is_iso_date(date)) return std::nullopt;
    const std::int64_t utc_midnight = *parse_iso8601(date);
    // Local midnight is 22:00 or 23:00 UTC the day before; DST never changes at midnight.
    const std::int64_t guess = utc_midnight - hour_ms;
    return utc_midnight - rome_offset_ms(guess);
}

std::string add_days(std::string_view date, int n) { return format(parse_days(date) + days{n}); }

int weekday_of(std::string_view date) { return static_cast<int>(weekday{parse_days(date)}.iso_encoding()); }

std::string week_start(std::string_view date) { return add_days(date, 1 - weekday_of(date)); }

std::string month_start(std::string_view date) { return std::string(date.substr(0, 8)) + "01"; }

} // namespace sportello::time
