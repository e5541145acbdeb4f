#pragma once
// Internal to ApiClient's .cpp files: turning a 2xx body into a desk type
// through one of the shared codecs, and the byte views that go with it.

#include "api/admin_conversion.hpp"     // every toDesk overload must be declared
#include "api/api_client.hpp"           // before decodedWith below, which calls it
#include "api/content_conversion.hpp"
#include "api/wire_conversion.hpp"

#include <QByteArray>

#include <string>
#include <string_view>
#include <utility>

namespace sportello::desk::answers {

inline QByteArray bytesOf(const std::string& text) {
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

inline std::string_view viewOf(const QByteArray& bytes) {
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

// A 2xx answer the shared codec refused: a protocol failure naming why.
inline ApiFailure unreadable(const Error& error) {
    return ApiFailure{ApiFailure::Kind::Protocol, ApiMessages::unreadableAnswer(toQString(error.message)),
                      std::nullopt, 0, {}, {}};
}

// Decodes a 2xx body with `decode` (std::string_view → Result<Wire>) and
// hands toDesk(wire) to `done`; failures pass through unchanged.
template <class Desk, class Decode>
ApiClient::Callback<QByteArray> decodedWith(Decode decode, ApiClient::Callback<Desk> done) {
    return [decode, done = std::move(done)](ApiResult<QByteArray> raw) {
        if (!raw.ok()) return done(raw.failure());
        auto decoded = decode(viewOf(raw.value()));
        if (!decoded) return done(unreadable(decoded.error()));
        done(toDesk(*decoded));
    };
}

// For 204 answers: the body is ignored.
inline ApiClient::Callback<QByteArray> noContent(ApiClient::Callback<NoContent> done) {
    return [done = std::move(done)](ApiResult<QByteArray> raw) {
        if (!raw.ok()) return done(raw.failure());
        done(NoContent{});
    };
}

} // namespace sportello::desk::answers
