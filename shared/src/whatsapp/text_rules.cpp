#include "sportello/whatsapp/text_rules.hpp"

namespace sportello::wa {
namespace {

bool is_continuation(unsigned char c) noexcept { return (c & 0xC0) == 0x80; }

// Byte offset just after max code points (or the end).
std::size_t offset_after(std::string_view s, std::size_t max) noexcept {
    std::size_t count = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (!is_continuation(static_cast<unsigned char>(s[i]))) {
            if (count == max) return i;
            ++count;
        }
    }
    return s.size();
}

constexpr std::string_view blank_characters = " \t\r\n";

std::string_view trim(std::string_view s) {
    const auto first = s.find_first_not_of(blank_characters);
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(blank_characters) - first + 1);
}

} // namespace

std::size_t length(std::string_view s) noexcept {
    std::size_t n = 0;
    for (char c : s)
        if (!is_continuation(static_cast<unsigned char>(c))) ++n;
    return n;
}

bool is_blank(std::string_view s) noexcept { return s.find_first_not_of(blank_characters) == std::string_view::npos; }

bool is_valid_utf8(std::string_view s) noexcept {
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t extra = 0;
        char32_t code = 0, min = 0;
        if (c < 0x80) { ++i; continue; }
        if ((c & 0xE0) == 0xC0) { extra = 1; code = c & 0x1F; min = 0x80; }
        else if ((c & 0xF0) == 0xE0) { extra = 2; code = c & 0x0F; min = 0x800; }
        else if ((c & 0xF8) == 0xF0) { extra = 3; code = c & 0x07; min = 0x10000; }
        else return false;
        if (s.size() - i <= extra) return false;   // cut short
        for (std::size_t k = 1; k <= extra; ++k) {
            const auto next = static_cast<unsigned char>(s[i + k]);
            if (!is_continuation(next)) return false;
            code = (code << 6) | (next & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return false;
        i += extra + 1;
    }
    return true;
}

std::string truncate(std::string_view s, std::size_t max) {
    if (length(s) <= max) return std::string(s);
    if (max == 0) return {};
    std::string out(s.substr(0, offset_after(s, max - 1)));
    out += "\xE2\x80\xA6";   // …
    return out;
}

std::vector<std::string> split(std::string_view text, std::size_t max) {
    std::vector<std::string> parts;
    std::string_view rest = trim(text);
    while (!rest.empty()) {
        if (length(rest) <= max) {
            parts.emplace_back(rest);
            break;
        }
        const std::size_t limit = offset_after(rest, max);
        const std::string_view window = rest.substr(0, limit);
        std::size_t cut = std::string_view::npos;
        for (std::string_view sep : {std::string_view("\n\n"), std::string_view("\n"), std::string_view(" ")}) {
            const auto pos = window.rfind(sep);
            if (pos != std::string_view::npos && pos > 0) { cut = pos; break; }
        }
        if (cut == std::string_view::npos) cut = limit;   // one huge word
        parts.emplace_back(trim(rest.substr(0, cut)));
        rest = trim(rest.substr(cut));
    }
    return parts;
}

} // namespace sportello::wa
