#pragma once
// Accepting personal reminders from SIRE (POST /api/v1/notifications and
// :batch). The I/O thread prepares what needs cryptography; the writer job
// then checks idempotency, template, consent and replacement and queues the
// push, all in the transaction that makes the 202 durable.

#include "core/contacts.hpp"
#include "outbound/quiet_hours.hpp"
#include "sportello/api/sire.hpp"
#include "storage/sqlite.hpp"

namespace sportello::relay {

struct PreparedNotification {
    api::NotificationRequest request;
    std::string field_prefix;            // "notifications[3]." in a batch
    std::optional<Error> invalid;        // set when the request itself is malformed
    ContactKey contact;
    storage::Blob payload_enc;           // the template message, encrypted
    crypto::Bytes body_hash;             // for idempotency: same key, same body?
};

PreparedNotification prepare_notification(const security::Vault& vault, api::NotificationRequest request,
                                          std::string field_prefix = {});

struct NotificationOutcome {
    int status = 202;                    // 202 accepted (or replayed), 403, 422
    std::optional<api::NotificationAccepted> accepted;
    std::optional<Error> error;
};

// Inside a write job. Never throws for the caller's mistakes.
NotificationOutcome accept_notification(storage::Connection& c, const PreparedNotification& p, std::int64_t client_id,
                                        const QuietHours& quiet, std::int64_t now_ms);

} // namespace sportello::relay
