#pragma once
// Small, safe wrappers over OpenSSL for hashing, MACs, randomness and
// encodings. All functions are thread-safe.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sportello::crypto {

using Bytes = std::vector<std::uint8_t>;

Bytes sha256(std::string_view data);
Bytes hmac_sha256(std::string_view key, std::string_view data);

// Compares in time that depends only on the lengths, never on the contents.
bool constant_time_equal(std::string_view a, std::string_view b) noexcept;

// Cryptographically secure random bytes; throws std::runtime_error if the
// system's generator fails (it never silently degrades).
Bytes random_bytes(std::size_t count);

std::string hex_encode(const Bytes& bytes);
std::optional<Bytes> hex_decode(std::string_view hex);      // nullopt if not hex
std::string base64url_encode(const Bytes& bytes);           // no padding
std::optional<Bytes> base64url_decode(std::string_view text);

inline std::string_view as_view(const Bytes& bytes) noexcept {
    return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
}

} // namespace sportello::crypto
