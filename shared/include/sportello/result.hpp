#pragma once
// Errors as values. A Result<T> holds either a T or an Error that says what was
// wrong (a stable code, an English message for integrators, and the offending
// field when there is one).

#include "sportello/api/error_code.hpp"

#include <cassert>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace sportello {

struct Error {
    api::ErrorCode code = api::ErrorCode::internal;
    std::string message;
    std::string field;   // JSON path of the offending field, empty if none
    // For conflicts (409): the current revision the client should reload.
    std::optional<std::int64_t> current_revision;
    // For rate limits (429): when to retry (the Retry-After header).
    std::optional<int> retry_after_seconds;

    friend bool operator==(const Error&, const Error&) = default;
};

inline Error make_error(api::ErrorCode code, std::string message, std::string field = {}) {
    return Error{code, std::move(message), std::move(field), std::nullopt, std::nullopt};
}

template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : v_(std::move(value)) {}           // NOLINT: implicit by design
    Result(Error error) : v_(std::move(error)) {}       // NOLINT: implicit by design

    bool ok() const noexcept { return v_.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    T& value() & { assert(ok()); return std::get<0>(v_); }
    const T& value() const& { assert(ok()); return std::get<0>(v_); }
    T&& value() && { assert(ok()); return std::get<0>(std::move(v_)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { assert(!ok()); return std::get<1>(v_); }

private:
    std::variant<T, Error> v_;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : error_(std::move(error)), ok_(false) {}   // NOLINT
    bool ok() const noexcept { return ok_; }
    explicit operator bool() const noexcept { return ok_; }
    const Error& error() const { assert(!ok_); return error_; }

private:
    Error error_;
    bool ok_ = true;
};

using Status = Result<void>;

} // namespace sportello
