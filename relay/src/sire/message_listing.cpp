#include "sire/message_listing.hpp"

#include "sire/templates.hpp"
#include "sportello/phone.hpp"
#include "sportello/whatsapp/identity.hpp"
#include "sportello/whatsapp/outgoing.hpp"

#include <optional>

namespace sportello::relay {
namespace {

constexpr const char* columns =
    "SELECT o.id, o.kind, o.state, o.payload_enc, o.created_at, o.sent_at, o.wamid, o.error_code, o.error_title, "
    "o.error_details, o.state_changed_at, c.phone_enc, c.user_id_enc FROM outbox o JOIN contacts c ON c.id = o.contact_id";

api::MessageView view(storage::Connection& c, const security::Vault& vault, storage::Query& q) {
    api::MessageView m;
    m.id = q.int64(0);
    m.kind = q.text(1);
    m.status = q.text(2);
    // An empty payload was erased by retention (core/retention.hpp): no text.
    const auto payload_enc = q.blob(3);
    std::optional<wa::OutgoingMessage> payload;
    if (!payload_enc.empty())
        if (auto decoded = wa::decode_outgoing(vault.decrypt(payload_enc, "outbox.payload"))) payload = std::move(*decoded);
    if (payload) {
        if (payload->kind == wa::OutgoingMessage::Kind::template_message) {
            m.template_name = payload->template_name;
            m.parameters = payload->parameters;
        } else {
            m.text = payload->body;
            for (const auto& row : payload->rows) m.text += "\n[" + row.title + "]";
        }
    }
    m.created_at_ms = q.int64(4);
    m.sent_at_ms = q.optional_int64(5);
    m.error_code = q.optional_int64(7);
    m.error_title = q.optional_text(8).value_or("");
    m.error_details = q.optional_text(9).value_or("");
    if (auto phone = q.optional_blob(11)) m.phone = phone::to_e164(vault.decrypt(*phone, "contacts.phone"));
    else if (auto user_id = q.optional_blob(12)) m.user_id_masked = wa::mask_user_id(vault.decrypt(*user_id, "contacts.user_id"));
    m.history.push_back({std::string(to_string(OutboxState::queued)), m.created_at_ms});
    if (m.sent_at_ms) m.history.push_back({"accepted", *m.sent_at_ms});
    if (auto wamid = q.optional_text(6)) {
        // In the order statuses progress, whatever their clocks say (a time
        // of receipt stands in for an implausible one, see intake).
        auto s = c.query("SELECT status, at FROM message_statuses WHERE wamid = ? ORDER BY "
                         "CASE status WHEN ? THEN 1 WHEN ? THEN 2 WHEN ? THEN 3 ELSE 4 END, at",
                         *wamid, OutboxState::sent, OutboxState::delivered, OutboxState::read);
        while (s.next()) m.history.push_back({s.text(0), s.int64(1)});
    }
    // Outcomes decided by the relay itself carry the time they were decided.
    const auto state = outbox_state_from_string(m.status);
    if (state == OutboxState::cancelled || state == OutboxState::expired ||
        (state == OutboxState::failed && !q.optional_text(6)))
        m.history.push_back({m.status, q.optional_int64(10).value_or(m.created_at_ms)});
    return m;
}

} // namespace

api::MessagePage list_messages(storage::Connection& c, const security::Vault& vault, const MessageQuery& mq) {
    api::MessagePage page;
    auto q = !mq.status
        ? c.query(std::string(columns) + " WHERE o.contact_id = ? AND o.created_at >= ? "
                  "AND o.id > ? ORDER BY o.id LIMIT ?", mq.contact_id, mq.since_ms, mq.after_id,
                  static_cast<std::int64_t>(mq.limit + 1))
        : c.query(std::string(columns) + " WHERE o.contact_id = ? AND o.created_at >= ? "
                  "AND o.id > ? AND o.state = ? ORDER BY o.id LIMIT ?", mq.contact_id, mq.since_ms, mq.after_id,
                  *mq.status, static_cast<std::int64_t>(mq.limit + 1));
    std::vector<std::int64_t> ids;
    while (q.next()) {
        if (static_cast<int>(page.messages.size()) == mq.limit) {
            page.next_cursor = std::to_string(page.messages.back().id);
            break;
        }
        page.messages.push_back(view(c, vault, q));
    }
    return page;
}

std::optional<api::MessageView> get_message(storage::Connection& c, const security::Vault& vault, std::int64_t id,
                                           std::int64_t client_id) {
    auto q = c.query(std::string(columns) + " WHERE o.id = ? AND EXISTS "
                     "(SELECT 1 FROM notifications n WHERE n.outbox_id = o.id AND n.client_id = ?)", id, client_id);
    if (!q.next()) return std::nullopt;
    return view(c, vault, q);
}

} // namespace sportello::relay
