#pragma once
// The audit trail of operator, administrator and system actions: append-only
// (triggers refuse UPDATE and DELETE) and hash-chained. Each entry carries
// the hash of the one before it (prev_hash) and its own hash, SHA-256 over
// the previous hash and every field of the entry, its id included; so an
// entry changed, deleted or moved, even directly in SQLite with the triggers
// dropped, breaks the chain at that entry (verify_audit_chain). Removing the
// newest entries leaves a shorter intact chain: compare the head that
// `sportello-relay audit verify` prints with one recorded elsewhere.
// Never put secrets or full phone numbers in target or detail.

#include "sportello/api/users.hpp"
#include "sportello/crypto.hpp"
#include "storage/sqlite.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace sportello::relay {

// Appends an entry, inside the caller's database job (so in its transaction).
void audit(storage::Connection& c, const std::string& actor, const std::string& action, const std::string& target,
           const std::string& detail, std::int64_t now_ms);

// Retention: removes the oldest entries written before cutoff_ms, at most
// limit, as one unbroken prefix of the chain (an entry still in its period
// ends it, even if older ones follow). The last one removed becomes the
// chain's anchor in meta (its id and hash): verify_audit_chain() starts from
// it, so what remains still verifies, and removing anything but a prefix is
// still detected. Returns how many entries were removed.
int prune_audit_before(storage::Connection& c, std::int64_t cutoff_ms, int limit);

// Chains the entries written before the chain existed (schema 6 and
// earlier), in id order; returns how many. Runs at the relay's start and
// before any new entry.
int seal_audit_chain(storage::Connection& c);

struct AuditFilter {
    std::string actor;                      // exact; empty: anyone
    std::string action;                     // exact; empty: any
    std::optional<std::int64_t> from_ms;    // inclusive
    std::optional<std::int64_t> to_ms;      // exclusive
    std::optional<std::int64_t> before_id;  // for the next page
    int limit = 200;
};

// Entries matching the filter, newest first, at most filter.limit of them;
// next_before_id is set when more match.
api::AuditPage list_audit(storage::Connection& c, const AuditFilter& filter);

struct AuditVerdict {
    std::int64_t entries = 0;
    bool intact = true;
    std::int64_t first_broken = 0;   // the id of the first entry that does not verify
    std::string reason;              // why, in English
    std::int64_t anchor_id = 0;      // entries up to this one were removed by retention (0: none)
    std::int64_t head_id = 0;        // the newest entry and its hash
    crypto::Bytes head_hash;
};

// Reads the whole trail, oldest first, and stops at the first broken entry.
AuditVerdict verify_audit_chain(storage::Connection& c);

} // namespace sportello::relay
