#pragma once
// The outcome of one call to the relay: a value, or an ApiFailure that
// carries a translated message ready to show to the operator.

#include "sportello/api/error_code.hpp"

#include <QString>

#include <cassert>
#include <optional>
#include <utility>
#include <variant>

namespace sportello::desk {

struct ApiFailure {
    enum class Kind {
        Configuration,   // the request could not even start (bad URL, unreadable CA file)
        Network,         // no connection, refused, reset, unknown host
        Timeout,         // no progress within the transfer timeout
        Tls,             // certificate or handshake problem
        Redirect,        // a redirect we refuse (other scheme or host, too many)
        Server,          // the relay answered with an error body or an error status
        Protocol,        // the relay's answer could not be read as the expected type
        TooLarge,        // the answer exceeded the size cap
    };
    Kind kind = Kind::Network;
    QString message;                          // translated, for people
    std::optional<api::ErrorCode> serverCode; // Kind::Server with an error body
    int httpStatus = 0;                       // 0 when no HTTP answer arrived
    QString field;                            // offending field named by the server, if any
    std::optional<qint64> currentRevision;    // conflicts (409): the revision to reload

    // The operator has to log in again (session expired, token refused).
    bool endsSession() const {
        return serverCode == api::ErrorCode::session_expired || serverCode == api::ErrorCode::unauthorized;
    }
    // Someone else changed what the write was based on (409).
    bool isConflict() const { return serverCode == api::ErrorCode::conflict || httpStatus == 409; }
};

template <class T>
class ApiResult {
public:
    ApiResult(T value) : v_(std::move(value)) {}                 // NOLINT: implicit by design
    ApiResult(ApiFailure failure) : v_(std::move(failure)) {}    // NOLINT: implicit by design

    bool ok() const noexcept { return v_.index() == 0; }
    const T& value() const& { assert(ok()); return std::get<0>(v_); }
    T&& value() && { assert(ok()); return std::get<0>(std::move(v_)); }
    const ApiFailure& failure() const { assert(!ok()); return std::get<1>(v_); }

private:
    std::variant<T, ApiFailure> v_;
};

} // namespace sportello::desk
