#include "storage/schema.hpp"

#include <algorithm>
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

// SIRE integration: API clients, the consent ledger, templates, personal
// notifications (idempotency, replacement), broadcasts, expiring pushes.
constexpr const char* migration_3 = R"sql(
CREATE TABLE api_clients (
    id                         INTEGER PRIMARY KEY,
    name                       TEXT NOT NULL UNIQUE,
    token_hash                 BLOB NOT NULL UNIQUE,
    scopes                     TEXT NOT NULL,
    rate_per_minute            INTEGER NOT NULL,
    require_client_certificate INTEGER NOT NULL DEFAULT 0,
    certificate_subject        TEXT NOT NULL DEFAULT '',
    created_at                 INTEGER NOT NULL,
    rotated_at                 INTEGER,
    revoked_at                 INTEGER
);

CREATE TABLE consent_events (
    id           INTEGER PRIMARY KEY,
    contact_id   INTEGER NOT NULL REFERENCES contacts(id),
    scope        TEXT NOT NULL,
    action       TEXT NOT NULL,
    source       TEXT NOT NULL,
    channel      TEXT NOT NULL,
    evidence_enc BLOB,
    at           INTEGER NOT NULL,
    recorded_at  INTEGER NOT NULL,
    recorded_by  TEXT NOT NULL
);
CREATE INDEX consent_events_by_contact ON consent_events(contact_id, id);
-- The ledger is append-only.
CREATE TRIGGER consent_events_no_update BEFORE UPDATE ON consent_events
BEGIN SELECT RAISE(ABORT, 'the consent ledger is append-only'); END;

CREATE TABLE consent_state (
    contact_id INTEGER NOT NULL,
    scope      TEXT NOT NULL,
    granted    INTEGER NOT NULL,
    since      INTEGER NOT NULL,
    PRIMARY KEY (contact_id, scope)
) WITHOUT ROWID;
CREATE INDEX consent_granted ON consent_state(scope, granted, contact_id);

CREATE TABLE templates (
    name            TEXT NOT NULL,
    language        TEXT NOT NULL,
    category        TEXT NOT NULL,
    parameter_count INTEGER NOT NULL,
    body            TEXT NOT NULL,
    updated_at      INTEGER NOT NULL,
    PRIMARY KEY (name, language)
) WITHOUT ROWID;

CREATE TABLE notifications (
    id              INTEGER PRIMARY KEY,
    client_id       INTEGER NOT NULL,
    idempotency_key TEXT NOT NULL,
    body_hash       BLOB NOT NULL,
    outbox_id       INTEGER NOT NULL REFERENCES outbox(id),
    contact_id      INTEGER NOT NULL,
    replace_key     TEXT,
    created_at      INTEGER NOT NULL,
    UNIQUE (client_id, idempotency_key)
);
CREATE INDEX notifications_replace ON notifications(contact_id, replace_key);
CREATE INDEX notifications_outbox ON notifications(outbox_id);

CREATE TABLE broadcasts (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    template     TEXT NOT NULL,
    language     TEXT NOT NULL,
    parameters   TEXT NOT NULL,
    node_id      INTEGER,
    state        TEXT NOT NULL,
    scheduled_at INTEGER NOT NULL,
    recipients   INTEGER NOT NULL DEFAULT 0,
    queued_up_to INTEGER NOT NULL DEFAULT 0,   -- the last contact queued (resumable)
    created_by   TEXT NOT NULL,
    created_at   INTEGER NOT NULL
);

ALTER TABLE outbox ADD COLUMN expires_at INTEGER;
ALTER TABLE outbox ADD COLUMN broadcast_id INTEGER;
ALTER TABLE outbox ADD COLUMN state_changed_at INTEGER;
CREATE INDEX outbox_by_broadcast ON outbox(broadcast_id, state);
)sql";

