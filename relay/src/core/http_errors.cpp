#include "core/http_errors.hpp"

#include "log/log.hpp"
#include "sportello/api/codec.hpp"
#include "storage/database.hpp"
#include "storage/sqlite.hpp"

#include <charconv>

namespace sportello::relay {

net::HttpResponse error_response(const Error& error) {
    auto r = net::HttpResponse::json(api::http_status(error.code), api::encode(error));
    if (error.code == api::ErrorCode::unauthorized || error.code == api::ErrorCode::session_expired)
        r.headers.emplace_back("www-authenticate", "Bearer");
    if (error.retry_after_seconds) r.headers.emplace_back("retry-after", std::to_string(*error.retry_after_seconds));
    return r;
}

net::HttpResponse error_response(api::ErrorCode code, std::string message, std::string field) {
    return error_response(make_error(code, std::move(message), std::move(field)));
}

Result<std::int64_t> integer_param(std::string_view text, std::string_view field) {
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc{} || end != text.data() + text.size())
        return make_error(api::ErrorCode::invalid_request, std::string(field) + " must be an integer",
                          std::string(field));
    return value;
}

bool is_storage_failure(std::exception_ptr error) {
    try {
        std::rethrow_exception(error);
    } catch (const storage::SqliteError& e) {
        return e.storage_failure();
    } catch (const storage::QueueFull&) {
        return true;
    } catch (...) {
        return false;
    }
}

namespace {

// Storage that does not keep up (a queue full, a deadline passed): the caller
// retries later; Meta redelivers webhooks. A warning, at most one a second.
net::HttpResponse storage_unavailable(std::string_view context, std::string_view why) {
    static log::Throttle throttle(std::chrono::seconds(1));
    if (const auto suppressed = throttle.admit())
        log::warning("storage", std::string(context) + ": " + std::string(why) +
                     (*suppressed ? " (" + std::to_string(*suppressed) + " more since the last such line)" : ""));
    return error_response(api::ErrorCode::storage_unavailable, "the relay cannot store data right now; retry later");
}

} // namespace

net::HttpResponse exception_response(std::exception_ptr error, std::string_view context) {
    try {
        std::rethrow_exception(error);
    } catch (const storage::SqliteError& e) {
        if (e.storage_failure()) {
            log::error("storage", std::string(context) + ": " + e.what());
            return error_response(api::ErrorCode::storage_unavailable,
                                  "the relay cannot store data right now; retry later");
        }
        log::error("storage", std::string(context) + ": " + e.what());
    } catch (const storage::QueueFull& e) {
        return storage_unavailable(context, e.what());
    } catch (const std::exception& e) {
        log::error("http", std::string(context) + ": " + e.what());
    } catch (...) {
        log::error("http", std::string(context) + ": unknown exception");
    }
    return error_response(api::ErrorCode::internal, "internal error");
}

net::ErrorPolicy relay_error_policy() {
    net::ErrorPolicy p;
    p.error = [](int status, std::string message) {
        switch (status) {
        case 404: return error_response(api::ErrorCode::not_found, std::move(message));
        case 405: return error_response(api::ErrorCode::method_not_allowed, std::move(message));
        case 413: return error_response(api::ErrorCode::payload_too_large, std::move(message));
        case 500: return error_response(api::ErrorCode::internal, std::move(message));
        case 503: return storage_unavailable("http", message);   // the request's deadline passed
        default: {
            auto r = error_response(api::ErrorCode::invalid_request, std::move(message));
            r.status = status;   // 400, 431
            return r;
        }
        }
    };
    p.exception = [](std::exception_ptr e, std::string context) { return exception_response(e, context); };
    return p;
}

} // namespace sportello::relay
