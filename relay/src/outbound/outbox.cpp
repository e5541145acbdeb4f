#include "outbound/outbox.hpp"

#include "core/report_rollups.hpp"

#include <charconv>

namespace sportello::relay {
namespace {

// The SQL twin of forward_rank() for the stored state, generated from it so
// that the two can never disagree. A name it does not know ranks 0.
std::string stored_state_rank() {
    std::string sql = "(CASE state";
    for (const auto state : all_outbox_states) {
        sql += " WHEN '";
        sql += to_string(state);
        sql += "' THEN ";
        sql += std::to_string(forward_rank(state));
    }
    return sql + " ELSE 0 END)";
}

// A cancelled row stays cancelled whatever WhatsApp reports later: its rank
// alone keeps it, as no status reaches it.
constexpr bool cancelled_outranks_all() {
    for (const auto state : all_outbox_states)
        if (state != OutboxState::cancelled && forward_rank(state) >= forward_rank(OutboxState::cancelled))
            return false;
    return true;
}
static_assert(cancelled_outranks_all());

// ?1 the new state, ?2 whether it is failed (its error is kept), ?3-5 the
// error, ?6 the wamid, ?7 forward_rank of the new state.
const std::string forward_update =
    "UPDATE outbox SET state = ?1, "
    "  error_code = CASE WHEN ?2 THEN ?3 ELSE error_code END, "
    "  error_title = CASE WHEN ?2 THEN ?4 ELSE error_title END, "
    "  error_details = CASE WHEN ?2 THEN ?5 ELSE error_details END "
    "WHERE wamid = ?6 AND " + stored_state_rank() + " < ?7";

void move_forward(storage::Connection& c, const std::string& wamid, OutboxState state,
                  const std::optional<std::int64_t>& code, const std::optional<std::string>& title,
                  const std::optional<std::string>& details) {
    c.query(forward_update, state, state == OutboxState::failed, code, title, details, wamid, forward_rank(state))
        .run();
}

} // namespace

std::string callback_data_for(std::int64_t outbox_id) { return "outbox:" + std::to_string(outbox_id); }

Enqueued enqueue(storage::Connection& c, const NewOutbound& m, std::int64_t now_ms) {
    std::optional<std::string> context;
    if (!m.context_wamid.empty()) context = m.context_wamid;
    auto q = c.query(
        "INSERT INTO outbox(idempotency_key, contact_id, kind, lane, payload_enc, context_wamid, inbound_id, state, "
        "                   not_before, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(idempotency_key) DO NOTHING RETURNING id",
        m.idempotency_key, m.contact_id, m.kind, static_cast<int>(m.lane), m.payload_enc, context, m.inbound_id,
        OutboxState::queued, m.not_before_ms, now_ms);
    if (q.next()) return {q.int64(0), true};
    auto existing = c.query("SELECT id FROM outbox WHERE idempotency_key = ?", m.idempotency_key);
    existing.next();
    return {existing.int64(0), false};
}

bool apply_status(storage::Connection& c, const wa::StatusUpdate& s, OutboxState state, std::int64_t at_ms,
                  std::int64_t now_ms) {
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
        s.wamid, state, at_ms, now_ms, code, title, details, pricing);
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
    move_forward(c, s.wamid, state, code, title, details);
    roll_up_status(c, s.wamid, to_string(state), at_ms);
    return true;
}

void reconcile_statuses(storage::Connection& c, const std::string& wamid) {
    auto q = c.query("SELECT status, error_code, error_title, error_details FROM message_statuses WHERE wamid = ?", wamid);
    struct Pending { OutboxState state; std::optional<std::int64_t> code; std::optional<std::string> title, details; };
    std::vector<Pending> pending;
    while (q.next())
        if (const auto state = outbox_state_from_string(q.text(0)))   // only statuses WhatsApp reports are kept
            pending.push_back({*state, q.optional_int64(1), q.optional_text(2), q.optional_text(3)});
    for (const auto& p : pending) move_forward(c, wamid, p.state, p.code, p.title, p.details);
}

} // namespace sportello::relay