// Partial indexes: rows that do not need an entry do not pay for one (a new
// outbox row has no wamid and usually no broadcast; most messages are
// answered). SQLite cannot drop a column's UNIQUE, so the outbox is rebuilt
// (foreign keys are off around migrations, see migrate()).
constexpr const char* migration_4 = R"sql(
CREATE TABLE outbox_rebuilt (
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
    wamid           TEXT,
    error_code      INTEGER,
    error_title     TEXT,
    error_details   TEXT,
    in_flight_at_crash INTEGER NOT NULL DEFAULT 0,
    expires_at      INTEGER,
    broadcast_id    INTEGER,
    state_changed_at INTEGER
);
INSERT INTO outbox_rebuilt(id, idempotency_key, contact_id, kind, lane, payload_enc, context_wamid, inbound_id, state,
    attempts, not_before, created_at, sent_at, wamid, error_code, error_title, error_details, in_flight_at_crash,
    expires_at, broadcast_id, state_changed_at)
SELECT id, idempotency_key, contact_id, kind, lane, payload_enc, context_wamid, inbound_id, state,
    attempts, not_before, created_at, sent_at, wamid, error_code, error_title, error_details, in_flight_at_crash,
    expires_at, broadcast_id, state_changed_at FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_rebuilt RENAME TO outbox;
CREATE UNIQUE INDEX outbox_wamid ON outbox(wamid) WHERE wamid IS NOT NULL;
CREATE INDEX outbox_due ON outbox(state, lane, not_before);
CREATE INDEX outbox_by_contact ON outbox(contact_id, created_at);
CREATE INDEX outbox_by_broadcast ON outbox(broadcast_id, state) WHERE broadcast_id IS NOT NULL;
DROP INDEX inbound_unanswered;
CREATE INDEX inbound_unanswered ON inbound_messages(received_at) WHERE unanswered = 1;
)sql";

// Citizens known by a phone number, a WhatsApp user id (usernames), or both
// (DESIGN principle 9): the number becomes optional, the user id is looked
// up by its keyed hash and stored encrypted like the number.
constexpr const char* migration_5 = R"sql(
CREATE TABLE contacts_rebuilt (
    id               INTEGER PRIMARY KEY,
    phone_hash       BLOB UNIQUE,
    phone_enc        BLOB,
    user_id_hash     BLOB UNIQUE,
    user_id_enc      BLOB,
    profile_name_enc BLOB,
    language         TEXT NOT NULL DEFAULT 'it',
    last_inbound_at  INTEGER,
    created_at       INTEGER NOT NULL,
    CHECK (phone_hash IS NOT NULL OR user_id_hash IS NOT NULL)
);
INSERT INTO contacts_rebuilt(id, phone_hash, phone_enc, profile_name_enc, language, last_inbound_at, created_at)
SELECT id, phone_hash, phone_enc, profile_name_enc, language, last_inbound_at, created_at FROM contacts;
DROP TABLE contacts;
ALTER TABLE contacts_rebuilt RENAME TO contacts;
)sql";


// Unanswered requests without personal data in clear (issue 19). A phrase is
// now kept only masked and encrypted (unanswered_enc), grouped by a keyed
// hash of it (unanswered_hash), and erased after a retention period;
// unanswered_key holds tags only (masked, see hashtag/redact.hpp).
// Phrases stored in clear by earlier versions are erased here: SQL has no key
// to encrypt them, and they cannot be masked reliably afterwards (their
// punctuation is gone: an e-mail address became four words). The same goes
// for tags that hold three digits in a row or the shape of a fiscal code,
// and for such tokens in the stored decisions (replaced by the placeholder).
// Their requests stay counted in the report's total.
constexpr const char* migration_6 = R"sql(
ALTER TABLE inbound_messages ADD COLUMN unanswered_hash BLOB;
ALTER TABLE inbound_messages ADD COLUMN unanswered_enc BLOB;
CREATE INDEX inbound_phrases ON inbound_messages(received_at) WHERE unanswered_enc IS NOT NULL;
UPDATE inbound_messages SET unanswered_key = NULL, unanswered_kind = NULL
WHERE unanswered = 1 AND unanswered_kind = 'phrase';
UPDATE inbound_messages SET unanswered_key = NULL, unanswered_kind = NULL
WHERE unanswered = 1 AND unanswered_kind = 'tag' AND (unanswered_key GLOB '*[0-9][0-9][0-9]*' OR unanswered_key GLOB
    '*[a-z][a-z][a-z][a-z][a-z][a-z][0-9lmnpqrstuv][0-9lmnpqrstuv][abcdehlmprst][0-9lmnpqrstuv][0-9lmnpqrstuv][a-z][0-9lmnpqrstuv][0-9lmnpqrstuv][0-9lmnpqrstuv][a-z]*');
