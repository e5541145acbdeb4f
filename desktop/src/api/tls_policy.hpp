#pragma once
// How the desktop decides to trust the relay's certificate. Exactly one of:
//   - the system's trust store (nothing configured);
//   - a CA file: the chain must lead to one of its certificates, and the
//     system store is then NOT used (a private relay has a private CA);
//   - a pinned certificate: the SHA-256 of the leaf certificate's DER form
//     must equal the pin exactly; only then are the chain-trust errors for it
//     waived. Name, date and revocation errors are never waived.
// Verification is never turned off; errors that are not waived fail the call.

#include "api/api_result.hpp"

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

namespace sportello::desk {

class TlsPolicy {
public:
    TlsPolicy() = default;   // the system's trust store

    // Builds a policy from what the operator configured (either may be empty).
    // Fails with Kind::Configuration if the CA file is unusable or the pin malformed.
    static ApiResult<TlsPolicy> fromSettings(const QString& caFile, const QString& pinnedSha256);

    QSslConfiguration configuration() const;

    // The subset of errors the pin allows to ignore for this peer certificate:
    // empty unless a pin is set and peer's fingerprint matches it exactly.
    QList<QSslError> waivableErrors(const QList<QSslError>& errors, const QSslCertificate& peer) const;

    bool hasCaFile() const { return !caCertificates_.isEmpty(); }
    const QString& pinnedSha256() const { return pin_; }

    // Lowercase hex SHA-256 of the certificate's DER encoding.
    static QString fingerprint(const QSslCertificate& certificate);
    // Accepts "AB:CD…", "ab cd…" or "abcd…"; returns 64 lowercase hex digits, or empty if malformed.
    static QString normalizePin(const QString& text);

private:
    QList<QSslCertificate> caCertificates_;
    QString pin_;
};

} // namespace sportello::desk
