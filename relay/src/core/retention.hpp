#pragma once
// Retention of personal data (docs/privacy.md, "Retention"): what each data
// class keeps, and the bounded steps that erase what is past its period.
// Each step is one writer job's worth of work (at most `limit` rows), so that
// webhook acknowledgements committed in the same batch never wait long.
// Statistics (the report_* rollups) hold no personal data and are kept.

#include "config/config.hpp"
#include "storage/sqlite.hpp"

#include <array>
#include <cstdint>
#include <string_view>

namespace sportello::relay {

enum class DataClass {
    inbound_bodies,     // inbound_messages: body_enc, details_enc, unanswered_enc set to NULL; the row stays
    outbound_bodies,    // outbox: payload_enc emptied (X'') once no longer queued or sending; the row stays
    statuses,           // message_statuses rows deleted
    closed_cases,       // cases closed before the cutoff, with their case_events, deleted
    consent_ledger,     // consent_events deleted a period after they stopped applying; never the proof of a consent in force
    audit_trail,        // the oldest audit_log entries deleted (the chain re-anchored, core/audit.hpp)
    quarantine,         // quarantine rows deleted
    expired_sessions,   // sessions whose expiry is before the cutoff deleted
};

inline constexpr std::array all_data_classes{
    DataClass::inbound_bodies, DataClass::outbound_bodies, DataClass::statuses, DataClass::closed_cases,
    DataClass::consent_ledger, DataClass::audit_trail,     DataClass::quarantine, DataClass::expired_sessions};

// The class's name as in the configuration ("inbound_bodies" for
// retention.inbound_bodies_days) and in the audit entry.
std::string_view to_string(DataClass c) noexcept;
int retention_days(const RetentionSettings& s, DataClass c) noexcept;
// Rows (times) before this are past the period.
std::int64_t retention_cutoff_ms(const RetentionSettings& s, DataClass c, std::int64_t now_ms) noexcept;

struct EraseStep {
    int erased = 0;            // rows deleted or emptied
    bool finished = false;     // nothing more past the cutoff for this class
    std::int64_t cursor = 0;   // where the next step resumes (see erase_step)
};

// One bounded step, inside the caller's writer job: erases at most `limit`
// rows of the class dated before cutoff_ms, oldest first. `cursor` is 0 for
// a class's first step, then the previous step's: classes whose kept rows
// stay in the range scanned (the consent ledger's proofs) resume after them.
// Safe to run twice (a job may be retried): it only reads and erases.
EraseStep erase_step(storage::Connection& c, DataClass cls, std::int64_t cutoff_ms, int limit, std::int64_t cursor);

} // namespace sportello::relay