UPDATE inbound_messages
SET decision = json_set(decision, '$.items', (
    SELECT json_group_array(CASE
        WHEN json_extract(item.value, '$.rule') NOT IN ('unknown_tag', 'typo') THEN json(item.value)
        WHEN json_extract(item.value, '$.token') GLOB
            '*[a-z][a-z][a-z][a-z][a-z][a-z][0-9lmnpqrstuv][0-9lmnpqrstuv][abcdehlmprst][0-9lmnpqrstuv][0-9lmnpqrstuv][a-z][0-9lmnpqrstuv][0-9lmnpqrstuv][0-9lmnpqrstuv][a-z]*'
            THEN json_set(item.value, '$.token', '[codice fiscale]')
        WHEN json_extract(item.value, '$.token') GLOB '*[0-9][0-9][0-9]*'
            THEN json_set(item.value, '$.token', '[numero]')
        ELSE json(item.value) END)
    FROM json_each(inbound_messages.decision, '$.items') AS item))
WHERE (instr(decision, '"rule":"unknown_tag"') > 0 OR instr(decision, '"rule":"typo"') > 0) AND json_valid(decision)
  AND EXISTS (
    SELECT 1 FROM json_each(inbound_messages.decision, '$.items') AS item
    WHERE json_extract(item.value, '$.rule') IN ('unknown_tag', 'typo') AND (
        json_extract(item.value, '$.token') GLOB '*[0-9][0-9][0-9]*' OR json_extract(item.value, '$.token') GLOB
            '*[a-z][a-z][a-z][a-z][a-z][a-z][0-9lmnpqrstuv][0-9lmnpqrstuv][abcdehlmprst][0-9lmnpqrstuv][0-9lmnpqrstuv][a-z][0-9lmnpqrstuv][0-9lmnpqrstuv][0-9lmnpqrstuv][a-z]*'));
)sql";

// The operators' inbox: a case per citizen request the bot could not answer
// (at most one open per citizen: the citizen, not the number, so it follows a
// number change and works for user-id citizens); the messages that joined it;
// operators' replies and who wrote them; and every change as an event with a
// monotonic id (what desks replay from).
constexpr const char* migration_7 = R"sql(
CREATE TABLE cases (
    id                   INTEGER PRIMARY KEY,
    contact_id           INTEGER NOT NULL REFERENCES contacts(id),
    state                TEXT NOT NULL,
    reason               TEXT NOT NULL,
    opened_at            INTEGER NOT NULL,
    opened_by_inbound    INTEGER REFERENCES inbound_messages(id),
    last_inbound_at      INTEGER NOT NULL,
    owner_id             INTEGER REFERENCES users(id),
    touched_at           INTEGER,
    first_reply_outbox   INTEGER REFERENCES outbox(id),
    first_reply_by       INTEGER REFERENCES users(id),
    closed_at            INTEGER,
    closed_by            INTEGER REFERENCES users(id),
    outcome              TEXT
);
CREATE UNIQUE INDEX cases_open_per_citizen ON cases(contact_id) WHERE state <> 'closed';
CREATE INDEX cases_by_state ON cases(state, last_inbound_at);
ALTER TABLE inbound_messages ADD COLUMN case_id INTEGER REFERENCES cases(id);
ALTER TABLE outbox ADD COLUMN case_id INTEGER REFERENCES cases(id);
ALTER TABLE outbox ADD COLUMN author_id INTEGER REFERENCES users(id);
CREATE TABLE case_events (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    at      INTEGER NOT NULL,
    case_id INTEGER NOT NULL,
    type    TEXT NOT NULL,
    data    TEXT NOT NULL
);
)sql";


