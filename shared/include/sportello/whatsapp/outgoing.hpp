#pragma once
// What the relay sends to a citizen, independent of Meta's wire shape, and
// the conversions to and from Meta's send API (whatsapp-cloud-api.md §4).

#include "sportello/result.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sportello::wa {

struct ListRow {
    std::string id;
    std::string title;
    std::string description;
    friend bool operator==(const ListRow&, const ListRow&) = default;
};

struct OutgoingMessage {
    enum class Kind { text, list, template_message };
    Kind kind = Kind::text;
    std::string body;                  // text body, or the list's body
    std::string header;                // list only, optional
    std::string footer;                // list only, optional
    std::string button;                // list only: the button that opens it
    std::string section_title;         // list only
    std::vector<ListRow> rows;         // list only, ≤ 10
    std::string template_name;         // template only
    std::string template_language;     // template only, e.g. "it"
    std::vector<std::string> parameters;  // template body parameters, positional

    friend bool operator==(const OutgoingMessage&, const OutgoingMessage&) = default;
};

// Our own storage form (outbox rows, preview endpoint).
std::string encode(const OutgoingMessage& message);
Result<OutgoingMessage> decode_outgoing(std::string_view json);

// Who a message goes to: the number (E.164 with '+') when the citizen has
// one, else their WhatsApp user id, sent as "recipient" with no "to" (§2.6).
struct Recipient {
    std::string phone;
    std::string user_id;
};

// Meta's POST /{phone_number_id}/messages body. context_wamid quotes the
// citizen's message; callback_data is echoed back in status webhooks
// (biz_opaque_callback_data).
std::string send_request_body(const OutgoingMessage& message, const Recipient& to,
                              std::string_view context_wamid = {},
                              std::string_view callback_data = {});

// Meta's "mark as read" body for an inbound wamid.
std::string mark_read_body(std::string_view inbound_wamid);

// A send call's outcome, parsed from Meta's response.
struct SendAccepted {
    std::string wamid;
    std::string wa_id;
    std::string user_id;          // the recipient's user id, when Meta returns one
    std::string message_status;   // "accepted" when a template is paced; else empty
};

struct SendFailure {
    int http_status = 0;
    int code = 0;                 // Meta's error.code; 0 when the body had none
    std::string title;
    std::string details;
    std::string fbtrace_id;
};

struct SendOutcome {
    std::optional<SendAccepted> accepted;
    std::optional<SendFailure> failure;
};

SendOutcome parse_send_response(int http_status, std::string_view body);

} // namespace sportello::wa
