#pragma once
// The maintenance commands of the command line (docs/relay-cli.md):
// encrypted backups and their restore (cli_backup.cpp), the data key's
// rotation (cli_keys.cpp). Each returns the process exit code: 0 success,
// 1 failure (the cause on standard error), 2 usage error.

#include "config/config.hpp"

#include <optional>
#include <string>

namespace sportello::relay {

int backup_command(const RelayConfig& config, const std::optional<std::string>& out);
int restore_command(const RelayConfig& config, const std::string& from, const std::optional<std::string>& to);
int rotate_keys_command(const RelayConfig& config);

} // namespace sportello::relay
