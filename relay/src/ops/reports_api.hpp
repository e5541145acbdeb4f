#pragma once
// GET /ops/v1/reports/{auto-reply,operator-replies,pushes,requests,
// top-topics,busiest-hours,unanswered} (docs/ops-api.md, "Reports"), each as
// JSON or, with ?format=csv, as a CSV file Italian Excel opens (UTF-8 with
// BOM, ';') in which small counts are suppressed; and csv-policy, the
// suppression threshold, for the desk's own exports.

#include "config/config.hpp"
#include "core/tree_store.hpp"
#include "net/router.hpp"
#include "ops/auth.hpp"
#include "storage/database.hpp"

namespace sportello::relay {

struct ReportsApiDeps {
    Auth& auth;
    TreeStore& trees;
    storage::Database& db;
    const RelayConfig& config;
};

void register_report_routes(net::Router& router, ReportsApiDeps deps);

} // namespace sportello::relay
