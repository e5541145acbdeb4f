#pragma once
// /ops/v1 for administrators and supervisors: API clients (tokens shown
// once), the template registry, and broadcasts.

#include "net/router.hpp"
#include "ops/auth.hpp"
#include "sire/broadcasts.hpp"
#include "storage/database.hpp"

namespace sportello::relay {

struct AdminApiDeps {
    Auth& auth;
    storage::Database& db;
    Broadcasts& broadcasts;
};

void register_admin_routes(net::Router& router, AdminApiDeps deps);

} // namespace sportello::relay
