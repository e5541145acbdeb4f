#pragma once
// Operators' logins and sessions (docs/ops-api.md, "Session"): username and
// password (Argon2id), a random 256-bit bearer token stored only as its
// SHA-256, an idle and an absolute expiry, a lock on an account after
// consecutive failures (growing with each lock) and a throttle per source
// address. Every login attempt is audited; no password or token is logged.

#include "config/config.hpp"
#include "net/http_types.hpp"
#include "security/vault.hpp"
#include "sportello/api/contract.hpp"
#include "sportello/api/users.hpp"
#include "sportello/crypto.hpp"
#include "sportello/result.hpp"
#include "storage/database.hpp"

#include <boost/asio/thread_pool.hpp>

#include <chrono>
#include <deque>
#include <map>
#include <mutex>

namespace sportello::relay {

class Auth {
public:
    // vault: decrypts the accounts' TOTP secrets, hashes recovery codes.
    Auth(storage::Database& db, boost::asio::thread_pool& cpu, const security::Vault& vault, AuthSettings settings);

    // An account enrolled in two-factor authentication also gives its current
    // TOTP code or an unused recovery code. Errors: unauthorized (wrong
    // username or password, disabled account, wrong or already used code:
    // each counts toward the lock), two_factor_required (enrolled, no code
    // given: not counted), rate_limited with retry_after_seconds (the account
    // is locked, or too many failures from this address).
    net::asio::awaitable<Result<api::Session>> login(api::LoginRequest request, std::string remote_address);

    // From "Authorization: Bearer <token>" (or the principal the access guard
    // left in the request). Errors: unauthorized (missing, unknown or revoked
    // token; disabled account), session_expired (idle or absolute expiry).
    net::asio::awaitable<Result<api::UserInfo>> authenticate(const net::HttpRequest& request);

    net::asio::awaitable<void> logout(const net::HttpRequest& request);

    // The session's own user changes the password: the current one must be
    // right, the new one pass the policy; the user's other sessions end.
    // Errors: unauthorized (wrong current password), validation_failed
    // (field new_password: the policy's reason).
    net::asio::awaitable<Result<void>> change_password(const net::HttpRequest& request, api::UserInfo user,
                                                       api::PasswordChange change);

    // Argon2id on the CPU pool.
    net::asio::awaitable<std::string> hash(std::string password);

    const AuthSettings& settings() const noexcept { return settings_; }
    const security::Vault& vault() const noexcept { return vault_; }

private:
    // Inside the login's database job: the new session (audited).
    api::Session open_session(storage::Connection& c, api::UserInfo user, bool enrolled, const std::string& remote,
                              std::int64_t now);
    // A failed login: audited, counted toward the account's lock when
    // `counts`, and toward the source's throttle. The error to answer
    // (unauthorized naming `field`, or rate_limited once locked).
    net::asio::awaitable<Error> refuse_login(std::string key, std::string remote, std::string why, bool counts,
                                             std::string message, std::string field = {});
    bool source_throttled(const std::string& source, std::chrono::seconds& retry_after);
    void record_source_failure(const std::string& source);

    storage::Database& db_;
    boost::asio::thread_pool& cpu_;
    const security::Vault& vault_;
    AuthSettings settings_;
    std::mutex mutex_;
    std::map<std::string, std::deque<std::chrono::steady_clock::time_point>> failures_by_source_;
};

// The SHA-256 of the request's bearer token (empty without one).
crypto::Bytes token_hash_of(const net::HttpRequest& request);

} // namespace sportello::relay
