#include "ops/citizen_rights_api.hpp"

#include "core/http_errors.hpp"
#include "net/request_checks.hpp"
#include "ops/citizen_export.hpp"
#include "ops/citizen_rights.hpp"
#include "ops/ops_api.hpp"
#include "sportello/time.hpp"
#include "storage/async.hpp"

#include <boost/json/serialize.hpp>

namespace sportello::relay {

namespace asio = net::asio;
using net::Access;
using net::HttpRequest;
using net::HttpResponse;

namespace {

constexpr std::size_t small_body = 4 * 1024;

struct Authorized {
    api::UserInfo admin;
    CitizenRequest citizen;
};

// The administrator and the request they made, or the response refusing it.
asio::awaitable<Result<Authorized>> authorized_request(Auth& auth, const HttpRequest& req) {
    auto admin = co_await authorize(auth, req, Permission::citizen_rights);
    if (!admin) co_return admin.error();
    if (auto e = require_json(req)) co_return *e;
    auto citizen = decode_citizen_request(req.body);
    if (!citizen) co_return citizen.error();
    co_return Authorized{std::move(*admin), std::move(*citizen)};
}

} // namespace

void register_citizen_rights_routes(net::Router& router, CitizenRightsApiDeps deps) {
    router.add("POST", "/ops/v1/citizens:export", Access::needs(Permission::citizen_rights),
               [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto request = co_await authorized_request(deps.auth, req);
        if (!request) co_return error_response(request.error());
        const auto lookup = citizen_lookup(deps.vault, request->citizen);
        auto gather = [&deps, lookup](storage::Connection& c) -> std::optional<boost::json::object> {
            const auto id = locate_citizen(c, lookup);
            if (!id) return std::nullopt;
            return citizen_data(c, deps.vault, *id);
        };
        const auto data = co_await storage::read(deps.db, gather);
        const ExportRequest exported{request->citizen, request->admin.username, time::now_ms()};
        // Recorded before the data leaves: an export the trail does not show never happens.
        auto record = [&exported, found = data.has_value()](storage::Connection& c) {
            audit_citizen_export(c, exported.requested_by, exported.citizen, found, exported.at_ms);
        };
        co_await storage::write(deps.db, record);
        co_return HttpResponse::json(200, citizen_export_document(exported, data));
    }, small_body);

    router.add("POST", "/ops/v1/citizens:erase", Access::needs(Permission::citizen_rights),
               [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto request = co_await authorized_request(deps.auth, req);
        if (!request) co_return error_response(request.error());
        const auto lookup = citizen_lookup(deps.vault, request->citizen);
        auto erase = [&request, lookup](storage::Connection& c) {
            const auto now = time::now_ms();
            auto counts = erase_citizen(c, lookup, now);
            audit_citizen_erasure(c, request->admin.username, request->citizen, counts, now);
            return counts;
        };
        const auto counts = co_await storage::write(deps.db, erase);
        boost::json::object answer{{"data_held", counts.has_value()}};
        if (counts) answer["erased"] = counts->to_json();
        co_return HttpResponse::json(200, boost::json::serialize(answer));
    }, small_body);
}

} // namespace sportello::relay
