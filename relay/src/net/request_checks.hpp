#pragma once
// What every API endpoint checks of a request before reading it, in one
// place for the operators' API and the SIRE API.

#include "net/http_types.hpp"
#include "sportello/result.hpp"

#include <optional>
#include <string>

namespace sportello::net {

// The bearer token of the Authorization header, or empty when it is absent
// or not "Bearer <token>".
std::string bearer_token(const HttpRequest& request);

// Errors: unsupported_media_type unless the body is declared as JSON.
std::optional<Error> require_json(const HttpRequest& request);

} // namespace sportello::net
