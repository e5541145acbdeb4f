#pragma once
// /ops/v1 two-factor authentication (docs/ops-api.md, "Two-factor
// authentication"): an operator enrols their own account (session setup
// access, so that a session that must enrol can); an administrator
// (manage_users) resets anyone's enrolment.

#include "net/router.hpp"
#include "ops/auth.hpp"
#include "storage/database.hpp"

namespace sportello::relay {

void register_two_factor_routes(net::Router& router, Auth& auth, storage::Database& db);

} // namespace sportello::relay
