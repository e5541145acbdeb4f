#pragma once
// The end of the contract's deletion (docs/privacy.md, "Contract end"):
// every path the relay owns (config/owned_paths.hpp) is deleted, data first
// and the keys last, each key overwritten with random bytes before it is
// unlinked (crypto-shredding: a copy of the database left anywhere can no
// longer be read). A deletion report, JSON with its own SHA-256 and a
// readable text beside it, records what, where, when and how large, and the
// SHA-256 of the export bundle's MANIFEST the deletion follows.

#include "config/config.hpp"
#include "sportello/result.hpp"

#include <string>
#include <vector>

namespace sportello::relay {

struct PurgeRequest {
    std::string config_path;   // recorded in the report
    std::string report_path;   // the JSON; the text goes beside it as .txt. Empty: beside the config
    std::string export_dir;    // the bundle it follows: verified first. Empty: none
};

struct PurgeOutcome {
    std::string report_json, report_text;
    std::vector<std::string> deleted;   // paths that existed and are gone
};

// Refuses, changing nothing (invalid_request / conflict), when a process has
// the database open, the export bundle does not verify, or a report file
// already exists. Errors after deletion started are internal and name the path.
Result<PurgeOutcome> purge(const RelayConfig& config, const PurgeRequest& request);

// Checks that none of the configured paths exists, that the report's
// checksum matches its contents, and that it covers exactly those paths.
// Returns the problems found (empty: verified), each naming its path.
std::vector<std::string> verify_purge(const RelayConfig& config, const std::string& report_path);

} // namespace sportello::relay
