#pragma once
// A citizen's rights over their data (GDPR Art. 15 access, Art. 17 erasure;
// docs/privacy.md "A citizen's rights"): finding the citizen by phone number
// or WhatsApp user id, and erasing what is held about them. The export
// itself is ops/citizen_export.hpp. The desk (POST /ops/v1/citizens:export,
// :erase) and `sportello-relay citizen` share these functions.

#include "security/vault.hpp"
#include "sportello/result.hpp"
#include "storage/sqlite.hpp"

#include <boost/json/object.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sportello::relay {

// Who the request is about (exactly one of msisdn and user_id) and why it
// was made. Built only by make_citizen_request, so always valid.
struct CitizenRequest {
    std::string msisdn;    // E.164 digits without '+', or empty
    std::string user_id;   // a WhatsApp user id, or empty
    std::string reason;    // why: a reference to the citizen's request (never their number)
};

// Errors: invalid_phone (field "phone"); invalid_request naming the field
// when neither or both identities are given, the user id is not one, or the
// reason is missing, longer than 500 characters or holds the number itself.
Result<CitizenRequest> make_citizen_request(const std::string& phone, const std::string& user_id,
                                            const std::string& reason);

// The body {"phone"|"user_id", "reason"} of the ops routes, decoded and
// checked as above.
Result<CitizenRequest> decode_citizen_request(std::string_view body);

// Masked, for the audit trail of an export: "+39 340 ••• •101".
std::string masked_subject(const CitizenRequest& request);

// The keyed hash the citizen is found by, computed before the database job
// (the writer thread does no cryptography).
struct CitizenLookup {
    crypto::Bytes phone_hash;     // empty when the request names a user id
    crypto::Bytes user_id_hash;   // empty when it names a number
};
CitizenLookup citizen_lookup(const security::Vault& vault, const CitizenRequest& request);

// The citizen's contact id; nullopt when nothing is held (never known, or
// already erased). Inside a database job.
std::optional<std::int64_t> locate_citizen(storage::Connection& c, const CitizenLookup& lookup);

// What an erasure removed, by table. Counts only: it goes to the audit
// trail and back to whoever asked.
struct ErasureCounts {
    std::int64_t contacts = 0;             // rows deleted (0 when pseudonymised, see below)
    std::int64_t messages_received = 0;
    std::int64_t messages_sent = 0;
    std::int64_t pending_cancelled = 0;    // of messages_sent: queued or in flight, now never sent
    std::int64_t statuses = 0;
    std::int64_t notifications = 0;
    std::int64_t cases = 0;
    std::int64_t case_events = 0;
    std::int64_t consent_states = 0;
    std::int64_t consent_events_kept = 0;  // the ledger's proof, kept pseudonymised
    boost::json::object to_json() const;
};

// Deletes everything held about the citizen in one transaction (inside the
// caller's write job), keeping foreign keys intact: messages both ways and
// their statuses, pushes, cases and their events, consent state. Messages not
// yet sent are cancelled by the deletion itself (the dispatcher finds no row
// to send or to update). The consent ledger's events, when there are any, are
// kept as proof without their evidence on a pseudonymous contact row (no
// number, no user id, no name; erased_at set) that no lookup finds; without
// any, the contact row is deleted. Later messages from the same number start
// a new contact. nullopt when nothing is held.
std::optional<ErasureCounts> erase_citizen(storage::Connection& c, const CitizenLookup& lookup, std::int64_t now_ms);

// The audit entries (core/audit.hpp) of both rights: who asked, when, why,
// what came of it. An export names the citizen masked; an erasure does not
// name them at all.
void audit_citizen_export(storage::Connection& c, const std::string& actor, const CitizenRequest& request,
                          bool found, std::int64_t now_ms);
void audit_citizen_erasure(storage::Connection& c, const std::string& actor, const CitizenRequest& request,
                           const std::optional<ErasureCounts>& counts, std::int64_t now_ms);

} // namespace sportello::relay
