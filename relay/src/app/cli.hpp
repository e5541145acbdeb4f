#pragma once
// sportello-relay's command line: running the daemon and the administrator's
// commands on the server (docs/relay-cli.md).

namespace sportello::relay {

// Returns the process exit code: 0 success, 1 failure, 2 usage error.
int run_cli(int argc, char** argv);

} // namespace sportello::relay
