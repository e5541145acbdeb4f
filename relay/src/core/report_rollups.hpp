#pragma once
// Report rollups (issue 21), kept up to date by the write paths in the same
// transaction as the raw rows they summarise, so that the figures are
// committed with the facts or not at all. Each function runs inside a write
// job, reads only the rows of the one message or case it is given (indexed),
// and adds to the rollup tables of migration 11. The reports read only those
// tables (ops/reports.hpp); tests/relay/reports_test.cpp checks that they
// equal a recomputation from the raw rows.
//
// Definitions (docs/ops-api.md, "Reports"):
// - a request is a message the bot decided on (inbound_messages.rule set),
//   not synthetic; counted at its received_at, in the Europe/Rome hour;
// - a reply to a push: a request received within 24 h after a push or
//   broadcast to the same citizen was accepted by the Cloud API
//   (outbox.sent_at); the latest such push is the one replied to, and it
//   counts as "replied" once (the first request after it), as "stopped"
//   once (the first STOP after it);
// - a message's statuses count once it is accepted, each transition once
//   (delivered: the first of delivered/read; read; failed), decided from
//   the status rows already stored, so late, reordered and repeated statuses
//   never count twice.

#include "storage/sqlite.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace sportello::relay {

// Latency histograms: fixed log-spaced buckets, four per doubling. Bucket 0
// holds [0, 1) ms; bucket b ≥ 1 holds [2^((b-1)/4), 2^(b/4)) ms, whose
// geometric middle is reported (within ±9 % of any value in it); the last
// bucket (latency_buckets - 1, from about 2^31.5 ms, 34 days) holds the rest.
inline constexpr int latency_buckets = 128;
int latency_bucket(std::int64_t ms) noexcept;
double bucket_value_ms(int bucket) noexcept;

// Rollups are maintained unless switched off (reports.rollups = false: only
// for measuring their cost; the figures then miss what arrives meanwhile).
void set_rollups_enabled(bool enabled) noexcept;
bool rollups_enabled() noexcept;

// What the intake knows of a stored request.
struct RequestFacts {
    std::int64_t inbound_id = 0;
    std::int64_t contact_id = 0;
    std::int64_t received_at_ms = 0;
    std::int64_t node_id = 0;           // the matched node, 0 for none
    bool unanswered = false;
    std::string unknown_tag;            // the masked unknown tag, when that is what was not understood
    bool stop = false;                  // a consent withdrawal (STOP)
    bool synthetic = false;             // the availability probe's message: never rolled up
};
void roll_up_request(storage::Connection& c, const RequestFacts& request);

// The dispatcher recorded that the Cloud API accepted outbox row id (its
// sent_at was NULL until now, so this runs once per row).
void roll_up_accepted(storage::Connection& c, std::int64_t outbox_id);

// The dispatcher gave up on outbox row id before the Cloud API accepted it.
void roll_up_send_failed(storage::Connection& c, std::int64_t outbox_id, std::int64_t at_ms);

// A status row was just inserted (not a duplicate).
void roll_up_status(storage::Connection& c, const std::string& wamid, std::string_view status, std::int64_t at_ms);

void roll_up_case_opened(storage::Connection& c, std::int64_t opened_at_ms);
void roll_up_case_closed(storage::Connection& c, std::int64_t closed_at_ms, std::string_view outcome);
// The case's first operator reply, queued at replied_at_ms by operator_id.
void roll_up_first_reply(storage::Connection& c, std::int64_t opened_at_ms, std::int64_t replied_at_ms,
                         std::int64_t operator_id);

// Empties the rollups and rebuilds them from the raw rows through the very
// functions above (each reads only rows its own time allows, so the order of
// the rebuild does not matter); marks them built in meta
// (report_rollups_built). Returns how many raw rows it rolled up.
std::int64_t rebuild_report_rollups(storage::Connection& c);

// Whether the rollups were ever built on this database: a database from
// before migration 11 has its history rolled up once, at the first start.
bool report_rollups_built(storage::Connection& c);

} // namespace sportello::relay
