#pragma once
// Giving deleted space back to the file system. The database uses
// auto_vacuum=INCREMENTAL: freed pages go to a free list, and
// incremental_vacuum_step() moves a bounded number of them to the end of the
// file and truncates it, so that the bytes of deleted rows do not linger and
// no step holds the writer long.

#include "storage/sqlite.hpp"

#include <cstdint>

namespace sportello::storage {

// Pages one incremental_vacuum_step() returns at most (8 MiB of 4 KiB pages).
inline constexpr int vacuum_step_pages = 2048;

// Turns auto_vacuum=INCREMENTAL on. A database created with auto_vacuum off
// (every database before the retention migration) needs one full VACUUM to
// change it: it rewrites the file (time and free disk space in proportion to
// its size) and cannot run inside a transaction, so it runs here, after the
// migrations, once; later calls only read the setting. Returns whether the
// file was rewritten.
bool ensure_incremental_auto_vacuum(Connection& c);

// Inside a transaction (a writer job): returns up to vacuum_step_pages free
// pages to the file system; returns how many free pages remain.
std::int64_t incremental_vacuum_step(Connection& c);

// The file's free pages (what incremental_vacuum_step() still has to return).
std::int64_t free_pages(Connection& c);

} // namespace sportello::storage
