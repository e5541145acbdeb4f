#include "sire/api_clients.hpp"

#include "net/request_checks.hpp"
#include "sportello/crypto.hpp"
#include "storage/async.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace sportello::relay {
namespace {

constexpr std::string_view token_prefix = "spt_";

std::string join(const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v) s += (s.empty() ? "" : " ") + x;
    return s;
}

std::vector<std::string> split(const std::string& s) {
    std::vector<std::string> out;
    std::istringstream in(s);
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

ApiClient row(storage::Query& q) {
    ApiClient a;
    a.id = q.int64(0);
    a.name = q.text(1);
    a.scopes = split(q.text(2));
    a.rate_per_minute = static_cast<int>(q.int64(3));
    a.require_client_certificate = q.int64(4) != 0;
    a.certificate_subject = q.text(5);
    a.created_at_ms = q.int64(6);
    a.rotated_at_ms = q.optional_int64(7);
    a.revoked_at_ms = q.optional_int64(8);
    return a;
}

constexpr const char* select_clients =
    "SELECT id, name, scopes, rate_per_minute, require_client_certificate, certificate_subject, created_at, "
    "rotated_at, revoked_at FROM api_clients";

std::string new_token() { return std::string(token_prefix) + crypto::base64url_encode(crypto::random_bytes(32)); }

} // namespace

bool is_valid_scope(std::string_view s) noexcept { return s == "consent" || s == "notify" || s == "messages:read"; }

bool ApiClient::has_scope(std::string_view scope) const {
    return std::find(scopes.begin(), scopes.end(), scope) != scopes.end();
}

Result<ClientWithToken> create_api_client(storage::Connection& c, ApiClient spec, std::int64_t now_ms) {
    if (spec.name.empty() || spec.name.size() > 100)
        return make_error(api::ErrorCode::invalid_request, "name: 1 to 100 characters are required", "name");
    if (spec.scopes.empty())
        return make_error(api::ErrorCode::invalid_request, "scopes: at least one of consent, notify, messages:read", "scopes");
    for (const auto& s : spec.scopes)
        if (!is_valid_scope(s))
            return make_error(api::ErrorCode::invalid_request, "scopes: unknown scope '" + s + "'", "scopes");
    if (spec.rate_per_minute < 1 || spec.rate_per_minute > 100000)
        return make_error(api::ErrorCode::invalid_request, "rate_per_minute: 1 to 100000", "rate_per_minute");
    if (spec.require_client_certificate && spec.certificate_subject.empty())
        return make_error(api::ErrorCode::invalid_request,
                          "certificate_subject: required when a client certificate is required", "certificate_subject");
    auto taken = c.query("SELECT 1 FROM api_clients WHERE name = ?", spec.name);
    if (taken.next()) return make_error(api::ErrorCode::conflict, "a client named '" + spec.name + "' exists", "name");
    ClientWithToken out{std::move(spec), new_token()};
    c.query("INSERT INTO api_clients(name, token_hash, scopes, rate_per_minute, require_client_certificate, "
            "certificate_subject, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            out.client.name, crypto::sha256(out.token), join(out.client.scopes), out.client.rate_per_minute,
            out.client.require_client_certificate, out.client.certificate_subject, now_ms).run();
    out.client.id = c.last_insert_rowid();
    out.client.created_at_ms = now_ms;
    return out;
}

Result<std::string> rotate_api_client(storage::Connection& c, std::int64_t id, std::int64_t now_ms) {
    const auto token = new_token();
    c.query("UPDATE api_clients SET token_hash = ?, rotated_at = ? WHERE id = ? AND revoked_at IS NULL",
            crypto::sha256(token), now_ms, id).run();
    if (c.changes() == 0) return make_error(api::ErrorCode::not_found, "no active client " + std::to_string(id));
    return token;
}

Status revoke_api_client(storage::Connection& c, std::int64_t id, std::int64_t now_ms) {
    c.query("UPDATE api_clients SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", now_ms, id).run();
    if (c.changes() == 0) return make_error(api::ErrorCode::not_found, "no active client " + std::to_string(id));
    return {};
}

std::vector<ApiClient> list_api_clients(storage::Connection& c) {
    std::vector<ApiClient> out;
    auto q = c.query(std::string(select_clients) + " ORDER BY id");
    while (q.next()) out.push_back(row(q));
    return out;
}

bool ClientGate::take(const ApiClient& client, int& retry_after) {
    std::lock_guard lock(mutex_);
    const auto now = std::chrono::steady_clock::now();
    const double rate = client.rate_per_minute / 60.0;
    const double capacity = std::max(1.0, client.rate_per_minute / 6.0);   // ten seconds' worth of burst
    auto [it, fresh] = buckets_.try_emplace(client.id, Bucket{capacity, now});
    auto& b = it->second;
    b.tokens = std::min(capacity, b.tokens + std::chrono::duration<double>(now - b.updated).count() * rate);
    b.updated = now;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return true;
    }
    retry_after = static_cast<int>(std::ceil((1.0 - b.tokens) / rate));
    return false;
}

net::asio::awaitable<Result<ApiClient>> ClientGate::admit(const net::HttpRequest& request, std::string_view scope,
                                                          std::string& actor) {
    actor = "unauthenticated (" + request.remote_address + ")";
    const auto token = bearer_token(request);
    if (token.empty() || token.rfind(token_prefix, 0) != 0)
        co_return make_error(api::ErrorCode::unauthorized, "missing or malformed bearer token", "Authorization");
    const auto hash = crypto::sha256(token);
    auto lookup = [&hash](storage::Connection& c) -> std::optional<ApiClient> {
        auto q = c.query(std::string(select_clients) + " WHERE token_hash = ?", hash);
        if (!q.next()) return std::nullopt;
        return row(q);
    };
    auto client = co_await storage::read(db_, lookup);
    if (!client || client->revoked_at_ms)
        co_return make_error(api::ErrorCode::unauthorized, "unknown, rotated or revoked token", "Authorization");
    actor = "client:" + client->name;
    if (client->require_client_certificate && request.client_certificate_subject != client->certificate_subject)
        co_return make_error(api::ErrorCode::forbidden,
                             "this client must present its TLS client certificate (subject " + client->certificate_subject + ")");
    if (!client->has_scope(scope))
        co_return make_error(api::ErrorCode::forbidden,
                             "the client '" + client->name + "' does not have the scope " + std::string(scope));
    int retry_after = 1;
    if (!take(*client, retry_after)) {
        auto e = make_error(api::ErrorCode::rate_limited, "more than " + std::to_string(client->rate_per_minute) +
                            " requests per minute; retry in " + std::to_string(retry_after) + " s");
        e.retry_after_seconds = retry_after;
        co_return e;
    }
    co_return *client;
}

} // namespace sportello::relay
