#pragma once
// /ops/v1: the desktop application's API (docs/ops-api.md). Every endpoint
// but login needs a session; each names the one permission it requires.

#include "core/tree_store.hpp"
#include "net/router.hpp"
#include "ops/auth.hpp"
#include "outbound/dispatcher.hpp"
#include "sportello/roles.hpp"

namespace sportello::relay {

// The session's user if it holds the permission. Errors: unauthorized,
// session_expired, forbidden.
net::asio::awaitable<Result<api::UserInfo>> authorize(Auth& auth, const net::HttpRequest& request,
                                                      Permission permission);

struct OpsApiDeps {
    Auth& auth;
    TreeStore& trees;
    storage::Database& db;
    Dispatcher& dispatcher;
};

void register_ops_routes(net::Router& router, OpsApiDeps deps);

} // namespace sportello::relay
