#include "ops/reports_api.hpp"

#include "core/http_errors.hpp"
#include "ops/ops_api.hpp"
#include "ops/reports.hpp"
#include "ops/reports_csv.hpp"
#include "sportello/rome_time.hpp"
#include "sportello/time.hpp"
#include "storage/async.hpp"

namespace sportello::relay {

namespace asio = net::asio;
using net::HttpRequest;
using net::HttpResponse;

namespace {

// A report as JSON, or as CSV when ?format=csv.
template <class Report>
HttpResponse answer(const Report& report, bool csv, std::string_view name, int min_cell_count) {
    if (!csv) return HttpResponse::json(200, api::encode(report));
    auto res = HttpResponse::text(200, to_csv(report, min_cell_count));
    res.content_type = "text/csv; charset=utf-8";
    res.headers.emplace_back("content-disposition", "attachment; filename=\"sportello-" + std::string(name) + "-" +
                                                        report.period.from + "-" + report.period.to + ".csv\"");
    return res;
}

// Runs `make(connection, query, tree)` for one report route.
template <class Make>
void add_report(net::Router& router, ReportsApiDeps deps, std::string name, Make make) {
    router.add("GET", "/ops/v1/reports/" + name, net::Access::needs(Permission::read_reports),
               [deps, name, make](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto user = co_await authorize(deps.auth, req, Permission::read_reports);
        if (!user) co_return error_response(user.error());
        const auto format = req.query_param("format").value_or("json");
        if (format != "json" && format != "csv")
            co_return error_response(api::ErrorCode::invalid_request, "format: json or csv", "format");
        auto query = parse_report_query(req.query_param("from"), req.query_param("to"), req.query_param("granularity"),
                                        req.query_param("node_id"), req.query_param("limit"),
                                        time::rome_date(time::now_ms()));
        if (!query) co_return error_response(query.error());
        const auto snapshot = deps.trees.current();
        auto job = [&, q = *query](storage::Connection& c) { return make(c, q, snapshot->index); };
        co_return answer(co_await storage::read(deps.db, job), format == "csv", name, deps.config.reports.min_cell_count);
    }, 0);
}

} // namespace

void register_report_routes(net::Router& router, ReportsApiDeps deps) {
    using Tree = hashtag::HashtagTree;
    using Q = ReportQuery;
    add_report(router, deps, "auto-reply", [](storage::Connection& c, const Q& q, const Tree&) { return auto_reply_report(c, q); });
    add_report(router, deps, "operator-replies",
               [](storage::Connection& c, const Q& q, const Tree&) { return operator_reply_report(c, q); });
    add_report(router, deps, "pushes", [](storage::Connection& c, const Q& q, const Tree&) { return push_report(c, q); });
    add_report(router, deps, "requests",
               [](storage::Connection& c, const Q& q, const Tree& t) { return requests_report(c, q, t); });
    add_report(router, deps, "top-topics",
               [](storage::Connection& c, const Q& q, const Tree& t) { return top_topics_report(c, q, t); });
    add_report(router, deps, "busiest-hours",
               [](storage::Connection& c, const Q& q, const Tree&) { return busiest_hours_report(c, q); });
    add_report(router, deps, "unanswered",
               [](storage::Connection& c, const Q& q, const Tree&) { return unanswered_figures(c, q); });
    // What the CSV files suppress, for the desk's own CSV exports of the same figures.
    router.add("GET", "/ops/v1/reports/csv-policy", net::Access::needs(Permission::read_reports),
               [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto user = co_await authorize(deps.auth, req, Permission::read_reports);
        if (!user) co_return error_response(user.error());
        co_return HttpResponse::json(200, api::encode(api::ReportCsvPolicy{deps.config.reports.min_cell_count}));
    }, 0);
}

} // namespace sportello::relay
