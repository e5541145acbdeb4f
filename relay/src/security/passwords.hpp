#pragma once
// Operators' passwords: Argon2id in the PHC string format. Hashing takes
// tens of milliseconds on purpose, so never call these on an I/O thread.

#include <string>
#include <string_view>

namespace sportello::security {

struct PasswordPolicy {
    std::size_t min_length = 12;   // characters (UTF-8 code points), not bytes
};

// Empty when acceptable, otherwise what is wrong (in English, for the CLI and
// the API). Refused: shorter than min_length; longer than 1024 bytes;
// containing the username (any case); a common password (common_passwords.hpp)
// as a whole or once the digits and symbols around it are stripped
// ("Juventus1897!" is "juventus").
std::string check_password_policy(std::string_view password, std::string_view username,
                                  const PasswordPolicy& policy = {});

// A random password that passes the policy, for temporary passwords:
// 16 characters from an alphabet without look-alikes (about 90 bits).
std::string generate_temporary_password();

std::string hash_password(std::string_view password);
bool verify_password(std::string_view password, const std::string& encoded_hash);

} // namespace sportello::security
