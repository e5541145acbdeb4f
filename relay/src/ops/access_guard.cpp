#include "ops/access_guard.hpp"

#include "core/http_errors.hpp"
#include "log/log.hpp"
#include "ops/ops_api.hpp"

namespace sportello::relay {

net::AccessGuard make_access_guard(Auth& auth) {
    return [&auth](const net::Route& route, net::HttpRequest& req) -> net::asio::awaitable<std::optional<net::HttpResponse>> {
        switch (route.access.kind) {
        case net::Access::Kind::open:
        case net::Access::Kind::api_scope:
            co_return std::nullopt;
        case net::Access::Kind::session: {
            auto user = co_await auth.authenticate(req);
            if (!user) co_return error_response(user.error());
            req.principal = *user;
            co_return std::nullopt;
        }
        case net::Access::Kind::permission: {
            auto user = co_await authorize(auth, req, route.access.permission);
            if (!user) co_return error_response(user.error());
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
