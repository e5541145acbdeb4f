#include "sportello/whatsapp/identity.hpp"

#include <algorithm>

namespace sportello::wa {

namespace {
constexpr std::size_t max_user_id_length = 256;
constexpr std::int64_t earliest_plausible_s = 1230768000;   // 2009-01-01T00:00:00Z
constexpr std::int64_t max_ahead_ms = 24 * 3600 * 1000;
} // namespace

bool is_user_id(std::string_view id) noexcept {
    if (id.empty() || id.size() > max_user_id_length) return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
               c == '-';
    });
}

std::string mask_user_id(std::string_view id) {
    const std::string bullets = "\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2";
    if (id.size() < 8) return bullets;
    return std::string(id.substr(0, 3)) + bullets + std::string(id.substr(id.size() - 2));
}

std::optional<std::int64_t> plausible_time_ms(std::int64_t unix_seconds, std::int64_t now_ms) noexcept {
    if (unix_seconds < earliest_plausible_s || unix_seconds > (now_ms + max_ahead_ms) / 1000) return std::nullopt;
    return unix_seconds * 1000;
}

} // namespace sportello::wa
