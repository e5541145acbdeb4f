#pragma once
// The outbox: every message to a citizen is a row here before it is sent
// (principle 2), keyed by an idempotency key so that a retried intake or API
// call never creates a second one. Its states are OutboxState
// (sportello/outbox_state.hpp); statuses from webhooks only move a row
// forward (forward_rank). All functions run inside a database job.

#include "sportello/outbox_state.hpp"
#include "sportello/whatsapp/webhook.hpp"
#include "storage/sqlite.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace sportello::relay {

enum class Lane : int {
    interactive = 0,   // auto-replies, operator replies, confirmations
    bulk = 1,          // personal pushes and broadcasts
};

struct NewOutbound {
    std::string idempotency_key;
    std::int64_t contact_id = 0;
    std::string kind;                 // auto_reply, operator_reply, push, broadcast
    Lane lane = Lane::interactive;
    storage::Blob payload_enc;        // encrypted wa::OutgoingMessage JSON
    std::string context_wamid;        // quoted inbound message, optional
    std::optional<std::int64_t> inbound_id;
    std::int64_t not_before_ms = 0;
};

struct Enqueued {
    std::int64_t id = 0;
    bool inserted = false;            // false: the idempotency key already existed
};

Enqueued enqueue(storage::Connection& c, const NewOutbound& message, std::int64_t now_ms);

// Records one status webhook in the history (deduplicated on wamid+status)
// and moves the outbox row forward. A status for a wamid not yet known is
// kept and applied when the send call returns (see reconcile_statuses), or
// matched through biz_opaque_callback_data "outbox:<id>". Returns false for a
// duplicate. `state` is status.status as parsed by the caller, one that
// WhatsApp reports; at_ms is the status's own time (checked by the caller).
bool apply_status(storage::Connection& c, const wa::StatusUpdate& status, OutboxState state, std::int64_t at_ms,
                  std::int64_t now_ms);

// Applies statuses that arrived before the wamid was known to the row.
void reconcile_statuses(storage::Connection& c, const std::string& wamid);

std::string callback_data_for(std::int64_t outbox_id);

} // namespace sportello::relay
