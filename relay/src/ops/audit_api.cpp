#include "ops/audit_api.hpp"

#include "core/audit.hpp"
#include "core/http_errors.hpp"
#include "net/request_checks.hpp"
#include "sportello/time.hpp"
#include "storage/async.hpp"

namespace sportello::relay {

namespace asio = net::asio;
using net::HttpRequest;
using net::HttpResponse;

namespace {

constexpr int page_limit = 1000;
constexpr int export_limit = 100000;

// RFC 4180 quoting; a cell a spreadsheet would take for a formula
// (=, +, -, @, tab, carriage return first) is opened with an apostrophe.
std::string csv_cell(const std::string& text) {
    std::string cell = text;
    if (!cell.empty() && std::string_view("=+-@\t\r").find(cell.front()) != std::string_view::npos) cell.insert(0, "'");
    std::string out = "\"";
    for (char ch : cell) {
        if (ch == '"') out += '"';
        out += ch;
    }
    return out + "\"";
}

std::string to_csv(const api::AuditPage& page) {
    std::string out = "id,at,actor,action,target,detail\r\n";
    for (const auto& e : page.entries)
        out += std::to_string(e.id) + "," + time::format_iso8601(e.at_ms) + "," + csv_cell(e.actor) + "," +
               csv_cell(e.action) + "," + csv_cell(e.target) + "," + csv_cell(e.detail) + "\r\n";
    return out;
}

Result<std::optional<std::int64_t>> time_param(const HttpRequest& req, std::string_view name) {
    auto text = req.query_param(name);
    if (!text) return std::optional<std::int64_t>{};
    auto ms = time::parse_iso8601(*text);
    if (!ms) return make_error(api::ErrorCode::invalid_request, "expected an ISO 8601 time such as 2026-11-22T09:30:00Z",
                               std::string(name));
    return std::optional<std::int64_t>{*ms};
}

struct Query {
    AuditFilter filter;
    bool csv = false;
};

Result<Query> parse_query(const HttpRequest& req) {
    Query q;
    q.filter.actor = req.query_param("actor").value_or("");
    q.filter.action = req.query_param("action").value_or("");
    const auto format = req.query_param("format").value_or("json");
    if (format != "json" && format != "csv")
        return make_error(api::ErrorCode::invalid_request, "format: json or csv", "format");
    q.csv = format == "csv";
    auto from = time_param(req, "from");
    if (!from) return from.error();
    auto to = time_param(req, "to");
    if (!to) return to.error();
    q.filter.from_ms = *from;
    q.filter.to_ms = *to;
    if (auto before = req.query_param("before_id")) {
        auto id = integer_param(*before, "before_id");
        if (!id) return id.error();
        q.filter.before_id = *id;
    }
    const int most = q.csv ? export_limit : page_limit;
    q.filter.limit = most;
    if (!q.csv) q.filter.limit = 200;
    if (auto limit = req.query_param("limit")) {
        auto n = integer_param(*limit, "limit");
        if (!n) return n.error();
        if (*n < 1 || *n > most)
            return make_error(api::ErrorCode::invalid_request, "limit: 1 to " + std::to_string(most), "limit");
        q.filter.limit = static_cast<int>(*n);
    }
    return q;
}

} // namespace

void register_audit_routes(net::Router& router, Auth& auth, storage::Database& db) {
    router.add("GET", "/ops/v1/audit", net::Access::needs(Permission::read_audit),
               [&auth, &db](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto user = co_await auth.authenticate(req);
        if (!user) co_return error_response(user.error());
        auto query = parse_query(req);
        if (!query) co_return error_response(query.error());
        const auto now = time::now_ms();
        auto job = [&, q = *query](storage::Connection& c) {
            auto page = list_audit(c, q.filter);
            if (q.csv)
                audit(c, user->username, "audit_exported", "", std::to_string(page.entries.size()) + " entries", now);
            return page;
        };
        if (!query->csv) co_return HttpResponse::json(200, api::encode(co_await storage::read(db, job)));
        auto res = HttpResponse::text(200, to_csv(co_await storage::write(db, job)));
        res.content_type = "text/csv; charset=utf-8";
        res.headers.emplace_back("content-disposition", "attachment; filename=\"sportello-audit.csv\"");
        co_return res;
    }, 0);

    // The same accountability for an export the client wrote itself: the
    // entry says who, how many entries and under which filter.
    router.add("POST", "/ops/v1/audit/exports", net::Access::needs(Permission::read_audit),
               [&auth, &db](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto user = co_await auth.authenticate(req);
        if (!user) co_return error_response(user.error());
        if (auto e = require_json(req)) co_return error_response(*e);
        auto done = api::decode_users<api::AuditExport>(req.body);
        if (!done) co_return error_response(done.error());
        const auto now = time::now_ms();
        auto job = [&, e = *done](storage::Connection& c) {
            std::string detail = std::to_string(e.entries) + (e.entries == 1 ? " entry" : " entries") + ", written by the client";
            if (!e.filter.empty()) detail += "; filter: " + e.filter;
            audit(c, user->username, "audit_exported", "", detail, now);
            return true;
        };
        co_await storage::write(db, job);
        co_return HttpResponse::empty(204);
    }, 4 * 1024);
}

} // namespace sportello::relay
