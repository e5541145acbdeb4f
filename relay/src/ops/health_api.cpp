#include "ops/health_api.hpp"

#include "core/http_errors.hpp"
#include "log/metrics.hpp"
#include "ops/availability.hpp"
#include "outbound/outbox.hpp"
#include "sportello/api/codec.hpp"
#include "sportello/api/sla.hpp"
#include "sportello/time.hpp"
#include "sportello/version.hpp"
#include "storage/async.hpp"

#include <boost/json.hpp>

namespace sportello::relay {
namespace {

namespace asio = net::asio;
namespace bj = boost::json;
using net::HttpRequest;
using net::HttpResponse;

// Everything the month's availability needs, read in one snapshot.
AvailabilityInput load_availability(storage::Connection& c, const MonthRange& m, const RelayConfig& config,
                                    std::int64_t now) {
    AvailabilityInput in;
    in.now_ms = now;
    in.heartbeat_interval_ms = static_cast<std::int64_t>(config.sla.heartbeat_seconds) * 1000;
    in.target_percent = config.sla.target_percent;
    if (auto q = c.query("SELECT min(at) FROM heartbeats"); q.next()) in.monitoring_start_ms = q.optional_int64(0);
    auto read = [&in](storage::Query& q) {
        while (q.next())
            in.heartbeats.push_back({q.int64(0), q.int64(1) != 0, q.int64(2) != 0, q.optional_int64(3)});
    };
    const char* columns = "SELECT at, dispatcher_running, sending_stopped, db_failed_since FROM heartbeats ";
    auto before = c.query(std::string(columns) + "WHERE at < ? ORDER BY at DESC LIMIT 1", m.start_ms);
    read(before);
    auto within = c.query(std::string(columns) + "WHERE at >= ? AND at < ? ORDER BY at", m.start_ms, m.end_ms);
    read(within);
    auto after = c.query(std::string(columns) + "WHERE at >= ? ORDER BY at LIMIT 1", m.end_ms);
    read(after);
    auto probes = c.query("SELECT started_at, ok, cause FROM probe_results WHERE started_at >= ? AND started_at < ? "
                          "ORDER BY started_at", m.start_ms - 2 * 60'000, m.end_ms);
    while (probes.next()) in.probes.push_back({probes.int64(0), probes.int64(1) != 0, probes.text(2)});
    return in;
}

metrics::Gauges read_gauges(storage::Connection& c) {
    metrics::Gauges g;
    auto q = c.query("SELECT lane, count(*) FROM outbox WHERE state = ? GROUP BY lane", OutboxState::queued);
    while (q.next())
        (q.int64(0) == static_cast<int>(Lane::bulk) ? g.outbox_queued_bulk : g.outbox_queued_interactive) = q.int64(1);
    auto k = c.query("SELECT count(*) FROM cases WHERE state <> 'closed'");
    if (k.next()) g.open_cases = k.int64(0);
    return g;
}

} // namespace

void register_health_routes(net::Router& r, HealthApiDeps d) {
    r.add("GET", "/healthz", net::Access::open_to_all(), [d](HttpRequest&) -> asio::awaitable<HttpResponse> {
        api::Health h;
        h.version = PRODUCT_VERSION;
        try {
            co_await storage::read(d.db, [](storage::Connection& c) { c.query("SELECT 1").run(); });
            h.database_ok = true;
        } catch (...) {
            h.database_ok = false;
        }
        const auto alert = d.dispatcher.alert();
        h.sending_stopped = alert.active;
        if (alert.active) h.alert = "sending stopped by WhatsApp error " + std::to_string(alert.code) + ": " + alert.reason;
        h.status = h.database_ok && !h.sending_stopped ? "ok" : "degraded";
        co_return HttpResponse::json(h.database_ok ? 200 : 503, api::encode(h));
    }, 0);

    r.add("GET", "/readyz", net::Access::open_to_all(), [d](HttpRequest&) -> asio::awaitable<HttpResponse> {
        bj::array problems;
        bool writable = true;
        try {
            const auto now = time::now_ms();
            co_await storage::write(d.db, [now](storage::Connection& c) {
                c.query("INSERT INTO meta(key, value) VALUES('readiness_checked_at', ?) "
                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value", std::to_string(now)).run();
            });
        } catch (const std::exception& e) {
            writable = false;
            problems.push_back(bj::value(std::string("the database refused a write: ") + e.what()));
        }
        const bool running = d.dispatcher.running();
        if (!running) problems.push_back("the dispatcher is not running");
        const auto alert = d.dispatcher.alert();
        if (alert.active)
            problems.push_back(bj::value("sending stopped by WhatsApp error " + std::to_string(alert.code) + ": " +
                                         alert.reason));
        const bool ready = problems.empty();
        bj::object body{{"ready", ready},
                        {"database_writable", writable},
                        {"dispatcher_running", running},
                        {"sending_stopped", alert.active},
                        {"problems", std::move(problems)}};
        co_return HttpResponse::json(ready ? 200 : 503, bj::serialize(body));
    }, 0);

    r.add("GET", "/metrics", net::Access::monitoring(), [d](HttpRequest&) -> asio::awaitable<HttpResponse> {
        metrics::Gauges g;
        try {
            g = co_await storage::read(d.db, [](storage::Connection& c) { return read_gauges(c); });
        } catch (...) {
            co_return exception_response(std::current_exception(), "metrics");
        }
        g.sending_stopped = d.dispatcher.alert().active;
        g.dispatcher_running = d.dispatcher.running();
        g.dispatcher_in_flight = static_cast<std::int64_t>(d.dispatcher.in_flight());
        auto response = HttpResponse::text(200, metrics::global().render(g));
        response.content_type = "text/plain; version=0.0.4; charset=utf-8";
        co_return response;
    }, 0);

    r.add("GET", "/ops/v1/reports/sla", net::Access::needs(Permission::read_reports),
          [d](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        const auto now = time::now_ms();
        std::optional<MonthRange> month = rome_month_of(now);
        if (auto text = req.query_param("month")) {
            month = parse_rome_month(*text);
            if (!month)
                co_return error_response(api::ErrorCode::invalid_request, "expected a month such as 2026-03", "month");
        }
        try {
            const auto& config = d.config;
            auto report = co_await storage::read(d.db, [&config, m = *month, now](storage::Connection& c) {
                return compute_availability(load_availability(c, m, config, now), m);
            });
            co_return HttpResponse::json(200, api::encode(report));
        } catch (...) {
            co_return exception_response(std::current_exception(), "SLA report");
        }
    }, 0);
}

} // namespace sportello::relay
