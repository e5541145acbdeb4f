#include "api/api_client.hpp"

#include "api/answer_decoding.hpp"
#include "sportello/api/codec.hpp"

#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <memory>
#include <optional>
#include <string_view>

namespace sportello::desk {

namespace {

// What happened to one reply before it finished, collected by its signal handlers.
struct ReplyState {
    bool contextGone = false;                  // the caller went away: report nothing
    std::optional<ApiFailure> abortedBecause;  // we aborted it, and why
    QList<QSslError> refusedTlsErrors;         // certificate errors that stood
};

using answers::viewOf;

// Certificate problems: waive only what the pin covers; the rest stands.
void guardTls(QNetworkReply* reply, const std::shared_ptr<ReplyState>& state, const TlsPolicy& tls) {
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply, state, tls](const QList<QSslError>& errors) {
        QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (peer.isNull() && !errors.isEmpty()) peer = errors.constFirst().certificate();
        const QList<QSslError> waived = tls.waivableErrors(errors, peer);
        for (const QSslError& error : errors)
            if (!waived.contains(error)) state->refusedTlsErrors.append(error);
        if (state->refusedTlsErrors.isEmpty()) reply->ignoreSslErrors(waived);
    });
}

ApiFailure failure(ApiFailure::Kind kind, QString message) {
    return ApiFailure{kind, std::move(message), std::nullopt, 0, {}, {}};
}

bool sameOrigin(const QUrl& a, const QUrl& b) {
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(443) == b.port(443);
}

// Turns a finished reply into the body of a 2xx answer or a failure.
ApiResult<QByteArray> interpret(QNetworkReply& reply, const ReplyState& state, RequestPurpose purpose,
                                std::chrono::milliseconds timeout) {
    if (state.abortedBecause) return *state.abortedBecause;

    const QVariant status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {   // an HTTP answer arrived: its status decides
        const int code = status.toInt();
        const QByteArray body = reply.readAll();
        if (code >= 200 && code < 300) return body;
        if (auto error = api::decode_error(viewOf(body)))
            return ApiFailure{ApiFailure::Kind::Server, ApiMessages::serverError(*error, purpose), error->code, code,
                              toQString(error->field), error->current_revision};
        return ApiFailure{ApiFailure::Kind::Server, ApiMessages::httpStatus(code), std::nullopt, code, {}, {}};
    }

    const QUrl url = reply.request().url();
    if (!state.refusedTlsErrors.isEmpty())
        return failure(ApiFailure::Kind::Tls, ApiMessages::tlsErrors(state.refusedTlsErrors, url));
    switch (reply.error()) {
    case QNetworkReply::OperationCanceledError:   // Qt's transfer timeout aborts the reply;
    case QNetworkReply::TimeoutError:             // we never abort without abortedBecause
        return failure(ApiFailure::Kind::Timeout, ApiMessages::timeout(timeout));
    case QNetworkReply::SslHandshakeFailedError:
        return failure(ApiFailure::Kind::Tls, ApiMessages::networkError(reply.error(), url, reply.errorString()));
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return failure(ApiFailure::Kind::Redirect, ApiMessages::networkError(reply.error(), url, reply.errorString()));
    case QNetworkReply::NoError:
        return failure(ApiFailure::Kind::Protocol, ApiMessages::unreadableAnswer(reply.errorString()));
    default:
        return failure(ApiFailure::Kind::Network, ApiMessages::networkError(reply.error(), url, reply.errorString()));
    }
}

// Decodes a 2xx body with the shared core codec and converts it to the desk type.
template <class Wire, class Desk>
ApiClient::Callback<QByteArray> decodedInto(ApiClient::Callback<Desk> done) {
    return answers::decodedWith<Desk>([](std::string_view text) { return api::decode<Wire>(text); }, std::move(done));
}

} // namespace

ApiClient::ApiClient(QObject* parent) : QObject(parent), network_(new QNetworkAccessManager(this)) {
    network_->setAutoDeleteReplies(false);   // each reply is deleted after its handlers ran
}

ApiClient::~ApiClient() = default;

