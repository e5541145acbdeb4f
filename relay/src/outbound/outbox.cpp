#include "outbound/outbox.hpp"

#include <charconv>

namespace sportello::relay {
namespace {

// The SQL twin of state_rank(), used for forward-only updates.
constexpr const char* rank_sql =
    "(CASE %s WHEN 'queued' THEN 0 WHEN 'sending' THEN 1 WHEN 'sent' THEN 2 WHEN 'delivered' THEN 3 "
    "WHEN 'read' THEN 4 WHEN 'played' THEN 4 WHEN 'failed' THEN 5 WHEN 'cancelled' THEN 6 ELSE 0 END)";

std::string rank_of(const char* expr) {
    std::string s = rank_sql;
    s.replace(s.find("%s"), 2, expr);
    return s;
}

const std::string forward_update =
    "UPDATE outbox SET state = ?1, "
    "  error_code = CASE WHEN ?1 = 'failed' THEN ?3 ELSE error_code END, "
    "  error_title = CASE WHEN ?1 = 'failed' THEN ?4 ELSE error_title END, "
    "  error_details = CASE WHEN ?1 = 'failed' THEN ?5 ELSE error_details END "
    "WHERE wamid = ?2 AND " + rank_of("state") + " < " + rank_of("?1") + " AND state <> 'cancelled'";

} // namespace

int state_rank(std::string_view s) noexcept {
    if (s == "queued") return 0;
    if (s == "sending") return 1;
    if (s == "sent") return 2;
    if (s == "delivered") return 3;
    if (s == "read" || s == "played") return 4;
    if (s == "failed") return 5;
    if (s == "cancelled") return 6;
    return 0;
}

std::string callback_data_for(std::int64_t outbox_id) { return "outbox:" + std::to_string(outbox_id); }

Enqueued enqueue(storage::Connection& c, const NewOutbound& m, std::int64_t now_ms) {
    std::optional<std::string> context;
    if (!m.context_wamid.empty()) context = m.context_wamid;
    auto q = c.query(
        "INSERT INTO outbox(idempotency_key, contact_id, kind, lane, payload_enc, context_wamid, inbound_id, state, "
        "                   not_before, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?) ON CONFLICT(idempotency_key) DO NOTHING RETURNING id",
        m.idempotency_key, m.contact_id, m.kind, static_cast<int>(m.lane), m.payload_enc, context, m.inbound_id,
        m.not_before_ms, now_ms);
    if (q.next()) return {q.int64(0), true};
    auto existing = c.query("SELECT id FROM outbox WHERE idempotency_key = ?", m.idempotency_key);
    existing.next();
    return {existing.int64(0), false};
}

bool apply_status(storage::Connection& c, const wa::StatusUpdate& s, std::int64_t at_ms, std::int64_t now_ms) {
    std::optional<std::int64_t> code;
    std::optional<std::string> title, details;
    if (!s.errors.empty()) {
        code = s.errors.front().code;
        title = s.errors.front().title.empty() ? s.errors.front().message : s.errors.front().title;
        details = s.errors.front().details;
    }
    std::optional<std::string> pricing;
    if (!s.pricing_category.empty()) pricing = s.pricing_category;
    auto ins = c.query(
        "INSERT INTO message_statuses(wamid, status, at, received_at, error_code, error_title, error_details, "
        "                             pricing_category) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(wamid, status) DO NOTHING",
        s.wamid, s.status, at_ms, now_ms, code, title, details, pricing);
    ins.run();
    if (c.changes() == 0) return false;

    // A status that outran the send call's response: bind the wamid through
    // the callback data we put on the request.
    if (s.callback_data.rfind("outbox:", 0) == 0) {
        std::int64_t id = 0;
        const auto digits = std::string_view(s.callback_data).substr(7);
        if (std::from_chars(digits.data(), digits.data() + digits.size(), id).ec == std::errc{})
            c.query("UPDATE outbox SET wamid = ? WHERE id = ? AND wamid IS NULL AND "
                    "NOT EXISTS (SELECT 1 FROM outbox WHERE wamid = ?)",
                    s.wamid, id, s.wamid)
                .run();
    }
    c.query(forward_update, s.status, s.wamid, code, title, details).run();
    return true;
}

void reconcile_statuses(storage::Connection& c, const std::string& wamid) {
    auto q = c.query("SELECT status, error_code, error_title, error_details FROM message_statuses WHERE wamid = ?", wamid);
    struct Pending { std::string status; std::optional<std::int64_t> code; std::optional<std::string> title, details; };
    std::vector<Pending> pending;
    while (q.next()) pending.push_back({q.text(0), q.optional_int64(1), q.optional_text(2), q.optional_text(3)});
    for (const auto& p : pending) c.query(forward_update, p.status, wamid, p.code, p.title, p.details).run();
}

} // namespace sportello::relay
