#pragma once
// Whether another process has a SQLite database open, without opening it.
// In WAL mode every connection holds a shared POSIX lock on the database
// file's lock bytes and on the shared-memory index's "DMS" byte for as long
// as it is open, idle or not; F_GETLK reports a conflicting lock and the
// process holding it. Locks of the calling process itself are never
// reported (POSIX locks are per process), so call this before opening the
// database in this process.

#include <optional>
#include <string>
#include <sys/types.h>

namespace sportello::storage {

// The id of a process holding the database (or its -shm) open; nullopt when
// none does or the files do not exist.
std::optional<pid_t> process_holding(const std::string& database_path);

} // namespace sportello::storage
