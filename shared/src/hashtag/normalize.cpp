#include "sportello/hashtag/normalize.hpp"

#include <algorithm>
#include <array>

namespace sportello::hashtag {
namespace {

constexpr char32_t replacement = 0xFFFD;

// Base letters for U+00C0..U+00FF; '\0' where there is none (× and ÷).
constexpr char latin1_base[] =
    "aaaaaaaceeeeiiiidnooooo\0ouuuuyts"
    "aaaaaaaceeeeiiiidnooooo\0ouuuuyty";
// Base letters for U+0100..U+017F (Latin Extended-A).
constexpr char latin_ext_a_base[] =
    "aaaaaa" "cccccccc" "dddd" "eeeeeeeeee" "gggggggg" "hhhh" "iiiiiiiiii" "ii" "jj" "kkk"
    "llllllllll" "nnnnnnnnn" "oooooo" "oo" "rrrrrr" "ssssssss" "tttttt" "uuuuuuuuuuuu"
    "ww" "yyy" "zzzzzz" "s";
static_assert(sizeof latin1_base == 64 + 1);
static_assert(sizeof latin_ext_a_base == 128 + 1);

int hex_digit(char c) noexcept {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Reads "\uXXXX" at text[i]; returns the code unit or -1.
long escaped_unit(std::string_view text, std::size_t i) noexcept {
    if (i + 6 > text.size() || text[i] != '\\' || text[i + 1] != 'u') return -1;
    long v = 0;
    for (std::size_t k = 2; k < 6; ++k) {
        const int d = hex_digit(text[i + k]);
        if (d < 0) return -1;
        v = v * 16 + d;
    }
    return v;
}

bool is_word_char(char32_t c) noexcept { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

} // namespace

std::u32string decode_text(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        if (const long unit = escaped_unit(s, i); unit >= 0) {
            i += 6;
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                const long low = escaped_unit(s, i);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    i += 6;
                    out.push_back(static_cast<char32_t>(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)));
                    continue;
                }
                out.push_back(replacement);
                continue;
            }
            out.push_back(unit >= 0xDC00 && unit <= 0xDFFF ? replacement : static_cast<char32_t>(unit));
            continue;
        }
        const auto b = static_cast<unsigned char>(s[i]);
        int extra = 0;
        char32_t cp = 0;
        if (b < 0x80) { out.push_back(b); ++i; continue; }
        if ((b & 0xE0) == 0xC0) { extra = 1; cp = b & 0x1F; }
        else if ((b & 0xF0) == 0xE0) { extra = 2; cp = b & 0x0F; }
        else if ((b & 0xF8) == 0xF0) { extra = 3; cp = b & 0x07; }
        else { out.push_back(replacement); ++i; continue; }
        if (i + extra >= s.size()) {   // truncated sequence
            out.push_back(replacement);
            ++i;
            continue;
        }
        bool ok = true;
        for (int k = 1; k <= extra; ++k) {
            const auto c = static_cast<unsigned char>(s[i + k]);
            if ((c & 0xC0) != 0x80) { ok = false; break; }
            cp = (cp << 6) | (c & 0x3F);
        }
        if (!ok) { out.push_back(replacement); ++i; continue; }
        static constexpr std::array<char32_t, 4> min_for_length{0, 0x80, 0x800, 0x10000};
        if (cp < min_for_length[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            cp = replacement;   // overlong or out of range
        out.push_back(cp);
        i += extra + 1;
    }
    return out;
}

char32_t fold(char32_t c) noexcept {
    if (c >= 'A' && c <= 'Z') return c - 'A' + 'a';
    // Control characters other than tab and line breaks (NUL among them) must
    // not fold to 0, which means "dropped mark": they would vanish from inside
    // a hashtag. They become U+FFFD, which ends a tag and separates words.
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c < 0xA0)) return replacement;
    if (c < 0x80) return c;
    if (c >= 0xC0 && c <= 0xFF) {
        const char base = latin1_base[c - 0xC0];
        return base ? static_cast<char32_t>(base) : c;
    }
    if (c >= 0x100 && c <= 0x17F) return static_cast<char32_t>(latin_ext_a_base[c - 0x100]);
    if (c >= 0x300 && c <= 0x36F) return 0;              // combining marks: dropped
    if (c >= 0xFF01 && c <= 0xFF5E) return fold(c - 0xFEE0);  // fullwidth ASCII
    if (c == 0xFE5F) return '#';                           // small number sign
    return c;
}

std::string normalize_tag(std::string_view text) {
    std::string out;
    for (char32_t c : decode_text(text)) {
        const char32_t f = fold(c);
        if (is_word_char(f)) out.push_back(static_cast<char>(f));
    }
    return out;
}

bool is_canonical_tag(std::string_view tag) noexcept {
    if (tag.size() < 2 || tag.size() > 40) return false;
    if (!(tag[0] >= 'a' && tag[0] <= 'z')) return false;
    return std::all_of(tag.begin(), tag.end(), [](char c) { return is_word_char(static_cast<char32_t>(c)); });
}

std::vector<std::string> words(std::string_view text) {
    std::vector<std::string> out;
    std::string current;
    for (char32_t c : decode_text(text)) {
        const char32_t f = fold(c);
        if (f == 0) continue;   // combining mark: part of the previous letter
        if (is_word_char(f)) {
            current.push_back(static_cast<char>(f));
        } else if (!current.empty()) {
            out.push_back(std::move(current));
            current.clear();
        }
    }
    if (!current.empty()) out.push_back(std::move(current));
    return out;
}

int edit_distance(std::string_view a, std::string_view b) {
    const std::size_t n = a.size(), m = b.size();
    std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
    for (std::size_t i = 0; i <= n; ++i) d[i][0] = static_cast<int>(i);
    for (std::size_t j = 0; j <= m; ++j) d[0][j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= n; ++i) {
        for (std::size_t j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

} // namespace sportello::hashtag
