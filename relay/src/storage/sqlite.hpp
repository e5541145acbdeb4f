#pragma once
// A thin, safe layer over the SQLite C API. Every statement is prepared and
// bound (no SQL is ever built from data); prepared statements are cached per
// connection. A Connection is used by one thread at a time.

#include <cstdint>
#include <memory>
#include <optional>
#include <concepts>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace sportello::storage {

using Blob = std::vector<std::uint8_t>;

class SqliteError : public std::runtime_error {
public:
    SqliteError(int code, const std::string& message);
    int code() const noexcept { return code_; }
    // Disk full, I/O error, corruption, read-only, cannot open: the storage
    // itself is failing (callers answer 503), as opposed to a constraint or
    // a programming error.
    bool storage_failure() const noexcept;
    bool constraint_violation() const noexcept;

private:
    int code_;
};

struct Null {};

class Query {
public:
    Query(Query&&) noexcept;
    Query& operator=(Query&&) = delete;
    ~Query();

    // Advances to the next row; false when done. Throws SqliteError.
    bool next();
    // Runs to completion (for INSERT/UPDATE/DELETE).
    void run();

    bool is_null(int col) const;
    std::int64_t int64(int col) const;
    double real(int col) const;
    std::string text(int col) const;
    Blob blob(int col) const;
    std::optional<std::int64_t> optional_int64(int col) const;
    std::optional<std::string> optional_text(int col) const;
    std::optional<Blob> optional_blob(int col) const;

private:
    friend class Connection;
    Query(sqlite3_stmt* stmt, bool cached, sqlite3* db);
    sqlite3_stmt* stmt_;
    bool cached_;
    sqlite3* db_;
};

class Connection {
public:
    enum class Mode { read_write, read_only };
    // Opens (creating for read_write) with WAL, foreign keys and a busy timeout.
    Connection(const std::string& path, Mode mode, bool synchronous_full);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Prepares (or reuses) a statement and binds the arguments in order.
    // Supported argument types: integers, double, bool, std::string(_view),
    // const char*, Blob, enums with a to_string() (bound as that name, e.g.
    // OutboxState), std::optional of those, Null.
    template <class... Args>
    Query query(std::string_view sql, const Args&... args) {
        Query q = prepare(sql);
        int index = 1;
        (bind(q, index++, args), ...);
        return q;
    }

    // Caps the database file; writes beyond it fail with SQLITE_FULL (a
    // storage failure). 0 removes the cap.
    void set_max_size(std::int64_t bytes);
    // Page cache size; the writer wants one large enough for a whole batch,
    // or SQLite spills pages to the WAL in the middle of the transaction.
    void set_busy_timeout_ms(int ms);
    void set_cache_size_mb(int megabytes);
    // Turns automatic checkpoints off: a separate thread runs them.
    void disable_auto_checkpoint();
    // One checkpoint. passive: copies what it can, never waits. restart:
    // waits for the writer to finish its transaction, copies everything, and
    // lets the next transaction start the WAL from its beginning. Returns the
    // WAL's size in frames before the checkpoint (0 if it could not run).
    int checkpoint(bool restart);
    // A TRUNCATE checkpoint: waits for other writers and readers, copies the
    // whole WAL into the database file and truncates the WAL to zero bytes.
    // Outside a transaction only. Returns false if another connection kept
    // it from completing (busy); throws SqliteError on other failures.
    bool checkpoint_truncate();

    // Runs constant SQL text with no parameters (pragmas, migrations).
    void exec_script(const char* sql);

    std::int64_t last_insert_rowid() const;
    int changes() const;
    sqlite3* handle() const noexcept { return db_; }

private:
    Query prepare(std::string_view sql);
    void bind(Query& q, int index, std::int64_t v);
    void bind(Query& q, int index, int v) { bind(q, index, static_cast<std::int64_t>(v)); }
    void bind(Query& q, int index, bool v) { bind(q, index, static_cast<std::int64_t>(v ? 1 : 0)); }
    void bind(Query& q, int index, double v);
    void bind(Query& q, int index, std::string_view v);
    void bind(Query& q, int index, const std::string& v) { bind(q, index, std::string_view(v)); }
    void bind(Query& q, int index, const char* v) { bind(q, index, std::string_view(v)); }
    void bind(Query& q, int index, const Blob& v);
    void bind(Query& q, int index, Null);
    template <class E>
        requires std::is_enum_v<E> && requires(E e) { { to_string(e) } -> std::convertible_to<std::string_view>; }
    void bind(Query& q, int index, E v) { bind(q, index, std::string_view(to_string(v))); }
    template <class T>
    void bind(Query& q, int index, const std::optional<T>& v) {
        if (v) bind(q, index, *v);
        else bind(q, index, Null{});
    }

    sqlite3* db_ = nullptr;
    std::unordered_map<std::string, sqlite3_stmt*> cache_;
};

} // namespace sportello::storage
