#pragma once
// A consistent copy of a live database, and the checks a copy must pass
// before it may replace one (docs/privacy.md, "Backups and keys").

#include <string>

namespace sportello::storage {

// Copies `source` into the new file `target` with SQLite's online backup API,
// `pages_per_step` pages at a time. The copy holds one read transaction from
// start to end, so it is the database as of that instant, and (WAL) the
// relay's writer never waits for it: other processes' commits go on, and the
// backup is not restarted by them. Throws SqliteError or std::runtime_error;
// `target` is then removed.
void copy_live_database(const std::string& source, const std::string& target, int pages_per_step = 1024);

struct CopyCheck {
    bool ok = false;
    std::string problem;     // when not ok, for the administrator
    int schema_version = 0;
};

// PRAGMA integrity_check, then the schema version (known to this relay, not
// newer). Opens the file read-only and immutable: it is not modified, and
// leaves no -wal or -shm beside it.
CopyCheck check_database_copy(const std::string& path);

} // namespace sportello::storage
