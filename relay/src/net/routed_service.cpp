#include "net/routed_service.hpp"

namespace sportello::net {

std::size_t RoutedService::body_limit(std::string_view method, std::string_view path) const {
    const auto limit = router_.body_limit(method, path);
    // Unknown paths still read a small body, so that they get their 404.
    return limit ? limit : default_body_limit;
}

asio::awaitable<HttpResponse> RoutedService::handle(HttpRequest& request) {
    auto match = router_.match(request.method, request.path);
    if (!match.route) {
        if (match.allowed_methods.empty()) co_return policy_.error(404, "no such endpoint: " + request.path);
        std::string allow;
        for (const auto& m : match.allowed_methods) allow += (allow.empty() ? "" : ", ") + m;
        auto r = policy_.error(405, request.method + " is not allowed on " + request.path + "; allowed: " + allow);
        r.headers.emplace_back("allow", allow);
        co_return r;
    }
    request.path_params = std::move(match.params);
    std::exception_ptr failure;
    try {
        if (guard_)
            if (auto refused = co_await guard_(*match.route, request)) co_return std::move(*refused);
        co_return co_await match.route->handler(request);
    } catch (...) {
        failure = std::current_exception();
    }
    co_return policy_.exception(failure, request.method + " " + request.path);
}

HttpResponse RoutedService::protocol_error(int status, std::string_view message) const {
    return policy_.error(status, std::string(message));
}

} // namespace sportello::net
