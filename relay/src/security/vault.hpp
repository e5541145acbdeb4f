#pragma once
// Encryption of personal data at rest, and keyed hashes to look it up.
//
// One 32-byte master key, kept in a file readable only by the relay's user,
// derives an AES-256-GCM key and an HMAC key. Ciphertexts carry a version
// byte, a random 96-bit nonce and the 128-bit tag; the associated data names
// the column, so a value copied into another column does not decrypt.
// Thread-safe after construction.

#include "sportello/crypto.hpp"

#include <string>
#include <string_view>

namespace sportello::security {

class Vault {
public:
    explicit Vault(const crypto::Bytes& master_key);   // 32 bytes

    // Loads the key file, or creates it (mode 0600) when it does not exist.
    // Throws std::runtime_error when it exists but is unusable.
    static Vault from_key_file(const std::string& path);

    crypto::Bytes encrypt(std::string_view plaintext, std::string_view column) const;
    // Throws std::runtime_error when the ciphertext was altered or belongs to
    // another column or key.
    std::string decrypt(const crypto::Bytes& ciphertext, std::string_view column) const;

    // Deterministic keyed hash for lookups (e.g. a phone number → contact).
    crypto::Bytes lookup_hash(std::string_view value) const;

private:
    crypto::Bytes enc_key_;
    crypto::Bytes mac_key_;
    std::uint64_t id_ = 0;   // identifies the key for per-thread cipher contexts
};

} // namespace sportello::security
