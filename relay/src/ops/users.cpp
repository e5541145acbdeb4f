#include "ops/users.hpp"

#include <algorithm>

namespace sportello::relay {

bool is_valid_username(std::string_view u) noexcept {
    if (u.size() < 3 || u.size() > 64) return false;
    return std::all_of(u.begin(), u.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    });
}

Result<api::UserInfo> create_user(storage::Connection& c, const std::string& username, const std::string& display_name,
                                  Role role, const std::string& password_hash, std::int64_t now_ms) {
    if (!is_valid_username(username))
        return make_error(api::ErrorCode::invalid_request,
                          "username: 3 to 64 letters, digits, dots, dashes or underscores", "username");
    if (find_user(c, username))
        return make_error(api::ErrorCode::conflict, "the username '" + username + "' is already taken", "username");
    c.query("INSERT INTO users(username, display_name, role, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
            username, display_name.empty() ? username : display_name, std::string(to_string(role)), password_hash, now_ms,
            now_ms)
        .run();
    return api::UserInfo{c.last_insert_rowid(), username, display_name.empty() ? username : display_name, role};
}

std::optional<StoredUser> find_user(storage::Connection& c, const std::string& username) {
    auto q = c.query("SELECT id, username, display_name, role, password_hash, disabled FROM users WHERE username = ?",
                     username);
    if (!q.next()) return std::nullopt;
    StoredUser u;
    u.info.id = q.int64(0);
    u.info.username = q.text(1);
    u.info.display_name = q.text(2);
    u.info.role = role_from_string(q.text(3)).value_or(Role::viewer);
    u.password_hash = q.text(4);
    u.disabled = q.int64(5) != 0;
    return u;
}

} // namespace sportello::relay
