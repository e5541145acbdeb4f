#pragma once
// For tests/relay/generate_*.cpp: a generated year in a fixture's folder, and
// the figures recomputed from its raw rows with plain SQL and the Europe/Rome
// calendar, never through the rollups or the report code.
#include "relay_fixture.hpp"
#include "sportello/api/sla.hpp"
#include "sportello/crypto.hpp"
#include "sportello/rome_time.hpp"
#include "storage/sqlite.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace sportello::testing {

// A fixture whose relay is not started, with the year generated into its
// database (heartbeats kept ten years, so the relay keeps the whole year).
struct GeneratedYear {
    static FixtureOptions options() {
        FixtureOptions o;
        o.start_relay = false;
        o.start_simulator = false;
        o.tweak_relay_config = [](boost::json::object& c) { c["sla"] = boost::json::object{{"heartbeat_retention_days", 3660}}; };
        return o;
    }
    GeneratedYear(const std::string& year, const std::string& scale, const std::string& seed) : fixture(options()) {
        exit_code = run_program(relay_binary(), {"generate", "--config", fixture.relay_config, "--year", year, "--scale",
                                                 scale, "--seed", seed},
                                &output);
    }
    RelayFixture fixture;
    int exit_code = -1;
    std::string output;
};

inline std::int64_t count(storage::Connection& db, const std::string& sql) {
    auto q = db.query(sql);
    q.next();
    return q.int64(0);
}

inline std::string get_report(RelayFixture& f, const std::string& token, const std::string& path) {
    auto r = f.relay("GET", "/ops/v1/reports/" + path, {}, {{"authorization", "Bearer " + token}});
    if (!r.ok() || r.response->status != 200) {
        ADD_FAILURE() << path << ": " << (r.ok() ? r.response->body : std::string("no answer"));
        return "{}";
    }
    return r.response->body;
}

// "2025-10-26T02:00+02:00": a local hour and its offset.
inline std::string hour_label(std::int64_t t) {
    const auto offset = time::rome_offset_ms(t);
    const auto local = t + offset;
    const auto hour = (local / time::hour_ms) % 24;
    char buf[40];
    std::snprintf(buf, sizeof buf, "%sT%02d:00+%02d:00", time::rome_date(t).c_str(), static_cast<int>(hour),
                  static_cast<int>(offset / time::hour_ms));
    return buf;
}

// Requests {direct, push_reply, unanswered} per bucket of received_at. A
// reply to a push: within 24 h after a push to the same citizen was accepted.
inline std::map<std::string, std::array<std::int64_t, 3>> recount_requests(
    storage::Connection& db, const std::function<std::string(std::int64_t)>& bucket) {
    std::map<std::string, std::array<std::int64_t, 3>> out;
    auto q = db.query("SELECT i.received_at, i.unanswered, EXISTS (SELECT 1 FROM outbox o WHERE o.contact_id = i.contact_id "
                      "AND o.kind IN ('push', 'broadcast') AND o.sent_at BETWEEN i.received_at - 86400000 AND i.received_at) "
                      "FROM inbound_messages i WHERE i.rule IS NOT NULL AND i.synthetic = 0 AND i.ignored = 0 "
                      "AND i.contact_id IS NOT NULL");
    while (q.next()) {
        auto& b = out[bucket(q.int64(0))];
        ++b[q.int64(2) ? 1 : 0];
        b[2] += q.int64(1);
    }
    return out;
}

struct PushCount {
    std::int64_t sent = 0, delivered = 0, read = 0, failed = 0;
    std::map<std::string, std::int64_t> failed_by_reason;
};

// Pushes and broadcast messages counted on the local day they were accepted
// (or failed, if never accepted); date "" for every day.
inline PushCount recount_pushes(storage::Connection& db, const std::string& date) {
    PushCount n;
    auto q = db.query("SELECT coalesce(o.sent_at, o.state_changed_at), o.sent_at IS NOT NULL, "
                      "EXISTS (SELECT 1 FROM message_statuses s WHERE s.wamid = o.wamid AND s.status IN ('delivered', 'read')), "
                      "EXISTS (SELECT 1 FROM message_statuses s WHERE s.wamid = o.wamid AND s.status = 'read'), "
                      "coalesce((SELECT s.error_code FROM message_statuses s WHERE s.wamid = o.wamid AND s.status = 'failed'), "
                      "         CASE WHEN o.sent_at IS NULL AND o.state = 'failed' THEN o.error_code END) "
                      "FROM outbox o WHERE o.kind IN ('push', 'broadcast')");
    while (q.next()) {
        if (!date.empty() && time::rome_date(q.int64(0)) != date) continue;
        n.sent += q.int64(1);
        n.delivered += q.int64(1) && q.int64(2);
        n.read += q.int64(1) && q.int64(3);
        if (const auto code = q.optional_int64(4)) {
            ++n.failed;
            ++n.failed_by_reason[std::to_string(*code)];
        }
    }
    return n;
}

