#pragma once
// The relay's health for machines and the SLA for people
// (docs/operations.md, docs/ops-api.md "SLA"):
//   GET /healthz   liveness (open)
//   GET /readyz    readiness: a real write through the writer, the dispatcher
//                  running, sending not stopped; 503 naming what is not (open)
//   GET /metrics   Prometheus text format 0.0.4 (Access::monitoring)
//   GET /ops/v1/reports/sla?month=YYYY-MM   availability (read_reports)

#include "config/config.hpp"
#include "net/router.hpp"
#include "outbound/dispatcher.hpp"
#include "storage/database.hpp"

namespace sportello::relay {

struct HealthApiDeps {
    storage::Database& db;
    Dispatcher& dispatcher;
    const RelayConfig& config;
};

void register_health_routes(net::Router& router, HealthApiDeps deps);

} // namespace sportello::relay
