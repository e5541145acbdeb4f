#pragma once
// The relay's configuration file (JSON), documented in docs/configuration.md.
// Loading is strict: unknown keys, wrong types and unsafe combinations are
// errors that name the offending key, so a typo never silently falls back to
// a default. Relative paths are resolved against the file's folder.

#include "net/http_server.hpp"
#include "net/tls.hpp"
#include "sportello/hashtag/matcher.hpp"
#include "sportello/result.hpp"
#include "sportello/roles.hpp"

#include <string>
#include <vector>

namespace sportello::relay {

struct WhatsAppConfig {
    std::string app_secret;            // signs webhooks (X-Hub-Signature-256)
    std::string verify_token;          // GET verification handshake
    std::string access_token;          // bearer token for the send API
    std::string phone_number_id;       // the business number we serve
    std::string api_base_url = "https://graph.facebook.com/v25.0";
    std::string ca_file;               // trust for api_base_url; empty: system store
    int connect_timeout_ms = 5000;
    int response_timeout_ms = 15000;
    std::size_t webhook_body_limit = 4 * 1024 * 1024;
    bool mark_as_read = true;          // mark inbound messages read when answered
    // Free text that cannot be sent because the 24-hour window is closed is
    // sent as this approved template instead (one body parameter: the text,
    // flattened and shortened). Empty name: such messages fail.
    std::string outside_window_template;
    std::string outside_window_template_language = "it";
};

struct DispatcherConfig {
    double messages_per_second = 80;   // global token bucket
    double interactive_reserve = 0.1;  // share of the bucket pushes and broadcasts leave for auto-replies
    int max_in_flight = 32;            // concurrent send calls
    int max_attempts = 8;              // for transient errors, then failed
    double pair_interval_seconds = 6;  // WhatsApp's pair rate: one message per recipient per 6 s…
    int pair_burst = 20;               // …with bursts up to this many
    int recovery_grace_seconds = 60;   // after a crash, wait this long for statuses of sends in flight
};

struct PushSettings {
    bool quiet_hours = true;                 // Europe/Rome local time
    int quiet_start_minute = 21 * 60;
    int quiet_end_minute = 8 * 60;
    std::string information_template = "informazione_generale";   // broadcasts of a published answer
    std::string information_template_language = "it";
};

struct BotSettings {
    hashtag::BotConfig matcher;
    bool interactive_menus = false;    // menus as WhatsApp list messages
};

// The unanswered-requests report (GET /ops/v1/unanswered) and what it keeps.
struct UnansweredSettings {
    int min_citizens = 3;              // a phrase is shown once this many different citizens wrote it
    int phrase_retention_days = 90;    // phrases older than this are erased
};

// The reports (docs/configuration.md, "reports").
struct ReportSettings {
    int min_cell_count = 5;    // CSV cells counting fewer citizens' actions than this (but some) are suppressed
    bool rollups = true;       // false only to measure their cost: the reports then miss what arrives meanwhile
};

// The operators' inbox (docs/configuration.md, "cases").
struct CaseSettings {
    bool enabled = true;                              // requests the bot cannot answer open cases
    std::vector<std::string> operator_tags{"operatore"};   // a citizen asking for a person (canonical tags)
    bool answer_hashtags_while_open = false;          // false: the bot is silent but for consent words
    int claim_timeout_minutes = 30;                   // a claimed case untouched this long returns to the queue
};

// Operators' logins and sessions (docs/configuration.md, "auth").
struct AuthSettings {
    int idle_minutes = 30;              // a session unused this long ends
    int absolute_minutes = 12 * 60;     // a session ends this long after the login, used or not
    int lockout_failures = 10;          // consecutive failed logins that lock an account
    int lockout_base_seconds = 900;     // the first lock; each further one doubles, up to lockout_max_seconds
    int lockout_max_seconds = 24 * 3600;
    int source_failures = 50;           // failed logins from one address within source_window_seconds
    int source_window_seconds = 900;
    // The roles whose accounts must log in with a TOTP code (an account of
    // another role may still enrol, and then must too). Always holds admin:
    // a configuration leaving it out is refused.
    std::vector<Role> two_factor_roles = all_roles();
    bool requires_two_factor(Role role) const noexcept;
};

// The SLA measured by the product (docs/configuration.md, "sla";
// docs/operations.md).
struct SlaSettings {
    int heartbeat_seconds = 10;            // the relay's heartbeat row
    int heartbeat_retention_days = 400;    // older heartbeats and probe results are erased
    // The probe (`sportello-relay probe`): a synthetic citizen, a reserved
    // test number (digits, as WhatsApp's wa_id) or a WhatsApp user id, never
    // a real citizen's; and a text the published tree answers.
    std::string probe_sender;
    std::string probe_text;
    int probe_deadline_seconds = 10;       // the answer must be in the outbox and taken by the dispatcher by then
    std::string probe_url;                 // the public webhook; empty: the first listener's /webhook
    std::string probe_ca_file;             // trust for probe_url; empty: the system store
    double target_percent = 99.6;          // the monthly availability target
    // GET /metrics: with a token, callers must send it as a bearer token;
    // without one, only loopback clients may read it.
    std::string metrics_token;
};

// How long each class of personal data is kept (docs/privacy.md, "Retention";
// docs/configuration.md, "retention"), in days, and when the daily job runs.
struct RetentionSettings {
    int inbound_bodies_days = 90;       // a citizen's texts and media details (the row's metadata stays)
    int outbound_bodies_days = 90;      // what was sent: replies, pushes (the row's metadata stays)
    int statuses_days = 90;             // delivery and read receipts
    int closed_cases_days = 365;        // cases closed this long ago, with their events
    int consent_ledger_days = 1830;     // after an entry stopped applying; never the proof of a consent in force
    int audit_trail_days = 730;         // the oldest audit entries
    int quarantine_days = 30;           // webhook bodies that could not be processed
    int expired_sessions_days = 30;     // operators' sessions this long past their expiry
    int first_run_delay_seconds = 600;  // after the relay starts; then every 24 hours
    int batch_rows = 1000;              // rows per write job
};

// Encrypted backups (docs/configuration.md, "backup"; docs/privacy.md).
struct BackupSettings {
    std::string directory;      // default: "backups" beside the database
    std::string key_file;       // the backup key, never the data key; default: "backup.key" beside the data key
    int keep_daily = 7;         // the newest this many backups are kept…
    int max_age_days = 30;      // …unless older than this: should be the longest retention period
};

struct RelayConfig {
    std::vector<net::ListenerConfig> listeners;
    net::ServerTlsFiles tls;
    std::string database_path;
    bool synchronous_full = true;
    int reader_threads = 2;
    std::int64_t max_size_mb = 0;      // 0: unlimited; when full, webhooks get 503 (Meta retries)
    int slow_commit_ms = 100;          // commits slower than this are logged; 0: never
    int busy_timeout_ms = 5000;        // how long the writer waits for a lock another process holds
    int max_queued_writes = 10000;     // beyond this, requests get 503 storage_unavailable at once
    int request_deadline_ms = 10000;   // a request not answered by then gets 503 storage_unavailable
    std::string data_key_file;
    int io_threads = 0;                // 0: one per core but one (the database writer's)
    std::string log_level = "info";
    AuthSettings auth;
    std::string seed_tree_file;        // published at first start when no tree exists
    WhatsAppConfig whatsapp;
    DispatcherConfig dispatcher;
    PushSettings pushes;
    BotSettings bot;
    UnansweredSettings unanswered;
    CaseSettings cases;
    SlaSettings sla;
    ReportSettings reports;
    RetentionSettings retention;
    BackupSettings backup;
};

// Errors: invalid_request (naming the key), or not_found for a missing file.
Result<RelayConfig> load_config(const std::string& path);
Result<RelayConfig> parse_config(std::string_view json_text, const std::string& base_dir);

} // namespace sportello::relay
