#pragma once
// WhatsApp's limits on what we send (see whatsapp-cloud-api.md §4 and §6),
// and the text operations that respect them. Lengths are counted in Unicode
// code points, as WhatsApp counts "characters".

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sportello::wa {

namespace limits {
inline constexpr std::size_t text_body = 4096;
inline constexpr std::size_t list_body = 4096;
inline constexpr std::size_t list_header = 60;
inline constexpr std::size_t list_footer = 60;
inline constexpr std::size_t list_button = 20;
inline constexpr std::size_t list_rows = 10;      // across all sections
inline constexpr std::size_t list_row_id = 200;
inline constexpr std::size_t list_row_title = 24;
inline constexpr std::size_t list_row_description = 72;
inline constexpr std::size_t list_section_title = 24;
inline constexpr std::size_t button_body = 1024;
inline constexpr std::size_t button_title = 20;
} // namespace limits

std::size_t length(std::string_view utf8) noexcept;

// Whether text has nothing to read: only spaces, tabs and line breaks.
// WhatsApp refuses such a message, and split() gives no parts for it.
bool is_blank(std::string_view text) noexcept;

// Whether text is well-formed UTF-8 (no stray or overlong sequences, no
// surrogates, nothing past U+10FFFF): what JSON, and so Meta, accepts.
bool is_valid_utf8(std::string_view text) noexcept;

// Cuts to at most max code points, ending with "…" when something was cut.
std::string truncate(std::string_view utf8, std::size_t max);

// Splits text into parts of at most max code points: on paragraph breaks
// when possible, then on line breaks, then on spaces, and only inside a word
// as a last resort. Never splits a UTF-8 sequence. Empty text gives no parts.
std::vector<std::string> split(std::string_view utf8, std::size_t max = limits::text_body);

} // namespace sportello::wa
