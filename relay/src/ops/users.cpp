#include "ops/users.hpp"

#include "core/audit.hpp"

#include <algorithm>

namespace sportello::relay {
namespace {

constexpr const char* user_columns =
    "id, username, display_name, role, disabled, must_change_password, locked_until, failed_logins, last_login_at, "
    "created_at, totp_enrolled_at IS NOT NULL FROM users";

api::UserView view_from(storage::Query& q, std::int64_t now_ms) {
    api::UserView u;
    u.id = q.int64(0);
    u.username = q.text(1);
    u.display_name = q.text(2);
    u.role = role_from_string(q.text(3)).value_or(Role::viewer);
    u.disabled = q.int64(4) != 0;
    u.must_change_password = q.int64(5) != 0;
    if (const auto until = q.int64(6); until > now_ms) u.locked_until_ms = until;
    u.failed_logins = static_cast<int>(q.int64(7));
    u.last_login_at_ms = q.optional_int64(8);
    u.created_at_ms = q.int64(9);
    u.two_factor_enrolled = q.int64(10) != 0;
    return u;
}

std::int64_t active_admins(storage::Connection& c) {
    auto q = c.query("SELECT count(*) FROM users WHERE role = 'admin' AND disabled = 0");
    q.next();
    return q.int64(0);
}

} // namespace

bool is_valid_username(std::string_view u) noexcept {
    if (u.size() < 3 || u.size() > 64) return false;
    return std::all_of(u.begin(), u.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    });
}

Result<api::UserInfo> create_user(storage::Connection& c, const std::string& username, const std::string& display_name,
                                  Role role, const std::string& password_hash, std::int64_t now_ms,
                                  bool must_change_password) {
    if (!is_valid_username(username))
        return make_error(api::ErrorCode::invalid_request,
                          "username: 3 to 64 letters, digits, dots, dashes or underscores", "username");
    if (find_user(c, username))
        return make_error(api::ErrorCode::conflict, "the username '" + username + "' is already taken", "username");
    const auto display = display_name.empty() ? username : display_name;
    c.query("INSERT INTO users(username, display_name, role, password_hash, created_at, updated_at, must_change_password) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            username, display, std::string(to_string(role)), password_hash, now_ms, now_ms,
            static_cast<std::int64_t>(must_change_password))
        .run();
    return api::UserInfo{c.last_insert_rowid(), username, display, role, must_change_password};
}

std::optional<StoredUser> find_user(storage::Connection& c, const std::string& username) {
    auto q = c.query("SELECT id, username, display_name, role, password_hash, disabled, must_change_password, "
                     "failed_logins, locked_until, lock_count, totp_enrolled_at IS NOT NULL FROM users WHERE username = ?",
                     username);
    if (!q.next()) return std::nullopt;
    StoredUser u;
    u.info.id = q.int64(0);
    u.info.username = q.text(1);
    u.info.display_name = q.text(2);
    u.info.role = role_from_string(q.text(3)).value_or(Role::viewer);
    u.password_hash = q.text(4);
    u.disabled = q.int64(5) != 0;
    u.info.must_change_password = q.int64(6) != 0;
    u.failed_logins = static_cast<int>(q.int64(7));
    u.locked_until_ms = q.int64(8);
    u.lock_count = static_cast<int>(q.int64(9));
    u.info.two_factor_enrolled = q.int64(10) != 0;
    return u;
}

std::optional<api::UserView> user_view(storage::Connection& c, std::int64_t id, std::int64_t now_ms) {
    auto q = c.query(std::string("SELECT ") + user_columns + " WHERE id = ?", id);
    if (!q.next()) return std::nullopt;
    return view_from(q, now_ms);
}

std::vector<api::UserView> list_users(storage::Connection& c, std::int64_t now_ms) {
    auto q = c.query(std::string("SELECT ") + user_columns + " ORDER BY username");
    std::vector<api::UserView> out;
    while (q.next()) out.push_back(view_from(q, now_ms));
    return out;
}

