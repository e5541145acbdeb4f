#include "cases/case_store.hpp"

#include "core/audit.hpp"
#include "core/report_rollups.hpp"
#include "outbound/window.hpp"
#include "sportello/roles.hpp"

#include <boost/json.hpp>

namespace sportello::relay {
namespace bj = boost::json;
using api::CaseState;

namespace {

struct CaseRow {
    CaseState state = CaseState::fresh;
    std::optional<std::int64_t> owner_id;
    std::int64_t contact_id = 0;
};

Result<CaseRow> load(storage::Connection& c, std::int64_t case_id) {
    auto q = c.query("SELECT state, owner_id, contact_id FROM cases WHERE id = ?", case_id);
    if (!q.next()) return make_error(api::ErrorCode::not_found, "no case " + std::to_string(case_id));
    return CaseRow{api::case_state_from_string(q.text(0)).value_or(CaseState::closed), q.optional_int64(1), q.int64(2)};
}

std::string someone(storage::Connection& c, std::int64_t user_id) {
    auto q = c.query("SELECT display_name, username FROM users WHERE id = ?", user_id);
    if (!q.next()) return "user " + std::to_string(user_id);
    return q.text(0) + " (" + q.text(1) + ")";
}

// The case as its owner may act on it: not closed, and theirs.
Result<CaseRow> owned(storage::Connection& c, std::int64_t case_id, std::int64_t user_id) {
    auto row = load(c, case_id);
    if (!row) return row.error();
    if (row->state == CaseState::closed)
        return make_error(api::ErrorCode::conflict, "case " + std::to_string(case_id) + " is closed");
    if (!row->owner_id)
        return make_error(api::ErrorCode::conflict, "case " + std::to_string(case_id) + " is not claimed: claim it first");
    if (*row->owner_id != user_id)
        return make_error(api::ErrorCode::conflict, "case " + std::to_string(case_id) + " is claimed by " +
                                                        someone(c, *row->owner_id));
    return row;
}

std::string event_data(std::int64_t case_id, CaseState state, std::optional<std::int64_t> owner_id) {
    bj::object o{{"case_id", case_id}, {"state", api::to_string(state)}};
    o["owner_id"] = owner_id ? bj::value(*owner_id) : bj::value(nullptr);
    return bj::serialize(o);
}

void set_state(storage::Connection& c, std::int64_t case_id, CaseState state, std::optional<std::int64_t> owner_id,
               std::string_view event, std::int64_t now_ms) {
    c.query("UPDATE cases SET state = ?, owner_id = ?, touched_at = ? WHERE id = ?", state, owner_id, now_ms, case_id)
        .run();
    record_case_event(c, case_id, event, event_data(case_id, state, owner_id), now_ms);
}

} // namespace

std::optional<OpenCase> open_case_of(storage::Connection& c, std::int64_t contact_id) {
    // The literal lets SQLite use the partial index cases_open_per_citizen.
    auto q = c.query("SELECT id, state, owner_id FROM cases WHERE contact_id = ? AND state <> 'closed'", contact_id);
    if (!q.next()) return std::nullopt;
    return OpenCase{q.int64(0), api::case_state_from_string(q.text(1)).value_or(CaseState::fresh), q.optional_int64(2)};
}

std::int64_t open_case(storage::Connection& c, std::int64_t contact_id, api::CaseReason reason,
                       std::int64_t inbound_id, std::int64_t at_ms) {
    auto q = c.query("INSERT INTO cases(contact_id, state, reason, opened_at, opened_by_inbound, last_inbound_at) "
                     "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                     contact_id, CaseState::fresh, reason, at_ms, inbound_id, at_ms);
    q.next();
    const auto id = q.int64(0);
    c.query("UPDATE inbound_messages SET case_id = ? WHERE id = ?", id, inbound_id).run();
    record_case_event(c, id, "case_opened", event_data(id, CaseState::fresh, std::nullopt), at_ms);
    roll_up_case_opened(c, at_ms);
    return id;
}

void join_case(storage::Connection& c, const OpenCase& open, std::int64_t inbound_id, std::int64_t sent_at_ms,
               std::int64_t now_ms) {
    c.query("UPDATE inbound_messages SET case_id = ? WHERE id = ?", open.id, inbound_id).run();
    const auto state = open.state == CaseState::waiting ? CaseState::claimed : open.state;
    c.query("UPDATE cases SET last_inbound_at = max(last_inbound_at, ?), state = ? WHERE id = ?", sent_at_ms, state,
            open.id).run();
    bj::object data{{"case_id", open.id}, {"state", api::to_string(state)}, {"inbound_id", inbound_id}};
    record_case_event(c, open.id, "case_message", bj::serialize(data), now_ms);
}

void record_case_event(storage::Connection& c, std::int64_t case_id, std::string_view type, const std::string& data,
                       std::int64_t at_ms) {
    c.query("INSERT INTO case_events(at, case_id, type, data) VALUES (?, ?, ?, ?)", at_ms, case_id, std::string(type),
            data).run();
}

Status claim_case(storage::Connection& c, std::int64_t case_id, std::int64_t user_id, std::int64_t now_ms) {
    auto row = load(c, case_id);
    if (!row) return row.error();
    if (row->state == CaseState::closed)
        return make_error(api::ErrorCode::conflict, "case " + std::to_string(case_id) + " is closed");
    if (row->owner_id && *row->owner_id != user_id)
        return make_error(api::ErrorCode::conflict, "case " + std::to_string(case_id) + " is claimed by " +
                                                        someone(c, *row->owner_id));
    if (row->owner_id) return {};   // already theirs
    set_state(c, case_id, CaseState::claimed, user_id, "case_claimed", now_ms);
    return {};
}

std::optional<std::int64_t> claim_next_case(storage::Connection& c, std::int64_t user_id, std::int64_t now_ms) {
    // The queue's order: least time left in the citizen's 24-hour window
    // first; cases whose window already closed after them, oldest first.
    auto q = c.query("SELECT k.id FROM cases k JOIN contacts t ON t.id = k.contact_id "
                     "WHERE k.state = ? AND k.owner_id IS NULL "
                     "ORDER BY coalesce(t.last_inbound_at, 0) + ? <= ?, coalesce(t.last_inbound_at, 0), k.id LIMIT 1",
                     CaseState::fresh, service_window_ms, now_ms);
    if (!q.next()) return std::nullopt;
    const auto id = q.int64(0);
    set_state(c, id, CaseState::claimed, user_id, "case_claimed", now_ms);
    return id;
}

Status release_case(storage::Connection& c, std::int64_t case_id, std::int64_t user_id, std::int64_t now_ms) {
    auto row = owned(c, case_id, user_id);
    if (!row) return row.error();
    set_state(c, case_id, CaseState::fresh, std::nullopt, "case_released", now_ms);
    return {};
}

Status transfer_case(storage::Connection& c, std::int64_t case_id, std::int64_t user_id, const std::string& to_username,
                     std::int64_t now_ms) {
    auto row = owned(c, case_id, user_id);
    if (!row) return row.error();
    auto q = c.query("SELECT id, role, disabled FROM users WHERE username = ?", to_username);
    if (!q.next()) return make_error(api::ErrorCode::validation_failed, "no colleague " + to_username, "username");
    const auto role = role_from_string(q.text(1));
    if (q.int64(2) != 0 || !role || !has_permission(*role, Permission::answer_requests))
        return make_error(api::ErrorCode::validation_failed, to_username + " cannot answer requests", "username");
    const auto to = q.int64(0);
    set_state(c, case_id, CaseState::claimed, to, "case_transferred", now_ms);
    audit(c, someone(c, user_id), "case_transferred", "case " + std::to_string(case_id), "to " + to_username, now_ms);
    return {};
}

std::vector<api::CaseOperator> list_colleagues(storage::Connection& c) {
    std::vector<api::CaseOperator> colleagues;
    auto q = c.query("SELECT id, username, display_name, role FROM users WHERE disabled = 0 "
                     "ORDER BY display_name COLLATE NOCASE, username");
    while (q.next()) {
        const auto role = role_from_string(q.text(3));
        if (role && has_permission(*role, Permission::answer_requests))
            colleagues.push_back(api::CaseOperator{q.int64(0), q.text(1), q.text(2)});
    }
    return colleagues;
}

Status close_case(storage::Connection& c, std::int64_t case_id, std::int64_t user_id, api::CaseOutcome outcome,
                  std::int64_t now_ms) {
    auto row = owned(c, case_id, user_id);
    if (!row) return row.error();
    c.query("UPDATE cases SET state = ?, outcome = ?, closed_at = ?, closed_by = ?, touched_at = ? WHERE id = ?",
            CaseState::closed, outcome, now_ms, user_id, now_ms, case_id).run();
    bj::object data{{"case_id", case_id}, {"state", "closed"}, {"outcome", api::to_string(outcome)}};
    record_case_event(c, case_id, "case_closed", bj::serialize(data), now_ms);
    roll_up_case_closed(c, now_ms, api::to_string(outcome));
    return {};
}

void touch_case(storage::Connection& c, std::int64_t case_id, std::int64_t user_id, std::int64_t now_ms) {
    c.query("UPDATE cases SET touched_at = ? WHERE id = ? AND owner_id = ? AND state <> ?", now_ms, case_id, user_id,
            CaseState::closed).run();
}

Result<api::CaseReplyAccepted> queue_case_reply(storage::Connection& c, std::int64_t case_id, std::int64_t user_id,
                                                const PreparedReply& reply, std::int64_t now_ms) {
    const std::string key = "case:" + std::to_string(case_id) + ":" + reply.idempotency_key;
    if (auto seen = c.query("SELECT id, state FROM outbox WHERE idempotency_key = ?", key); seen.next())
        return api::CaseReplyAccepted{seen.int64(0), seen.text(1)};   // a retried reply: sent once
    auto row = owned(c, case_id, user_id);
    if (!row) return row.error();
    if (!reply.is_template) {
        auto w = c.query("SELECT last_inbound_at FROM contacts WHERE id = ?", row->contact_id);
        if (!w.next() || !window_open(w.optional_int64(0), now_ms))
            return make_error(api::ErrorCode::outside_window,
                              "the citizen's 24-hour window is closed: only an approved template can be sent", "text");
    }
    const auto queued = enqueue(c, NewOutbound{key, row->contact_id, "operator_reply", Lane::interactive,
                                               reply.payload_enc, {}, std::nullopt, now_ms},
                                now_ms);
    c.query("UPDATE outbox SET case_id = ?, author_id = ? WHERE id = ?", case_id, user_id, queued.id).run();
    if (auto first = c.query("SELECT opened_at FROM cases WHERE id = ? AND first_reply_outbox IS NULL", case_id);
        first.next())
        roll_up_first_reply(c, first.int64(0), now_ms, user_id);
    c.query("UPDATE cases SET state = ?, touched_at = ?, first_reply_outbox = coalesce(first_reply_outbox, ?), "
            "first_reply_by = coalesce(first_reply_by, ?) WHERE id = ?",
            CaseState::waiting, now_ms, queued.id, user_id, case_id).run();
    bj::object data{{"case_id", case_id}, {"state", "waiting"}, {"outbox_id", queued.id}, {"status", "queued"}};
    record_case_event(c, case_id, "case_reply", bj::serialize(data), now_ms);
    audit(c, someone(c, user_id), "case_reply", "case " + std::to_string(case_id),
          "outbox " + std::to_string(queued.id) + (reply.is_template ? " (template)" : ""), now_ms);
    return api::CaseReplyAccepted{queued.id, "queued"};
}

bool note_reply_status(storage::Connection& c, const std::string& wamid, OutboxState status, std::int64_t now_ms) {
    auto q = c.query("SELECT id, case_id FROM outbox WHERE wamid = ? AND case_id IS NOT NULL", wamid);
    if (!q.next()) return false;
    bj::object data{{"case_id", q.int64(1)}, {"outbox_id", q.int64(0)}, {"status", to_string(status)}};
    record_case_event(c, q.int64(1), "reply_status", bj::serialize(data), now_ms);
    return true;
}

int release_stale_cases(storage::Connection& c, std::int64_t timeout_ms, std::int64_t now_ms) {
    auto q = c.query("SELECT id, owner_id FROM cases WHERE state = ? AND coalesce(touched_at, 0) < ?",
                     CaseState::claimed, now_ms - timeout_ms);
    std::vector<std::pair<std::int64_t, std::int64_t>> stale;
    while (q.next()) stale.emplace_back(q.int64(0), q.optional_int64(1).value_or(0));
    for (const auto& [id, owner] : stale) {
        set_state(c, id, CaseState::fresh, std::nullopt, "case_released", now_ms);
        audit(c, "relay", "case_returned_to_queue", "case " + std::to_string(id),
              "untouched by " + someone(c, owner) + " for " + std::to_string(timeout_ms / 60000) + " minutes", now_ms);
    }
    return static_cast<int>(stale.size());
}

Result<std::int64_t> case_contact(storage::Connection& c, std::int64_t case_id) {
    auto row = load(c, case_id);
    if (!row) return row.error();
    return row->contact_id;
}

} // namespace sportello::relay
