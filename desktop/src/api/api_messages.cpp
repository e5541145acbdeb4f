#include "api/api_messages.hpp"

#include "api/wire_conversion.hpp"

#include <QLocale>

namespace sportello::desk {

using api::ErrorCode;

QString ApiMessages::serverError(const Error& error, RequestPurpose purpose) {
    const QString serverMessage = toQString(error.message);
    switch (error.code) {
    case ErrorCode::unauthorized:
        if (purpose == RequestPurpose::Login && (error.field == "totp_code" || error.field == "recovery_code"))
            return error.field == "totp_code"
                       ? tr("Wrong or already used code. Wait for the next code of the app and try again.")
                       : tr("Wrong or already used recovery code.");
        return purpose == RequestPurpose::Login
                   ? tr("Wrong username or password.")
                   : tr("The server no longer accepts this session. Please log in again.");
    case ErrorCode::session_expired:
        return tr("Your session has expired. Please log in again.");
    case ErrorCode::rate_limited:
        return purpose == RequestPurpose::Login
                   ? tr("Too many failed login attempts for this account. Wait a few minutes and try again.")
                   : tr("Too many requests. Wait a moment and try again.");
    case ErrorCode::forbidden:
        return tr("Your role does not allow this operation.");
    case ErrorCode::password_change_required:
        return tr("Change your temporary password before you continue.");
    case ErrorCode::two_factor_required:
        return tr("Enter the 6-digit code from your authenticator app, or one of your recovery codes.");
    case ErrorCode::two_factor_enrolment_required:
        return tr("Set up two-factor authentication before you continue.");
    case ErrorCode::invalid_json:
    case ErrorCode::invalid_request:
    case ErrorCode::validation_failed:
    case ErrorCode::unsupported_media_type:
        return tr("The server rejected the request: %1").arg(serverMessage);
    case ErrorCode::payload_too_large:
        return tr("The request is too large for the server.");
    case ErrorCode::conflict:
        if (purpose == RequestPurpose::Case && !serverMessage.isEmpty())
            return tr("The relay refused the action on this case: %1").arg(serverMessage);
        return tr("The data changed on the server in the meantime. Reload and try again.");
    case ErrorCode::unknown_template:
        return tr("The template is not in the template registry (or not in this language).");
    case ErrorCode::template_parameters:
        return tr("The number of parameters does not match the template.");
    case ErrorCode::outside_window:
        return tr("Outside the citizen's 24-hour window: only an approved template can be sent.");
    case ErrorCode::not_found:
    case ErrorCode::method_not_allowed:
        return tr("The server does not offer this function. Is the relay up to date?");
    case ErrorCode::storage_unavailable:
    case ErrorCode::unavailable:
        return tr("The server is temporarily unavailable. Try again later.");
    case ErrorCode::internal:
        return serverMessage.isEmpty() ? tr("The server had an internal error. Try again later.")
                                       : tr("The server reported an error: %1").arg(serverMessage);
    default:
        break;
    }
    // Ids that this screen never expects: the relay's own words are the best we have.
    return serverMessage.isEmpty() ? tr("The server refused the request (%1).")
                                         .arg(toQString(std::string(api::to_string(error.code))))
                                   : serverMessage;
}

QString ApiMessages::httpStatus(int status) {
    if (status >= 500) return tr("The server had a problem (HTTP status %1). Try again later.").arg(status);
    return tr("The server answered with an unexpected HTTP status %1.").arg(status);
}

QString ApiMessages::networkError(QNetworkReply::NetworkError error, const QUrl& url, const QString& qtDetail) {
    const QString host = url.host();
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("The server %1 refused the connection. Check the address and that the relay is running.").arg(host);
    case QNetworkReply::RemoteHostClosedError:
        return tr("The server %1 closed the connection unexpectedly.").arg(host);
    case QNetworkReply::HostNotFoundError:
        return tr("The server %1 was not found. Check the address.").arg(host);
    case QNetworkReply::SslHandshakeFailedError:
        return tr("The secure connection (TLS) to %1 failed: %2").arg(host, qtDetail);
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return tr("The network is not available. Check this computer's connection.");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("The proxy server could not be used: %1").arg(qtDetail);
    case QNetworkReply::InsecureRedirectError:
        return tr("The server redirected to an insecure address; the request was stopped.");
    case QNetworkReply::TooManyRedirectsError:
        return tooManyRedirects();
    default:
        return tr("Network error while contacting %1: %2").arg(host, qtDetail);
    }
}

QString ApiMessages::tlsErrors(const QList<QSslError>& errors, const QUrl& url) {
    const QString host = url.host();
    // The first error is the one that matters; Qt lists consequences after it.
    const QSslError& first = errors.constFirst();
    switch (first.error()) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
        return tr("The certificate of %1 is not trusted: it was not issued by an authority this computer "
                  "trusts. Configure the relay's CA file or pin its certificate.").arg(host);
    case QSslError::HostNameMismatch:
        return tr("The certificate of the server is not valid for the name %1.").arg(host);
    case QSslError::CertificateExpired:
        return tr("The certificate of %1 has expired.").arg(host);
    case QSslError::CertificateNotYetValid:
        return tr("The certificate of %1 is not valid yet. Check this computer's date and time.").arg(host);
    case QSslError::CertificateRevoked:
        return tr("The certificate of %1 has been revoked.").arg(host);
    default:
        return tr("The certificate of %1 was refused: %2").arg(host, first.errorString());
    }
}

QString ApiMessages::timeout(std::chrono::milliseconds limit) {
    const auto seconds = static_cast<int>((limit.count() + 999) / 1000);
    return tr("The server did not answer within %n second(s).", nullptr, seconds);
}

QString ApiMessages::refusedRedirect(const QUrl& from, const QUrl& to) {
    return tr("The server tried to redirect from %1 to %2; only redirects on the same secure server are allowed.")
        .arg(from.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery),
             to.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery));
}

QString ApiMessages::tooManyRedirects() { return tr("The server redirected too many times."); }

QString ApiMessages::answerTooLarge(qint64 limitBytes) {
    return tr("The server's answer is larger than the limit of %1.").arg(QLocale().formattedDataSize(limitBytes));
}

QString ApiMessages::unreadableAnswer(const QString& detail) {
    return tr("The server's answer could not be read (%1). Is the relay the right version?").arg(detail);
}

QString ApiMessages::serverUrlInvalid() {
    return tr("The server address is not valid. Write it like https://relay.example.it:8443");
}

QString ApiMessages::serverUrlNotHttps() {
    return tr("The server address must start with https:// (the connection is always encrypted).");
}

QString ApiMessages::caFileUnusable(const QString& path) {
    return tr("The CA file %1 cannot be read or contains no certificate.").arg(path);
}

QString ApiMessages::pinInvalid() {
    return tr("The pinned certificate must be a SHA-256 fingerprint: 64 hexadecimal digits.");
}

} // namespace sportello::desk
