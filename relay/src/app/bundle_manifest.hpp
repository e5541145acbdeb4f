#pragma once
// The signed MANIFEST of an export bundle, written and checked. Its format
// (docs/privacy.md): a few "key: value" header lines, an empty line, then
// one line per file, "SHA256HEX SIZE NAME", sorted by name. MANIFEST.sig
// holds the Ed25519 signature of the MANIFEST's exact bytes, in hex;
// signing-key.pem the public key (itself listed in the MANIFEST).

#include "security/signing_key.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace sportello::relay {

inline constexpr const char* manifest_file = "MANIFEST";
inline constexpr const char* signature_file = "MANIFEST.sig";
inline constexpr const char* public_key_file = "signing-key.pem";

struct FileDigest {
    std::string sha256;   // hex
    std::uint64_t size = 0;
};

// Writes (replacing) a whole file. Throws std::runtime_error on failure.
void write_text_file(const std::string& path, const std::string& text);

// Reads the file in chunks. Throws std::runtime_error when it cannot be read.
FileDigest digest_file(const std::string& path);

// Lists every regular file of `dir` but the MANIFEST and its signature,
// writes the MANIFEST with `header` lines and signs it. Returns the MANIFEST's
// SHA-256 (hex). Throws std::runtime_error on a write failure.
std::string write_signed_manifest(const std::string& dir, const std::vector<std::string>& header,
                                  const security::SigningKey& key);

struct BundleVerdict {
    bool ok = false;
    std::vector<std::string> problems;   // each names the file concerned
    std::size_t files = 0;               // files the MANIFEST lists
    std::string manifest_sha256;         // hex; empty when there is no MANIFEST
    std::string public_key_sha256;       // hex, of signing-key.pem
};

// Checks the signature, then every listed file's size and SHA-256, and that
// no file is missing or extra. `expected_key_sha256` (hex, optional) pins
// the signing key the Region was given separately.
BundleVerdict verify_bundle(const std::string& dir, const std::string& expected_key_sha256 = {});

} // namespace sportello::relay
