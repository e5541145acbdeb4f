#pragma once
// The contract-end commands of sportello-relay (docs/relay-cli.md):
//   export --config FILE --out DIR            the bundle for the Region
//   export verify DIR [--public-key-sha256 HEX]
//   purge --config FILE --confirm [--export DIR] [--report FILE]
//   purge verify --config FILE --report FILE
// Each returns the exit code: 0 success, 1 failure or refusal, 2 usage error.

#include <map>
#include <string>
#include <vector>

namespace sportello::relay {

int export_cli(const std::vector<std::string>& words, const std::map<std::string, std::string>& options);
int purge_cli(const std::vector<std::string>& words, const std::map<std::string, std::string>& options);

} // namespace sportello::relay
