#include "cases/case_views.hpp"

#include "outbound/outbox.hpp"
#include "outbound/window.hpp"
#include "sportello/hashtag/matcher.hpp"
#include "sportello/hashtag/normalize.hpp"
#include "sportello/phone.hpp"
#include "sportello/whatsapp/identity.hpp"
#include "sportello/whatsapp/outgoing.hpp"
#include "sportello/whatsapp/text_rules.hpp"

#include <algorithm>

namespace sportello::relay {
namespace {

constexpr std::size_t preview_length = 80;
constexpr std::int64_t thread_length = 200;
constexpr std::int64_t day_ms = 24LL * 3600 * 1000;

// One query for every view of a case: the case, its owner, its citizen and
// the citizen's latest words in it.
constexpr const char* case_columns =
    "SELECT k.id, k.state, k.outcome, k.reason, k.opened_at, k.last_inbound_at, k.owner_id, u.username, "
    "u.display_name, t.phone_enc, t.user_id_enc, t.profile_name_enc, t.last_inbound_at, k.contact_id, "
    "(SELECT i.body_enc FROM inbound_messages i WHERE i.case_id = k.id AND i.body_enc IS NOT NULL "
    " ORDER BY i.id DESC LIMIT 1) "
    "FROM cases k JOIN contacts t ON t.id = k.contact_id LEFT JOIN users u ON u.id = k.owner_id ";

// The queue's order: least time left in the citizen's 24-hour window first;
// cases whose window already closed after them, oldest first.
constexpr const char* queue_order =
    " ORDER BY coalesce(t.last_inbound_at, 0) + ?1 <= ?2, coalesce(t.last_inbound_at, 0), k.id LIMIT 500";

std::string citizen_label(const security::Vault& vault, const std::optional<storage::Blob>& phone,
                          const std::optional<storage::Blob>& user_id) {
    if (phone) return phone::mask(vault.decrypt(*phone, "contacts.phone"));
    if (user_id) return wa::mask_user_id(vault.decrypt(*user_id, "contacts.user_id"));
    return {};
}

struct Row {
    api::CaseSummary summary;
    std::int64_t contact_id = 0;
    std::string latest_text;   // the citizen's latest words in the case, in full
};

Row read_row(storage::Query& q, const security::Vault& vault, const Presence& presence, std::int64_t now_ms) {
    Row r;
    auto& s = r.summary;
    s.id = q.int64(0);
    s.state = api::case_state_from_string(q.text(1)).value_or(api::CaseState::fresh);
    if (auto o = q.optional_text(2)) s.outcome = api::case_outcome_from_string(*o);
    s.reason = api::case_reason_from_string(q.text(3)).value_or(api::CaseReason::free_text);
    s.opened_at_ms = q.int64(4);
    s.last_inbound_at_ms = q.int64(5);
    if (auto owner = q.optional_int64(6)) s.owner = api::CaseOperator{*owner, q.text(7), q.text(8)};
    s.citizen = citizen_label(vault, q.optional_blob(9), q.optional_blob(10));
    if (auto name = q.optional_blob(11)) s.profile_name = vault.decrypt(*name, "contacts.profile_name");
    if (auto window = q.optional_int64(12); window && window_open(window, now_ms)) s.window_closes_at_ms = *window + day_ms;
    r.contact_id = q.int64(13);
    if (auto body = q.optional_blob(14)) r.latest_text = vault.decrypt(*body, "inbound.body");
    s.preview = wa::truncate(r.latest_text, preview_length);
    s.viewers = presence.viewers(s.id, now_ms);
    return r;
}

std::string outgoing_text(const security::Vault& vault, const storage::Blob& payload) {
    if (payload.empty()) return {};   // erased by retention (core/retention.hpp)
    auto m = wa::decode_outgoing(vault.decrypt(payload, "outbox.payload"));
    return m ? readable_text(*m) : std::string();
}

std::vector<api::ThreadItem> thread_of(storage::Connection& c, const security::Vault& vault, std::int64_t contact_id) {
    std::vector<api::ThreadItem> items;
    auto in = c.query("SELECT sent_at, type, body_enc FROM inbound_messages WHERE contact_id = ? AND ignored = 0 "
                      "ORDER BY sent_at DESC, id DESC LIMIT ?", contact_id, thread_length);
    while (in.next()) {
        api::ThreadItem t;
        t.at_ms = in.int64(0);
        t.direction = "in";
        t.kind = "citizen";
        t.type = in.text(1);
        if (auto body = in.optional_blob(2)) t.text = vault.decrypt(*body, "inbound.body");
        items.push_back(std::move(t));
    }
    auto out = c.query("SELECT o.id, o.created_at, o.kind, o.payload_enc, o.state, o.error_code, o.error_title, "
                       "u.display_name FROM outbox o LEFT JOIN users u ON u.id = o.author_id "
                       "WHERE o.contact_id = ? ORDER BY o.created_at DESC, o.id DESC LIMIT ?", contact_id, thread_length);
    while (out.next()) {
        api::ThreadItem t;
        t.outbox_id = out.int64(0);
        t.at_ms = out.int64(1);
        t.direction = "out";
        t.kind = out.text(2);
        t.text = outgoing_text(vault, out.blob(3));
        t.type = t.text.empty() ? "" : "text";
        t.status = out.text(4);
        if (t.status == "failed" || t.status == "expired" || t.status == "cancelled")
            t.error = out.optional_text(6).value_or(out.optional_int64(5) ? std::to_string(*out.optional_int64(5)) : "");
        t.author = out.optional_text(7).value_or("");
        items.push_back(std::move(t));
    }
    auto consent = c.query("SELECT at, scope, action, channel FROM consent_events WHERE contact_id = ? "
                           "ORDER BY at DESC, id DESC LIMIT 50", contact_id);
    while (consent.next()) {
        api::ThreadItem t;
        t.at_ms = consent.int64(0);
        t.direction = "event";
        t.kind = "consent";
        t.type = consent.text(2);                                  // grant, withdraw
        t.text = consent.text(1) + " (" + consent.text(3) + ")";   // scope (channel)
        items.push_back(std::move(t));
    }
    std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.at_ms < b.at_ms; });
    if (items.size() > static_cast<std::size_t>(thread_length))
        items.erase(items.begin(), items.end() - thread_length);
    return items;
}

