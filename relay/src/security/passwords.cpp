#include "security/passwords.hpp"

#include "security/common_passwords.hpp"
#include "sportello/crypto.hpp"

#include <argon2.h>

#include <algorithm>
#include <stdexcept>

namespace sportello::security {
namespace {
// OWASP's Argon2id minimum (m=19 MiB, t=2, p=1).
constexpr std::uint32_t time_cost = 2;
constexpr std::uint32_t memory_kib = 19 * 1024;
constexpr std::uint32_t parallelism = 1;
constexpr std::size_t salt_length = 16;
constexpr std::size_t hash_length = 32;

std::string ascii_lowercase(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// Without the digits, punctuation and blanks at either end; letters (and
// every non-ASCII byte, so accented letters) are kept.
std::string strip_digits_and_symbols(const std::string& s) {
    auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (static_cast<unsigned char>(c) & 0x80); };
    std::size_t begin = 0, end = s.size();
    while (begin < end && !is_letter(s[begin])) ++begin;
    while (end > begin && !is_letter(s[end - 1])) --end;
    return s.substr(begin, end - begin);
}
} // namespace

std::string check_password_policy(std::string_view password, std::string_view username, const PasswordPolicy& policy) {
    const auto characters = static_cast<std::size_t>(
        std::count_if(password.begin(), password.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
    if (characters < policy.min_length)
        return "the password must be at least " + std::to_string(policy.min_length) + " characters long";
    if (password.size() > 1024) return "the password is longer than 1024 characters";
    const auto lower = ascii_lowercase(password);
    if (!username.empty() && lower.find(ascii_lowercase(username)) != std::string::npos)
        return "the password must not contain the username";
    if (is_common_password(lower) || is_common_password(strip_digits_and_symbols(lower)))
        return "the password is too common (it is in the list of common passwords, words and names); choose another";
    return {};
}

std::string generate_temporary_password() {
    static constexpr std::string_view alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    std::string out;
    // Rejection sampling keeps every character equally likely.
    while (out.size() < 16) {
        for (auto b : crypto::random_bytes(32)) {
            const auto v = static_cast<unsigned char>(b);
            if (v >= 256 - 256 % alphabet.size()) continue;
            out.push_back(alphabet[v % alphabet.size()]);
            if (out.size() == 16) break;
        }
    }
    return out;
}

std::string hash_password(std::string_view password) {
    const auto salt = crypto::random_bytes(salt_length);
    const std::size_t encoded_len = argon2_encodedlen(time_cost, memory_kib, parallelism, salt_length, hash_length, Argon2_id);
    std::string encoded(encoded_len, '\0');
    const int rc = argon2id_hash_encoded(time_cost, memory_kib, parallelism, password.data(), password.size(), salt.data(),
                                         salt.size(), hash_length, encoded.data(), encoded.size());
    if (rc != ARGON2_OK) throw std::runtime_error(std::string("password hashing failed: ") + argon2_error_message(rc));
    encoded.resize(encoded.find('\0'));
    return encoded;
}

bool verify_password(std::string_view password, const std::string& encoded_hash) {
    return argon2id_verify(encoded_hash.c_str(), password.data(), password.size()) == ARGON2_OK;
}

} // namespace sportello::security
