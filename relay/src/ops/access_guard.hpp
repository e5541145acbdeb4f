#pragma once
// The relay's access check, run by the routed service before every handler
// from the access the route declares in the table (net/router.hpp):
// default deny for a route that declares none; the operator's session and
// the role's permission for /ops/v1; a session still being set up (a
// temporary password to change, two-factor authentication to enrol in)
// reaches only the routes declared Access::session_setup(). The
// authenticated user is left in the request's principal, so that handlers
// do not read the session again.
// /api/v1 routes (api_scope) are admitted by their own wrapper
// (sire/sire_api.cpp), which checks the client's token, certificate, rate
// and the same declared scope, and audits refusals as well.

#include "net/routed_service.hpp"
#include "ops/auth.hpp"

namespace sportello::relay {

// metrics_token: sla.metrics_token (empty: /metrics for loopback clients only).
net::AccessGuard make_access_guard(Auth& auth, std::string metrics_token = {});

} // namespace sportello::relay
