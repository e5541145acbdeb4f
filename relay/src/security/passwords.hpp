#pragma once
// Operators' passwords: Argon2id in the PHC string format. Hashing takes
// tens of milliseconds on purpose, so never call these on an I/O thread.

#include <string>
#include <string_view>

namespace sportello::security {

struct PasswordPolicy {
    std::size_t min_length = 12;
};

// Empty when acceptable, otherwise what is wrong (in English, for the CLI/API).
std::string check_password_policy(std::string_view password, const PasswordPolicy& policy = {});

std::string hash_password(std::string_view password);
bool verify_password(std::string_view password, const std::string& encoded_hash);

} // namespace sportello::security
