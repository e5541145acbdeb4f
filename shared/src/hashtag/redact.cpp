#include "sportello/hashtag/redact.hpp"

#include "sportello/hashtag/normalize.hpp"

#include <algorithm>
#include <array>

namespace sportello::hashtag {
namespace {

// While masking, each placeholder is one code point of the Private Use Area,
// so that it stays one unit through the later passes and through splitting
// into words. Such code points in the citizen's own text are blanked first.
constexpr char32_t email_mark = 0xE000;
constexpr char32_t fiscal_code_mark = 0xE001;
constexpr char32_t number_mark = 0xE002;
constexpr std::size_t fiscal_code_length = 16;
constexpr std::size_t max_number_separators = 3;   // "340 - 123": a dash between spaces

bool is_mark(char32_t c) noexcept { return c >= email_mark && c <= number_mark; }
bool is_private_use(char32_t c) noexcept { return (c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000; }
bool is_letter(char32_t c) noexcept { return c >= 'a' && c <= 'z'; }
bool is_digit(char32_t c) noexcept { return c >= '0' && c <= '9'; }
bool is_alnum(char32_t c) noexcept { return is_letter(c) || is_digit(c); }

bool is_blank(char32_t c) noexcept {
    return c <= 0x20 || c == 0x7F || c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F ||
           c == 0x3000;
}

bool is_one_of(char32_t c, std::u32string_view set) noexcept { return set.find(c) != std::u32string_view::npos; }

// Folded text, combining marks dropped (as words() does), and private-use
// code points blanked so that they cannot pose as placeholders.
std::u32string folded(std::string_view text) {
    std::u32string out;
    for (char32_t c : decode_text(text)) {
        const char32_t f = fold(c);
        if (f == 0) continue;
        out.push_back(is_private_use(f) ? U' ' : f);
    }
    return out;
}

// --- e-mail addresses ------------------------------------------------------

bool is_local_part_char(char32_t c) noexcept {
    return !is_blank(c) && !is_mark(c) && !is_one_of(c, U"@,;:<>()[]{}\"'`");
}

bool is_domain_char(char32_t c) noexcept {
    // Letters beyond ASCII for internationalised domains.
    return is_alnum(c) || c == '.' || c == '-' || c == '_' || (c >= 0xC0 && !is_blank(c) && !is_mark(c));
}

void mask_emails(std::u32string& s) {
    for (std::size_t at = s.find(U'@'); at != std::u32string::npos; at = s.find(U'@', at + 1)) {
        std::size_t begin = at;
        while (begin > 0 && is_local_part_char(s[begin - 1])) --begin;
        std::size_t end = at + 1;
        while (end < s.size() && is_domain_char(s[end])) ++end;
        while (end > at + 1 && is_one_of(s[end - 1], U".-_")) --end;   // "scrivi a x@y.it."
        const bool has_domain = std::any_of(s.begin() + static_cast<std::ptrdiff_t>(at) + 1,
                                            s.begin() + static_cast<std::ptrdiff_t>(end),
                                            [](char32_t c) { return !is_one_of(c, U".-_"); });
        if (begin == at || !has_domain) continue;
        s.replace(begin, end - begin, 1, email_mark);
        at = begin;
    }
}

// --- fiscal codes ----------------------------------------------------------

// A digit of a fiscal code: 0-9, or its omocodia letter (0=L … 9=V).
bool is_code_digit(char32_t c) noexcept { return is_digit(c) || is_one_of(c, U"lmnpqrstuv"); }

// LLLLLL DD M DD L DDD L, L a letter, D a digit, M a month letter.
bool has_fiscal_code_shape(const char32_t* c) noexcept {
    static constexpr std::array<std::size_t, 8> letters{0, 1, 2, 3, 4, 5, 11, 15};
    static constexpr std::array<std::size_t, 7> digits{6, 7, 9, 10, 12, 13, 14};
    constexpr std::size_t month = 8;
    return std::all_of(letters.begin(), letters.end(), [c](std::size_t i) { return is_letter(c[i]); }) &&
           std::all_of(digits.begin(), digits.end(), [c](std::size_t i) { return is_code_digit(c[i]); }) &&
           is_one_of(c[month], U"abcdehlmprst");
}

// A fiscal code written in groups from the word at `begin` ("rss mra 85t10
// a944s"), ending a word: the end of what it covers, or 0.
std::size_t grouped_fiscal_code_end(const std::u32string& s, std::size_t begin) {
    std::array<char32_t, fiscal_code_length> code{};
    std::size_t n = 0, j = begin;
    bool grouped = false;
    while (n < code.size() && j < s.size()) {
        if (is_alnum(s[j])) {
            code[n++] = s[j++];
        } else if (n > 0 && is_one_of(s[j], U" .-/") && j + 1 < s.size() && is_alnum(s[j + 1])) {
            grouped = true;
            ++j;
        } else {
            break;
        }
    }
    if (n != code.size() || !grouped || (j < s.size() && is_alnum(s[j]))) return 0;
    return has_fiscal_code_shape(code.data()) ? j : 0;
}

void mask_fiscal_codes(std::u32string& s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (!is_alnum(s[i])) continue;
        const bool word_start = i == 0 || !is_alnum(s[i - 1]);
        std::size_t end = 0;
        if (i + fiscal_code_length <= s.size() &&
            std::all_of(s.begin() + static_cast<std::ptrdiff_t>(i),
                        s.begin() + static_cast<std::ptrdiff_t>(i + fiscal_code_length), is_alnum) &&
            has_fiscal_code_shape(s.data() + i)) {
            const std::size_t after = i + fiscal_code_length;
            const bool whole_word = word_start && (after == s.size() || !is_alnum(s[after]));
            // Inside a longer run, only with a real digit: sixteen letters in
            // a row may happen to have the shape of a fully omocodic code.
            const bool has_digit = std::any_of(s.begin() + static_cast<std::ptrdiff_t>(i),
                                               s.begin() + static_cast<std::ptrdiff_t>(after), is_digit);
            if (whole_word || has_digit) end = after;
        }
        if (end == 0 && word_start) end = grouped_fiscal_code_end(s, i);
        if (end != 0) s.replace(i, end - i, 1, fiscal_code_mark);
    }
}

// --- numbers ---------------------------------------------------------------

bool is_number_separator(char32_t c) noexcept {
    return is_one_of(c, U" .-/()") || c == 0xA0 || c == 0x202F || c == 0x2009 || (c >= 0x2010 && c <= 0x2015);
}

void mask_numbers(std::u32string& s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        // A number may open with "+", "(" or "(+": "(+39) 340…", "(011) 123…".
        std::size_t first = i;
        while (first < s.size() && first - i < 2 && is_one_of(s[first], U"+(")) ++first;
        if (first == s.size() || !is_digit(s[first])) continue;
        std::size_t j = first, end = j;
        int digits = 0;
        while (j < s.size()) {
            if (is_digit(s[j])) {
                ++digits;
                end = ++j;
                continue;
            }
            std::size_t k = j;
            while (k < s.size() && k - j < max_number_separators && is_number_separator(s[k])) ++k;
            if (k == j || k == s.size() || !is_digit(s[k])) break;
            j = k;   // more digits of the same number after the separators
        }
        if (digits >= min_masked_digits) s.replace(i, end - i, 1, number_mark);
        else i = end - 1;
    }
}

std::u32string masked(std::string_view text) {
    auto s = folded(text);
    // E-mail addresses and fiscal codes hold digits: they go first.
    mask_emails(s);
    mask_fiscal_codes(s);
    mask_numbers(s);
    return s;
}

std::string_view placeholder(char32_t mark) noexcept {
    return mark == email_mark ? email_placeholder : mark == fiscal_code_mark ? fiscal_code_placeholder : number_placeholder;
}

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

constexpr std::array placeholders{number_placeholder, email_placeholder, fiscal_code_placeholder};

} // namespace

std::string redact_personal_data(std::string_view text) {
    std::string out;
    for (char32_t c : masked(text)) {
        if (is_mark(c)) out += placeholder(c);
        else append_utf8(out, c);
    }
    return out;
}

std::vector<std::string> redacted_words(std::string_view text) {
    std::vector<std::string> out;
    std::string current;
    auto flush = [&] {
        if (!current.empty()) out.push_back(std::move(current));
        current.clear();
    };
    for (char32_t c : masked(text)) {
        if (is_alnum(c)) {
            current.push_back(static_cast<char>(c));
        } else {
            flush();
            if (is_mark(c)) out.emplace_back(placeholder(c));
        }
    }
    flush();
    return out;
}

bool holds_redaction(std::string_view text) noexcept {
    return std::any_of(placeholders.begin(), placeholders.end(),
                       [text](std::string_view p) { return text.find(p) != std::string_view::npos; });
}

std::string without_placeholders(std::string_view text) {
    std::string out(text);
    for (auto p : placeholders)
        for (auto at = out.find(p); at != std::string::npos; at = out.find(p, at)) out.erase(at, p.size());
    return out;
}

} // namespace sportello::hashtag