// The local day of the push whose read receipt came the longest after it.
inline std::string day_of_latest_read(storage::Connection& db) {
    auto q = db.query("SELECT o.sent_at FROM outbox o JOIN message_statuses s ON s.wamid = o.wamid AND s.status = 'read' "
                      "WHERE o.kind IN ('push', 'broadcast') AND s.at - o.sent_at > 86400000 "
                      "ORDER BY s.at - o.sent_at DESC LIMIT 1");
    return q.next() ? time::rome_date(q.int64(0)) : std::string();
}

// A request's first auto-reply, accepted by the Cloud API.
inline constexpr const char* first_replies_sql =
    "SELECT count(*) FROM outbox o JOIN inbound_messages i ON i.id = o.inbound_id WHERE o.kind = 'auto_reply' "
    "AND o.context_wamid IS NOT NULL AND o.sent_at IS NOT NULL AND i.rule IS NOT NULL AND i.synthetic = 0";

inline std::map<std::string, std::int64_t> outcomes(storage::Connection& db) {
    std::map<std::string, std::int64_t> out;
    auto q = db.query("SELECT outcome, count(*) FROM cases WHERE closed_at IS NOT NULL GROUP BY outcome");
    while (q.next()) out[q.text(0)] = q.int64(1);
    return out;
}

// An outage as the raw rows show it.
struct Outage {
    std::int64_t start_ms = 0, end_ms = 0;
    std::vector<api::IncidentCause> causes;   // what the incident may be called
};

inline std::vector<Outage> generated_outages(storage::Connection& db) {
    using C = api::IncidentCause;
    std::vector<Outage> out;
    // Heartbeat gaps over two intervals: down, or the database refused writes.
    auto gaps = db.query("SELECT at, next, next_failed FROM (SELECT at, lead(at) OVER (ORDER BY at) AS next, "
                         "lead(db_failed_since) OVER (ORDER BY at) AS next_failed FROM heartbeats) WHERE next - at > 20000");
    while (gaps.next())
        out.push_back({gaps.int64(0), gaps.int64(1),
                       {gaps.optional_int64(2) ? C::database_unwritable : C::relay_down}});
    // Runs of heartbeats saying sending stopped, and of failed probes.
    auto runs = [&](const std::string& sql, std::vector<C> causes) {
        auto q = db.query(sql);
        std::int64_t start = -1, last = -1;
        while (q.next()) {
            const auto at = q.int64(0);
            if (start >= 0 && at - last > 120'000) out.push_back({start, last, causes}), start = -1;
            if (start < 0) start = at;
            last = at;
        }
        if (start >= 0) out.push_back({start, last, causes});
    };
    runs("SELECT at FROM heartbeats WHERE sending_stopped = 1 ORDER BY at", {C::sending_stopped});
    runs("SELECT started_at FROM probe_results WHERE ok = 0 ORDER BY started_at", {C::probe_failed, C::database_unwritable});
    return out;
}

// An incident of one of the outage's causes overlapping it, at least as long.
inline bool has_incident(const api::SlaReport& sla, const Outage& o) {
    for (const auto& i : sla.incidents) {
        const bool cause = std::find(o.causes.begin(), o.causes.end(), i.cause) != o.causes.end();
        if (cause && i.start_ms <= o.end_ms && i.end_ms >= o.start_ms && i.minutes >= (o.end_ms - o.start_ms) / 60'000)
            return true;
    }
    return false;
}

// What a generation wrote, less what is random by design (ciphertexts'
// nonces, keyed hashes) and what depends on the wall clock (when it ran).
inline std::string fingerprint(const std::string& db_path) {
    storage::Connection db(db_path, storage::Connection::Mode::read_only, false);
    std::string all;
    for (const char* sql :
         {"SELECT group_concat(wamid || rule || coalesce(node_id, '') || contact_id || received_at || unanswered, ',') "
          "FROM (SELECT * FROM inbound_messages ORDER BY id)",
          "SELECT group_concat(kind || state || coalesce(sent_at, '') || coalesce(wamid, '') || contact_id, ',') "
          "FROM (SELECT * FROM outbox ORDER BY id)",
          "SELECT group_concat(wamid || status || at, ',') FROM (SELECT * FROM message_statuses ORDER BY wamid, status)",
          "SELECT group_concat(opened_at || coalesce(outcome, '') || coalesce(closed_at, ''), ',') "
          "FROM (SELECT * FROM cases ORDER BY id)",
          "SELECT group_concat(at || sending_stopped, ',') FROM (SELECT * FROM heartbeats ORDER BY at)",
          "SELECT group_concat(started_at || ok, ',') FROM (SELECT * FROM probe_results ORDER BY id)"}) {
        auto q = db.query(sql);
        q.next();
        all += q.optional_text(0).value_or("") + "|";
    }
    return crypto::hex_encode(crypto::sha256(all));
}

} // namespace sportello::testing
