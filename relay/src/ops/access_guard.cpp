#include "ops/access_guard.hpp"

#include "core/http_errors.hpp"
#include "log/log.hpp"

namespace sportello::relay {

net::AccessGuard make_access_guard(Auth& auth) {
    return [&auth](const net::Route& route, net::HttpRequest& req) -> net::asio::awaitable<std::optional<net::HttpResponse>> {
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
        case net::Access::Kind::undeclared:
            break;
        }
        log::error("access", route.method + " " + route.pattern + " declares no access rule; denied");
        co_return error_response(make_error(api::ErrorCode::forbidden,
                                            "this endpoint declares no access rule and is denied to everyone"));
    };
}

} // namespace sportello::relay