// Operator accounts and access security (issue 22): temporary passwords to
// change at the first login, consecutive failed logins and a growing lock,
// the last login; sessions get a public id (listed and ended by it, never by
// the token's hash) and the address they were opened from. Sessions from
// before have no public id and are ended: their operators log in again.
// The audit trail becomes hash-chained (core/audit.hpp): entries get
// prev_hash and hash, computed in C++ (SQL has no SHA-256); those written
// before are chained at the relay's next start or next entry, the only
// UPDATE the trigger lets through (a hash still NULL, nothing else changed).
constexpr const char* migration_8 = R"sql(
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN lock_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN last_login_at INTEGER;
DELETE FROM sessions;
ALTER TABLE sessions ADD COLUMN public_id TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN remote_address TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX sessions_public_id ON sessions(public_id);
CREATE INDEX sessions_user ON sessions(user_id);
ALTER TABLE audit_log ADD COLUMN prev_hash BLOB;
ALTER TABLE audit_log ADD COLUMN hash BLOB;
DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN OLD.hash IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.actor IS NOT OLD.actor
  OR NEW.action IS NOT OLD.action OR NEW.target IS NOT OLD.target OR NEW.detail IS NOT OLD.detail
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
)sql";

// Two-factor authentication (TOTP, RFC 6238). The secrets are encrypted by
// the vault (a column each: the pending one of an enrolment not yet
// confirmed, and the enrolled one); totp_last_step is the time step of the
// last code accepted, so that no code is accepted twice. Recovery codes are
// kept as keyed hashes only, and spent once.
constexpr const char* migration_9 = R"sql(
ALTER TABLE users ADD COLUMN totp_secret_enc BLOB;
ALTER TABLE users ADD COLUMN totp_pending_enc BLOB;
ALTER TABLE users ADD COLUMN totp_enrolled_at INTEGER;
ALTER TABLE users ADD COLUMN totp_last_step INTEGER NOT NULL DEFAULT 0;
CREATE TABLE recovery_codes (
    id        INTEGER PRIMARY KEY,
    user_id   INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    code_hash BLOB NOT NULL,
    used_at   INTEGER
);
CREATE INDEX recovery_codes_user ON recovery_codes(user_id);
)sql";

// The SLA measured by the product (issue 21, docs/operations.md): the
// relay's heartbeat every 10 s with what it knows (a row exists only when
// the database took a write; db_failed_since says since when writes failed
// before this one succeeded), the probe's results, and synthetic contacts
// (the probe's sender), whose messages are never sent to WhatsApp and are
// left out of citizen statistics.
constexpr const char* migration_10 = R"sql(
CREATE TABLE heartbeats (
    at                 INTEGER PRIMARY KEY,
    dispatcher_running INTEGER NOT NULL,
    sending_stopped    INTEGER NOT NULL,
    db_failed_since    INTEGER
);
CREATE TABLE probe_results (
    id          INTEGER PRIMARY KEY,
    started_at  INTEGER NOT NULL,
    ok          INTEGER NOT NULL,
    latency_ms  INTEGER,
    cause       TEXT NOT NULL DEFAULT '',
    wamid       TEXT NOT NULL
);
CREATE INDEX probe_results_by_time ON probe_results(started_at);
ALTER TABLE contacts ADD COLUMN synthetic INTEGER NOT NULL DEFAULT 0;
)sql";