Result<api::UserView> update_user(storage::Connection& c, std::int64_t id, const api::UserUpdate& update,
                                  const std::string& actor, std::int64_t now_ms) {
    auto before = user_view(c, id, now_ms);
    if (!before) return make_error(api::ErrorCode::not_found, "no user " + std::to_string(id));
    const bool active_admin = before->role == Role::admin && !before->disabled;
    const bool demoted = update.role && *update.role != Role::admin;
    const bool disabled = update.disabled && *update.disabled;
    if (active_admin && (demoted || disabled) && active_admins(c) <= 1)
        return make_error(api::ErrorCode::conflict,
                          "'" + before->username + "' is the last active administrator: make another one first",
                          demoted ? "role" : "disabled");
    if (update.display_name && *update.display_name != before->display_name) {
        c.query("UPDATE users SET display_name = ?, updated_at = ? WHERE id = ?", *update.display_name, now_ms, id).run();
        audit(c, actor, "user_renamed", before->username, "", now_ms);
    }
    if (update.role && *update.role != before->role) {
        c.query("UPDATE users SET role = ?, updated_at = ? WHERE id = ?", std::string(to_string(*update.role)), now_ms, id)
            .run();
        audit(c, actor, "user_role_changed", before->username,
              std::string(to_string(before->role)) + " -> " + std::string(to_string(*update.role)), now_ms);
    }
    if (update.disabled && *update.disabled != before->disabled) {
        c.query("UPDATE users SET disabled = ?, updated_at = ? WHERE id = ?", static_cast<std::int64_t>(*update.disabled),
                now_ms, id)
            .run();
        int ended = 0;
        if (*update.disabled) {
            c.query("DELETE FROM sessions WHERE user_id = ?", id).run();
            ended = c.changes();
        }
        audit(c, actor, *update.disabled ? "user_disabled" : "user_enabled", before->username,
              *update.disabled ? std::to_string(ended) + " session(s) ended" : "", now_ms);
    }
    return *user_view(c, id, now_ms);
}

Result<api::UserView> set_temporary_password(storage::Connection& c, std::int64_t id, const std::string& password_hash,
                                             const std::string& actor, std::int64_t now_ms) {
    auto before = user_view(c, id, now_ms);
    if (!before) return make_error(api::ErrorCode::not_found, "no user " + std::to_string(id));
    c.query("UPDATE users SET password_hash = ?, must_change_password = 1, failed_logins = 0, locked_until = 0, "
            "lock_count = 0, updated_at = ? WHERE id = ?",
            password_hash, now_ms, id)
        .run();
    c.query("DELETE FROM sessions WHERE user_id = ?", id).run();
    audit(c, actor, "user_password_reset", before->username, std::to_string(c.changes()) + " session(s) ended", now_ms);
    return *user_view(c, id, now_ms);
}

Result<api::UserView> unlock_user(storage::Connection& c, std::int64_t id, const std::string& actor, std::int64_t now_ms) {
    auto before = user_view(c, id, now_ms);
    if (!before) return make_error(api::ErrorCode::not_found, "no user " + std::to_string(id));
    c.query("UPDATE users SET failed_logins = 0, locked_until = 0, lock_count = 0, updated_at = ? WHERE id = ?", now_ms, id)
        .run();
    audit(c, actor, "user_unlocked", before->username, "", now_ms);
    return *user_view(c, id, now_ms);
}

std::vector<api::SessionView> list_sessions(storage::Connection& c, std::optional<std::int64_t> user_id,
                                            const crypto::Bytes& current_token_hash, std::int64_t now_ms,
                                            std::int64_t idle_cutoff_ms) {
    auto q = c.query("SELECT s.public_id, s.user_id, u.username, s.created_at, s.last_seen_at, s.expires_at, "
                     "s.remote_address, s.token_hash = ? FROM sessions s JOIN users u ON u.id = s.user_id "
                     "WHERE s.expires_at > ? AND s.last_seen_at > ? AND (? IS NULL OR s.user_id = ?) "
                     "ORDER BY s.created_at DESC",
                     current_token_hash, now_ms, idle_cutoff_ms, user_id, user_id);
    std::vector<api::SessionView> out;
    while (q.next())
        out.push_back(api::SessionView{q.text(0), q.int64(1), q.text(2), q.int64(3), q.int64(4), q.int64(5), q.text(6),
                                       q.int64(7) != 0});
    return out;
}

bool end_session(storage::Connection& c, const std::string& public_id, std::optional<std::int64_t> owner,
                 const std::string& actor, std::int64_t now_ms) {
    auto q = c.query("SELECT u.username FROM sessions s JOIN users u ON u.id = s.user_id "
                     "WHERE s.public_id = ? AND (? IS NULL OR s.user_id = ?)",
                     public_id, owner, owner);
    if (public_id.empty() || !q.next()) return false;
    const auto username = q.text(0);
    c.query("DELETE FROM sessions WHERE public_id = ?", public_id).run();
    audit(c, actor, "session_ended", username, "", now_ms);
    return true;
}

} // namespace sportello::relay
