#include "ops/ops_api.hpp"

#include "core/audit.hpp"
#include "core/http_errors.hpp"
#include "net/request_checks.hpp"
#include "sportello/api/admin.hpp"
#include "sportello/api/codec.hpp"
#include "sportello/time.hpp"
#include "storage/async.hpp"

#include <boost/json/serialize.hpp>

namespace sportello::relay {

namespace {
constexpr std::size_t small_body = 16 * 1024;
} // namespace

net::asio::awaitable<Result<api::UserInfo>> authorize(Auth& auth, const net::HttpRequest& request,
                                                      Permission permission) {
    auto user = co_await auth.authenticate(request);
    if (!user) co_return user;
    if (!has_permission(user->role, permission))
        co_return make_error(api::ErrorCode::forbidden, "the role '" + std::string(to_string(user->role)) +
                             "' does not have the permission " + std::string(to_string(permission)));
    co_return user;
}

void register_ops_routes(net::Router& router, OpsApiDeps deps) {
    router.add("POST", "/ops/v1/session", net::Access::open_to_all(), [deps](net::HttpRequest& req) -> net::asio::awaitable<net::HttpResponse> {
        if (auto e = require_json(req)) co_return error_response(*e);
        auto login = api::decode<api::LoginRequest>(req.body);
        if (!login) co_return error_response(login.error());
        auto session = co_await deps.auth.login(std::move(*login), req.remote_address);
        if (!session) co_return error_response(session.error());
        co_return net::HttpResponse::json(201, api::encode(*session));
    }, small_body);

    router.add("GET", "/ops/v1/session", net::Access::session_setup(), [deps](net::HttpRequest& req) -> net::asio::awaitable<net::HttpResponse> {
        auto user = co_await deps.auth.authenticate(req);
        if (!user) co_return error_response(user.error());
        co_return net::HttpResponse::json(200, boost::json::serialize(api::to_json(*user)));
    }, 0);

    router.add("DELETE", "/ops/v1/session", net::Access::session_setup(), [deps](net::HttpRequest& req) -> net::asio::awaitable<net::HttpResponse> {
        auto user = co_await deps.auth.authenticate(req);
        if (!user) co_return error_response(user.error());
        co_await deps.auth.logout(req);
        co_return net::HttpResponse::empty(204);
    }, 0);

    router.add("GET", "/ops/v1/tree", net::Access::needs(Permission::read_content), [deps](net::HttpRequest& req) -> net::asio::awaitable<net::HttpResponse> {
        auto user = co_await authorize(deps.auth, req, Permission::read_content);
        if (!user) co_return error_response(user.error());
        co_return net::HttpResponse::json(200, api::encode(deps.trees.current()->published));
    }, 0);

    // Alerts every operator sees; only an administrator clears one.
    router.add("GET", "/ops/v1/alerts", net::Access::any_session(), [deps](net::HttpRequest& req) -> net::asio::awaitable<net::HttpResponse> {
        auto user = co_await deps.auth.authenticate(req);
        if (!user) co_return error_response(user.error());
        const auto a = deps.dispatcher.alert();
        std::vector<api::Alert> alerts;
        if (a.active)
            alerts.push_back({"sending", "critical", a.code,
                              "sending stopped by WhatsApp error " + std::to_string(a.code) + ": " + a.reason,
                              a.since_ms});
        co_return net::HttpResponse::json(200, api::encode(alerts));
    }, 0);

    router.add("DELETE", "/ops/v1/alerts/sending", net::Access::needs(Permission::manage_system), [deps](net::HttpRequest& req) -> net::asio::awaitable<net::HttpResponse> {
        auto user = co_await authorize(deps.auth, req, Permission::manage_system);
        if (!user) co_return error_response(user.error());
        const auto actor = user->username;
        auto clear = [deps, actor](storage::Connection& c) {
            deps.dispatcher.clear_alert_in(c);
            audit(c, actor, "sending_alert_cleared", "", "", time::now_ms());
        };
        co_await storage::write(deps.db, clear);
        co_return net::HttpResponse::empty(204);
    }, 0);
}

} // namespace sportello::relay
