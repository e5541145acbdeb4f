#pragma once
// The one place where errors become HTTP responses: a JSON body
// {"error":{"code","message","field"}} with the status api::http_status()
// assigns to the code.

#include "net/routed_service.hpp"
#include "sportello/result.hpp"

#include <exception>

namespace sportello::relay {

net::HttpResponse error_response(const Error& error);
net::HttpResponse error_response(api::ErrorCode code, std::string message, std::string field = {});

// An exception that escaped a handler: storage failures (disk full, I/O
// error) become 503 storage_unavailable so that callers retry; anything else
// is logged and becomes a 500 without internals.
net::HttpResponse exception_response(std::exception_ptr error, std::string_view context);

// True when the exception is a storage failure (see SqliteError).
bool is_storage_failure(std::exception_ptr error);

// The relay's policy for net::RoutedService: API error bodies throughout.
net::ErrorPolicy relay_error_policy();

} // namespace sportello::relay
