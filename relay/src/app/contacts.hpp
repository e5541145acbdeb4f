#pragma once
// Citizens as the database knows them: a row per phone number, found by its
// keyed hash, with the number and profile name stored only encrypted.
// All functions run inside a database job.

#include "security/vault.hpp"
#include "storage/sqlite.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace sportello::relay {

// What the I/O thread computes before the job, so that the writer thread
// does no cryptography.
struct ContactKey {
    crypto::Bytes phone_hash;
    crypto::Bytes phone_enc;
    crypto::Bytes profile_name_enc;   // empty when unknown
};

ContactKey make_contact_key(const security::Vault& vault, const std::string& msisdn, const std::string& profile_name = {});

// Finds or creates the contact. inbound_at_ms (a message's own timestamp)
// moves last_inbound_at forward, never back. `language`, when given,
// receives the contact's language ("it", "en").
std::int64_t upsert_contact(storage::Connection& c, const ContactKey& key, std::optional<std::int64_t> inbound_at_ms,
                            std::int64_t now_ms, std::string* language = nullptr);

std::optional<std::int64_t> find_contact(storage::Connection& c, const crypto::Bytes& phone_hash);

// A citizen changed number (system message user_changed_number): the
// contact row takes the new number, so history, consent and open cases
// follow; a contact that already existed for the new number is merged into
// it. Returns the contact id, or nullopt when the old number is unknown.
std::optional<std::int64_t> change_contact_number(storage::Connection& c, const ContactKey& old_key,
                                                  const ContactKey& new_key);

// The contact's number (msisdn), decrypted. Throws if the contact is unknown.
std::string contact_msisdn(storage::Connection& c, const security::Vault& vault, std::int64_t contact_id);

} // namespace sportello::relay
