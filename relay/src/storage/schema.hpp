#pragma once
// The database schema, versioned in meta.schema_version and migrated step by
// step, each step in its own transaction. A database newer than this program
// is refused rather than touched.

#include "storage/sqlite.hpp"

namespace sportello::storage {

int latest_schema_version() noexcept;

// Applies every pending migration (up to version `to`: tests build older
// databases that way). Throws SqliteError or std::runtime_error.
void migrate(Connection& connection, int to = latest_schema_version());

int schema_version(Connection& connection);

} // namespace sportello::storage
