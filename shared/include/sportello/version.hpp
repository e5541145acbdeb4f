#pragma once
// Versions of the HTTP contracts. Bump API_MINOR_VERSION for every additive
// change and record it in docs/api-changelog.md.

namespace sportello {

inline constexpr int API_MAJOR_VERSION = 1;   // the "v1" in /api/v1 and /ops/v1
inline constexpr int API_MINOR_VERSION = 2;
inline constexpr const char* PRODUCT_VERSION = "0.1.0";

} // namespace sportello
