#pragma once
// Operator accounts. There are no built-in accounts: the first administrator
// is created on the server with `sportello-relay admin create-user`.
// All functions run inside a database job.

#include "sportello/api/contract.hpp"
#include "sportello/result.hpp"
#include "storage/sqlite.hpp"

#include <optional>
#include <string>

namespace sportello::relay {

struct StoredUser {
    api::UserInfo info;
    std::string password_hash;
    bool disabled = false;
};

// Errors: invalid_request (bad username), conflict (username taken).
Result<api::UserInfo> create_user(storage::Connection& c, const std::string& username, const std::string& display_name,
                                  Role role, const std::string& password_hash, std::int64_t now_ms);

std::optional<StoredUser> find_user(storage::Connection& c, const std::string& username);

// Usernames: 3–64 of [a-z0-9._-], case-insensitive.
bool is_valid_username(std::string_view username) noexcept;

} // namespace sportello::relay
