#include "sportello/api/error_code.hpp"

#include <array>
#include <utility>

namespace sportello::api {
namespace {

struct Entry {
    ErrorCode code;
    std::string_view id;
    int status;
};

constexpr std::array entries{
    Entry{ErrorCode::invalid_json, "invalid_json", 400},
    Entry{ErrorCode::invalid_request, "invalid_request", 400},
    Entry{ErrorCode::unauthorized, "unauthorized", 401},
    Entry{ErrorCode::invalid_signature, "invalid_signature", 401},
    Entry{ErrorCode::session_expired, "session_expired", 401},
    Entry{ErrorCode::forbidden, "forbidden", 403},
    Entry{ErrorCode::password_change_required, "password_change_required", 403},
    Entry{ErrorCode::two_factor_required, "two_factor_required", 401},
    Entry{ErrorCode::two_factor_enrolment_required, "two_factor_enrolment_required", 403},
    Entry{ErrorCode::consent_missing, "consent_missing", 403},
    Entry{ErrorCode::not_found, "not_found", 404},
    Entry{ErrorCode::method_not_allowed, "method_not_allowed", 405},
    Entry{ErrorCode::conflict, "conflict", 409},
    Entry{ErrorCode::payload_too_large, "payload_too_large", 413},
    Entry{ErrorCode::unsupported_media_type, "unsupported_media_type", 415},
    Entry{ErrorCode::validation_failed, "validation_failed", 422},
    Entry{ErrorCode::invalid_phone, "invalid_phone", 422},
    Entry{ErrorCode::unknown_template, "unknown_template", 422},
    Entry{ErrorCode::template_parameters, "template_parameters", 422},
    Entry{ErrorCode::idempotency_mismatch, "idempotency_mismatch", 422},
    Entry{ErrorCode::outside_window, "outside_window", 422},
    Entry{ErrorCode::rate_limited, "rate_limited", 429},
    Entry{ErrorCode::storage_unavailable, "storage_unavailable", 503},
    Entry{ErrorCode::unavailable, "unavailable", 503},
    Entry{ErrorCode::internal, "internal", 500},
};

const Entry& entry_for(ErrorCode code) noexcept {
    for (const auto& e : entries)
        if (e.code == code) return e;
    return entries.back();   // internal
}

} // namespace

std::string_view to_string(ErrorCode code) noexcept { return entry_for(code).id; }

int http_status(ErrorCode code) noexcept { return entry_for(code).status; }

std::optional<ErrorCode> error_code_from_string(std::string_view id) noexcept {
    for (const auto& e : entries)
        if (e.id == id) return e.code;
    return std::nullopt;
}

} // namespace sportello::api
