#include "ops/access_guard.hpp"

#include "core/http_errors.hpp"
#include "log/log.hpp"
#include "net/http_server.hpp"
#include "sportello/crypto.hpp"

namespace sportello::relay {

net::AccessGuard make_access_guard(Auth& auth, std::string metrics_token) {
    return [&auth, metrics_token](const net::Route& route, net::HttpRequest& req) -> net::asio::awaitable<std::optional<net::HttpResponse>> {
        switch (route.access.kind) {
        case net::Access::Kind::open:
        case net::Access::Kind::api_scope:
            co_return std::nullopt;
        case net::Access::Kind::session:
        case net::Access::Kind::permission: {
            auto user = co_await auth.authenticate(req);
            if (!user) co_return error_response(user.error());
            if (user->must_change_password && !route.access.during_session_setup)
                co_return error_response(make_error(api::ErrorCode::password_change_required,
                                                    "change the temporary password first (PUT /ops/v1/session/password)"));
            if (user->must_enrol_two_factor && !route.access.during_session_setup)
                co_return error_response(make_error(api::ErrorCode::two_factor_enrolment_required,
                                                    "set up two-factor authentication first (POST "
                                                    "/ops/v1/session/two-factor, then its /confirm)"));
            if (route.access.kind == net::Access::Kind::permission && !has_permission(user->role, route.access.permission))
                co_return error_response(make_error(api::ErrorCode::forbidden,
                                                    "the role '" + std::string(to_string(user->role)) +
                                                    "' does not have the permission " +
                                                    std::string(to_string(route.access.permission))));
            req.principal = *user;
            co_return std::nullopt;
        }
        case net::Access::Kind::monitoring: {
            // With a token: exactly that bearer token, from anywhere. Without:
            // loopback clients only (a scraper on the host, or a proxy there).
            if (metrics_token.empty()) {
                if (net::is_loopback_address(req.remote_address)) co_return std::nullopt;
                co_return error_response(make_error(api::ErrorCode::forbidden,
                                                    "metrics are served to loopback clients only (no sla.metrics_token is set)"));
            }
            const auto header = req.header("authorization");
            constexpr std::string_view bearer = "Bearer ";
            if (header.substr(0, bearer.size()) == bearer &&
                crypto::constant_time_equal(header.substr(bearer.size()), metrics_token))
                co_return std::nullopt;
            co_return error_response(make_error(api::ErrorCode::unauthorized, "the metrics bearer token is missing or wrong"));
        }
        case net::Access::Kind::undeclared:
            break;
        }
        log::error("access", route.method + " " + route.pattern + " declares no access rule; denied");
        co_return error_response(make_error(api::ErrorCode::forbidden,
                                            "this endpoint declares no access rule and is denied to everyone"));
    };
}

} // namespace sportello::relay
