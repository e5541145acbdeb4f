#include "storage/vacuum.hpp"

namespace sportello::storage {
namespace {

constexpr std::int64_t incremental = 2;   // PRAGMA auto_vacuum's value for INCREMENTAL

std::int64_t pragma_value(Connection& c, const char* sql) {
    auto q = c.query(sql);
    return q.next() ? q.int64(0) : 0;
}

} // namespace

bool ensure_incremental_auto_vacuum(Connection& c) {
    if (pragma_value(c, "PRAGMA auto_vacuum") == incremental) return false;
    c.exec_script("PRAGMA auto_vacuum = INCREMENTAL;");
    c.exec_script("VACUUM;");
    if (pragma_value(c, "PRAGMA auto_vacuum") != incremental)
        throw SqliteError(1, "the database could not be switched to auto_vacuum=INCREMENTAL");
    return true;
}

std::int64_t incremental_vacuum_step(Connection& c) {
    static_assert(vacuum_step_pages == 2048, "the pragma below is constant text");
    c.exec_script("PRAGMA incremental_vacuum(2048);");
    return free_pages(c);
}

std::int64_t free_pages(Connection& c) { return pragma_value(c, "PRAGMA freelist_count"); }

} // namespace sportello::storage
