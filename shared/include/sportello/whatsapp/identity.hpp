#pragma once
// Who a citizen is on WhatsApp, and when something happened, as webhooks say
// it (whatsapp-cloud-api.md §2.6): a phone number, a business-scoped user id
// (usernames), or both; and timestamps that may be missing or absurd.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sportello::wa {

// A business-scoped user id ("US.1234", "user.9f3a…"): 1 to 256 characters
// of letters, digits, '.', '_' and '-'. Anything else is not taken as one.
bool is_user_id(std::string_view id) noexcept;

// For operator screens and API answers where a citizen has no number: the
// first three and last two characters, "US.•••34".
std::string mask_user_id(std::string_view id);

// Unix milliseconds for a webhook's timestamp (Unix seconds), or nullopt when
// it cannot be true: missing or unreadable (parsed as 0), negative, before
// WhatsApp Business existed (2009), or more than a day ahead of now_ms.
std::optional<std::int64_t> plausible_time_ms(std::int64_t unix_seconds, std::int64_t now_ms) noexcept;

} // namespace sportello::wa
