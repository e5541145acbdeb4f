#pragma once
// The consent ledger (principle 4): every grant and withdrawal is an
// append-only event saying who, when, through which channel and on what
// evidence; consent_state keeps the current answer per scope for fast checks.
// A withdrawal cancels what is still pending under that scope.
// All functions run inside a database job.

#include "security/vault.hpp"
#include "sportello/api/sire.hpp"
#include "storage/sqlite.hpp"

#include <cstdint>
#include <string>

namespace sportello::relay {

struct ConsentRecord {
    std::int64_t contact_id = 0;
    api::ConsentScope scope = api::ConsentScope::reminders;
    bool grant = true;
    std::string source;        // "sire-preregistrazione", "whatsapp", …
    std::string channel;       // "api", "whatsapp", "operator"
    std::string evidence;      // stored encrypted
    std::int64_t at_ms = 0;    // when the citizen gave or withdrew it
    std::string recorded_by;   // API client or operator
};

// Returns how many pending messages the withdrawal cancelled (0 for grants).
int record_consent(storage::Connection& c, const security::Vault& vault, const ConsentRecord& record,
                   std::int64_t now_ms);

bool has_consent(storage::Connection& c, std::int64_t contact_id, api::ConsentScope scope);

// The whole ledger of a contact, oldest first, with the current state.
api::ConsentView consent_view(storage::Connection& c, const security::Vault& vault, std::int64_t contact_id,
                              const std::string& msisdn);

// The outbox kinds that need each consent: pushes need reminders, broadcasts information.
std::string_view outbox_kind_for(api::ConsentScope scope) noexcept;

} // namespace sportello::relay
