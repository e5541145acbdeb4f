#pragma once
// Secret key files: 32 random bytes as 64 hex digits and a newline, mode
// 0600, readable by the relay's user only. Used for the data key (and its
// rotation companions, see vault.hpp) and for the backup key.

#include "sportello/crypto.hpp"

#include <string>

namespace sportello::security {

// Reads a key file. Throws std::runtime_error naming the file (and `what`,
// e.g. "data key") when it is missing, readable by others, or not 64 hex
// digits.
crypto::Bytes read_key_file(const std::string& path, const std::string& what);

// Reads the key file, or creates it with a new random key (mode 0600, its
// folder created) when it does not exist.
crypto::Bytes load_or_create_key_file(const std::string& path, const std::string& what);

// Writes `key` to `path` atomically (a temporary file, fsync, rename, fsync
// of the folder): after a crash the file holds either the old or the new key.
void write_key_file(const std::string& path, const crypto::Bytes& key);

// Crypto-shredding of one key file: its content is overwritten in place with
// random bytes and synced, then the name is unlinked and the folder synced.
// Other names of the same file (hard links) see the overwritten bytes.
// Nothing happens when the file does not exist.
void destroy_key_file(const std::string& path);

// A short public identifier of a key (8 hex digits, a keyed hash of it), for
// headers, logs and the operator; reveals nothing about the key.
std::uint32_t key_id_of(const crypto::Bytes& key);
std::string key_id_text(std::uint32_t id);

} // namespace sportello::security
