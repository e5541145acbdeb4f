#pragma once
// An HttpService over a Router: 404 and 405 (with Allow) for what the table
// cannot answer, and one policy object that formats every error body, so the
// relay answers with its API errors and the simulator with Meta's.

#include "net/http_server.hpp"
#include "net/router.hpp"

#include <exception>
#include <functional>
#include <optional>

namespace sportello::net {

struct ErrorPolicy {
    // A body for an HTTP error status the service itself produces.
    std::function<HttpResponse(int status, std::string message)> error;
    // A handler threw: log it and answer (500, or 503 for storage failures).
    std::function<HttpResponse(std::exception_ptr error, std::string context)> exception;
};

inline constexpr std::size_t default_body_limit = 64 * 1024;

// Runs before a matched route's handler with the route's declared access:
// nullopt lets the request through, a response refuses it. Without a guard
// (the simulator) every route is open.
using AccessGuard = std::function<asio::awaitable<std::optional<HttpResponse>>(const Route& route, HttpRequest& request)>;

class RoutedService final : public HttpService {
public:
    explicit RoutedService(ErrorPolicy policy) : policy_(std::move(policy)) {}

    Router& router() noexcept { return router_; }
    const Router& router() const noexcept { return router_; }
    // Set before serving; not thread-safe against requests in flight.
    void set_guard(AccessGuard guard) { guard_ = std::move(guard); }

    std::size_t body_limit(std::string_view method, std::string_view path) const override;
    asio::awaitable<HttpResponse> handle(HttpRequest& request) override;
    HttpResponse protocol_error(int status, std::string_view message) const override;

private:
    ErrorPolicy policy_;
    Router router_;
    AccessGuard guard_;
};

} // namespace sportello::net
