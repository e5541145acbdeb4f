#include "plant_scan.hpp"

#include "process.hpp"
#include "sportello/crypto.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <filesystem>

namespace sportello::testing {

namespace {

crypto::Bytes bytes_of(const std::string& s) { return crypto::Bytes(s.begin(), s.end()); }

// Code points of valid UTF-8 (the planted texts are ours).
std::vector<std::uint32_t> code_points(const std::string& utf8) {
    std::vector<std::uint32_t> out;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto b = static_cast<unsigned char>(utf8[i]);
        const int extra = b < 0x80 ? 0 : b < 0xE0 ? 1 : b < 0xF0 ? 2 : 3;
        std::uint32_t cp = extra == 0 ? b : b & (0x3F >> extra);
        for (int k = 1; k <= extra && i + static_cast<std::size_t>(k) < utf8.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + static_cast<std::size_t>(k)]) & 0x3F);
        out.push_back(cp);
        i += static_cast<std::size_t>(extra) + 1;
    }
    return out;
}

std::string utf16(const std::string& utf8, bool little_endian) {
    std::string out;
    auto unit = [&](std::uint32_t u) {
        const char lo = static_cast<char>(u & 0xFF), hi = static_cast<char>((u >> 8) & 0xFF);
        out += little_endian ? lo : hi;
        out += little_endian ? hi : lo;
    };
    for (auto cp : code_points(utf8)) {
        if (cp < 0x10000) {
            unit(cp);
        } else {
            cp -= 0x10000;
            unit(0xD800 + (cp >> 10));
            unit(0xDC00 + (cp & 0x3FF));
        }
    }
    return out;
}

std::string json_escaped(const std::string& utf8, bool upper) {
    std::string out;
    char buf[8];
    for (auto cp : code_points(utf8)) {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else {
            std::snprintf(buf, sizeof buf, upper ? "\\u%04X" : "\\u%04x", static_cast<unsigned>(cp & 0xFFFF));
            out += buf;   // the planted texts stay in the basic plane
        }
    }
    return out;
}

std::string percent_encoded(const std::string& s) {
    std::string out;
    char buf[4];
    for (unsigned char c : s) {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
            out += static_cast<char>(c);
        } else {
            std::snprintf(buf, sizeof buf, "%%%02X", c);
            out += buf;
        }
    }
    return out;
}

// The characters of base64 that depend only on `data`, when it starts
// `shift` bytes into the encoded stream (0, 1 or 2): the same run appears
// in the encoding of any larger value that contains data at that alignment.
std::string base64_at(const std::string& data, std::size_t shift, bool url_safe) {
    auto encoded = crypto::base64url_encode(bytes_of(std::string(shift, '\0') + data));
    if (!url_safe) std::replace(encoded.begin(), encoded.end(), '-', '+'), std::replace(encoded.begin(), encoded.end(), '_', '/');
    const std::size_t first = (shift * 8 + 5) / 6;            // characters touched by the prefix
    const std::size_t last = (shift + data.size()) * 8 / 6;   // characters complete before the end
    return encoded.substr(first, last - first);
}

void add_encodings(std::vector<Needle>& out, const std::string& what, const std::string& value) {
    const auto hex = crypto::hex_encode(bytes_of(value));
    std::string upper = hex;
    std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    out.push_back({what, value});
    if (percent_encoded(value) != value) out.push_back({"percent-encoded " + what, percent_encoded(value)});
    out.push_back({"UTF-16LE of " + what, utf16(value, true)});
    out.push_back({"hex of " + what, hex});
    out.push_back({"HEX of " + what, upper});
    for (std::size_t shift = 0; shift < 3; ++shift)
        for (bool url_safe : {false, true})
            out.push_back({std::string(url_safe ? "base64url" : "base64") + " (offset " + std::to_string(shift) + ") of " + what,
                           base64_at(value, shift, url_safe)});
}

} // namespace

std::vector<Needle> phone_needles(const std::string& typed) {
    std::string digits;
    for (char c : typed)
        if (std::isdigit(static_cast<unsigned char>(c))) digits += c;
    std::vector<Needle> out;
    add_encodings(out, "the number as typed, " + typed, typed);
    add_encodings(out, "the number +" + digits, "+" + digits);
    add_encodings(out, "the number's digits " + digits, digits);
    if (digits.rfind("39", 0) == 0) add_encodings(out, "the national number " + digits.substr(2), digits.substr(2));
    return out;
}

std::vector<Needle> text_needles(const std::string& label, const std::string& utf8) {
    std::vector<Needle> out;
    add_encodings(out, label, utf8);
    out.push_back({"UTF-16BE of " + label, utf16(utf8, false)});
    if (json_escaped(utf8, false) != utf8) {
        out.push_back({"JSON-escaped " + label, json_escaped(utf8, false)});
        out.push_back({"JSON-escaped (upper case) " + label, json_escaped(utf8, true)});
    }
    return out;
}

ScanResult scan_files(const std::vector<std::string>& files, const std::vector<Needle>& needles) {
    ScanResult result;
    for (const auto& file : files) {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(file, ec)) {
            result.missing.push_back(file);
            continue;
        }
        const auto content = read_text_file(file);
        result.scanned.push_back(file + " (" + std::to_string(content.size()) + " bytes)");
        for (const auto& needle : needles)
            for (auto at = content.find(needle.bytes); at != std::string::npos; at = content.find(needle.bytes, at + 1))
                result.hits.push_back({file, needle.what, at});
    }
    return result;
}

std::string describe(const ScanResult& result) {
    std::string out;
    for (const auto& hit : result.hits) out += hit.file + " @" + std::to_string(hit.offset) + ": " + hit.what + "\n";
    out += "scanned:";
    for (const auto& f : result.scanned) out += " " + f;
    out += "\nmissing:";
    for (const auto& f : result.missing) out += " " + f;
    return out + "\n";
}

} // namespace sportello::testing