// Reports (issue 21): rollups kept up to date in the very transactions that
// store the raw rows (core/report_rollups.hpp), so a report over a year reads
// thousands of rows, never millions. Local dates and hours are Europe/Rome's;
// report_hours is keyed by the UTC start of the hour, so the two local 02:00
// of an October Sunday stay two rows. inbound_messages.synthetic marks traffic
// that is no citizen's (the availability probe): it is never rolled up.
// outbox.template_name names a push's template (its payload is encrypted).
constexpr const char* migration_11 = R"sql(
ALTER TABLE inbound_messages ADD COLUMN synthetic INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN template_name TEXT;
-- Whether a request replies to a push: one probe per request, into pushes only.
CREATE INDEX outbox_pushes_by_contact ON outbox(contact_id, sent_at) WHERE kind IN ('push', 'broadcast');
CREATE TABLE report_hours (
    hour_start INTEGER NOT NULL,
    kind       TEXT NOT NULL,             -- direct, push_reply
    local_date TEXT NOT NULL,
    local_hour INTEGER NOT NULL,
    weekday    INTEGER NOT NULL,          -- 1 Monday … 7 Sunday
    requests   INTEGER NOT NULL DEFAULT 0,
    unanswered INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (hour_start, kind)
) WITHOUT ROWID;
CREATE INDEX report_hours_by_date ON report_hours(local_date);
CREATE TABLE report_topics (
    local_date TEXT NOT NULL,
    node_id    INTEGER NOT NULL,          -- 0: no node matched
    kind       TEXT NOT NULL,
    requests   INTEGER NOT NULL DEFAULT 0,
    unanswered INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (local_date, node_id, kind)
) WITHOUT ROWID;
CREATE INDEX report_topics_by_node ON report_topics(node_id, local_date);
-- The same per local month ("YYYY-MM-01"): the most requested topics over a
-- year read twelve months, not 365 days of every topic.
CREATE TABLE report_topic_months (
    month      TEXT NOT NULL,
    node_id    INTEGER NOT NULL,
    requests   INTEGER NOT NULL DEFAULT 0,
    unanswered INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, node_id)
) WITHOUT ROWID;
CREATE TABLE report_terms (
    local_date TEXT NOT NULL,
    term       TEXT NOT NULL,             -- an unknown tag, masked (never a phrase)
    requests   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (local_date, term)
) WITHOUT ROWID;
CREATE TABLE report_term_months (
    month    TEXT NOT NULL,
    term     TEXT NOT NULL,
    requests INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, term)
) WITHOUT ROWID;
CREATE TABLE report_latency (
    metric      TEXT NOT NULL,            -- auto_reply_accepted, auto_reply_delivered, operator_reply
    local_date  TEXT NOT NULL,            -- of the start: the inbound message, the case opened
    operator_id INTEGER NOT NULL,         -- 0 for the bot
    bucket      INTEGER NOT NULL,
    samples     INTEGER NOT NULL DEFAULT 0,
    sum_ms      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (metric, local_date, operator_id, bucket)
) WITHOUT ROWID;
CREATE TABLE report_pushes (
    local_date   TEXT NOT NULL,           -- accepted by the Cloud API (failures before: the day they failed)
    kind         TEXT NOT NULL,           -- push, broadcast
    template     TEXT NOT NULL,
    broadcast_id INTEGER NOT NULL,        -- 0 for personal pushes
    sent INTEGER NOT NULL DEFAULT 0, delivered INTEGER NOT NULL DEFAULT 0, read INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0, replied INTEGER NOT NULL DEFAULT 0, stopped INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (local_date, kind, template, broadcast_id)
) WITHOUT ROWID;
CREATE TABLE report_push_failures (
    local_date   TEXT NOT NULL,
    kind         TEXT NOT NULL,
    template     TEXT NOT NULL,
    broadcast_id INTEGER NOT NULL,
    reason       TEXT NOT NULL,           -- the WhatsApp error code, or the relay's reason
    count        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (local_date, kind, template, broadcast_id, reason)
) WITHOUT ROWID;
CREATE TABLE report_cases (
    local_date TEXT NOT NULL,
    event      TEXT NOT NULL,             -- opened, closed
    outcome    TEXT NOT NULL,             -- '' for opened
    count      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (local_date, event, outcome)
) WITHOUT ROWID;
)sql";

// Retention (issue 23, docs/privacy.md, core/retention.hpp): indexes that let
// the daily job find what is past its period oldest first without scanning
// whole tables (partial where rows leave them once erased, so each batch
// starts at work still to do), and lookups by case for deleting old cases.
// The audit trail lets its oldest entries go once they are past their period
// (never one in the middle): the trigger allows deleting an entry only up to
// the one recorded in meta as the chain's new anchor (core/audit.hpp).
// The database also switches to auto_vacuum=INCREMENTAL, which needs a VACUUM
// outside any transaction: storage/vacuum.hpp does it once after migrating.
constexpr const char* migration_12 = R"sql(
CREATE INDEX IF NOT EXISTS inbound_bodies_by_time ON inbound_messages(received_at)
    WHERE body_enc IS NOT NULL OR details_enc IS NOT NULL;
