#pragma once
// Cases in the database: opened and joined by the intake, claimed, released,
// transferred, answered and closed by operators, returned to the queue when
// left untouched. Every change is one transaction with its event in
// case_events (what desks replay). All functions run inside a write job.
//
// Ownership is a lock held in the database: only the owner replies,
// releases, transfers or closes; anyone else gets a conflict naming the owner.

#include "outbound/outbox.hpp"
#include "sportello/api/cases.hpp"
#include "sportello/result.hpp"
#include "storage/sqlite.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sportello::relay {

struct OpenCase {
    std::int64_t id = 0;
    api::CaseState state = api::CaseState::fresh;
    std::optional<std::int64_t> owner_id;
};

// The citizen's case that is not closed, if any.
std::optional<OpenCase> open_case_of(storage::Connection& c, std::int64_t contact_id);

// A new case for the citizen, opened by inbound message inbound_id.
std::int64_t open_case(storage::Connection& c, std::int64_t contact_id, api::CaseReason reason,
                       std::int64_t inbound_id, std::int64_t at_ms);

// A citizen's message (sent at sent_at_ms) joins their open case; a case
// waiting for the citizen goes back to its owner (claimed).
void join_case(storage::Connection& c, const OpenCase& open, std::int64_t inbound_id, std::int64_t sent_at_ms,
               std::int64_t now_ms);

// Appends an event; `data` is a JSON object's text.
void record_case_event(storage::Connection& c, std::int64_t case_id, std::string_view type, const std::string& data,
                       std::int64_t at_ms);

// Errors: not_found; conflict (closed, or claimed by someone else, named).
Status claim_case(storage::Connection& c, std::int64_t case_id, std::int64_t user_id, std::int64_t now_ms);
// The most urgent unassigned case, claimed for user_id; nullopt when none.
std::optional<std::int64_t> claim_next_case(storage::Connection& c, std::int64_t user_id, std::int64_t now_ms);
// Owner only. Errors: not_found, conflict.
Status release_case(storage::Connection& c, std::int64_t case_id, std::int64_t user_id, std::int64_t now_ms);
// Owner only; to a colleague who may answer requests. Errors: not_found,
// conflict, validation_failed (no such colleague, or not allowed to answer).
Status transfer_case(storage::Connection& c, std::int64_t case_id, std::int64_t user_id, const std::string& to_username,
                     std::int64_t now_ms);
// Who may take a transferred case: enabled users whose role has
// answer_requests, by display name (id, username and display name only).
std::vector<api::CaseOperator> list_colleagues(storage::Connection& c);
// Owner only. Errors: not_found, conflict.
Status close_case(storage::Connection& c, std::int64_t case_id, std::int64_t user_id, api::CaseOutcome outcome,
                  std::int64_t now_ms);
// The owner viewing the case keeps it theirs (see release_stale_cases).
void touch_case(storage::Connection& c, std::int64_t case_id, std::int64_t user_id, std::int64_t now_ms);

// An operator's reply, already encrypted on the I/O thread.
struct PreparedReply {
    storage::Blob payload_enc;    // wa::OutgoingMessage JSON, encrypted
    bool is_template = false;
    std::string idempotency_key;  // the desk's, unique per reply
};

// Owner only. Free text needs the citizen's 24-hour window open
// (outside_window otherwise); the reply is queued on the interactive lane and
// the case waits for the citizen. A retried key answers the first reply.
// Errors: not_found, conflict, outside_window.
Result<api::CaseReplyAccepted> queue_case_reply(storage::Connection& c, std::int64_t case_id, std::int64_t user_id,
                                                const PreparedReply& reply, std::int64_t now_ms);

// A status webhook for an operator's reply: the case's desks hear of it.
// Returns whether it was one.
bool note_reply_status(storage::Connection& c, const std::string& wamid, OutboxState status, std::int64_t now_ms);

// Claimed cases untouched for longer than timeout_ms go back to the queue,
// each recorded in the audit trail. Returns how many.
int release_stale_cases(storage::Connection& c, std::int64_t timeout_ms, std::int64_t now_ms);

// The case's citizen, for the reveal of their number. Errors: not_found.
Result<std::int64_t> case_contact(storage::Connection& c, std::int64_t case_id);

} // namespace sportello::relay
