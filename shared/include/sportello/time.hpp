#pragma once
// Time on the wire: ISO 8601 in UTC ("2026-11-22T09:30:00Z", milliseconds
// when not zero). Internally: Unix milliseconds (std::int64_t).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sportello::time {

std::int64_t now_ms() noexcept;

// "2026-11-22T09:30:00Z", or "2026-11-22T09:30:00.250Z" when ms % 1000 != 0.
std::string format_iso8601(std::int64_t unix_ms);

// "2026-11-22"
std::string format_date(std::int64_t unix_ms);

// Accepts "YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)" and "YYYY-MM-DD" (midnight UTC).
std::optional<std::int64_t> parse_iso8601(std::string_view text);

// Whether text is a real calendar date "YYYY-MM-DD".
bool is_iso_date(std::string_view text) noexcept;

} // namespace sportello::time