api::CaseTiming timing_of(storage::Connection& c, std::int64_t case_id) {
    api::CaseTiming t;
    auto q = c.query("SELECT k.opened_at, k.closed_at, o.sent_at, u.id, u.username, u.display_name, "
                     "(SELECT min(s.at) FROM message_statuses s WHERE s.wamid = o.wamid AND s.status IN (?, ?)) "
                     "FROM cases k LEFT JOIN outbox o ON o.id = k.first_reply_outbox "
                     "LEFT JOIN users u ON u.id = k.first_reply_by WHERE k.id = ?",
                     OutboxState::delivered, OutboxState::read, case_id);
    if (!q.next()) return t;
    t.opened_at_ms = q.int64(0);
    t.closed_at_ms = q.optional_int64(1);
    t.first_reply_at_ms = q.optional_int64(2);
    if (auto id = q.optional_int64(3)) t.first_replied_by = api::CaseOperator{*id, q.text(4), q.text(5)};
    t.first_reply_delivered_at_ms = q.optional_int64(6);
    return t;
}

api::CannedAnswer canned(const hashtag::TreeNode& n) {
    return api::CannedAnswer{n.id, n.tag, n.title, n.answer_it};
}

// The bot's near misses for the citizen's words: the closest tags it offered.
std::vector<api::CannedAnswer> suggestions_for(const std::string& text, const TreeSnapshot& tree) {
    std::vector<api::CannedAnswer> out;
    if (text.empty()) return out;
    const auto d = hashtag::decide({hashtag::CitizenInput::Kind::text, text}, tree.index, hashtag::BotConfig{});
    for (const auto& item : d.items)
        for (auto id : item.suggestions)
            if (const auto* n = tree.index.by_id(id)) out.push_back(canned(*n));
    return out;
}

} // namespace

