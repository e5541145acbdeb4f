#pragma once
// The stable error ids of Sportello's HTTP APIs (/api/v1 and /ops/v1) and the
// one mapping from id to HTTP status. Clients parse these ids; never rename one.

#include <optional>
#include <string_view>

namespace sportello::api {

enum class ErrorCode {
    invalid_json,          // body is not JSON, not UTF-8, too deep
    invalid_request,       // a field is missing or has the wrong type
    unauthorized,          // no or wrong credentials
    invalid_signature,     // webhook signature missing or wrong
    session_expired,       // session token expired or revoked
    forbidden,             // authenticated, but the role lacks the permission
    password_change_required,   // the session may only change its password (a temporary one)
    two_factor_required,   // login: the account uses two-factor authentication and no code was given
    two_factor_enrolment_required,   // the session may only enrol in two-factor authentication first
    consent_missing,       // no consent for this kind of push
    not_found,
    method_not_allowed,
    conflict,              // stale version: the resource changed meanwhile
    payload_too_large,
    unsupported_media_type,
    validation_failed,     // well-formed but semantically invalid
    invalid_phone,
    unknown_template,
    template_parameters,
    idempotency_mismatch,  // same idempotency key, different body
    outside_window,        // the citizen's 24-hour window is closed: only a template may be sent
    rate_limited,
    storage_unavailable,   // disk full / I/O error: retry later
    unavailable,
    internal,
};

// Stable wire id, e.g. "consent_missing".
std::string_view to_string(ErrorCode code) noexcept;
std::optional<ErrorCode> error_code_from_string(std::string_view id) noexcept;

// The single place where an error id becomes an HTTP status.
int http_status(ErrorCode code) noexcept;

} // namespace sportello::api
