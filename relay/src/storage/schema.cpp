#include "storage/schema.hpp"

#include <array>
#include <stdexcept>
#include <string>

namespace sportello::storage {
namespace {

// Times are Unix milliseconds. Personal data (phone numbers, names, message
// bodies) is stored only encrypted (*_enc columns, see security/vault.hpp) and
// looked up through a keyed hash (phone_hash).
constexpr const char* migration_1 = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE contacts (
    id               INTEGER PRIMARY KEY,
    phone_hash       BLOB NOT NULL UNIQUE,
    phone_enc        BLOB NOT NULL,
    profile_name_enc BLOB,
    language         TEXT NOT NULL DEFAULT 'it',
    last_inbound_at  INTEGER,
    created_at       INTEGER NOT NULL
);

CREATE TABLE inbound_messages (
    id              INTEGER PRIMARY KEY,
    wamid           TEXT NOT NULL UNIQUE,
    contact_id      INTEGER REFERENCES contacts(id),
    phone_number_id TEXT NOT NULL,
    type            TEXT NOT NULL,
    body_enc        BLOB,
    details_enc     BLOB,
    sent_at         INTEGER NOT NULL,
    received_at     INTEGER NOT NULL,
    ignored         INTEGER NOT NULL DEFAULT 0,
    rule            TEXT,
    node_id         INTEGER,
    tree_version    INTEGER,
    unanswered      INTEGER NOT NULL DEFAULT 0,
    escalated       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX inbound_by_contact ON inbound_messages(contact_id, sent_at);
CREATE INDEX inbound_by_time ON inbound_messages(received_at);

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    contact_id      INTEGER NOT NULL REFERENCES contacts(id),
    kind            TEXT NOT NULL,
    lane            INTEGER NOT NULL,
    payload_enc     BLOB NOT NULL,
    context_wamid   TEXT,
    inbound_id      INTEGER REFERENCES inbound_messages(id),
    state           TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    not_before      INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    sent_at         INTEGER,
    wamid           TEXT UNIQUE,
    error_code      INTEGER,
    error_title     TEXT,
    error_details   TEXT,
    in_flight_at_crash INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX outbox_due ON outbox(state, lane, not_before);
CREATE INDEX outbox_by_contact ON outbox(contact_id, created_at);

CREATE TABLE message_statuses (
    wamid          TEXT NOT NULL,
    status         TEXT NOT NULL,
    at             INTEGER NOT NULL,
    received_at    INTEGER NOT NULL,
    error_code     INTEGER,
    error_title    TEXT,
    error_details  TEXT,
    pricing_category TEXT,
    PRIMARY KEY (wamid, status)
) WITHOUT ROWID;

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    disabled      INTEGER NOT NULL DEFAULT 0,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);

CREATE TABLE sessions (
    token_hash   BLOB PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE tree_versions (
    version      INTEGER PRIMARY KEY,
    published_at INTEGER NOT NULL,
    published_by TEXT NOT NULL,
    note         TEXT NOT NULL,
    content      TEXT NOT NULL
);

CREATE TABLE audit_log (
    id     INTEGER PRIMARY KEY,
    at     INTEGER NOT NULL,
    actor  TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT ''
);
-- Append-only: the log can grow, never change.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TABLE quarantine (
    id          INTEGER PRIMARY KEY,
    received_at INTEGER NOT NULL,
    reason      TEXT NOT NULL,
    body_enc    BLOB NOT NULL
);
)sql";

// The content draft editors work on, and what the bot decided for each
// inbound message (explainability, the unanswered report).
constexpr const char* migration_2 = R"sql(
CREATE TABLE draft_nodes (
    id         INTEGER PRIMARY KEY,
    parent_id  INTEGER,
    position   INTEGER NOT NULL,
    content    TEXT NOT NULL,
    revision   INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL
);
ALTER TABLE inbound_messages ADD COLUMN decision TEXT;
ALTER TABLE inbound_messages ADD COLUMN unanswered_key TEXT;
ALTER TABLE inbound_messages ADD COLUMN unanswered_kind TEXT;
CREATE INDEX inbound_unanswered ON inbound_messages(unanswered, received_at);
)sql";

constexpr std::array migrations{migration_1, migration_2};

} // namespace

int latest_schema_version() noexcept { return static_cast<int>(migrations.size()); }

int schema_version(Connection& c) {
    auto has_meta = c.query("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='meta'");
    has_meta.next();
    if (has_meta.int64(0) == 0) return 0;
    auto q = c.query("SELECT value FROM meta WHERE key='schema_version'");
    return q.next() ? std::stoi(q.text(0)) : 0;
}

void migrate(Connection& c) {
    const int from = schema_version(c);
    if (from > latest_schema_version())
        throw std::runtime_error("the database has schema version " + std::to_string(from) +
                                 ", newer than this relay understands (" + std::to_string(latest_schema_version()) +
                                 "); refusing to touch it");
    for (int v = from; v < latest_schema_version(); ++v) {
        c.exec_script("BEGIN IMMEDIATE");
        try {
            c.exec_script(migrations[static_cast<std::size_t>(v)]);
            c.query("INSERT INTO meta(key, value) VALUES('schema_version', ?) "
                    "ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                    std::to_string(v + 1))
                .run();
            c.exec_script("COMMIT");
        } catch (...) {
            c.exec_script("ROLLBACK");
            throw;
        }
    }
}

} // namespace sportello::storage
