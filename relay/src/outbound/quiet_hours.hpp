#pragma once
// Quiet hours for pushes, in Italian local time (Europe/Rome: CET, and CEST
// from the last Sunday of March to the last Sunday of October, switching at
// 01:00 UTC). Pure functions of Unix milliseconds.

#include <cstdint>

namespace sportello::relay {

struct QuietHours {
    bool enabled = true;
    int start_minute = 21 * 60;   // local time the quiet period starts
    int end_minute = 8 * 60;      // local time it ends (may be the next day)
};

// Europe/Rome's offset from UTC at that instant, in milliseconds.
std::int64_t rome_offset_ms(std::int64_t utc_ms);

// Minutes since local midnight in Europe/Rome.
int rome_minute_of_day(std::int64_t utc_ms);

bool in_quiet_hours(const QuietHours& quiet, std::int64_t utc_ms);

// The first instant at or after utc_ms outside the quiet hours.
std::int64_t next_allowed_time(const QuietHours& quiet, std::int64_t utc_ms);

} // namespace sportello::relay
