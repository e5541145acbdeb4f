#pragma once
// Every file the relay creates and owns, derived from its configuration, in
// one place: what `sportello-relay purge` deletes at the end of the contract
// and what `purge verify` checks is gone (docs/privacy.md, "Contract end").
// A feature that adds a file of its own (a backup folder, a log file, a
// cache) adds it here, with its class, and purge and its verification follow.

#include "config/config.hpp"

#include <string>
#include <vector>

namespace sportello::relay {

enum class OwnedKind {
    data,   // personal data, or readable only with the keys: deleted first
    key,    // a secret: overwritten with random bytes, then deleted, last
};

struct OwnedPath {
    std::string path;         // absolute or as configured; a file or a folder (deleted with its contents)
    std::string what;         // for the deletion report, in English
    OwnedKind kind = OwnedKind::data;
};

// The Ed25519 key that signs export bundles, kept beside the data key.
std::string export_signing_key_path(const RelayConfig& config);

// In deletion order: data first, keys last.
std::vector<OwnedPath> owned_paths(const RelayConfig& config);

} // namespace sportello::relay
