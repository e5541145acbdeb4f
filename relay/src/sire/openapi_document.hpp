#pragma once
#include <string_view>
namespace sportello::relay {
// docs/openapi.yaml, embedded at build time.
std::string_view openapi_document() noexcept;
} // namespace sportello::relay
