#pragma once
// A citizen's access request (GDPR Art. 15): everything the relay holds
// about one citizen as one JSON document (docs/ops-api.md, "A citizen's
// data"): who asked and why, a readable summary (in Italian, for the
// citizen), then the contact, messages both ways with their text decrypted
// and their statuses, the consent ledger, cases and their events, pushes and
// broadcasts received. Field names are English; times are ISO 8601 UTC.

#include "ops/citizen_rights.hpp"
#include "security/vault.hpp"
#include "storage/sqlite.hpp"

#include <boost/json/object.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace sportello::relay {

// The citizen's data, read inside a read job (reader threads decrypt).
boost::json::object citizen_data(storage::Connection& c, const security::Vault& vault, std::int64_t contact_id);

// Who asked for the export, why and when.
struct ExportRequest {
    CitizenRequest citizen;
    std::string requested_by;
    std::int64_t at_ms = 0;
};

// The whole document. `data` is citizen_data's result, or nullopt when
// nothing is held: then data_held is false and the summary says so.
std::string citizen_export_document(const ExportRequest& request, const std::optional<boost::json::object>& data);

} // namespace sportello::relay
