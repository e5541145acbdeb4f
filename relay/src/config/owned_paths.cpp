#include "config/owned_paths.hpp"

#include <filesystem>

namespace sportello::relay {

std::string export_signing_key_path(const RelayConfig& config) {
    const std::filesystem::path key(config.data_key_file);
    return (key.parent_path() / "export-signing.key").string();
}

std::vector<OwnedPath> owned_paths(const RelayConfig& config) {
    const std::string& db = config.database_path;
    // SQLite's companions: the write-ahead log, its shared-memory index and a
    // rollback journal (left by an interrupted migration or a tool).
    return {
        {db, "database", OwnedKind::data},
        {db + "-wal", "database write-ahead log", OwnedKind::data},
        {db + "-shm", "database shared-memory index", OwnedKind::data},
        {db + "-journal", "database rollback journal", OwnedKind::data},
        {db + ".lock", "the relay's instance lock", OwnedKind::data},
        {config.backup.directory, "encrypted backups", OwnedKind::data},
        // A log file, when the relay writes one, goes here, before the keys.
        {config.backup.key_file, "backup key (encrypts the backups)", OwnedKind::key},
        {export_signing_key_path(config), "export signing key (Ed25519)", OwnedKind::key},
        {config.data_key_file + ".previous", "previous data key (only during a key rotation)", OwnedKind::key},
        {config.data_key_file + ".lookup", "lookup-hash key (after a key rotation)", OwnedKind::key},
        {config.data_key_file, "data key (encrypts phone numbers and message bodies)", OwnedKind::key},
    };
}

} // namespace sportello::relay
