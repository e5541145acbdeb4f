#include "core/retention.hpp"

#include "core/audit.hpp"
#include "sportello/outbox_state.hpp"

#include <string>
#include <vector>

namespace sportello::relay {
namespace {

constexpr std::int64_t day_ms = 86'400'000;

EraseStep counted(storage::Connection& c, int limit) {
    const int n = c.changes();
    return EraseStep{n, n < limit, 0};
}

// Erases columns of the given rows by rewriting them. An UPDATE would leave
// each shrunken row in its page (SQLite merges underfull pages only when rows
// are deleted), so the file would never get the space back; deleting the
// rows and inserting them again, with the same ids and the erased columns
// emptied, packs them densely and frees whole pages. Rows other tables refer
// to are back before the checks, which are deferred only meanwhile.
// `table` and `erase` are constant SQL, never data.
int rewrite_rows(storage::Connection& c, const std::string& table, const std::string& erase,
                 const std::vector<std::int64_t>& ids) {
    if (ids.empty()) return 0;
    const auto copy = "temp.retention_" + table;
    const auto sql = [&c](const std::string& text) { c.exec_script(text.c_str()); };
    sql("CREATE TEMP TABLE IF NOT EXISTS retention_" + table + " AS SELECT * FROM main." + table + " WHERE 0");
    sql("DELETE FROM " + copy);
    for (const auto id : ids) c.query("INSERT INTO " + copy + " SELECT * FROM main." + table + " WHERE id = ?", id).run();
    sql("UPDATE " + copy + " SET " + erase);
    sql("PRAGMA defer_foreign_keys = ON");
    try {
        sql("DELETE FROM main." + table + " WHERE id IN (SELECT id FROM " + copy + ")");
        sql("INSERT INTO main." + table + " SELECT * FROM " + copy);
    } catch (...) {
        sql("PRAGMA defer_foreign_keys = OFF");
        throw;
    }
    sql("PRAGMA defer_foreign_keys = OFF");
    sql("DELETE FROM " + copy);
    return static_cast<int>(ids.size());
}

std::vector<std::int64_t> ids_of(storage::Query q) {
    std::vector<std::int64_t> ids;
    while (q.next()) ids.push_back(q.int64(0));
    return ids;
}

// Bodies become NULL; the row keeps what the reports and SIRE's history
// need (times, type, rule, node, case, status).
EraseStep inbound_bodies(storage::Connection& c, std::int64_t cutoff, int limit) {
    const auto ids = ids_of(c.query("SELECT id FROM inbound_messages WHERE (body_enc IS NOT NULL OR details_enc IS NOT NULL) "
                                    "AND received_at < ? ORDER BY received_at LIMIT ?", cutoff, limit));
    const int n = rewrite_rows(c, "inbound_messages", "body_enc = NULL, details_enc = NULL, unanswered_enc = NULL", ids);
    return EraseStep{n, n < limit, 0};
}

// payload_enc is NOT NULL in the schema: an empty blob marks it erased.
// Messages still queued or being sent keep theirs (the dispatcher needs it);
// they stay in the index, so the scan resumes after the last one examined.
EraseStep outbound_bodies(storage::Connection& c, std::int64_t cutoff, int limit, std::int64_t cursor) {
    EraseStep step;
    std::vector<std::int64_t> ids;
    int examined = 0;
    auto q = c.query("SELECT id, state IN (?, ?), created_at FROM outbox WHERE payload_enc <> X'' AND created_at < ? "
                     "AND created_at >= ? ORDER BY created_at LIMIT ?",
                     OutboxState::queued, OutboxState::sending, cutoff, cursor, limit);
    while (q.next()) {
        ++examined;
        step.cursor = q.int64(2);
        if (q.int64(1) == 0) ids.push_back(q.int64(0));
    }
    step.erased = rewrite_rows(c, "outbox", "payload_enc = X''", ids);
    // A page of messages all still pending at one instant would not move the
    // cursor; they are then left for the next run.
    step.finished = examined < limit || step.erased == 0;
    return step;
}

EraseStep statuses(storage::Connection& c, std::int64_t cutoff, int limit) {
    c.query("DELETE FROM message_statuses WHERE (wamid, status) IN (SELECT wamid, status FROM message_statuses "
            "WHERE received_at < ? ORDER BY received_at LIMIT ?)", cutoff, limit).run();
    return counted(c, limit);
}

// A case goes with its events; the messages and replies that joined it stay
// (their own classes) and only lose the link.
EraseStep closed_cases(storage::Connection& c, std::int64_t cutoff, int limit) {
    std::vector<std::int64_t> ids;
    auto q = c.query("SELECT id FROM cases WHERE state = 'closed' AND closed_at < ? ORDER BY closed_at LIMIT ?", cutoff,
                     limit);
    while (q.next()) ids.push_back(q.int64(0));
    for (const auto id : ids) {
        c.query("UPDATE inbound_messages SET case_id = NULL WHERE case_id = ?", id).run();
        c.query("UPDATE outbox SET case_id = NULL WHERE case_id = ?", id).run();
        c.query("DELETE FROM case_events WHERE case_id = ?", id).run();
        c.query("DELETE FROM cases WHERE id = ?", id).run();
    }
    const int n = static_cast<int>(ids.size());
    return EraseStep{n, n < limit, 0};
}

// A ledger entry proves the consent (or its absence) from when it was
// recorded until the next entry of the same citizen and scope replaced it.
// It is erased once that next entry, too, is older than the period; the
// newest entry is erased only if it is a withdrawal older than the period. So
// the proof of a consent in force is never erased, and the proof of one that
// ended stays for the whole period after it ended. Kept entries stay in the
// range, so the scan resumes by id.
EraseStep consent_ledger(storage::Connection& c, std::int64_t cutoff, int limit, std::int64_t cursor) {
    EraseStep step{0, false, cursor};
    std::vector<std::int64_t> ids;
    int examined = 0;
    auto q = c.query(
        "SELECT e.id, e.recorded_at < ?1, e.action, (SELECT n.recorded_at FROM consent_events n WHERE "
        "n.contact_id = e.contact_id AND n.scope = e.scope AND n.id > e.id ORDER BY n.id LIMIT 1) "
        "FROM consent_events e WHERE e.id > ?2 ORDER BY e.id LIMIT ?3", cutoff, cursor, limit);
    while (q.next()) {
        ++examined;
        // Ids follow the time of recording: the first young entry ends the run.
        if (q.int64(1) == 0) {
            step.finished = true;
            break;
        }
        step.cursor = q.int64(0);
        const auto replaced_at = q.optional_int64(3);
        if (replaced_at ? *replaced_at < cutoff : q.text(2) == "withdraw") ids.push_back(q.int64(0));
    }
    for (const auto id : ids) c.query("DELETE FROM consent_events WHERE id = ?", id).run();
    step.erased = static_cast<int>(ids.size());
    step.finished = step.finished || examined < limit;
    return step;
}

EraseStep quarantine(storage::Connection& c, std::int64_t cutoff, int limit) {
    c.query("DELETE FROM quarantine WHERE id IN (SELECT id FROM quarantine WHERE received_at < ? "
            "ORDER BY received_at LIMIT ?)", cutoff, limit).run();
    return counted(c, limit);
}

EraseStep expired_sessions(storage::Connection& c, std::int64_t cutoff, int limit) {
    c.query("DELETE FROM sessions WHERE token_hash IN (SELECT token_hash FROM sessions WHERE expires_at < ? "
            "ORDER BY expires_at LIMIT ?)", cutoff, limit).run();
    return counted(c, limit);
}

} // namespace

std::string_view to_string(DataClass c) noexcept {
    switch (c) {
    case DataClass::inbound_bodies: return "inbound_bodies";
    case DataClass::outbound_bodies: return "outbound_bodies";
    case DataClass::statuses: return "statuses";
    case DataClass::closed_cases: return "closed_cases";
    case DataClass::consent_ledger: return "consent_ledger";
    case DataClass::audit_trail: return "audit_trail";
    case DataClass::quarantine: return "quarantine";
    case DataClass::expired_sessions: return "expired_sessions";
    }
    return "unknown";
}

int retention_days(const RetentionSettings& s, DataClass c) noexcept {
    switch (c) {
    case DataClass::inbound_bodies: return s.inbound_bodies_days;
    case DataClass::outbound_bodies: return s.outbound_bodies_days;
    case DataClass::statuses: return s.statuses_days;
    case DataClass::closed_cases: return s.closed_cases_days;
    case DataClass::consent_ledger: return s.consent_ledger_days;
    case DataClass::audit_trail: return s.audit_trail_days;
    case DataClass::quarantine: return s.quarantine_days;
    case DataClass::expired_sessions: return s.expired_sessions_days;
    }
    return 0;
}

std::int64_t retention_cutoff_ms(const RetentionSettings& s, DataClass c, std::int64_t now_ms) noexcept {
    return now_ms - static_cast<std::int64_t>(retention_days(s, c)) * day_ms;
}

EraseStep erase_step(storage::Connection& c, DataClass cls, std::int64_t cutoff_ms, int limit, std::int64_t cursor) {
    // Erased bytes are overwritten with zeros, not left in the page's free
    // space (Debian's SQLite does this by default; this does not rely on it).
    c.exec_script("PRAGMA secure_delete = ON;");
    switch (cls) {
    case DataClass::inbound_bodies: return inbound_bodies(c, cutoff_ms, limit);
    case DataClass::outbound_bodies: return outbound_bodies(c, cutoff_ms, limit, cursor);
    case DataClass::statuses: return statuses(c, cutoff_ms, limit);
    case DataClass::closed_cases: return closed_cases(c, cutoff_ms, limit);
    case DataClass::consent_ledger: return consent_ledger(c, cutoff_ms, limit, cursor);
    case DataClass::audit_trail: {
        const int n = prune_audit_before(c, cutoff_ms, limit);
        return EraseStep{n, n < limit, 0};
    }
    case DataClass::quarantine: return quarantine(c, cutoff_ms, limit);
    case DataClass::expired_sessions: return expired_sessions(c, cutoff_ms, limit);
    }
    return EraseStep{0, true, 0};
}

} // namespace sportello::relay
