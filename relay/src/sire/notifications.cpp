#include "sire/notifications.hpp"

#include "outbound/outbox.hpp"
#include "sire/consent_ledger.hpp"
#include "sire/templates.hpp"
#include "sportello/phone.hpp"
#include "sportello/whatsapp/outgoing.hpp"

namespace sportello::relay {
namespace {

NotificationOutcome failed(Error e) {
    NotificationOutcome o;
    o.status = api::http_status(e.code);
    o.error = std::move(e);
    return o;
}

std::string outbox_state(storage::Connection& c, std::int64_t outbox_id) {
    auto q = c.query("SELECT state FROM outbox WHERE id = ?", outbox_id);
    return q.next() ? q.text(0) : std::string("unknown");
}

} // namespace

PreparedNotification prepare_notification(const security::Vault& vault, api::NotificationRequest request,
                                          std::string field_prefix) {
    PreparedNotification p;
    p.field_prefix = std::move(field_prefix);
    p.invalid = api::check_notification(request, p.field_prefix);
    if (!p.invalid) {
        const auto msisdn = *phone::normalize(request.phone);
        p.contact = make_contact_key(vault, msisdn);
        wa::OutgoingMessage m;
        m.kind = wa::OutgoingMessage::Kind::template_message;
        m.template_name = request.template_name;
        m.template_language = request.language;
        m.parameters = request.parameters;
        p.payload_enc = vault.encrypt(wa::encode(m), "outbox.payload");
        // The canonical form: the same request however its JSON was written.
        request.phone = msisdn;
        p.body_hash = crypto::sha256(api::encode(request));
    }
    p.request = std::move(request);
    return p;
}

NotificationOutcome accept_notification(storage::Connection& c, const PreparedNotification& p, std::int64_t client_id,
                                        const QuietHours& quiet, std::int64_t now_ms) {
    if (p.invalid) return failed(*p.invalid);
    const auto& n = p.request;
    // Idempotency first: a replay answers what the first call answered.
    auto seen = c.query("SELECT id, body_hash, outbox_id FROM notifications WHERE client_id = ? AND idempotency_key = ?",
                        client_id, n.idempotency_key);
    if (seen.next()) {
        if (seen.blob(1) != p.body_hash)
            return failed(make_error(api::ErrorCode::idempotency_mismatch,
                                     p.field_prefix + "idempotency_key: already used for a different notification",
                                     p.field_prefix + "idempotency_key"));
        NotificationOutcome o;
        o.accepted = api::NotificationAccepted{seen.int64(2), outbox_state(c, seen.int64(2)), std::nullopt, std::nullopt};
        return o;
    }
    if (auto e = check_template_use(c, n.template_name, n.language, n.parameters.size(), p.field_prefix)) return failed(*e);
    const auto contact = find_contact(c, p.contact.phone_hash);
    if (!contact || !has_consent(c, *contact, api::ConsentScope::reminders))
        return failed(make_error(api::ErrorCode::consent_missing,
                                 p.field_prefix + "phone: the citizen has not consented to personal reminders",
                                 p.field_prefix + "phone"));
    NotificationOutcome out;
    out.accepted = api::NotificationAccepted{};
    if (!n.replace_key.empty()) {
        auto old = c.query("SELECT n.outbox_id FROM notifications n JOIN outbox o ON o.id = n.outbox_id "
                           "WHERE n.contact_id = ? AND n.replace_key = ? AND o.state = ? ORDER BY n.id DESC",
                           *contact, n.replace_key, OutboxState::queued);
        std::vector<std::int64_t> pending;
        while (old.next()) pending.push_back(old.int64(0));
        for (const auto outbox_id : pending) {
            c.query("UPDATE outbox SET state = ?, error_title = 'replaced', state_changed_at = ? "
                    "WHERE id = ? AND state = ?", OutboxState::cancelled, now_ms, outbox_id, OutboxState::queued).run();
            if (!out.accepted->replaced) out.accepted->replaced = outbox_id;
        }
    }
    const auto not_before = next_allowed_time(quiet, std::max(now_ms, n.not_before_ms.value_or(now_ms)));
    NewOutbound o{"push:" + std::to_string(client_id) + ":" + n.idempotency_key, *contact, "push", Lane::bulk,
                  p.payload_enc, {}, std::nullopt, not_before};
    const auto queued = enqueue(c, o, now_ms);
    // The template in clear for the reports (the payload is encrypted).
    c.query("UPDATE outbox SET template_name = ?, expires_at = coalesce(?, expires_at) WHERE id = ?", n.template_name,
            n.expires_at_ms, queued.id).run();
    std::optional<std::string> replace;
    if (!n.replace_key.empty()) replace = n.replace_key;
    c.query("INSERT INTO notifications(client_id, idempotency_key, body_hash, outbox_id, contact_id, replace_key, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            client_id, n.idempotency_key, p.body_hash, queued.id, *contact, replace, now_ms).run();
    out.accepted->id = queued.id;   // the message id of GET /api/v1/messages
    out.accepted->state = to_string(OutboxState::queued);
    if (not_before > now_ms) out.accepted->scheduled_for_ms = not_before;
    return out;
}

} // namespace sportello::relay
