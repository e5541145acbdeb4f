#pragma once
// Masking of personal data in what citizens write, before any of it is kept
// for reports (the unanswered ranking). Pure and total, like normalize.hpp.
//
// The text is folded first (see fold(): case, accents, fullwidth forms), so
// that "３４０" or "RSSMRA…" are caught like "340" and "rssmra…". Then:
//
// - an e-mail address, "local@domain" (any non-blank local part, a domain of
//   letters, digits, dots and dashes), becomes "[email]";
// - an Italian fiscal code (codice fiscale: 6 letters, 2 digits, a month
//   letter, 2 digits, a letter, 3 digits, a letter; any digit may be one of
//   the omocodia letters L M N P Q R S T U V), whole or written in groups
//   ("RSS MRA 85T10 A944S"), becomes "[codice fiscale]". Inside a longer run
//   of letters and digits ("cfRSSMRA85T10A944S") it is caught when it holds
//   at least one real digit;
// - a number of at least min_masked_digits digits becomes "[numero]": its
//   digits may be grouped by spaces, dots, dashes, slashes and parentheses
//   ("+39 340 123.45-67", "(011) 123 4567", "12/03/1985") and it may follow
//   letters ("tel3401234567" → "tel[numero]"). Shorter numbers ("3 dosi",
//   "covid19") are kept: they do not identify anyone.
//
// What is not recognisable as one of these (a name typed alone) is not
// masked: the callers keep such text encrypted and show it only in aggregate.

#include <string>
#include <string_view>
#include <vector>

namespace sportello::hashtag {

inline constexpr std::string_view number_placeholder = "[numero]";
inline constexpr std::string_view email_placeholder = "[email]";
inline constexpr std::string_view fiscal_code_placeholder = "[codice fiscale]";
inline constexpr int min_masked_digits = 3;

// The folded text (UTF-8) with e-mail addresses, fiscal codes and numbers
// replaced by their placeholders. "Chiamami al +39 340 1234567" →
// "chiamami al [numero]".
std::string redact_personal_data(std::string_view text);

// words() of the masked text: each placeholder is one word of its own.
// "Scrivete a mario.rossi@example.com" → {"scrivete", "a", "[email]"}.
std::vector<std::string> redacted_words(std::string_view text);

// Whether a string holds one of the placeholders above.
bool holds_redaction(std::string_view text) noexcept;

// The text without its placeholders: "prenotazione[numero]" → "prenotazione".
std::string without_placeholders(std::string_view text);

} // namespace sportello::hashtag
