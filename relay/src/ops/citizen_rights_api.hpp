#pragma once
// A citizen's rights from the desk (citizen_rights: administrators only;
// docs/ops-api.md "A citizen's data"):
//   POST /ops/v1/citizens:export — the access export (ops/citizen_export.hpp)
//   POST /ops/v1/citizens:erase  — the erasure (ops/citizen_rights.hpp)
// Both take {"phone" | "user_id", "reason"} in the body (never the number in
// a URL, which proxies log) and are recorded in the audit trail.

#include "net/router.hpp"
#include "ops/auth.hpp"
#include "security/vault.hpp"
#include "storage/database.hpp"

namespace sportello::relay {

struct CitizenRightsApiDeps {
    Auth& auth;
    storage::Database& db;
    const security::Vault& vault;
};

void register_citizen_rights_routes(net::Router& router, CitizenRightsApiDeps deps);

} // namespace sportello::relay
