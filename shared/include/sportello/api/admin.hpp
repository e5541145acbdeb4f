#pragma once
// /ops/v1 types for supervisors and administrators: broadcasts to citizens
// who asked for general information, and the integrators' API clients.
// Codec in admin_codec.cpp; see docs/ops-api.md.

#include "sportello/result.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sportello::api {

// POST /ops/v1/broadcasts (and /broadcasts/estimate): a registered template
// with its parameters, or a published answer (node_id), sent as the
// general-information template.
struct BroadcastRequest {
    std::string name;
    std::string template_name;
    std::string language = "it";
    std::vector<std::string> parameters;
    std::optional<std::int64_t> node_id;
    std::optional<std::int64_t> scheduled_at_ms;   // default: now
};

struct BroadcastEstimate {
    std::int64_t recipients = 0;       // citizens with general-information consent
    double messages_per_second = 0;
    std::int64_t eta_seconds = 0;      // at the current sending rate
    friend bool operator==(const BroadcastEstimate&, const BroadcastEstimate&) = default;
};

struct BroadcastView {
    std::int64_t id = 0;
    std::string name;
    std::string template_name;
    std::string language;
    std::vector<std::string> parameters;
    std::optional<std::int64_t> node_id;
    std::string state;                 // preparing, scheduled, sending, done, cancelled
    std::int64_t scheduled_at_ms = 0;
    std::string created_by;
    std::int64_t created_at_ms = 0;
    std::int64_t recipients = 0;
    std::map<std::string, std::int64_t> counts;   // outbox states: queued, sent, delivered, read, failed, cancelled…
    std::int64_t eta_seconds = 0;      // for what is still queued
    friend bool operator==(const BroadcastView&, const BroadcastView&) = default;
};

struct ApiClientView {
    std::int64_t id = 0;
    std::string name;
    std::vector<std::string> scopes;   // consent, notify, messages:read
    int rate_per_minute = 600;
    bool require_client_certificate = false;
    std::string certificate_subject;
    std::int64_t created_at_ms = 0;
    std::optional<std::int64_t> rotated_at_ms;
    std::optional<std::int64_t> revoked_at_ms;
    friend bool operator==(const ApiClientView&, const ApiClientView&) = default;
};

// The answer to creating or rotating: the token, shown this once.
struct ApiClientToken {
    ApiClientView client;
    std::string token;
};

// GET /ops/v1/alerts: a condition every operator must see. Today only
// id "sending": WhatsApp refused sending globally (error `code`) and an
// administrator must clear it once the cause is fixed.
struct Alert {
    std::string id;
    std::string severity;              // "critical"
    std::int64_t code = 0;             // the WhatsApp error code behind it
    std::string message;               // English, for the log and the banner's details
    std::int64_t since_ms = 0;
    friend bool operator==(const Alert&, const Alert&) = default;
};

std::string encode(const BroadcastRequest& v);
std::string encode(const BroadcastEstimate& v);
std::string encode(const BroadcastView& v);
std::string encode(const std::vector<BroadcastView>& v);
std::string encode(const ApiClientView& v);
std::string encode(const std::vector<ApiClientView>& v);
std::string encode(const ApiClientToken& v);
std::string encode(const std::vector<Alert>& v);   // {"alerts":[…]}

template <class T>
Result<T> decode_admin(std::string_view json_text);   // specialised for each type above

} // namespace sportello::api
