#include "core/contacts.hpp"

#include <stdexcept>

namespace sportello::relay {
namespace {

std::optional<storage::Blob> blob_or_null(const crypto::Bytes& b) {
    if (b.empty()) return std::nullopt;
    return b;
}

std::optional<std::int64_t> single_id(storage::Query& q) {
    if (!q.next()) return std::nullopt;
    return q.int64(0);
}

// `gone` joins `kept`: its messages, sends, notifications and consent. Every
// table that refers to contacts must be listed here. The emptied row stays,
// with its own history, unreachable by any lookup.
void merge_contact(storage::Connection& c, std::int64_t kept, std::int64_t gone) {
    // One open case per citizen: when both have one, the gone one's messages
    // and replies join the kept one's, and it closes as a duplicate.
    auto open = c.query("SELECT (SELECT id FROM cases WHERE contact_id = ?1 AND state <> 'closed'), "
                        "(SELECT id FROM cases WHERE contact_id = ?2 AND state <> 'closed')", kept, gone);
    open.next();
    if (const auto kept_case = open.optional_int64(0), gone_case = open.optional_int64(1); kept_case && gone_case) {
        c.query("UPDATE inbound_messages SET case_id = ? WHERE case_id = ?", *kept_case, *gone_case).run();
        c.query("UPDATE outbox SET case_id = ? WHERE case_id = ?", *kept_case, *gone_case).run();
        c.query("UPDATE cases SET state = 'closed', outcome = 'duplicate', "
                "closed_at = (SELECT max(last_inbound_at) FROM cases WHERE id IN (?1, ?2)) WHERE id = ?2",
                *kept_case, *gone_case).run();
    }
    c.query("UPDATE cases SET contact_id = ? WHERE contact_id = ?", kept, gone).run();
    c.query("UPDATE inbound_messages SET contact_id = ? WHERE contact_id = ?", kept, gone).run();
    c.query("UPDATE outbox SET contact_id = ? WHERE contact_id = ?", kept, gone).run();
    c.query("UPDATE notifications SET contact_id = ? WHERE contact_id = ?", kept, gone).run();
    c.query("UPDATE contacts SET last_inbound_at = max(coalesce(last_inbound_at, 0), "
            "coalesce((SELECT last_inbound_at FROM contacts WHERE id = ?), 0)) WHERE id = ?", gone, kept).run();
    // The ledger is append-only: consent known only for the gone row is
    // carried over as new events.
    c.query("INSERT INTO consent_events(contact_id, scope, action, source, channel, evidence_enc, at, recorded_at, "
            "recorded_by) SELECT ?, s.scope, CASE s.granted WHEN 1 THEN 'grant' ELSE 'withdraw' END, "
            "'number_change', 'whatsapp', NULL, s.since, s.since, 'relay' FROM consent_state s WHERE s.contact_id = ? "
            "AND NOT EXISTS (SELECT 1 FROM consent_state o WHERE o.contact_id = ? AND o.scope = s.scope)",
            kept, gone, kept).run();
    c.query("INSERT OR IGNORE INTO consent_state(contact_id, scope, granted, since) "
            "SELECT ?, scope, granted, since FROM consent_state WHERE contact_id = ?", kept, gone).run();
    c.query("DELETE FROM consent_state WHERE contact_id = ?", gone).run();
    c.query("UPDATE contacts SET phone_hash = ?, user_id_hash = NULL, user_id_enc = NULL WHERE id = ?",
            crypto::sha256("merged:" + std::to_string(gone)), gone).run();
}

// The fast path of every message with a number and no user id: one statement.
std::int64_t upsert_by_phone(storage::Connection& c, const ContactKey& key, std::optional<std::int64_t> inbound_at_ms,
                             std::int64_t now_ms, std::string* language) {
    auto q = c.query(
        "INSERT INTO contacts(phone_hash, phone_enc, profile_name_enc, last_inbound_at, created_at) "
        "VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(phone_hash) DO UPDATE SET "
        "  profile_name_enc = coalesce(excluded.profile_name_enc, profile_name_enc), "
        "  last_inbound_at = CASE WHEN excluded.last_inbound_at IS NULL THEN last_inbound_at "
        "                         WHEN last_inbound_at IS NULL THEN excluded.last_inbound_at "
        "                         ELSE max(last_inbound_at, excluded.last_inbound_at) END "
        "RETURNING id, language",
        key.phone_hash, key.phone_enc, blob_or_null(key.profile_name_enc), inbound_at_ms, now_ms);
    if (!q.next()) throw std::runtime_error("contact upsert returned no row");
    if (language) *language = q.text(1);
    return q.int64(0);
}

} // namespace

ContactKey make_contact_key(const security::Vault& vault, const std::string& msisdn, const std::string& profile_name) {
    return make_citizen_key(vault, msisdn, {}, profile_name);
}

ContactKey make_citizen_key(const security::Vault& vault, const std::string& msisdn, const std::string& user_id,
                            const std::string& profile_name) {
    ContactKey k;
    if (!msisdn.empty()) {
        k.phone_hash = vault.lookup_hash(msisdn);
        k.phone_enc = vault.encrypt(msisdn, "contacts.phone");
    }
    if (!user_id.empty()) {
        k.user_id_hash = relay::user_id_hash(vault, user_id);
        k.user_id_enc = vault.encrypt(user_id, "contacts.user_id");
    }
    if (!profile_name.empty()) k.profile_name_enc = vault.encrypt(profile_name, "contacts.profile_name");
    return k;
}

crypto::Bytes user_id_hash(const security::Vault& vault, const std::string& user_id) {
    // Its own domain: a user id made of digits never collides with a number.
    return vault.lookup_hash("user_id:" + user_id);
}

std::int64_t upsert_contact(storage::Connection& c, const ContactKey& key, std::optional<std::int64_t> inbound_at_ms,
                            std::int64_t now_ms, std::string* language) {
    if (!key.has_user_id()) return upsert_by_phone(c, key, inbound_at_ms, now_ms, language);
    const auto by_user = find_contact_by_user_id(c, key.user_id_hash);
    std::optional<std::int64_t> by_phone;
    if (key.has_phone()) by_phone = find_contact(c, key.phone_hash);

    std::int64_t id = 0;
    if (by_phone) {
        id = *by_phone;
        if (by_user && *by_user != id) {
            // The user id belongs to the citizen of this number (§2.6): a row
            // known by it alone, or by an older number, joins this one.
            auto user_row = c.query("SELECT phone_hash IS NULL FROM contacts WHERE id = ?", *by_user);
            const bool user_only = user_row.next() && user_row.int64(0) == 1;
            if (user_only) merge_contact(c, id, *by_user);
            else c.query("UPDATE contacts SET user_id_hash = NULL, user_id_enc = NULL WHERE id = ?", *by_user).run();
        }
        c.query("UPDATE contacts SET user_id_hash = ?, user_id_enc = ? WHERE id = ? AND user_id_hash IS NOT ?",
                key.user_id_hash, key.user_id_enc, id, key.user_id_hash).run();
    } else if (by_user) {
        id = *by_user;
        if (key.has_phone()) {
            auto row = c.query("SELECT phone_hash IS NULL FROM contacts WHERE id = ?", id);
            if (row.next() && row.int64(0) == 1) {
                c.query("UPDATE contacts SET phone_hash = ?, phone_enc = ? WHERE id = ?", key.phone_hash, key.phone_enc,
                        id).run();
            } else {
                // The user id now comes with a number this citizen never had:
                // a new person for that number, who takes the user id.
                c.query("UPDATE contacts SET user_id_hash = NULL, user_id_enc = NULL WHERE id = ?", id).run();
                return upsert_contact(c, key, inbound_at_ms, now_ms, language);
            }
        }
    } else {
        auto q = c.query("INSERT INTO contacts(phone_hash, phone_enc, user_id_hash, user_id_enc, created_at) "
                         "VALUES (?, ?, ?, ?, ?) RETURNING id",
                         blob_or_null(key.phone_hash), blob_or_null(key.phone_enc), key.user_id_hash, key.user_id_enc,
                         now_ms);
        if (!q.next()) throw std::runtime_error("contact insert returned no row");
        id = q.int64(0);
    }
    auto q = c.query(
        "UPDATE contacts SET profile_name_enc = coalesce(?, profile_name_enc), "
        "  last_inbound_at = CASE WHEN ?2 IS NULL THEN last_inbound_at WHEN last_inbound_at IS NULL THEN ?2 "
        "                         ELSE max(last_inbound_at, ?2) END "
        "WHERE id = ?3 RETURNING language",
        blob_or_null(key.profile_name_enc), inbound_at_ms, id);
    if (!q.next()) throw std::runtime_error("contact " + std::to_string(id) + " vanished during its upsert");
    if (language) *language = q.text(0);
    return id;
}

std::optional<std::int64_t> find_contact(storage::Connection& c, const crypto::Bytes& phone_hash) {
    auto q = c.query("SELECT id FROM contacts WHERE phone_hash = ?", phone_hash);
    return single_id(q);
}

std::optional<std::int64_t> find_contact_by_user_id(storage::Connection& c, const crypto::Bytes& user_id_hash) {
    auto q = c.query("SELECT id FROM contacts WHERE user_id_hash = ?", user_id_hash);
    return single_id(q);
}

void remember_user_id(storage::Connection& c, std::int64_t contact_id, const crypto::Bytes& user_id_hash,
                      const crypto::Bytes& user_id_enc) {
    // Never to an erased citizen's pseudonymous row: a send in flight during
    // the erasure must not link it to anyone again.
    c.query("UPDATE contacts SET user_id_hash = ?1, user_id_enc = ?2 WHERE id = ?3 AND user_id_hash IS NULL "
            "AND erased_at IS NULL AND NOT EXISTS (SELECT 1 FROM contacts WHERE user_id_hash = ?1)",
            user_id_hash, user_id_enc, contact_id).run();
}

std::optional<std::int64_t> change_contact_number(storage::Connection& c, const ContactKey& old_key,
                                                  const ContactKey& new_key) {
    const auto old_id = find_contact(c, old_key.phone_hash);
    if (!old_id) return std::nullopt;
    if (const auto new_id = find_contact(c, new_key.phone_hash); new_id && *new_id != *old_id)
        merge_contact(c, *old_id, *new_id);   // the new number was already known
    c.query("UPDATE contacts SET phone_hash = ?, phone_enc = ? WHERE id = ?", new_key.phone_hash, new_key.phone_enc,
            *old_id).run();
    return old_id;
}

std::string contact_msisdn(storage::Connection& c, const security::Vault& vault, std::int64_t contact_id) {
    auto q = c.query("SELECT phone_enc FROM contacts WHERE id = ?", contact_id);
    if (!q.next()) throw std::runtime_error("unknown contact " + std::to_string(contact_id));
    if (!q.optional_blob(0)) throw std::runtime_error("contact " + std::to_string(contact_id) + " has no number");
    return vault.decrypt(q.blob(0), "contacts.phone");
}

} // namespace sportello::relay
