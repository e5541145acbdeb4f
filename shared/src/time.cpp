#include "sportello/time.hpp"

#include <charconv>
#include <chrono>
#include <cstdio>

namespace sportello::time {
namespace {

using namespace std::chrono;

bool read_int(std::string_view s, std::size_t pos, std::size_t len, int& out) noexcept {
    if (pos + len > s.size()) return false;
    for (std::size_t i = pos; i < pos + len; ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    auto r = std::from_chars(s.data() + pos, s.data() + pos + len, out);
    return r.ec == std::errc{};
}

std::optional<sys_days> read_date(std::string_view s) noexcept {
    int y = 0, m = 0, d = 0;
    if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    if (!read_int(s, 0, 4, y) || !read_int(s, 5, 2, m) || !read_int(s, 8, 2, d)) return std::nullopt;
    const year_month_day ymd{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
    if (!ymd.ok()) return std::nullopt;
    return sys_days{ymd};
}

} // namespace

std::int64_t now_ms() noexcept {
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::string format_iso8601(std::int64_t unix_ms) {
    const sys_time<milliseconds> tp{milliseconds{unix_ms}};
    const auto days = floor<std::chrono::days>(tp);
    const year_month_day ymd{days};
    const hh_mm_ss hms{tp - days};
    char buf[40];
    const auto ms = hms.subseconds().count();
    if (ms != 0)
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02ld:%02ld:%02lld.%03lldZ", int(ymd.year()),
                      unsigned(ymd.month()), unsigned(ymd.day()), long(hms.hours().count()),
                      long(hms.minutes().count()), static_cast<long long>(hms.seconds().count()),
                      static_cast<long long>(ms));
    else
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02ld:%02ld:%02lldZ", int(ymd.year()),
                      unsigned(ymd.month()), unsigned(ymd.day()), long(hms.hours().count()),
                      long(hms.minutes().count()), static_cast<long long>(hms.seconds().count()));
    return buf;
}

std::string format_date(std::int64_t unix_ms) { return format_iso8601(unix_ms).substr(0, 10); }

bool is_iso_date(std::string_view text) noexcept { return text.size() == 10 && read_date(text).has_value(); }

std::optional<std::int64_t> parse_iso8601(std::string_view s) {
    const auto date = read_date(s);
    if (!date) return std::nullopt;
    std::int64_t ms = duration_cast<milliseconds>(date->time_since_epoch()).count();
    if (s.size() == 10) return ms;
    int hh = 0, mm = 0, ss = 0;
    if (s.size() < 20 || s[10] != 'T' || s[13] != ':' || s[16] != ':') return std::nullopt;
    if (!read_int(s, 11, 2, hh) || !read_int(s, 14, 2, mm) || !read_int(s, 17, 2, ss)) return std::nullopt;
    if (hh > 23 || mm > 59 || ss > 60) return std::nullopt;
    ms += (hh * 3600LL + mm * 60LL + ss) * 1000LL;
    std::size_t pos = 19;
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        int frac_digits = 0;
        std::int64_t frac = 0;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            if (frac_digits < 3) { frac = frac * 10 + (s[pos] - '0'); ++frac_digits; }
            ++pos;
        }
        if (frac_digits == 0) return std::nullopt;
        while (frac_digits < 3) { frac *= 10; ++frac_digits; }
        ms += frac;
    }
    if (pos == s.size() - 1 && s[pos] == 'Z') return ms;
    if (pos + 6 == s.size() && (s[pos] == '+' || s[pos] == '-') && s[pos + 3] == ':') {
        int oh = 0, om = 0;
        if (!read_int(s, pos + 1, 2, oh) || !read_int(s, pos + 4, 2, om) || oh > 23 || om > 59) return std::nullopt;
        const std::int64_t offset = (oh * 3600LL + om * 60LL) * 1000LL;
        return s[pos] == '+' ? ms - offset : ms + offset;
    }
    return std::nullopt;
}

} // namespace sportello::time