ApiResult<QUrl> ApiClient::parseServerUrl(const QString& text) {
    QString candidate = text.trimmed();
    if (candidate.isEmpty()) return failure(ApiFailure::Kind::Configuration, ApiMessages::serverUrlInvalid());
    if (!candidate.contains(u"://")) candidate.prepend(u"https://");
    const QUrl url(candidate, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return failure(ApiFailure::Kind::Configuration, ApiMessages::serverUrlInvalid());
    if (url.scheme() != u"https") return failure(ApiFailure::Kind::Configuration, ApiMessages::serverUrlNotHttps());
    return url;
}

void ApiClient::setServer(const QUrl& baseUrl, const TlsPolicy& tls) {
    baseUrl_ = baseUrl;
    tls_ = tls;
    // Connections opened under the previous trust settings must not be reused.
    network_->clearConnectionCache();
}

void ApiClient::login(const QString& username, const QString& password, const QObject* context,
                      Callback<DeskSession> done) {
    login(username, password, SecondFactor{}, context, std::move(done));
}

void ApiClient::login(const QString& username, const QString& password, const SecondFactor& secondFactor,
                      const QObject* context, Callback<DeskSession> done) {
    const std::string body = api::encode(api::LoginRequest{toUtf8(username), toUtf8(password),
                                                           toUtf8(secondFactor.totpCode.trimmed()),
                                                           toUtf8(secondFactor.recoveryCode.trimmed())});
    send(Call{"POST", QStringLiteral("/ops/v1/session"), QByteArray(body.data(), static_cast<qsizetype>(body.size())),
              RequestPurpose::Login, {}},
         context, decodedInto<api::Session, DeskSession>(std::move(done)));
}

void ApiClient::fetchTree(const QObject* context, Callback<TreeSnapshot> done) {
    send(Call{"GET", QStringLiteral("/ops/v1/tree"), QByteArray(), RequestPurpose::Authenticated, {}}, context,
         decodedInto<api::PublishedTree, TreeSnapshot>(std::move(done)));
}

QNetworkRequest ApiClient::requestFor(const QUrl& url, RequestPurpose purpose, const QByteArray& accept) const {
    QNetworkRequest request(url);
    request.setSslConfiguration(tls_.configuration());
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("sportello-desk/" SPORTELLO_DESK_VERSION));
    request.setRawHeader("Accept", accept);
    if (purpose != RequestPurpose::Login && !token_.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token_.toUtf8());
    return request;
}

QNetworkReply* ApiClient::openStream(const QString& path, const QByteArray& lastEventId) {
    if (!baseUrl_.isValid()) return nullptr;
    QNetworkRequest request = requestFor(urlFor(path), RequestPurpose::Authenticated, QByteArrayLiteral("text/event-stream"));
    request.setTransferTimeout(0);   // a stream is quiet between events; the caller watches for silence
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (!lastEventId.isEmpty()) request.setRawHeader("Last-Event-ID", lastEventId);
    QNetworkReply* reply = network_->get(request);
    guardTls(reply, std::make_shared<ReplyState>(), tls_);
    return reply;
}

QUrl ApiClient::urlFor(const QString& path, const QString& query) const {
    QUrl url = baseUrl_;
    QString prefix = url.path();
    while (prefix.endsWith(u'/')) prefix.chop(1);
    url.setPath(prefix + path);
    if (!query.isEmpty()) url.setQuery(query);
    return url;
}

void ApiClient::send(const Call& call, const QObject* context, Callback<QByteArray> done) {
    Q_ASSERT(context);
    if (!baseUrl_.isValid()) {
        // Still asynchronous, and still guarded by context.
        QMetaObject::invokeMethod(
            const_cast<QObject*>(context),
            [done] { done(failure(ApiFailure::Kind::Configuration, ApiMessages::serverUrlInvalid())); },
            Qt::QueuedConnection);
        return;
    }

    const QUrl url = urlFor(call.path, call.query);
    QNetworkRequest request = requestFor(url, call.purpose, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(static_cast<int>(timeout_.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(maxRedirects);
    if (!call.body.isNull()) request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    QNetworkReply* reply = network_->sendCustomRequest(request, call.verb, call.body);
    auto state = std::make_shared<ReplyState>();
    guardTls(reply, state, tls_);
    connect(reply, &QNetworkReply::redirected, reply, [reply, state, url](const QUrl& target) {
        const QUrl absolute = url.resolved(target);
        if (sameOrigin(url, absolute)) {
            Q_EMIT reply->redirectAllowed();
            return;
        }
        state->abortedBecause = failure(ApiFailure::Kind::Redirect, ApiMessages::refusedRedirect(url, absolute));
        reply->abort();
    });
    // Size cap: as soon as the headers announce too much, or the body grows past it.
    const auto capSize = [reply, state](qint64 size) {
        if (state->abortedBecause || size <= maxAnswerBytes) return;
        state->abortedBecause = failure(ApiFailure::Kind::TooLarge, ApiMessages::answerTooLarge(maxAnswerBytes));
        reply->abort();
    };
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, capSize] {
        capSize(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    });
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [capSize](qint64 received, qint64 total) { capSize(std::max(received, total)); });
    // Lifetime guard: the caller's death aborts the request, and the result
    // is then dropped (the flag covers the moment inside its destructor).
    connect(context, &QObject::destroyed, reply, [reply, state] {
        state->contextGone = true;
        reply->abort();
    });
    const auto purpose = call.purpose;
    const auto timeout = timeout_;
    connect(reply, &QNetworkReply::finished, context, [reply, state, purpose, timeout, done] {
        if (!state->contextGone) done(interpret(*reply, *state, purpose, timeout));
    });
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

} // namespace sportello::desk