CREATE INDEX IF NOT EXISTS outbox_payloads_by_time ON outbox(created_at) WHERE payload_enc <> X'';
CREATE INDEX IF NOT EXISTS statuses_by_time ON message_statuses(received_at);
CREATE INDEX IF NOT EXISTS cases_closed_by_time ON cases(closed_at) WHERE state = 'closed';
CREATE INDEX IF NOT EXISTS inbound_by_case ON inbound_messages(case_id) WHERE case_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS outbox_by_case ON outbox(case_id) WHERE case_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS case_events_by_case ON case_events(case_id);
-- Rewriting a row (core/retention.cpp) looks up what refers to it.
CREATE INDEX IF NOT EXISTS outbox_by_inbound ON outbox(inbound_id);
CREATE INDEX IF NOT EXISTS cases_by_opening_inbound ON cases(opened_by_inbound);
CREATE INDEX IF NOT EXISTS cases_by_first_reply ON cases(first_reply_outbox);
CREATE INDEX IF NOT EXISTS quarantine_by_time ON quarantine(received_at);
CREATE INDEX IF NOT EXISTS sessions_by_expiry ON sessions(expires_at);
DROP TRIGGER audit_log_no_delete;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
WHEN OLD.id > coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'audit_anchor_id'), 0)
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
)sql";

// A citizen's erasure (Art. 17, docs/privacy.md "A citizen's rights"): a
// contact whose consent ledger is kept as proof stays as a pseudonymous row
// (no number, no user id, no name; erased_at set), which no lookup finds and
// to which nothing new is ever attached. Contacts without ledger entries are
// deleted outright.
constexpr const char* migration_citizen_erasure = R"sql(
ALTER TABLE contacts ADD COLUMN erased_at INTEGER;
)sql";

// Data key rotation (keys rotate): the consent ledger stays append-only, but
// its evidence may be re-encrypted under a new key — the same plaintext, so
// nothing the ledger proves changes.
constexpr const char* migration_key_rotation = R"sql(
DROP TRIGGER consent_events_no_update;
CREATE TRIGGER consent_events_no_update BEFORE UPDATE ON consent_events
WHEN NEW.id IS NOT OLD.id OR NEW.contact_id IS NOT OLD.contact_id OR NEW.scope IS NOT OLD.scope
  OR NEW.action IS NOT OLD.action OR NEW.source IS NOT OLD.source OR NEW.channel IS NOT OLD.channel
  OR NEW.at IS NOT OLD.at OR NEW.recorded_at IS NOT OLD.recorded_at OR NEW.recorded_by IS NOT OLD.recorded_by
  OR (OLD.evidence_enc IS NULL) <> (NEW.evidence_enc IS NULL)
BEGIN SELECT RAISE(ABORT, 'the consent ledger is append-only'); END;
)sql";

constexpr std::array migrations{migration_1, migration_2, migration_3, migration_4, migration_5, migration_6,
                                migration_7, migration_8, migration_9, migration_10, migration_11,
                                migration_12, migration_citizen_erasure, migration_key_rotation};

} // namespace

int latest_schema_version() noexcept { return static_cast<int>(migrations.size()); }

int schema_version(Connection& c) {
    auto has_meta = c.query("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='meta'");
    has_meta.next();
    if (has_meta.int64(0) == 0) return 0;
    auto q = c.query("SELECT value FROM meta WHERE key='schema_version'");
    return q.next() ? std::stoi(q.text(0)) : 0;
}

void migrate(Connection& c, int to) {
    const int from = schema_version(c);
    if (from > latest_schema_version())
        throw std::runtime_error("the database has schema version " + std::to_string(from) +
                                 ", newer than this relay understands (" + std::to_string(latest_schema_version()) +
                                 "); refusing to touch it");
    // Rebuilding a table that others refer to needs foreign keys off, which
    // SQLite only allows outside a transaction; each step is then checked.
    c.exec_script("PRAGMA foreign_keys=OFF;");
    for (int v = from; v < std::min(to, latest_schema_version()); ++v) {
        c.exec_script("BEGIN IMMEDIATE");
        try {
            c.exec_script(migrations[static_cast<std::size_t>(v)]);
            auto violations = c.query("PRAGMA foreign_key_check");
            if (violations.next())
                throw std::runtime_error("migration " + std::to_string(v + 1) + " breaks a foreign key in table " +
                                         violations.text(0));
            c.query("INSERT INTO meta(key, value) VALUES('schema_version', ?) "
                    "ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                    std::to_string(v + 1))
                .run();
            c.exec_script("COMMIT");
        } catch (...) {
            c.exec_script("ROLLBACK");
            c.exec_script("PRAGMA foreign_keys=ON;");
            throw;
        }
    }
    c.exec_script("PRAGMA foreign_keys=ON;");
}

} // namespace sportello::storage
