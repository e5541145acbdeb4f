#pragma once
// /ops/v1 operator accounts and sessions (docs/ops-api.md, "Users and
// sessions"): administrators (manage_users) list, create, edit, disable,
// reset and unlock accounts and end anyone's session; every operator changes
// their own password and lists and ends their own sessions. Registers the
// audit trail's listing too (audit_api.hpp).

#include "net/router.hpp"
#include "ops/auth.hpp"
#include "storage/database.hpp"

namespace sportello::relay {

struct UsersApiDeps {
    Auth& auth;
    storage::Database& db;
};

void register_user_routes(net::Router& router, UsersApiDeps deps);

} // namespace sportello::relay
