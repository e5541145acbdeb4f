#include "security/passwords.hpp"

#include "sportello/crypto.hpp"

#include <argon2.h>

#include <stdexcept>

namespace sportello::security {
namespace {
// OWASP's Argon2id minimum (m=19 MiB, t=2, p=1).
constexpr std::uint32_t time_cost = 2;
constexpr std::uint32_t memory_kib = 19 * 1024;
constexpr std::uint32_t parallelism = 1;
constexpr std::size_t salt_length = 16;
constexpr std::size_t hash_length = 32;
} // namespace

std::string check_password_policy(std::string_view password, const PasswordPolicy& policy) {
    if (password.size() < policy.min_length)
        return "the password must be at least " + std::to_string(policy.min_length) + " characters long";
    if (password.size() > 1024) return "the password is longer than 1024 characters";
    return {};
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
