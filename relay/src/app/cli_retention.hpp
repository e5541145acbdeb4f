#pragma once
// `sportello-relay retention run --config FILE` (docs/relay-cli.md).

#include "config/config.hpp"

namespace sportello::relay {

// Runs the retention run once on the configured database, beside a running
// relay if there is one (both write through SQLite's locks, in bounded
// steps). Prints the counts per class; returns the exit code (0, or 1 when
// the run failed).
int run_retention_once(const RelayConfig& config);

} // namespace sportello::relay
