#pragma once
// Every way a call to the relay can fail, as a sentence for the operator,
// through tr(). The one place where error ids, network errors and TLS errors
// become text (the relay's English message is only a fallback).

#include "sportello/result.hpp"

#include <QCoreApplication>
#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>
#include <QUrl>

#include <chrono>

namespace sportello::desk {

// What the request was for: the same error id can mean different things.
// Case: an action on an operators' inbox case, whose 409 names who holds it
// (the relay's message is shown as it is).
enum class RequestPurpose { Login, Authenticated, Case };

class ApiMessages {
    Q_DECLARE_TR_FUNCTIONS(ApiMessages)

public:
    // An error body from the relay ({"error":{"code",…}}).
    static QString serverError(const Error& error, RequestPurpose purpose);
    // An HTTP error status without a readable error body.
    static QString httpStatus(int status);
    // A failure below HTTP: connection, DNS, proxy, TLS handshake. url names the server.
    static QString networkError(QNetworkReply::NetworkError error, const QUrl& url, const QString& qtDetail);
    // The certificate problems reported for a connection; errors is not empty.
    static QString tlsErrors(const QList<QSslError>& errors, const QUrl& url);
    static QString timeout(std::chrono::milliseconds limit);
    static QString refusedRedirect(const QUrl& from, const QUrl& to);
    static QString tooManyRedirects();
    static QString answerTooLarge(qint64 limitBytes);
    static QString unreadableAnswer(const QString& detail);
    static QString serverUrlInvalid();
    static QString serverUrlNotHttps();
    static QString caFileUnusable(const QString& path);
    static QString pinInvalid();
};

} // namespace sportello::desk
