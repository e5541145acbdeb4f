#pragma once
// /ops/v1/cases: the operators' inbox (docs/ops-api.md, "Cases"). Every
// endpoint needs answer_requests; revealing a number needs reveal_phone.

#include "cases/event_feed.hpp"
#include "cases/presence.hpp"
#include "config/config.hpp"
#include "core/tree_store.hpp"
#include "net/router.hpp"
#include "ops/auth.hpp"
#include "outbound/dispatcher.hpp"
#include "security/vault.hpp"

namespace sportello::relay {

struct CasesApiDeps {
    Auth& auth;
    TreeStore& trees;
    storage::Database& db;
    const security::Vault& vault;
    const RelayConfig& config;
    Dispatcher& dispatcher;
    Presence& presence;
    EventFeed& feed;   // told after every change, for the event streams
};

void register_cases_routes(net::Router& router, CasesApiDeps deps);

} // namespace sportello::relay
