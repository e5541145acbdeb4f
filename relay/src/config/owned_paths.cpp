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
        // Further data goes here, before the keys: e.g. the backup folder,
        // when configured ({config.backup.directory, "encrypted backups",
        // OwnedKind::data}; purge deletes a folder with its contents), or a
        // log file. A key of its own (a backup key) goes with the keys below.
        {export_signing_key_path(config), "export signing key (Ed25519)", OwnedKind::key},
        {config.data_key_file, "data key (encrypts phone numbers and message bodies)", OwnedKind::key},
    };
}

} // namespace sportello::relay
