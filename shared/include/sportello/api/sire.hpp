#pragma once
// /api/v1, the API of SIRE (the regional booking system) and other
// integrators: the consent ledger, personal notifications, the messages a
// citizen was sent with their statuses, templates. Types and their one JSON
// codec (sire_codec.cpp); the OpenAPI document is docs/openapi.yaml.

#include "sportello/result.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sportello::api {

// What a citizen consents to.
enum class ConsentScope { reminders, information };
std::string_view to_string(ConsentScope scope) noexcept;
std::optional<ConsentScope> consent_scope_from_string(std::string_view text) noexcept;

// PUT /consents/{phone}; DELETE takes the same fields (evidence of withdrawal).
struct ConsentChange {
    ConsentScope scope = ConsentScope::reminders;
    std::string source;              // who collected it, e.g. "sire-preregistrazione"
    std::string evidence;            // e.g. "modulo 2026/4412 firmato allo sportello"
    std::optional<std::int64_t> at_ms;   // when it was given; default: now
};

struct ConsentEvent {
    ConsentScope scope = ConsentScope::reminders;
    std::string action;              // "grant" or "withdraw"
    std::string source;
    std::string channel;             // "api", "whatsapp", "operator"
    std::string evidence;
    std::int64_t at_ms = 0;
    std::string recorded_by;
    friend bool operator==(const ConsentEvent&, const ConsentEvent&) = default;
};

struct ConsentStatus {
    bool granted = false;
    std::optional<std::int64_t> since_ms;
    friend bool operator==(const ConsentStatus&, const ConsentStatus&) = default;
};

struct ConsentView {
    std::string phone;               // E.164 with '+'
    ConsentStatus reminders;
    ConsentStatus information;
    std::vector<ConsentEvent> history;   // oldest first; append-only
    friend bool operator==(const ConsentView&, const ConsentView&) = default;
};

// POST /notifications: one personal reminder.
struct NotificationRequest {
    std::string phone;
    std::string template_name;
    std::string language = "it";
    std::vector<std::string> parameters;
    std::string idempotency_key;
    std::optional<std::int64_t> not_before_ms;
    std::optional<std::int64_t> expires_at_ms;   // e.g. the appointment: not sent after it
    std::string replace_key;                     // replaces a pending one with the same key
    friend bool operator==(const NotificationRequest&, const NotificationRequest&) = default;
};

struct NotificationAccepted {
    std::int64_t id = 0;             // also the message id in GET /messages
    std::string state;               // "queued", or the state it reached if replayed
    std::optional<std::int64_t> replaced;   // the notification it replaced
    std::optional<std::int64_t> scheduled_for_ms;   // not before (quiet hours applied)
};

struct BatchRequest {
    std::vector<NotificationRequest> notifications;   // ≤ 1000
};

struct BatchItemResult {
    int status = 202;                // per item: 202, 403, 422, …
    std::optional<NotificationAccepted> accepted;
    std::optional<Error> error;
};

struct StatusPoint {
    std::string status;              // queued, sent, delivered, read, failed, cancelled, expired
    std::int64_t at_ms = 0;
    friend bool operator==(const StatusPoint&, const StatusPoint&) = default;
};

struct MessageView {
    std::int64_t id = 0;
    std::string kind;                // push, broadcast, auto_reply, operator_reply
    std::string phone;               // E.164; empty (null on the wire) for a citizen known by user id only
    std::string user_id_masked;      // then their WhatsApp user id, masked ("US.•••78")
    std::string status;
    std::string template_name;       // templates only
    std::vector<std::string> parameters;
    std::string text;                // free-form messages: what the citizen read
    std::optional<std::int64_t> error_code;
    std::string error_title;
    std::string error_details;
    std::int64_t created_at_ms = 0;
    std::optional<std::int64_t> sent_at_ms;
    std::vector<StatusPoint> history;
    friend bool operator==(const MessageView&, const MessageView&) = default;
};

struct MessagePage {
    std::vector<MessageView> messages;
    std::string next_cursor;         // empty: no more
};

struct TemplateSpec {
    std::string name;
    std::string language = "it";
    std::string category = "utility";   // utility, marketing, authentication
    int parameter_count = 0;
    std::string body;                   // with {{1}}, {{2}}… (for previews)
    friend bool operator==(const TemplateSpec&, const TemplateSpec&) = default;
};

std::string encode(const ConsentChange& v);
std::string encode(const ConsentView& v);
std::string encode(const NotificationRequest& v);
std::string encode(const NotificationAccepted& v);
std::string encode(const BatchRequest& v);
std::string encode(const std::vector<BatchItemResult>& v);
std::string encode(const MessageView& v);
std::string encode(const MessagePage& v);
std::string encode(const TemplateSpec& v);
std::string encode(const std::vector<TemplateSpec>& v);

template <class T>
Result<T> decode_sire(std::string_view json_text);   // specialised for each type above

// Each notification field checked as the API documents (phone syntax,
// non-empty key, parameter text without newlines, …). Errors name the field
// with `prefix` ("notifications[3].").
std::optional<Error> check_notification(const NotificationRequest& n, const std::string& prefix = {});

} // namespace sportello::api
