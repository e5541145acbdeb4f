#pragma once
// The relay daemon assembled: database, vault, published tree, dispatcher,
// HTTP listeners; run() serves until SIGINT or SIGTERM and then shuts down
// gracefully (stop accepting, finish requests and sends in flight, bounded).

#include "config/config.hpp"

#include <memory>

namespace sportello::relay {

class RelayApp {
public:
    // Throws std::runtime_error (or SqliteError) with a message for the
    // administrator when something configured cannot be used.
    explicit RelayApp(RelayConfig config);
    ~RelayApp();

    // Blocks until a termination signal; returns the process exit code.
    int run();

    struct Impl;
private:
    std::unique_ptr<Impl> impl_;
};

} // namespace sportello::relay
