#include "sire/consent_ledger.hpp"

#include "sportello/outbox_state.hpp"
#include "sportello/phone.hpp"

namespace sportello::relay {

std::string_view outbox_kind_for(api::ConsentScope scope) noexcept {
    return scope == api::ConsentScope::reminders ? "push" : "broadcast";
}

int record_consent(storage::Connection& c, const security::Vault& vault, const ConsentRecord& r, std::int64_t now_ms) {
    const std::string scope(api::to_string(r.scope));
    std::optional<storage::Blob> evidence;
    if (!r.evidence.empty()) evidence = vault.encrypt(r.evidence, "consent.evidence");
    c.query("INSERT INTO consent_events(contact_id, scope, action, source, channel, evidence_enc, at, recorded_at, "
            "recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            r.contact_id, scope, r.grant ? "grant" : "withdraw", r.source, r.channel, evidence, r.at_ms, now_ms,
            r.recorded_by).run();
    c.query("INSERT INTO consent_state(contact_id, scope, granted, since) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(contact_id, scope) DO UPDATE SET granted = excluded.granted, since = excluded.since",
            r.contact_id, scope, r.grant, r.at_ms).run();
    if (r.grant) return 0;
    c.query("UPDATE outbox SET state = ?, error_title = 'consent_withdrawn', state_changed_at = ? "
            "WHERE contact_id = ? AND kind = ? AND state = ?",
            OutboxState::cancelled, now_ms, r.contact_id, outbox_kind_for(r.scope), OutboxState::queued).run();
    return c.changes();
}

bool has_consent(storage::Connection& c, std::int64_t contact_id, api::ConsentScope scope) {
    auto q = c.query("SELECT granted FROM consent_state WHERE contact_id = ? AND scope = ?", contact_id,
                     std::string(api::to_string(scope)));
    return q.next() && q.int64(0) != 0;
}

api::ConsentView consent_view(storage::Connection& c, const security::Vault& vault, std::int64_t contact_id,
                              const std::string& msisdn) {
    api::ConsentView v;
    v.phone = phone::to_e164(msisdn);
    auto state = c.query("SELECT scope, granted, since FROM consent_state WHERE contact_id = ?", contact_id);
    while (state.next()) {
        auto& s = state.text(0) == "reminders" ? v.reminders : v.information;
        s.granted = state.int64(1) != 0;
        s.since_ms = state.int64(2);
    }
    auto q = c.query("SELECT scope, action, source, channel, evidence_enc, at, recorded_by FROM consent_events "
                     "WHERE contact_id = ? ORDER BY id", contact_id);
    while (q.next()) {
        api::ConsentEvent e;
        e.scope = api::consent_scope_from_string(q.text(0)).value_or(api::ConsentScope::reminders);
        e.action = q.text(1);
        e.source = q.text(2);
        e.channel = q.text(3);
        if (!q.is_null(4)) e.evidence = vault.decrypt(q.blob(4), "consent.evidence");
        e.at_ms = q.int64(5);
        e.recorded_by = q.text(6);
        v.history.push_back(std::move(e));
    }
    return v;
}

} // namespace sportello::relay
