#pragma once
// Citizens as the database knows them (DESIGN principle 9): a row per person,
// known by a phone number, a WhatsApp user id (usernames), or both. Each is
// found by its keyed hash and stored only encrypted, like the profile name.
// All functions but make_*_key run inside a database job.

#include "security/vault.hpp"
#include "storage/sqlite.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace sportello::relay {

// What the I/O thread computes before the job, so that the writer thread
// does no cryptography. An identity part left empty is unknown.
struct ContactKey {
    crypto::Bytes phone_hash;
    crypto::Bytes phone_enc;
    crypto::Bytes user_id_hash;
    crypto::Bytes user_id_enc;
    crypto::Bytes profile_name_enc;   // empty when unknown
    bool has_phone() const noexcept { return !phone_hash.empty(); }
    bool has_user_id() const noexcept { return !user_id_hash.empty(); }
};

ContactKey make_contact_key(const security::Vault& vault, const std::string& msisdn, const std::string& profile_name = {});

// A citizen as a webhook names them: msisdn and user_id may each be empty,
// not both.
ContactKey make_citizen_key(const security::Vault& vault, const std::string& msisdn, const std::string& user_id,
                            const std::string& profile_name = {});

// The keyed hash of a user id, for lookups.
crypto::Bytes user_id_hash(const security::Vault& vault, const std::string& user_id);

// Finds or creates the citizen. A user id that arrives with a known number is
// attached to that citizen (a row known only by that user id is merged into
// it); a number that arrives with a known user id alone is attached to it.
// inbound_at_ms (a message's own time) moves last_inbound_at forward, never
// back. `language`, when given, receives the contact's language ("it", "en").
std::int64_t upsert_contact(storage::Connection& c, const ContactKey& key, std::optional<std::int64_t> inbound_at_ms,
                            std::int64_t now_ms, std::string* language = nullptr);

std::optional<std::int64_t> find_contact(storage::Connection& c, const crypto::Bytes& phone_hash);
std::optional<std::int64_t> find_contact_by_user_id(storage::Connection& c, const crypto::Bytes& user_id_hash);

// A send's response named the recipient's user id: kept for the citizen,
// unless they have one already or another citizen holds it.
void remember_user_id(storage::Connection& c, std::int64_t contact_id, const crypto::Bytes& user_id_hash,
                      const crypto::Bytes& user_id_enc);

// A citizen changed number (system message user_changed_number): the
// contact row takes the new number, so history, consent and open cases
// follow; a contact that already existed for the new number is merged into
// it. Returns the contact id, or nullopt when the old number is unknown.
std::optional<std::int64_t> change_contact_number(storage::Connection& c, const ContactKey& old_key,
                                                  const ContactKey& new_key);

// The contact's number (msisdn), decrypted. Throws if the contact is unknown
// or has no number.
std::string contact_msisdn(storage::Connection& c, const security::Vault& vault, std::int64_t contact_id);

} // namespace sportello::relay
