#pragma once
// GET /ops/v1/audit (read_audit): the audit trail, filtered by user, action
// and period, as JSON pages or one CSV export (itself audited); and
// POST /ops/v1/audit/exports (read_audit), by which a client that wrote the
// trail to a file itself (the desk's CSV) records that export in the trail.

#include "net/router.hpp"
#include "ops/auth.hpp"
#include "storage/database.hpp"

namespace sportello::relay {

void register_audit_routes(net::Router& router, Auth& auth, storage::Database& db);

} // namespace sportello::relay
