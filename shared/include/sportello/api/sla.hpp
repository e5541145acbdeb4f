#pragma once
// GET /ops/v1/reports/sla (docs/ops-api.md, "SLA"): the service's
// availability over a month of Europe/Rome local time, per day, with its
// incidents, against the monthly target. The types and their one JSON codec.

#include "sportello/result.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sportello::api {

// Why minutes were unavailable, most serious first: a minute with several
// causes is counted under the first.
enum class IncidentCause {
    relay_down,            // heartbeats stopped (or the dispatcher was not running)
    database_unwritable,   // heartbeats stopped because the database refused writes
    sending_stopped,       // WhatsApp stopped sending (token or account error, stop-all)
    probe_failed,          // the probe's answer did not reach the outbox in time, or no probe ran
};
std::string_view to_string(IncidentCause cause) noexcept;
std::optional<IncidentCause> incident_cause_from_string(std::string_view text) noexcept;

struct SlaIncident {
    std::int64_t start_ms = 0;     // a minute's start
    std::int64_t end_ms = 0;       // the end of its last minute
    std::int64_t minutes = 0;
    IncidentCause cause = IncidentCause::relay_down;
    std::string detail;            // what the first minute's evidence says
    friend bool operator==(const SlaIncident&, const SlaIncident&) = default;
};

struct SlaDay {
    std::string date;                    // "2026-03-29", Europe/Rome
    std::int64_t minutes = 0;            // in the day: 1380, 1440 or 1500
    std::int64_t measured_minutes = 0;   // elapsed and monitored
    std::int64_t unavailable_minutes = 0;
    std::optional<double> availability_percent;   // nullopt: nothing measured
    friend bool operator==(const SlaDay&, const SlaDay&) = default;
};

struct SlaReport {
    std::string month;                   // "2026-03"
    double target_percent = 99.6;
    std::int64_t month_minutes = 0;      // the month's length in minutes (DST included)
    std::int64_t measured_minutes = 0;
    std::int64_t unavailable_minutes = 0;
    std::optional<double> availability_percent;
    double budget_minutes = 0;           // the month's allowed downtime: (100 - target) % of month_minutes
    double budget_left_minutes = 0;      // negative once the target is missed
    bool target_met = true;              // unavailable minutes within the budget
    std::vector<SlaDay> days;
    std::vector<SlaIncident> incidents;
    friend bool operator==(const SlaReport&, const SlaReport&) = default;
};

std::string encode(const SlaReport& v);
Result<SlaReport> decode_sla_report(std::string_view json_text);

} // namespace sportello::api
