#pragma once
// `sportello-relay citizen export|erase`: a citizen's access and erasure
// requests from the server's command line (docs/relay-cli.md).

#include <map>
#include <string>

namespace sportello::relay {

// `action` is "export" or "erase"; `options` the --name value pairs.
// Returns the exit code: 0 done (also when nothing is held, which it says),
// 1 failure, 2 usage or invalid input (nothing changed).
int run_citizen_command(const std::string& action, const std::map<std::string, std::string>& options);

} // namespace sportello::relay
