#pragma once
// /api/v1 for SIRE and other integrators (docs/openapi.yaml, also served at
// GET /api/v1/openapi.yaml): consents, notifications, messages, templates.
// Every call is authenticated by ClientGate and recorded in the audit log.

#include "config/config.hpp"
#include "net/router.hpp"
#include "outbound/dispatcher.hpp"
#include "security/vault.hpp"
#include "sire/api_clients.hpp"
#include "storage/database.hpp"

namespace sportello::relay {

struct SireApiDeps {
    ClientGate& gate;
    storage::Database& db;
    const security::Vault& vault;
    const RelayConfig& config;
    Dispatcher& dispatcher;
};

void register_sire_routes(net::Router& router, SireApiDeps deps);

} // namespace sportello::relay
