#pragma once
// An RFC 6238 code computation written for the tests, independent of the
// relay's (which uses liboath): HMAC-SHA-1 from OpenSSL, dynamic truncation,
// 6 digits, 30-second steps. Checked against the RFC's test vectors in
// tests/relay/two_factor_test.cpp before the tests rely on it.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sportello::testing {

// RFC 4648 base32 (padding optional, case-insensitive); nullopt if invalid.
std::optional<std::string> base32_decode(std::string_view text);

// The code of `step` (seconds / 30) for the raw secret, with `digits` digits.
std::string totp_code(std::string_view secret, std::int64_t step, int digits = 6);

std::int64_t current_totp_step();

} // namespace sportello::testing
