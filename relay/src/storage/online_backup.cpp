#include "storage/online_backup.hpp"

#include "storage/schema.hpp"
#include "storage/sqlite.hpp"

#include <sqlite3.h>

#include <cstdio>
#include <memory>
#include <stdexcept>
#include <vector>

namespace sportello::storage {
namespace {

struct Closer { void operator()(sqlite3* db) const { sqlite3_close_v2(db); } };
using Handle = std::unique_ptr<sqlite3, Closer>;

Handle open(const std::string& uri, int flags) {
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(uri.c_str(), &db, flags | SQLITE_OPEN_URI, nullptr);
    Handle h(db);
    if (rc != SQLITE_OK) throw SqliteError(rc, "cannot open " + uri + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
    sqlite3_busy_timeout(db, 5000);
    return h;
}

void exec(sqlite3* db, const char* sql) {
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    const std::string text = message ? message : sqlite3_errstr(rc);
    sqlite3_free(message);
    if (rc != SQLITE_OK) throw SqliteError(rc, text);
}

// Percent-encodes what a URI path may not hold as is.
std::string file_uri(const std::string& path, const char* query) {
    std::string uri = "file:";
    for (const char ch : path) {
        if (ch == '%' || ch == '?' || ch == '#') {
            char hex[4];
            std::snprintf(hex, sizeof hex, "%%%02X", static_cast<unsigned char>(ch));
            uri += hex;
        } else {
            uri += ch;
        }
    }
    return uri + query;
}

// The first column of every row of a constant query, as text.
std::vector<std::string> texts(sqlite3* db, const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    std::vector<std::string> out;
    if (rc == SQLITE_OK)
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            const auto* text = sqlite3_column_text(stmt, 0);
            out.emplace_back(text ? reinterpret_cast<const char*>(text) : "");
        }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) throw SqliteError(rc, sqlite3_errmsg(db));
    return out;
}

} // namespace

void copy_live_database(const std::string& source, const std::string& target, int pages_per_step) {
    try {
        Handle from = open(file_uri(source, "?mode=ro"), SQLITE_OPEN_READONLY);
        Handle to = open(file_uri(target, ""), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        // The snapshot: a read transaction held until the copy is complete.
        exec(from.get(), "BEGIN; SELECT count(*) FROM sqlite_master;");
        sqlite3_backup* backup = sqlite3_backup_init(to.get(), "main", from.get(), "main");
        if (!backup) throw SqliteError(sqlite3_errcode(to.get()), sqlite3_errmsg(to.get()));
        int rc = SQLITE_OK;
        do {
            rc = sqlite3_backup_step(backup, pages_per_step);
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE) throw SqliteError(rc, std::string("online backup: ") + sqlite3_errstr(rc));
        exec(from.get(), "COMMIT");
    } catch (...) {
        std::remove(target.c_str());
        std::remove((target + "-journal").c_str());
        throw;
    }
}

CopyCheck check_database_copy(const std::string& path) {
    CopyCheck check;
    try {
        Handle db = open(file_uri(path, "?mode=ro&immutable=1"), SQLITE_OPEN_READONLY);
        std::string verdict;
        for (const auto& line : texts(db.get(), "PRAGMA integrity_check")) verdict += (verdict.empty() ? "" : "; ") + line;
        if (verdict != "ok") {
            check.problem = "the database in the backup fails SQLite's integrity check: " + verdict;
            return check;
        }
        const auto has_meta = texts(db.get(), "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='meta'");
        if (!has_meta.empty() && has_meta[0] == "1")
            for (const auto& v : texts(db.get(), "SELECT value FROM meta WHERE key='schema_version'"))
                check.schema_version = std::stoi(v);
    } catch (const std::exception& e) {
        check.problem = std::string("the backup does not hold a readable database: ") + e.what();
        return check;
    }
    if (check.schema_version <= 0) {
        check.problem = "the backup does not hold a Sportello database (no schema version)";
    } else if (check.schema_version > latest_schema_version()) {
        check.problem = "the backup has schema version " + std::to_string(check.schema_version) +
                        ", newer than this relay understands (" + std::to_string(latest_schema_version()) + ")";
    } else {
        check.ok = true;
    }
    return check;
}

} // namespace sportello::storage
