#include "storage/sqlite.hpp"

#include <sqlite3.h>

#include <algorithm>

namespace sportello::storage {

namespace {
[[noreturn]] void fail(sqlite3* db, int rc, std::string_view context) {
    std::string message(context);
    message += ": ";
    message += db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    throw SqliteError(rc, message);
}
} // namespace

SqliteError::SqliteError(int code, const std::string& message) : std::runtime_error(message), code_(code) {}

bool SqliteError::storage_failure() const noexcept {
    switch (code_ & 0xFF) {
    case SQLITE_FULL: case SQLITE_IOERR: case SQLITE_CORRUPT: case SQLITE_READONLY:
    case SQLITE_CANTOPEN: case SQLITE_NOTADB: case SQLITE_BUSY: case SQLITE_LOCKED: case SQLITE_NOMEM:
        return true;
    default:
        return false;
    }
}

bool SqliteError::constraint_violation() const noexcept { return (code_ & 0xFF) == SQLITE_CONSTRAINT; }

Query::Query(sqlite3_stmt* stmt, bool cached, sqlite3* db) : stmt_(stmt), cached_(cached), db_(db) {}

Query::Query(Query&& other) noexcept : stmt_(other.stmt_), cached_(other.cached_), db_(other.db_) {
    other.stmt_ = nullptr;
}

Query::~Query() {
    if (!stmt_) return;
    if (cached_) {
        sqlite3_reset(stmt_);
        sqlite3_clear_bindings(stmt_);
    } else {
        sqlite3_finalize(stmt_);
    }
}

bool Query::next() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    fail(db_, rc, "step");
}

void Query::run() {
    while (next()) {
    }
}

bool Query::is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
std::int64_t Query::int64(int col) const { return sqlite3_column_int64(stmt_, col); }
double Query::real(int col) const { return sqlite3_column_double(stmt_, col); }

std::string Query::text(int col) const {
    const auto* p = sqlite3_column_text(stmt_, col);
    return p ? std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col)))
             : std::string();
}

Blob Query::blob(int col) const {
    const auto* p = static_cast<const std::uint8_t*>(sqlite3_column_blob(stmt_, col));
    const auto n = static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col));
    return p ? Blob(p, p + n) : Blob();
}

std::optional<std::int64_t> Query::optional_int64(int col) const {
    return is_null(col) ? std::nullopt : std::optional<std::int64_t>(int64(col));
}

std::optional<std::string> Query::optional_text(int col) const {
    return is_null(col) ? std::nullopt : std::optional<std::string>(text(col));
}

std::optional<Blob> Query::optional_blob(int col) const {
    return is_null(col) ? std::nullopt : std::optional<Blob>(blob(col));
}

namespace {
// SQLite keeps global memory statistics behind a mutex taken on every
// allocation; nothing here reads them. Must precede sqlite3_initialize().
const bool memory_statistics_off = [] {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return true;
}();
} // namespace

Connection::Connection(const std::string& path, Mode mode, bool synchronous_full) {
    (void)memory_statistics_off;
    const int flags = mode == Mode::read_only ? SQLITE_OPEN_READONLY
                                              : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const int rc = sqlite3_open_v2(path.c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        std::string message = "cannot open database " + path + ": " + (db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc));
        sqlite3_close(db_);
        db_ = nullptr;
        throw SqliteError(rc, message);
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, 5000);
    if (mode == Mode::read_write) {
        exec_script("PRAGMA journal_mode=WAL;");
        exec_script(synchronous_full ? "PRAGMA synchronous=FULL;" : "PRAGMA synchronous=NORMAL;");
        // Space freed inside a page (a deleted row, the old copy of an
        // updated one) is zeroed, so personal data erased or rewritten does
        // not linger in the file (docs/privacy.md); FAST adds no I/O.
        exec_script("PRAGMA secure_delete=FAST;");
    }
    exec_script("PRAGMA foreign_keys=ON;");
    // Savepoint journals (one per job, see Database) in memory, not in
    // temporary files: otherwise every page a job touches is written twice.
    exec_script("PRAGMA temp_store=MEMORY;");
}

Connection::~Connection() {
    for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
    sqlite3_close_v2(db_);
}

