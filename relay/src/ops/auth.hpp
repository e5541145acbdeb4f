#pragma once
// Operators' sessions: login with username and password (Argon2id), a
// random bearer token stored only as its SHA-256, an absolute expiry, and a
// per-account throttle on failed logins. Every login attempt is audited.

#include "net/http_types.hpp"
#include "sportello/api/contract.hpp"
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
    Auth(storage::Database& db, boost::asio::thread_pool& cpu, std::chrono::minutes session_ttl);

    // Errors: unauthorized (wrong username or password, disabled account),
    // rate_limited (too many failures for this account).
    net::asio::awaitable<Result<api::Session>> login(api::LoginRequest request, std::string remote_address);

    // From "Authorization: Bearer <token>". Errors: unauthorized (missing or
    // unknown token), session_expired.
    net::asio::awaitable<Result<api::UserInfo>> authenticate(const net::HttpRequest& request);

    net::asio::awaitable<void> logout(const net::HttpRequest& request);

private:
    bool throttled(const std::string& username, std::chrono::seconds& retry_after);
    void record_failure(const std::string& username);

    storage::Database& db_;
    boost::asio::thread_pool& cpu_;
    std::chrono::minutes ttl_;
    std::mutex mutex_;
    std::map<std::string, std::deque<std::chrono::steady_clock::time_point>> failures_;
};

} // namespace sportello::relay
