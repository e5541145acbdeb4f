#pragma once
// Encryption of personal data at rest, and keyed hashes to look it up.
//
// A 32-byte master key (the data key), kept in a file readable only by the
// relay's user, derives the AES-256-GCM key. Ciphertexts carry a version
// byte, the key's id (version 2), a random 96-bit nonce and the 128-bit tag;
// the associated data names the column, so a value copied into another
// column does not decrypt.
//
// Key rotation (`sportello-relay keys rotate`, docs/privacy.md) uses three
// files beside the configured data key file P:
//   P           the current key: encrypts, and decrypts its own ciphertexts;
//   P.previous  during a rotation only: the old key, for decryption;
//   P.lookup    the lookup-hash key, once a rotation has happened; before,
//               it is derived from P. It never rotates with the data key, so
//               lookups keep working while rows are re-encrypted.
// reload_key_files() re-reads them at run time; the relay polls them.
// Thread-safe: encryption and decryption may run while keys are reloaded.

#include "sportello/crypto.hpp"

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace sportello::security {

class Vault {
public:
    explicit Vault(const crypto::Bytes& master_key);   // 32 bytes; lookup key derived from it
    Vault(Vault&& other) noexcept;
    Vault& operator=(Vault&&) = delete;
    ~Vault();

    // Loads P (creating it, mode 0600, when it does not exist), P.previous
    // and P.lookup when present. Throws std::runtime_error when a file exists
    // but is unusable.
    static Vault from_key_file(const std::string& path);
    // Reads the files again; returns true when the keys changed. Throws (the
    // keys in use stay) when a file is unusable.
    bool reload_key_files(const std::string& path);

    crypto::Bytes encrypt(std::string_view plaintext, std::string_view column) const;
    // Throws std::runtime_error when the ciphertext was altered or belongs to
    // another column or key.
    std::string decrypt(const crypto::Bytes& ciphertext, std::string_view column) const;
    // True when the ciphertext was made with the current key (the rotation
    // re-encrypts the others).
    bool is_current(const crypto::Bytes& ciphertext) const;
    // The current key's id (key_files.hpp), and whether a previous key is held.
    std::uint32_t current_key_id() const;
    bool holds_previous_key() const;

    // Deterministic keyed hash for lookups (e.g. a phone number → contact).
    crypto::Bytes lookup_hash(std::string_view value) const;

    struct Keys;
private:
    explicit Vault(std::shared_ptr<const Keys> keys);
    std::atomic<std::shared_ptr<const Keys>> keys_;
};

// The lookup-hash key a master key implies when no P.lookup file exists.
crypto::Bytes derived_lookup_key(const crypto::Bytes& master_key);

} // namespace sportello::security
