#pragma once
// The common passwords the relay refuses: 73,055 frequent passwords of public
// leaks, Italian words and Italian names, from zxcvbn-ts
// (resources/security/README.md), compiled into the program. Thread-safe.

#include <cstddef>
#include <string_view>

namespace sportello::security {

// Whether `lowercase` (already lowercased) is an entry of the list.
bool is_common_password(std::string_view lowercase) noexcept;
std::size_t common_password_count() noexcept;

} // namespace sportello::security