void Connection::exec_script(const char* sql) {
    char* err = nullptr;
    const int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string message = err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        throw SqliteError(rc, message);
    }
}

Query Connection::prepare(std::string_view sql) {
    std::string key(sql);
    auto it = cache_.find(key);
    if (it != cache_.end()) {
        // A cached statement already stepping (a nested use of the same SQL)
        // gets a private copy instead.
        if (!sqlite3_stmt_busy(it->second)) return Query(it->second, true, db_);
        sqlite3_stmt* fresh = nullptr;
        const int rc = sqlite3_prepare_v2(db_, key.c_str(), static_cast<int>(key.size()), &fresh, nullptr);
        if (rc != SQLITE_OK) fail(db_, rc, "prepare");
        return Query(fresh, false, db_);
    }
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(db_, key.c_str(), static_cast<int>(key.size()), SQLITE_PREPARE_PERSISTENT,
                                      &stmt, nullptr);
    if (rc != SQLITE_OK) fail(db_, rc, "prepare");
    cache_.emplace(std::move(key), stmt);
    return Query(stmt, true, db_);
}

void Connection::bind(Query& q, int i, std::int64_t v) {
    if (const int rc = sqlite3_bind_int64(q.stmt_, i, v); rc != SQLITE_OK) fail(db_, rc, "bind");
}
void Connection::bind(Query& q, int i, double v) {
    if (const int rc = sqlite3_bind_double(q.stmt_, i, v); rc != SQLITE_OK) fail(db_, rc, "bind");
}
void Connection::bind(Query& q, int i, std::string_view v) {
    if (const int rc = sqlite3_bind_text64(q.stmt_, i, v.data(), v.size(), SQLITE_TRANSIENT, SQLITE_UTF8); rc != SQLITE_OK)
        fail(db_, rc, "bind");
}
void Connection::bind(Query& q, int i, const Blob& v) {
    if (const int rc = sqlite3_bind_blob64(q.stmt_, i, v.data(), v.size(), SQLITE_TRANSIENT); rc != SQLITE_OK)
        fail(db_, rc, "bind");
}
void Connection::bind(Query& q, int i, Null) {
    if (const int rc = sqlite3_bind_null(q.stmt_, i); rc != SQLITE_OK) fail(db_, rc, "bind");
}

void Connection::set_max_size(std::int64_t bytes) {
    auto q = query("PRAGMA page_size");
    q.next();
    const std::int64_t page = q.int64(0);
    // PRAGMA arguments cannot be bound; this one is an integer we computed.
    const std::int64_t pages = bytes > 0 ? std::max<std::int64_t>(1, bytes / page) : 4294967294LL;
    exec_script(("PRAGMA max_page_count = " + std::to_string(pages)).c_str());
}

void Connection::set_busy_timeout_ms(int ms) { sqlite3_busy_timeout(db_, ms); }

void Connection::set_cache_size_mb(int megabytes) {
    // Negative values are KiB; an integer we computed, not data.
    exec_script(("PRAGMA cache_size = -" + std::to_string(megabytes * 1024)).c_str());
}

void Connection::disable_auto_checkpoint() { exec_script("PRAGMA wal_autocheckpoint = 0"); }

int Connection::checkpoint(bool restart) {
    int frames = 0, done = 0;
    const int rc = sqlite3_wal_checkpoint_v2(db_, nullptr, restart ? SQLITE_CHECKPOINT_RESTART : SQLITE_CHECKPOINT_PASSIVE,
                                             &frames, &done);
    if (rc == SQLITE_BUSY) return 0;
    if (rc != SQLITE_OK) fail(db_, rc, "checkpoint");
    return frames;
}

bool Connection::checkpoint_truncate() {
    int frames = 0, done = 0;
    const int rc = sqlite3_wal_checkpoint_v2(db_, nullptr, SQLITE_CHECKPOINT_TRUNCATE, &frames, &done);
    if (rc == SQLITE_BUSY) return false;
    if (rc != SQLITE_OK) fail(db_, rc, "checkpoint");
    return true;
}

std::int64_t Connection::last_insert_rowid() const { return sqlite3_last_insert_rowid(db_); }
int Connection::changes() const { return sqlite3_changes(db_); }

} // namespace sportello::storage
