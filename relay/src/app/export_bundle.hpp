#pragma once
// The contract-end export (docs/privacy.md, "Contract end"): every entity of
// app/export_entities.hpp as JSON Lines and CSV (UTF-8, RFC 4180), a
// schema.json describing every file and field, the public half of the
// relay's Ed25519 signing key, and a MANIFEST of every file's SHA-256 and
// size, signed with that key (MANIFEST.sig). The bundle reads one
// consistent snapshot (a single read transaction) row by row, so the relay
// keeps serving and memory stays flat whatever the database's size.

#include "config/config.hpp"
#include "sportello/result.hpp"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace sportello::relay {

struct ExportSummary {
    std::vector<std::pair<std::string, std::int64_t>> rows;   // entity → rows exported
    std::string manifest_sha256;                              // hex, of the MANIFEST file
    std::string public_key_sha256;                            // hex, of signing-key.pem
};

// `out_dir` must not exist or be empty; it is created with mode 0700. The
// data key must exist (it is never created here); the signing key is
// created beside it on first use. Errors: invalid_request (a bad folder, no
// data key), internal (a file could not be written).
Result<ExportSummary> write_export_bundle(const RelayConfig& config, const std::string& out_dir);

} // namespace sportello::relay
