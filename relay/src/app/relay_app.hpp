#pragma once
// The relay daemon assembled: database, vault, published tree, dispatcher,
// HTTP listeners; run() serves until SIGINT or SIGTERM and then shuts down
// gracefully (stop accepting, finish requests and sends in flight, bounded).

#include "config/config.hpp"

#include <memory>
#include <string>
#include <vector>

namespace sportello::relay {

struct RouteInfo {
    std::string method, pattern;
    std::string access;   // net::describe(): "open", "session", "permission:NAME", "scope:NAME", "undeclared"
};

class RelayApp {
public:
    // Throws std::runtime_error (or SqliteError) with a message for the
    // administrator when something configured cannot be used.
    explicit RelayApp(RelayConfig config);
    ~RelayApp();

    // Blocks until a termination signal; returns the process exit code.
    int run();

    // The route table with each route's declared access, in table order.
    std::vector<RouteInfo> routes() const;

    struct Impl;
private:
    std::unique_ptr<Impl> impl_;
};

} // namespace sportello::relay
