#pragma once
// The SLA's availability, computed from the relay's heartbeats and the
// probe's results (docs/operations.md, "How availability is computed").
// Pure functions of their inputs: no clock, no database.
//
// A minute counts as available when it has ended, was monitored (at or after
// the first heartbeat ever), and
//   - heartbeats were continuous over it: no gap longer than two heartbeat
//     intervals touches it (relay_down; database_unwritable when the next
//     heartbeat says writes were failing);
//   - no heartbeat in it reports sending stopped by WhatsApp
//     (sending_stopped) or the dispatcher not running (relay_down);
//   - the probe succeeded in it: a probe started in the minute, none failed;
//     with no probe in the minute, the last one in the two minutes before
//     stands (a timer's jitter); none at all is probe_failed.
// Days and months are Europe/Rome local time: a day has 1380, 1440 or 1500
// minutes. The month's budget is (100 - target) % of its minutes: 172.8
// minutes for a 30-day month at 99.6 %.

#include "sportello/api/sla.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sportello::relay {

struct HeartbeatRow {
    std::int64_t at_ms = 0;
    bool dispatcher_running = true;
    bool sending_stopped = false;
    std::optional<std::int64_t> db_failed_since_ms;   // writes failed from then until this row
};

struct ProbeRow {
    std::int64_t at_ms = 0;   // when the probe started
    bool ok = false;
    std::string cause;        // why it failed
};

struct AvailabilityInput {
    // Sorted by time. For a month: its heartbeats, the last one before it and
    // the first one after it (so that gaps across its edges are seen).
    std::vector<HeartbeatRow> heartbeats;
    // Sorted by time; from two minutes before the month to its end.
    std::vector<ProbeRow> probes;
    std::optional<std::int64_t> monitoring_start_ms;   // the first heartbeat ever; nullopt: none
    std::int64_t now_ms = 0;
    std::int64_t heartbeat_interval_ms = 10'000;
    double target_percent = 99.6;
};

struct MonthRange {
    int year = 0;
    unsigned month = 0;
    std::int64_t start_ms = 0;   // local midnight of the 1st, as UTC
    std::int64_t end_ms = 0;     // local midnight of the next month's 1st
};

// Local midnight in Europe/Rome of that date, as Unix ms.
std::int64_t rome_midnight_ms(int year, unsigned month, unsigned day);
MonthRange rome_month(int year, unsigned month);
// "YYYY-MM" (month 01–12, year 2000–2999); nullopt otherwise.
std::optional<MonthRange> parse_rome_month(std::string_view text);
// The Europe/Rome month an instant falls in.
MonthRange rome_month_of(std::int64_t utc_ms);

api::SlaReport compute_availability(const AvailabilityInput& input, const MonthRange& month);

} // namespace sportello::relay
