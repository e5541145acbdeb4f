#pragma once
// The encrypted backup file format (docs/privacy.md, "Backups and keys"):
//
//   header (32 bytes): "SPBACKUP", format version (1), 3 zero bytes, the
//     backup key's id, the data key's id (both key_files.hpp ids, 4 bytes
//     big-endian), the chunk size, an 8-byte random nonce prefix;
//   chunks: a 4-byte big-endian length (the top bit marks the last chunk),
//     the AES-256-GCM ciphertext of that many bytes, its 16-byte tag.
//
// Chunk i's nonce is the prefix followed by i; its associated data is the
// whole header, i and the last-chunk flag. So a changed byte anywhere, chunks
// reordered, removed or appended, or a file cut short are all refused.
// Streamed: memory use is one chunk whatever the database's size.

#include "sportello/crypto.hpp"

#include <cstdint>
#include <string>

namespace sportello::security {

struct BackupHeader {
    int format_version = 0;
    std::uint32_t backup_key_id = 0;
    std::uint32_t data_key_id = 0;
};

// Encrypts the file `plain` into `sealed` (created 0600, synced). Throws
// std::runtime_error.
void seal_backup(const std::string& plain, const std::string& sealed, const crypto::Bytes& backup_key,
                 std::uint32_t data_key_id);

// Reads only the header; throws when the file is not a backup of this format.
BackupHeader read_backup_header(const std::string& sealed);

// Decrypts and authenticates `sealed` into `plain` (created 0600). Throws
// std::runtime_error saying what was wrong (not a backup, another backup
// key, altered or damaged at which chunk, cut short); `plain` is then
// removed. Nothing is returned before every chunk has been authenticated.
BackupHeader open_backup(const std::string& sealed, const std::string& plain, const crypto::Bytes& backup_key);

} // namespace sportello::security
