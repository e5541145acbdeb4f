#include "ops/auth.hpp"

#include "core/audit.hpp"
#include "core/offload.hpp"
#include "net/request_checks.hpp"
#include "ops/users.hpp"
#include "security/passwords.hpp"
#include "sportello/crypto.hpp"
#include "sportello/time.hpp"
#include "storage/async.hpp"

#include <algorithm>

namespace sportello::relay {
namespace {

constexpr int max_failures = 5;
constexpr auto failure_window = std::chrono::minutes(15);

std::string lowercase(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

struct SessionRow {
    api::UserInfo user;
    std::int64_t expires_at = 0;
    bool disabled = false;
};

// Verifying against this when the user does not exist keeps the time of a
// failed login the same whether or not the username exists.
const std::string& dummy_hash() {
    static const std::string hash = security::hash_password("sportello-timing-equaliser");
    return hash;
}

} // namespace

Auth::Auth(storage::Database& db, boost::asio::thread_pool& cpu, std::chrono::minutes ttl)
    : db_(db), cpu_(cpu), ttl_(ttl) {}

bool Auth::throttled(const std::string& username, std::chrono::seconds& retry_after) {
    std::lock_guard lock(mutex_);
    auto& list = failures_[username];
    const auto now = std::chrono::steady_clock::now();
    while (!list.empty() && now - list.front() > failure_window) list.pop_front();
    if (static_cast<int>(list.size()) < max_failures) return false;
    retry_after = std::chrono::duration_cast<std::chrono::seconds>(failure_window - (now - list.front())) + std::chrono::seconds(1);
    return true;
}

void Auth::record_failure(const std::string& username) {
    std::lock_guard lock(mutex_);
    failures_[username].push_back(std::chrono::steady_clock::now());
}

net::asio::awaitable<Result<api::Session>> Auth::login(api::LoginRequest request, std::string remote) {
    const std::string key = lowercase(request.username);
    std::chrono::seconds retry_after{0};
    if (throttled(key, retry_after)) {
        auto e = make_error(api::ErrorCode::rate_limited, "too many failed logins for this account; try again in " +
                            std::to_string((retry_after.count() + 59) / 60) + " minute(s)");
        e.retry_after_seconds = static_cast<int>(retry_after.count());
        co_return e;
    }
    auto user = co_await storage::read(db_, [key](storage::Connection& c) { return find_user(c, key); });
    const std::string hash = user ? user->password_hash : dummy_hash();
    const bool password_ok = co_await offload(cpu_, [password = request.password, hash] {
        return security::verify_password(password, hash);
    });
    const auto now = time::now_ms();
    if (!user || !password_ok || user->disabled) {
        record_failure(key);
        co_await storage::write(db_, [key, remote, now, disabled = user && user->disabled](storage::Connection& c) {
            audit(c, key, "login_failed", "", disabled ? "account disabled; from " + remote : "from " + remote, now);
        });
        co_return make_error(api::ErrorCode::unauthorized, "wrong username or password");
    }
    api::Session session;
    const auto token_bytes = crypto::random_bytes(32);
    session.token = crypto::base64url_encode(token_bytes);
    session.expires_at_ms = now + std::chrono::duration_cast<std::chrono::milliseconds>(ttl_).count();
    session.user = user->info;
    const auto token_hash = crypto::sha256(session.token);
    co_await storage::write(db_, [&session, token_hash, remote, now](storage::Connection& c) {
        c.query("DELETE FROM sessions WHERE expires_at < ?", now).run();
        c.query("INSERT INTO sessions(token_hash, user_id, created_at, expires_at, last_seen_at) VALUES (?, ?, ?, ?, ?)",
                token_hash, session.user.id, now, session.expires_at_ms, now).run();
        audit(c, session.user.username, "login", "", "from " + remote, now);
    });
    co_return session;
}

net::asio::awaitable<Result<api::UserInfo>> Auth::authenticate(const net::HttpRequest& request) {
    if (const auto* known = std::any_cast<api::UserInfo>(&request.principal)) co_return *known;
    const std::string token = bearer_token(request);
    if (token.empty())
        co_return make_error(api::ErrorCode::unauthorized, "missing bearer token; log in first", "Authorization");
    const auto hash = crypto::sha256(token);
    auto found = co_await storage::read(db_, [hash](storage::Connection& c) -> std::optional<SessionRow> {
        auto q = c.query("SELECT u.id, u.username, u.display_name, u.role, s.expires_at, u.disabled "
                         "FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?", hash);
        if (!q.next()) return std::nullopt;
        SessionRow f;
        f.user = api::UserInfo{q.int64(0), q.text(1), q.text(2), role_from_string(q.text(3)).value_or(Role::viewer)};
        f.expires_at = q.int64(4);
        f.disabled = q.int64(5) != 0;
        return f;
    });
    if (!found || found->disabled)
        co_return make_error(api::ErrorCode::unauthorized, "unknown or revoked session; log in again", "Authorization");
    if (found->expires_at <= time::now_ms())
        co_return make_error(api::ErrorCode::session_expired, "the session has expired; log in again", "Authorization");
    co_return found->user;
}

net::asio::awaitable<void> Auth::logout(const net::HttpRequest& request) {
    const std::string token = bearer_token(request);
    if (token.empty()) co_return;
    const auto hash = crypto::sha256(token);
    co_await storage::write(db_, [hash](storage::Connection& c) {
        c.query("DELETE FROM sessions WHERE token_hash = ?", hash).run();
    });
}

} // namespace sportello::relay
