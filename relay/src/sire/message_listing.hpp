#pragma once
// What was sent to a citizen (pushes, broadcasts, bot answers, operator
// replies), with each message's status history, for GET /api/v1/messages.
// Runs inside a read job.

#include "security/vault.hpp"
#include "sportello/api/sire.hpp"
#include "sportello/outbox_state.hpp"
#include "storage/sqlite.hpp"

namespace sportello::relay {

struct MessageQuery {
    std::int64_t contact_id = 0;
    std::int64_t since_ms = 0;
    std::optional<OutboxState> status;   // nullopt: any
    std::int64_t after_id = 0;   // the cursor
    int limit = 50;
};

api::MessagePage list_messages(storage::Connection& c, const security::Vault& vault, const MessageQuery& query);
// One message, only if the API client client_id sent it (a notification of
// its own); nullopt otherwise.
std::optional<api::MessageView> get_message(storage::Connection& c, const security::Vault& vault, std::int64_t id,
                                           std::int64_t client_id);

} // namespace sportello::relay
