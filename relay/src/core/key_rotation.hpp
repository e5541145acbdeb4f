#pragma once
// Re-encryption of every encrypted column under the vault's current data key
// (`sportello-relay keys rotate`, docs/privacy.md), and the handshake with a
// running relay: the relay records in meta.data_key_in_use the id of the key
// it encrypts with, so the command knows when no new row can be written under
// the old key any more.

#include "security/vault.hpp"
#include "storage/sqlite.hpp"

#include <cstdint>
#include <optional>
#include <span>

namespace sportello::relay {

// A column holding Vault ciphertexts: its table, its name, and the column
// label the vault binds the ciphertext to.
struct EncryptedColumn {
    const char* table;
    const char* column;
    const char* label;
};

// Every one of them; a new *_enc column must be added here (the unit test
// KeyRotation.EveryEncryptedColumnOfTheSchemaIsListed checks the schema).
std::span<const EncryptedColumn> encrypted_columns();

void record_key_in_use(storage::Connection& c, std::uint32_t key_id);
std::optional<std::uint32_t> key_in_use(storage::Connection& c);

// One bounded step: the rows of `column` with rowid in (after, after + window]
// whose ciphertext is not under the current key are decrypted and encrypted
// again, each with a compare-and-set update (a row the relay changed in the
// meantime keeps the relay's value). Runs in the caller's transaction.
// Returns the rows rewritten; throws when a ciphertext decrypts with no key
// held (the rotation must stop: that row would be lost).
int reencrypt_window(storage::Connection& c, const security::Vault& vault, const EncryptedColumn& column,
                     std::int64_t after, std::int64_t window);
std::int64_t max_rowid(storage::Connection& c, const EncryptedColumn& column);
// Ciphertexts in all encrypted columns not under the current key.
std::int64_t count_not_current(storage::Connection& c, const security::Vault& vault);

} // namespace sportello::relay
