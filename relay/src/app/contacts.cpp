#include "app/contacts.hpp"

#include <stdexcept>

namespace sportello::relay {

ContactKey make_contact_key(const security::Vault& vault, const std::string& msisdn, const std::string& profile_name) {
    ContactKey k;
    k.phone_hash = vault.lookup_hash(msisdn);
    k.phone_enc = vault.encrypt(msisdn, "contacts.phone");
    if (!profile_name.empty()) k.profile_name_enc = vault.encrypt(profile_name, "contacts.profile_name");
    return k;
}

std::int64_t upsert_contact(storage::Connection& c, const ContactKey& key, std::optional<std::int64_t> inbound_at_ms,
                            std::int64_t now_ms, std::string* language) {
    std::optional<storage::Blob> name;
    if (!key.profile_name_enc.empty()) name = key.profile_name_enc;
    auto q = c.query(
        "INSERT INTO contacts(phone_hash, phone_enc, profile_name_enc, last_inbound_at, created_at) "
        "VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(phone_hash) DO UPDATE SET "
        "  profile_name_enc = coalesce(excluded.profile_name_enc, profile_name_enc), "
        "  last_inbound_at = CASE WHEN excluded.last_inbound_at IS NULL THEN last_inbound_at "
        "                         WHEN last_inbound_at IS NULL THEN excluded.last_inbound_at "
        "                         ELSE max(last_inbound_at, excluded.last_inbound_at) END "
        "RETURNING id, language",
        key.phone_hash, key.phone_enc, name, inbound_at_ms, now_ms);
    if (!q.next()) throw std::runtime_error("contact upsert returned no row");
    if (language) *language = q.text(1);
    return q.int64(0);
}

std::optional<std::int64_t> find_contact(storage::Connection& c, const crypto::Bytes& phone_hash) {
    auto q = c.query("SELECT id FROM contacts WHERE phone_hash = ?", phone_hash);
    if (!q.next()) return std::nullopt;
    return q.int64(0);
}

std::optional<std::int64_t> change_contact_number(storage::Connection& c, const ContactKey& old_key,
                                                  const ContactKey& new_key) {
    const auto old_id = find_contact(c, old_key.phone_hash);
    if (!old_id) return std::nullopt;
    if (const auto new_id = find_contact(c, new_key.phone_hash); new_id && *new_id != *old_id) {
        // The new number was already known: its messages join the citizen's
        // history. Every table that refers to contacts must be listed here.
        c.query("UPDATE inbound_messages SET contact_id = ? WHERE contact_id = ?", *old_id, *new_id).run();
        c.query("UPDATE outbox SET contact_id = ? WHERE contact_id = ?", *old_id, *new_id).run();
        c.query("UPDATE notifications SET contact_id = ? WHERE contact_id = ?", *old_id, *new_id).run();
        c.query("UPDATE contacts SET last_inbound_at = max(coalesce(last_inbound_at, 0), "
                "coalesce((SELECT last_inbound_at FROM contacts WHERE id = ?), 0)) WHERE id = ?", *new_id, *old_id).run();
        // The ledger is append-only: consent known only for the new number is
        // carried over as new events; the other row stays, unreachable, with
        // its own history.
        c.query("INSERT INTO consent_events(contact_id, scope, action, source, channel, evidence_enc, at, recorded_at, "
                "recorded_by) SELECT ?, s.scope, CASE s.granted WHEN 1 THEN 'grant' ELSE 'withdraw' END, "
                "'number_change', 'whatsapp', NULL, s.since, s.since, 'relay' FROM consent_state s WHERE s.contact_id = ? "
                "AND NOT EXISTS (SELECT 1 FROM consent_state o WHERE o.contact_id = ? AND o.scope = s.scope)",
                *old_id, *new_id, *old_id).run();
        c.query("INSERT OR IGNORE INTO consent_state(contact_id, scope, granted, since) "
                "SELECT ?, scope, granted, since FROM consent_state WHERE contact_id = ?", *old_id, *new_id).run();
        c.query("DELETE FROM consent_state WHERE contact_id = ?", *new_id).run();
        c.query("UPDATE contacts SET phone_hash = ? WHERE id = ?", crypto::sha256("merged:" + std::to_string(*new_id)),
                *new_id).run();
    }
    c.query("UPDATE contacts SET phone_hash = ?, phone_enc = ? WHERE id = ?", new_key.phone_hash, new_key.phone_enc,
            *old_id).run();
    return old_id;
}

std::string contact_msisdn(storage::Connection& c, const security::Vault& vault, std::int64_t contact_id) {
    auto q = c.query("SELECT phone_enc FROM contacts WHERE id = ?", contact_id);
    if (!q.next()) throw std::runtime_error("unknown contact " + std::to_string(contact_id));
    return vault.decrypt(q.blob(0), "contacts.phone");
}

} // namespace sportello::relay
