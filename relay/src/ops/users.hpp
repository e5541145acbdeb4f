#pragma once
// Operator accounts and their sessions in the database. There are no
// built-in accounts: the first administrator is created on the server with
// `sportello-relay admin create-user`. All functions run inside a database
// job; those that change something write the audit record in the same job.

#include "sportello/api/contract.hpp"
#include "sportello/api/users.hpp"
#include "sportello/crypto.hpp"
#include "sportello/result.hpp"
#include "storage/sqlite.hpp"

#include <optional>
#include <string>
#include <vector>

namespace sportello::relay {

struct StoredUser {
    api::UserInfo info;             // info.must_change_password included
    std::string password_hash;
    bool disabled = false;
    int failed_logins = 0;
    std::int64_t locked_until_ms = 0;
    int lock_count = 0;
};

// Errors: invalid_request (bad username), conflict (username taken).
Result<api::UserInfo> create_user(storage::Connection& c, const std::string& username, const std::string& display_name,
                                  Role role, const std::string& password_hash, std::int64_t now_ms,
                                  bool must_change_password = false);

std::optional<StoredUser> find_user(storage::Connection& c, const std::string& username);
std::optional<api::UserView> user_view(storage::Connection& c, std::int64_t id, std::int64_t now_ms);
std::vector<api::UserView> list_users(storage::Connection& c, std::int64_t now_ms);

// Changes what `update` holds. An administrator cannot demote or disable the
// last active administrator; disabling ends the user's sessions at once.
// Errors: not_found, conflict (the last active administrator).
Result<api::UserView> update_user(storage::Connection& c, std::int64_t id, const api::UserUpdate& update,
                                  const std::string& actor, std::int64_t now_ms);

// A new password (already hashed) to change at the next login: the user's
// sessions end and any lock is lifted. Errors: not_found.
Result<api::UserView> set_temporary_password(storage::Connection& c, std::int64_t id, const std::string& password_hash,
                                             const std::string& actor, std::int64_t now_ms);

// Lifts a lock and clears the failure count. Errors: not_found.
Result<api::UserView> unlock_user(storage::Connection& c, std::int64_t id, const std::string& actor, std::int64_t now_ms);

// Sessions still valid at now_ms (neither idle since idle_cutoff_ms nor past
// their absolute expiry), newest first; of one user, or of all with nullopt.
// `current` marks the one whose token hash is current_token_hash.
std::vector<api::SessionView> list_sessions(storage::Connection& c, std::optional<std::int64_t> user_id,
                                            const crypto::Bytes& current_token_hash, std::int64_t now_ms,
                                            std::int64_t idle_cutoff_ms);

// Ends the session with this public id, when it belongs to owner (any
// owner with nullopt). Returns whether one was ended.
bool end_session(storage::Connection& c, const std::string& public_id, std::optional<std::int64_t> owner,
                 const std::string& actor, std::int64_t now_ms);

// Usernames: 3–64 of [a-z0-9._-], case-insensitive.
bool is_valid_username(std::string_view username) noexcept;

} // namespace sportello::relay
