#include "ops/auth.hpp"

#include "core/audit.hpp"
#include "core/offload.hpp"
#include "net/request_checks.hpp"
#include "ops/two_factor.hpp"
#include "ops/users.hpp"
#include "security/passwords.hpp"
#include "sportello/time.hpp"
#include "storage/async.hpp"

#include <algorithm>

namespace sportello::relay {
namespace {

// A session's last use is written at most this often (not on every request).
constexpr std::int64_t last_seen_resolution_ms = 60 * 1000;

std::string lowercase(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

struct SessionRow {
    api::UserInfo user;
    std::int64_t expires_at = 0;
    std::int64_t last_seen_at = 0;
    bool disabled = false;
};

// Verifying against this when the user does not exist keeps the time of a
// failed login the same whether or not the username exists.
const std::string& dummy_hash() {
    static const std::string hash = security::hash_password("sportello-timing-equaliser");
    return hash;
}

Error rate_limited(std::string message, std::int64_t retry_after_seconds) {
    auto e = make_error(api::ErrorCode::rate_limited, std::move(message));
    e.retry_after_seconds = static_cast<int>(std::max<std::int64_t>(1, retry_after_seconds));
    return e;
}

std::int64_t ceil_seconds(std::int64_t ms) { return (ms + 999) / 1000; }

} // namespace

crypto::Bytes token_hash_of(const net::HttpRequest& request) {
    const std::string token = bearer_token(request);
    return token.empty() ? crypto::Bytes{} : crypto::sha256(token);
}

Auth::Auth(storage::Database& db, boost::asio::thread_pool& cpu, const security::Vault& vault, AuthSettings settings)
    : db_(db), cpu_(cpu), vault_(vault), settings_(std::move(settings)) {}

bool Auth::source_throttled(const std::string& source, std::chrono::seconds& retry_after) {
    std::lock_guard lock(mutex_);
    auto& list = failures_by_source_[source];
    const auto now = std::chrono::steady_clock::now();
    const auto window = std::chrono::seconds(settings_.source_window_seconds);
    while (!list.empty() && now - list.front() > window) list.pop_front();
    if (static_cast<int>(list.size()) < settings_.source_failures) return false;
    retry_after = std::chrono::duration_cast<std::chrono::seconds>(window - (now - list.front())) + std::chrono::seconds(1);
    return true;
}

void Auth::record_source_failure(const std::string& source) {
    std::lock_guard lock(mutex_);
    auto& list = failures_by_source_[source];
    list.push_back(std::chrono::steady_clock::now());
    if (static_cast<int>(list.size()) > settings_.source_failures) list.pop_front();
}

net::asio::awaitable<std::string> Auth::hash(std::string password) {
    co_return co_await offload(cpu_, [password = std::move(password)] { return security::hash_password(password); });
}

net::asio::awaitable<Result<api::Session>> Auth::login(api::LoginRequest request, std::string remote) {
    const std::string key = lowercase(request.username);
    std::chrono::seconds retry_after{0};
    if (source_throttled(remote, retry_after))
        co_return rate_limited("too many failed logins from this address; try again in " +
                               std::to_string((retry_after.count() + 59) / 60) + " minute(s)",
                               retry_after.count());
    auto user = co_await storage::read(db_, [key](storage::Connection& c) { return find_user(c, key); });
    auto now = time::now_ms();
    if (user && user->locked_until_ms > now) {
        co_await storage::write(db_, [key, remote, now](storage::Connection& c) {
            audit(c, key, "login_failed", "", "account locked; from " + remote, now);
        });
        co_return rate_limited("the account is locked after too many failed logins; try again later or ask an "
                               "administrator to unlock it",
                               ceil_seconds(user->locked_until_ms - now));
    }
    const std::string hash = user ? user->password_hash : dummy_hash();
    const bool password_ok = co_await offload(cpu_, [password = request.password, hash] {
        return security::verify_password(password, hash);
    });
    now = time::now_ms();
    if (!user || !password_ok || user->disabled) {
        const bool disabled = user && user->disabled;
        co_return co_await refuse_login(key, remote, disabled ? "account disabled" : "", user && !disabled,
                                        "wrong username or password");
    }
    struct Outcome {
        SecondFactor factor = SecondFactor::not_enrolled;
        api::Session session;
    };
    auto outcome = co_await storage::write(db_, [this, &request, &user, key, remote, now](storage::Connection& c) {
        Outcome o;
        o.factor = check_second_factor(c, vault_, user->info.id, key, request, now);
        if (o.factor != SecondFactor::accepted && o.factor != SecondFactor::not_enrolled) return o;
        o.session = open_session(c, user->info, o.factor == SecondFactor::accepted, remote, now);
        return o;
    });
    switch (outcome.factor) {
    case SecondFactor::missing:
        co_return make_error(api::ErrorCode::two_factor_required,
                             "this account uses two-factor authentication: give the 6-digit code of the authenticator "
                             "app (totp_code) or one of the recovery codes (recovery_code)",
                             "totp_code");
    case SecondFactor::wrong:
        co_return co_await refuse_login(key, remote, "wrong two-factor code", true, "wrong two-factor code",
                                        request.recovery_code.empty() ? "totp_code" : "recovery_code");
    case SecondFactor::replayed:
        co_return co_await refuse_login(key, remote, "two-factor code already used", true,
                                        "this two-factor code was already used: wait for the next one", "totp_code");
    case SecondFactor::not_enrolled:
    case SecondFactor::accepted:
        break;
    }
    co_return outcome.session;
}

api::Session Auth::open_session(storage::Connection& c, api::UserInfo user, bool enrolled, const std::string& remote,
                                std::int64_t now) {
    api::Session session;
    session.token = crypto::base64url_encode(crypto::random_bytes(32));
    session.expires_at_ms = now + static_cast<std::int64_t>(settings_.absolute_minutes) * 60 * 1000;
    session.user = std::move(user);
    session.user.two_factor_enrolled = enrolled;
    session.user.must_enrol_two_factor = !enrolled && settings_.requires_two_factor(session.user.role);
    const auto token_hash = crypto::sha256(session.token);
    const auto public_id = crypto::base64url_encode(crypto::random_bytes(16));
    const auto idle_cutoff = now - static_cast<std::int64_t>(settings_.idle_minutes) * 60 * 1000;
    c.query("DELETE FROM sessions WHERE expires_at < ? OR last_seen_at < ?", now, idle_cutoff).run();
    c.query("INSERT INTO sessions(token_hash, user_id, created_at, expires_at, last_seen_at, public_id, remote_address) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            token_hash, session.user.id, now, session.expires_at_ms, now, public_id, remote)
        .run();
    c.query("UPDATE users SET failed_logins = 0, locked_until = 0, lock_count = 0, last_login_at = ? WHERE id = ?", now,
            session.user.id)
        .run();
    audit(c, session.user.username, "login", "", enrolled ? "with two-factor; from " + remote : "from " + remote, now);
    return session;
}

net::asio::awaitable<Error> Auth::refuse_login(std::string key, std::string remote, std::string why, bool counts,
                                               std::string message, std::string field) {
    record_source_failure(remote);
    const auto s = settings_;
    const auto now = time::now_ms();
    auto locked_until = co_await storage::write(db_, [key, remote, now, s, counts, why](storage::Connection& c)
                                                         -> std::int64_t {
        audit(c, key, "login_failed", "", why.empty() ? "from " + remote : why + "; from " + remote, now);
        if (!counts) return 0;
        // Counted in the database, so that a restart does not reset it.
        c.query("UPDATE users SET failed_logins = failed_logins + 1 WHERE username = ?", key).run();
        auto u = find_user(c, key);
        if (!u || u->failed_logins < s.lockout_failures) return 0;
        const auto seconds = std::min<std::int64_t>(
            s.lockout_max_seconds, static_cast<std::int64_t>(s.lockout_base_seconds) << std::min(u->lock_count, 20));
        const auto until = now + seconds * 1000;
        c.query("UPDATE users SET failed_logins = 0, locked_until = ?, lock_count = lock_count + 1 WHERE id = ?", until,
                u->info.id)
            .run();
        audit(c, "system", "account_locked", key,
              std::to_string(s.lockout_failures) + " failed logins; locked for " + std::to_string(seconds) + " s", now);
        return until;
    });
    if (locked_until > 0)
        co_return rate_limited("too many failed logins: the account is locked; try again later or ask an "
                               "administrator to unlock it",
                               ceil_seconds(locked_until - now));
    co_return make_error(api::ErrorCode::unauthorized, std::move(message), std::move(field));
}

net::asio::awaitable<Result<api::UserInfo>> Auth::authenticate(const net::HttpRequest& request) {
    if (const auto* known = std::any_cast<api::UserInfo>(&request.principal)) co_return *known;
    const auto hash = token_hash_of(request);
    if (hash.empty())
        co_return make_error(api::ErrorCode::unauthorized, "missing bearer token; log in first", "Authorization");
    auto two_factor_for = [this](Role role) { return settings_.requires_two_factor(role); };
    auto found = co_await storage::read(db_, [hash, two_factor_for](storage::Connection& c) -> std::optional<SessionRow> {
        auto q = c.query("SELECT u.id, u.username, u.display_name, u.role, u.must_change_password, s.expires_at, "
                         "s.last_seen_at, u.disabled, u.totp_enrolled_at IS NOT NULL FROM sessions s "
                         "JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?",
                         hash);
        if (!q.next()) return std::nullopt;
        SessionRow f;
        f.user.id = q.int64(0);
        f.user.username = q.text(1);
        f.user.display_name = q.text(2);
        f.user.role = role_from_string(q.text(3)).value_or(Role::viewer);
        f.user.must_change_password = q.int64(4) != 0;
        f.user.two_factor_enrolled = q.int64(8) != 0;
        f.user.must_enrol_two_factor = !f.user.two_factor_enrolled && two_factor_for(f.user.role);
        f.expires_at = q.int64(5);
        f.last_seen_at = q.int64(6);
        f.disabled = q.int64(7) != 0;
        return f;
    });
    if (!found || found->disabled)
        co_return make_error(api::ErrorCode::unauthorized, "unknown or revoked session; log in again", "Authorization");
    const auto now = time::now_ms();
    const auto idle_ms = static_cast<std::int64_t>(settings_.idle_minutes) * 60 * 1000;
    const bool idle = found->last_seen_at + idle_ms <= now;
    if (found->expires_at <= now || idle) {
        co_await storage::write(db_, [hash](storage::Connection& c) {
            c.query("DELETE FROM sessions WHERE token_hash = ?", hash).run();
        });
        co_return make_error(api::ErrorCode::session_expired,
                             idle ? "the session ended after " + std::to_string(settings_.idle_minutes) +
                                        " minutes without use; log in again"
                                  : "the session has expired; log in again",
                             "Authorization");
    }
    if (now - found->last_seen_at >= last_seen_resolution_ms)
        co_await storage::write(db_, [hash, now](storage::Connection& c) {
            c.query("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?", now, hash).run();
        });
    co_return found->user;
}

net::asio::awaitable<void> Auth::logout(const net::HttpRequest& request) {
    const auto hash = token_hash_of(request);
    if (hash.empty()) co_return;
    auto user = co_await authenticate(request);
    const auto now = time::now_ms();
    co_await storage::write(db_, [hash, now, username = user ? user->username : std::string()](storage::Connection& c) {
        c.query("DELETE FROM sessions WHERE token_hash = ?", hash).run();
        if (!username.empty() && c.changes() > 0) audit(c, username, "logout", "", "", now);
    });
}

net::asio::awaitable<Result<void>> Auth::change_password(const net::HttpRequest& request, api::UserInfo user,
                                                         api::PasswordChange change) {
    auto stored = co_await storage::read(db_, [username = user.username](storage::Connection& c) {
        return find_user(c, username);
    });
    if (!stored) co_return make_error(api::ErrorCode::unauthorized, "unknown or revoked session; log in again");
    const bool current_ok = co_await offload(cpu_, [password = change.current_password, h = stored->password_hash] {
        return security::verify_password(password, h);
    });
    if (!current_ok)
        co_return make_error(api::ErrorCode::unauthorized, "the current password is wrong", "current_password");
    if (auto problem = security::check_password_policy(change.new_password, user.username); !problem.empty())
        co_return make_error(api::ErrorCode::validation_failed, problem, "new_password");
    if (change.new_password == change.current_password)
        co_return make_error(api::ErrorCode::validation_failed, "the new password must differ from the current one",
                             "new_password");
    const auto new_hash = co_await hash(change.new_password);
    const auto token_hash = token_hash_of(request);
    const auto now = time::now_ms();
    co_await storage::write(db_, [&](storage::Connection& c) {
        c.query("UPDATE users SET password_hash = ?, must_change_password = 0, updated_at = ? WHERE id = ?", new_hash, now,
                user.id)
            .run();
        c.query("DELETE FROM sessions WHERE user_id = ? AND token_hash != ?", user.id, token_hash).run();
        audit(c, user.username, "password_changed", user.username,
              std::to_string(c.changes()) + " other session(s) ended", now);
    });
    co_return Result<void>{};
}

} // namespace sportello::relay
