#pragma once
// The integrators allowed on /api/v1 (SIRE first). An administrator creates a
// client with scopes and sees its bearer token once; only the token's
// SHA-256 is stored. Tokens can be rotated and revoked; a client can be
// required to present a TLS client certificate with a given subject.

#include "net/http_types.hpp"
#include "sportello/result.hpp"
#include "storage/database.hpp"

#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace sportello::relay {

// Scopes: "consent", "notify", "messages:read".
bool is_valid_scope(std::string_view scope) noexcept;

struct ApiClient {
    std::int64_t id = 0;
    std::string name;
    std::vector<std::string> scopes;
    int rate_per_minute = 600;
    bool require_client_certificate = false;
    std::string certificate_subject;     // CN the certificate must carry
    std::int64_t created_at_ms = 0;
    std::optional<std::int64_t> rotated_at_ms;
    std::optional<std::int64_t> revoked_at_ms;

    bool has_scope(std::string_view scope) const;
};

struct ClientWithToken {
    ApiClient client;
    std::string token;                   // shown once, never stored
};

// Database functions (inside a job). Errors: invalid_request, conflict (name taken), not_found.
Result<ClientWithToken> create_api_client(storage::Connection& c, ApiClient spec, std::int64_t now_ms);
Result<std::string> rotate_api_client(storage::Connection& c, std::int64_t id, std::int64_t now_ms);
Status revoke_api_client(storage::Connection& c, std::int64_t id, std::int64_t now_ms);
std::vector<ApiClient> list_api_clients(storage::Connection& c);

// Authenticates /api/v1 requests: bearer token, revocation, client
// certificate, scope, and a per-client request rate. Thread-safe.
class ClientGate {
public:
    explicit ClientGate(storage::Database& db) : db_(db) {}

    // Errors: unauthorized (token), forbidden (scope, certificate), rate_limited
    // (with retry_after_seconds).
    // `actor` names who called, for the audit log, even when refused:
    // "client:<name>" once the token is known, else "unauthenticated".
    net::asio::awaitable<Result<ApiClient>> admit(const net::HttpRequest& request, std::string_view scope,
                                                  std::string& actor);

private:
    bool take(const ApiClient& client, int& retry_after_seconds);

    storage::Database& db_;
    std::mutex mutex_;
    struct Bucket {
        double tokens;
        std::chrono::steady_clock::time_point updated;
    };
    std::map<std::int64_t, Bucket> buckets_;
};

} // namespace sportello::relay
