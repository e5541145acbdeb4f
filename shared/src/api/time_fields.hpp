#pragma once
// Times in the API's JSON: ISO 8601 text on the wire, milliseconds since the
// epoch in the C++ types. Internal to the codecs.

#include "sportello/json.hpp"
#include "sportello/time.hpp"

#include <boost/json.hpp>

#include <cstdint>
#include <optional>
#include <string_view>

namespace sportello::api::detail {

inline boost::json::value time_or_null(const std::optional<std::int64_t>& ms) {
    return ms ? boost::json::value(time::format_iso8601(*ms)) : boost::json::value(nullptr);
}

// Absent or null → nullopt; present but not a time → the reader fails at `key`.
inline std::optional<std::int64_t> optional_time(const json::Reader& r, std::string_view key) {
    auto text = r.get_optional_string(key);
    if (!text) return std::nullopt;
    auto ms = time::parse_iso8601(*text);
    if (!ms) r.at(key).fail("expected an ISO 8601 time such as 2026-11-22T09:30:00+01:00");
    return ms;
}

// Absent, null or not a time → the reader fails at `key`.
inline std::int64_t required_time(const json::Reader& r, std::string_view key) {
    const auto ms = optional_time(r, key);
    if (!ms) r.at(key).fail("an ISO 8601 time is required");
    return *ms;
}

} // namespace sportello::api::detail
