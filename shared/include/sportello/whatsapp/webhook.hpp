#pragma once
// Meta's webhook payloads (whatsapp-cloud-api.md §2): parsing what arrives at
// the relay, and building payloads for the simulator and the tests.
//
// Parsing is lenient about structure and strict about JSON: a body that is not
// JSON is an error; anything unexpected inside a valid document (unknown
// fields, types, `field` values, wrong shapes) is skipped with a warning, so
// that one odd item never hides the others.

#include "sportello/result.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sportello::wa {

struct ApiErrorInfo {
    int code = 0;
    std::string title;
    std::string message;
    std::string details;
    friend bool operator==(const ApiErrorInfo&, const ApiErrorInfo&) = default;
};

struct InboundMessage {
    std::string wamid;
    std::string from;              // digits; empty for username-only senders
    std::string from_user_id;      // business-scoped user id, when present
    std::string profile_name;      // the sender's profile name, if sent
    std::string username;          // the sender's WhatsApp username, if sent
    std::string group_id;          // set when the message comes from a group chat
    std::int64_t timestamp = 0;    // Unix seconds, as sent by Meta; 0 when missing or not a number
    std::string type;              // "text", "interactive", "button", "image", … as sent
    std::string text;              // text body, media caption, reply or button title
    std::string reply_id;          // list/button reply id, or template button payload
    std::string context_wamid;     // the message being answered or quoted
    bool forwarded = false;
    // Media (metadata only).
    std::string media_id, mime_type, sha256, filename;
    // Location.
    std::optional<double> latitude, longitude;
    std::string location_name, location_address;
    // Reaction: emoji empty or absent means the reaction was removed.
    std::string reaction_to, emoji;
    // System: number change.
    std::string system_type, new_wa_id;
    std::vector<ApiErrorInfo> errors;   // for unsupported / unknown
    std::string raw_json;               // the message object as received (non-text types only)
};

struct StatusUpdate {
    std::string wamid;
    std::string status;            // sent, delivered, read, failed, played, or unknown
    std::int64_t timestamp = 0;    // 0 when missing or not a number
    std::string recipient_id;
    std::string recipient_user_id;
    std::string callback_data;     // biz_opaque_callback_data
    std::string pricing_category;
    std::string pricing_type;
    std::vector<ApiErrorInfo> errors;
};

struct Change {
    std::string field;             // "messages" is the one we serve
    std::string waba_id;
    std::string phone_number_id;
    std::string display_phone_number;
    std::vector<InboundMessage> messages;
    std::vector<StatusUpdate> statuses;
    std::vector<ApiErrorInfo> errors;
};

struct WebhookPayload {
    std::string object;
    std::vector<Change> changes;
    std::vector<std::string> warnings;   // what was skipped, for the log
};

// Error: invalid_json (not JSON, invalid UTF-8, too deep, not an object).
Result<WebhookPayload> parse_webhook(std::string_view body, std::size_t max_depth = 64);

// Builders for the simulator and the tests. They produce ASCII JSON with
// \uXXXX escapes for non-ASCII characters, as Meta sends it.
namespace build {

// A citizen as webhooks name them: a number (wa_id, "from"), a user id
// (user_id, "from_user_id"), or both; an empty one is left out.
struct Sender {
    Sender(std::string number, std::string name, std::string user = {}, std::string user_name = {})
        : wa_id(std::move(number)), profile_name(std::move(name)), user_id(std::move(user)),
          username(std::move(user_name)) {}
    std::string wa_id;
    std::string profile_name;
    std::string user_id;
    std::string username;
};

// A text message object: {"from","id","timestamp","type":"text","text":{"body"}}.
std::string text_message(const Sender& from, std::string_view wamid, std::int64_t timestamp,
                         std::string_view body);
// An interactive list reply, a button reply, a template quick-reply button.
std::string list_reply_message(const Sender& from, std::string_view wamid, std::int64_t timestamp,
                               std::string_view id, std::string_view title, std::string_view context_wamid);
std::string button_message(const Sender& from, std::string_view wamid, std::int64_t timestamp,
                           std::string_view payload, std::string_view text, std::string_view context_wamid);

// A status object: {"id","status","timestamp","recipient_id",...}.
std::string status(std::string_view wamid, std::string_view status, std::int64_t timestamp,
                   std::string_view recipient_id, std::string_view callback_data = {},
                   const std::optional<ApiErrorInfo>& error = std::nullopt, std::string_view recipient_user_id = {});

// The envelope around already-built message and status objects (JSON texts).
std::string envelope(std::string_view waba_id, std::string_view phone_number_id,
                     std::string_view display_phone_number, const std::vector<Sender>& contacts,
                     const std::vector<std::string>& messages, const std::vector<std::string>& statuses);

// Serialises with non-ASCII as \uXXXX escapes (Meta's wire form).
std::string ascii_json(std::string_view json_text);

} // namespace build
} // namespace sportello::wa
