#pragma once
// The one place where errors become HTTP responses: a JSON body
// {"error":{"code","message","field"}} with the status api::http_status()
// assigns to the code.

#include "net/routed_service.hpp"
#include "sportello/result.hpp"

#include <cstdint>
#include <exception>
#include <string>
#include <string_view>
#include <type_traits>

namespace sportello::relay {

net::HttpResponse error_response(const Error& error);
net::HttpResponse error_response(api::ErrorCode code, std::string message, std::string field = {});

// `status` with the value's JSON (api::encode; a std::string is taken as
// JSON already), or the error's response.
template <class T>
net::HttpResponse json_or_error(int status, const Result<T>& result) {
    if (!result) return error_response(result.error());
    if constexpr (std::is_same_v<T, std::string>) return net::HttpResponse::json(status, *result);
    else return net::HttpResponse::json(status, encode(*result));   // api::encode, found by ADL
}

// A decimal integer taken from a path or query parameter; invalid_request
// naming `field` when `text` is anything else (empty, signs only, trailing
// characters, out of range).
Result<std::int64_t> integer_param(std::string_view text, std::string_view field);

// An exception that escaped a handler: storage failures (disk full, I/O
// error) become 503 storage_unavailable so that callers retry; anything else
// is logged and becomes a 500 without internals.
net::HttpResponse exception_response(std::exception_ptr error, std::string_view context);

// True when the exception is a storage failure (see SqliteError).
bool is_storage_failure(std::exception_ptr error);

// The relay's policy for net::RoutedService: API error bodies throughout.
net::ErrorPolicy relay_error_policy();

} // namespace sportello::relay
