#pragma once
// Text normalisation for matching citizens' messages against tags.
//
// A citizen may write "#Centri Vaccinali", "# centri-vaccinali",
// "#CentriVaccinali!", "＃centrivaccinali" or, through an escaping layer,
// "#centri\u00e8". Everything here is pure and total: any byte sequence is
// accepted (invalid UTF-8 becomes U+FFFD and is then dropped).

#include <string>
#include <string_view>
#include <vector>

namespace sportello::hashtag {

// Decodes UTF-8 into code points; invalid sequences become U+FFFD. Literal
// "\uXXXX" escapes (Meta's escaped form, surrogate pairs included) are decoded.
std::u32string decode_text(std::string_view utf8);

// Lowercases ASCII and Latin letters and strips their accents (è → e, Ç → c);
// maps fullwidth forms to ASCII (＃ → #); drops combining marks (returns 0);
// control characters other than tab and line breaks become U+FFFD, so that
// they end a tag instead of vanishing inside it. Other code points are
// returned unchanged.
char32_t fold(char32_t c) noexcept;

// A tag in canonical form: folded, only [a-z0-9]. "Centri-Vaccinali!" → "centrivaccinali".
std::string normalize_tag(std::string_view text);

// Whether a string is a valid canonical tag: 2..40 characters of [a-z0-9],
// starting with a letter.
bool is_canonical_tag(std::string_view tag) noexcept;

// The folded text split into words of [a-z0-9] (everything else separates).
std::vector<std::string> words(std::string_view text);

// Optimal-string-alignment distance (Levenshtein plus adjacent transposition).
int edit_distance(std::string_view a, std::string_view b);

} // namespace sportello::hashtag
