#pragma once
// Time-based one-time passwords (RFC 6238) as authenticator apps make them:
// HMAC-SHA-1, 6 digits, 30-second steps counted from the Unix epoch. The
// HMAC and truncation are liboath's; this file only fixes the parameters,
// encodes the secret for people and apps, and compares in constant time.

#include "sportello/crypto.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sportello::security::totp {

constexpr unsigned digits = 6;
constexpr unsigned step_seconds = 30;
// A code of the step before or after the current one is accepted too (a
// clock a little off, a code typed as it changed).
constexpr unsigned tolerance_steps = 1;
constexpr std::size_t secret_bytes = 20;   // 160 bits, as RFC 4226 recommends

crypto::Bytes new_secret();

// RFC 4648 base32, upper case, without padding (32 characters for 20 bytes).
std::string base32(const crypto::Bytes& secret);

// otpauth://totp/<issuer>:<account>?secret=…&issuer=…&algorithm=SHA1&digits=6&period=30
// (the Key Uri Format authenticator apps read from a QR code).
std::string otpauth_uri(std::string_view issuer, std::string_view account, const crypto::Bytes& secret);

// The time step of a Unix time in seconds.
std::int64_t step_of(std::int64_t unix_seconds) noexcept;

// The code of one step, e.g. "094287". Throws std::runtime_error if liboath fails.
std::string code_at_step(const crypto::Bytes& secret, std::int64_t step);

// The step, within tolerance_steps of the one of unix_seconds, whose code is
// `code` (spaces ignored); nullopt when none is, or the code is not 6 digits.
// The comparison takes the same time whatever the code.
std::optional<std::int64_t> matching_step(const crypto::Bytes& secret, std::string_view code, std::int64_t unix_seconds);

} // namespace sportello::security::totp