std::optional<CaseFilter> case_filter_from_string(std::string_view s) noexcept {
    if (s == "mine") return CaseFilter::mine;
    if (s == "unassigned") return CaseFilter::unassigned;
    if (s == "all") return CaseFilter::all;
    if (s == "closed") return CaseFilter::closed;
    return std::nullopt;
}

api::CaseList list_cases(storage::Connection& c, const security::Vault& vault, CaseFilter filter, std::int64_t user_id,
                         const Presence& presence, std::int64_t now_ms) {
    api::CaseList list;
    const std::string sql = std::string(case_columns) + [&] {
        switch (filter) {
        case CaseFilter::mine: return "WHERE k.state <> 'closed' AND k.owner_id = ?3" + std::string(queue_order);
        case CaseFilter::unassigned: return "WHERE k.state = 'new'" + std::string(queue_order);
        case CaseFilter::all: return "WHERE k.state <> 'closed'" + std::string(queue_order);
        case CaseFilter::closed: break;
        }
        return std::string("WHERE k.state = 'closed' AND k.closed_at >= ?2 - ?1 ORDER BY k.closed_at DESC LIMIT 500");
    }();
    auto q = filter == CaseFilter::mine ? c.query(sql, service_window_ms, now_ms, user_id)
                                        : c.query(sql, service_window_ms, now_ms);
    while (q.next()) list.cases.push_back(read_row(q, vault, presence, now_ms).summary);
    for (auto state : {api::CaseState::fresh, api::CaseState::claimed, api::CaseState::waiting})
        list.counts[std::string(api::to_string(state))] = 0;
    auto counts = c.query("SELECT state, count(*) FROM cases WHERE state <> ? GROUP BY state", api::CaseState::closed);
    while (counts.next()) list.counts[counts.text(0)] = counts.int64(1);
    auto closed = c.query("SELECT count(*) FROM cases WHERE state = ? AND closed_at >= ?", api::CaseState::closed,
                          now_ms - day_ms);
    closed.next();
    list.counts["closed"] = closed.int64(0);
    return list;
}

Result<api::CaseDetail> case_detail(storage::Connection& c, const security::Vault& vault, std::int64_t case_id,
                                    const TreeSnapshot& tree, const Presence& presence, std::int64_t now_ms) {
    auto q = c.query(std::string(case_columns) + "WHERE k.id = ?", case_id);
    if (!q.next()) return make_error(api::ErrorCode::not_found, "no case " + std::to_string(case_id));
    auto row = read_row(q, vault, presence, now_ms);
    api::CaseDetail d;
    d.summary = std::move(row.summary);
    d.thread = thread_of(c, vault, row.contact_id);
    d.timing = timing_of(c, case_id);
    d.suggestions = suggestions_for(row.latest_text, tree);
    return d;
}

std::vector<api::CannedAnswer> canned_answers(const TreeSnapshot& tree, std::string_view query, std::size_t limit) {
    const auto wanted = hashtag::normalize_tag(query);
    std::vector<api::CannedAnswer> out;
    for (const auto& n : tree.index.nodes()) {
        if (out.size() >= limit) break;
        const bool hit = wanted.empty() || n.tag.find(wanted) != std::string::npos ||
                         hashtag::normalize_tag(n.title).find(wanted) != std::string::npos ||
                         std::any_of(n.aliases.begin(), n.aliases.end(),
                                     [&](const std::string& a) { return a.find(wanted) != std::string::npos; });
        if (hit) out.push_back(canned(n));
    }
    return out;
}

std::string readable_text(const wa::OutgoingMessage& m) {
    if (m.kind != wa::OutgoingMessage::Kind::template_message) return m.body;
    std::string text = m.template_name + ":";
    for (std::size_t i = 0; i < m.parameters.size(); ++i) text += (i ? ", " : " ") + m.parameters[i];
    return text;
}

} // namespace sportello::relay
