#include "api/tls_policy.hpp"

#include "api/api_messages.hpp"

#include <QCryptographicHash>
#include <QFileInfo>

namespace sportello::desk {

namespace {

// Errors that only say "I cannot build a trusted chain to this certificate":
// exactly what pinning the certificate itself replaces.
bool isChainTrustError(QSslError::SslError error) {
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
        return true;
    default:
        return false;
    }
}

} // namespace

ApiResult<TlsPolicy> TlsPolicy::fromSettings(const QString& caFile, const QString& pinnedSha256) {
    TlsPolicy policy;
    if (!caFile.trimmed().isEmpty()) {
        const QString path = caFile.trimmed();
        QList<QSslCertificate> certificates;
        if (QFileInfo(path).isFile()) {
            certificates = QSslCertificate::fromPath(path, QSsl::Pem);
            if (certificates.isEmpty()) certificates = QSslCertificate::fromPath(path, QSsl::Der);
        }
        if (certificates.isEmpty())
            return ApiFailure{ApiFailure::Kind::Configuration, ApiMessages::caFileUnusable(path), {}, 0, {}, {}};
        policy.caCertificates_ = certificates;
    }
    if (!pinnedSha256.trimmed().isEmpty()) {
        policy.pin_ = normalizePin(pinnedSha256);
        if (policy.pin_.isEmpty())
            return ApiFailure{ApiFailure::Kind::Configuration, ApiMessages::pinInvalid(), {}, 0, {}, {}};
    }
    return policy;
}

QSslConfiguration TlsPolicy::configuration() const {
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    if (!caCertificates_.isEmpty()) config.setCaCertificates(caCertificates_);
    return config;
}

QList<QSslError> TlsPolicy::waivableErrors(const QList<QSslError>& errors, const QSslCertificate& peer) const {
    QList<QSslError> waivable;
    if (pin_.isEmpty() || peer.isNull() || fingerprint(peer) != pin_) return waivable;
    // The leaf itself is trusted now, so how (or whether) a chain leads to a
    // trusted root no longer matters, whichever certificate of it the error names.
    for (const QSslError& error : errors)
        if (isChainTrustError(error.error())) waivable.append(error);
    return waivable;
}

QString TlsPolicy::fingerprint(const QSslCertificate& certificate) {
    return QString::fromLatin1(QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256).toHex());
}

QString TlsPolicy::normalizePin(const QString& text) {
    QString hex;
    for (const QChar c : text) {
        if (c == u':' || c.isSpace()) continue;
        const bool isHex = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!isHex) return {};
        hex.append(c.toLower());
    }
    return hex.size() == 64 ? hex : QString();
}

} // namespace sportello::desk
