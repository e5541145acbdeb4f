#include "security/totp.hpp"

#include <liboath/oath.h>

#include <algorithm>
#include <cstdlib>
#include <mutex>
#include <stdexcept>

namespace sportello::security::totp {
namespace {

void ensure_oath_initialised() {
    static std::once_flag once;
    std::call_once(once, [] {
        if (const int rc = oath_init(); rc != OATH_OK)
            throw std::runtime_error(std::string("liboath: ") + oath_strerror(rc));
    });
}

const char* chars_of(const crypto::Bytes& b) { return reinterpret_cast<const char*>(b.data()); }

// liboath's comparison hook: 0 when the generated code equals the typed one,
// compared without an early exit.
int constant_time_compare(void* typed, const char* generated) {
    return crypto::constant_time_equal(*static_cast<const std::string*>(typed), generated) ? 0 : 1;
}

} // namespace

crypto::Bytes new_secret() { return crypto::random_bytes(secret_bytes); }

std::string base32(const crypto::Bytes& secret) {
    ensure_oath_initialised();
    char* out = nullptr;
    std::size_t length = 0;
    if (const int rc = oath_base32_encode(chars_of(secret), secret.size(), &out, &length); rc != OATH_OK)
        throw std::runtime_error(std::string("liboath base32: ") + oath_strerror(rc));
    std::string text(out, length);
    std::free(out);
    text.erase(std::remove(text.begin(), text.end(), '='), text.end());
    return text;
}

std::string otpauth_uri(std::string_view issuer, std::string_view account, const crypto::Bytes& secret) {
    // Issuer and account are plain [A-Za-z0-9._-] here (usernames are), which
    // need no percent-encoding.
    return "otpauth://totp/" + std::string(issuer) + ":" + std::string(account) + "?secret=" + base32(secret) +
           "&issuer=" + std::string(issuer) + "&algorithm=SHA1&digits=" + std::to_string(digits) +
           "&period=" + std::to_string(step_seconds);
}

std::int64_t step_of(std::int64_t unix_seconds) noexcept { return unix_seconds / step_seconds; }

std::string code_at_step(const crypto::Bytes& secret, std::int64_t step) {
    ensure_oath_initialised();
    char out[digits + 1] = {};
    const auto at = static_cast<time_t>(step * step_seconds);
    if (const int rc = oath_totp_generate(chars_of(secret), secret.size(), at, step_seconds, 0, digits, out);
        rc != OATH_OK)
        throw std::runtime_error(std::string("liboath totp: ") + oath_strerror(rc));
    return std::string(out, digits);
}

std::optional<std::int64_t> matching_step(const crypto::Bytes& secret, std::string_view code, std::int64_t unix_seconds) {
    std::string typed;
    for (char c : code)
        if (c != ' ') typed.push_back(c);
    if (typed.size() != digits || !std::all_of(typed.begin(), typed.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    ensure_oath_initialised();
    int position = 0;
    const int rc = oath_totp_validate2_callback(chars_of(secret), secret.size(), static_cast<time_t>(unix_seconds),
                                                step_seconds, 0, digits, tolerance_steps, &position,
                                                constant_time_compare, &typed);
    if (rc < 0) return std::nullopt;   // OATH_INVALID_OTP, or an error: no match either way
    return step_of(unix_seconds) + position;
}

} // namespace sportello::security::totp
