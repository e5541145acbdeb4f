#pragma once
// /ops/v1 content management (docs/ops-api.md, "Content management"):
// the draft, publishing, versions and diffs, the unanswered ranking and the
// bot preview. Handlers authorise, decode with the shared codec, run one
// database job each and swap the live tree after a publish commits.

#include "config/config.hpp"
#include "core/tree_store.hpp"
#include "net/router.hpp"
#include "ops/auth.hpp"
#include "security/vault.hpp"
#include "storage/database.hpp"

namespace sportello::relay {

struct ContentApiDeps {
    Auth& auth;
    TreeStore& trees;
    storage::Database& db;
    const RelayConfig& config;
    const security::Vault& vault;   // decrypts the unanswered phrases that are listed
};

void register_content_routes(net::Router& router, ContentApiDeps deps);

} // namespace sportello::relay
