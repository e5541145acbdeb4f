// ApiClient's calls for operator accounts (docs/ops-api.md, "Users and
// sessions"). Bodies go through the shared users codec only.

#include "api/api_client.hpp"

#include "api/user_conversion.hpp"   // before answer_decoding.hpp, whose decodedWith calls toDesk
#include "api/answer_decoding.hpp"
#include "sportello/api/users.hpp"

#include <QUrlQuery>

#include <string_view>

namespace sportello::desk {

namespace {

using answers::bytesOf;
using answers::decodedWith;
using answers::noContent;

template <class Wire, class Desk>
ApiClient::Callback<QByteArray> usersInto(ApiClient::Callback<Desk> done) {
    return decodedWith<Desk>([](std::string_view text) { return api::decode_users<Wire>(text); }, std::move(done));
}

QString userPath(qint64 id, const QString& action = {}) {
    return QStringLiteral("/ops/v1/users/") + QString::number(id) + (action.isEmpty() ? QString() : u'/' + action);
}

// An ISO 8601 UTC time the relay parses, e.g. 2026-11-22T09:30:00Z.
QString isoUtc(const QDateTime& time) { return time.toUTC().toString(Qt::ISODate); }

} // namespace

void ApiClient::fetchUsers(const QObject* context, Callback<QList<UserAccount>> done) {
    send(Call{"GET", QStringLiteral("/ops/v1/users"), {}, RequestPurpose::Authenticated, {}}, context,
         usersInto<std::vector<api::UserView>, QList<UserAccount>>(std::move(done)));
}

void ApiClient::createUser(const QString& username, const QString& displayName, Role role, const QObject* context,
                           Callback<TemporaryCredentials> done) {
    send(Call{"POST", QStringLiteral("/ops/v1/users"),
              bytesOf(api::encode(api::UserCreate{toUtf8(username), toUtf8(displayName), role})),
              RequestPurpose::Authenticated, {}},
         context, usersInto<api::TemporaryPassword, TemporaryCredentials>(std::move(done)));
}

void ApiClient::updateUser(qint64 id, const std::optional<QString>& displayName, std::optional<Role> role,
                           std::optional<bool> disabled, const QObject* context, Callback<UserAccount> done) {
    api::UserUpdate update;
    if (displayName) update.display_name = toUtf8(*displayName);
    update.role = role;
    update.disabled = disabled;
    send(Call{"PATCH", userPath(id), bytesOf(api::encode(update)), RequestPurpose::Authenticated, {}}, context,
         usersInto<api::UserView, UserAccount>(std::move(done)));
}

void ApiClient::resetPassword(qint64 id, const QObject* context, Callback<TemporaryCredentials> done) {
    send(Call{"POST", userPath(id, QStringLiteral("password-reset")), {}, RequestPurpose::Authenticated, {}}, context,
         usersInto<api::TemporaryPassword, TemporaryCredentials>(std::move(done)));
}

void ApiClient::startTwoFactorEnrolment(const QObject* context, Callback<TwoFactorEnrolment> done) {
    send(Call{"POST", QStringLiteral("/ops/v1/session/two-factor"), {}, RequestPurpose::Authenticated, {}}, context,
         usersInto<api::TwoFactorEnrolment, TwoFactorEnrolment>(std::move(done)));
}

void ApiClient::confirmTwoFactorEnrolment(const QString& code, const QObject* context, Callback<QStringList> done) {
    send(Call{"POST", QStringLiteral("/ops/v1/session/two-factor/confirm"),
              bytesOf(api::encode(api::TwoFactorConfirmation{toUtf8(code.trimmed())})), RequestPurpose::Authenticated, {}},
         context, usersInto<api::RecoveryCodes, QStringList>(std::move(done)));
}

void ApiClient::resetTwoFactor(qint64 id, const QObject* context, Callback<UserAccount> done) {
    send(Call{"POST", userPath(id, QStringLiteral("two-factor/reset")), {}, RequestPurpose::Authenticated, {}}, context,
         usersInto<api::UserView, UserAccount>(std::move(done)));
}

void ApiClient::unlockUser(qint64 id, const QObject* context, Callback<UserAccount> done) {
    send(Call{"POST", userPath(id, QStringLiteral("unlock")), {}, RequestPurpose::Authenticated, {}}, context,
         usersInto<api::UserView, UserAccount>(std::move(done)));
}

void ApiClient::fetchOwnSessions(const QObject* context, Callback<QList<SessionInfo>> done) {
    send(Call{"GET", QStringLiteral("/ops/v1/sessions"), {}, RequestPurpose::Authenticated, {}}, context,
         usersInto<std::vector<api::SessionView>, QList<SessionInfo>>(std::move(done)));
}

void ApiClient::fetchUserSessions(qint64 userId, const QObject* context, Callback<QList<SessionInfo>> done) {
    send(Call{"GET", userPath(userId, QStringLiteral("sessions")), {}, RequestPurpose::Authenticated, {}}, context,
         usersInto<std::vector<api::SessionView>, QList<SessionInfo>>(std::move(done)));
}

void ApiClient::endSession(const QString& sessionId, const QObject* context, Callback<NoContent> done) {
    send(Call{"DELETE", QStringLiteral("/ops/v1/sessions/") + QString::fromLatin1(QUrl::toPercentEncoding(sessionId)),
              {}, RequestPurpose::Authenticated, {}},
         context, noContent(std::move(done)));
}

void ApiClient::fetchAudit(const AuditQuery& query, std::optional<qint64> beforeId, int limit, const QObject* context,
                           Callback<AuditRecordPage> done) {
    QUrlQuery q;
    if (!query.actor.isEmpty()) q.addQueryItem(QStringLiteral("actor"), query.actor);
    if (!query.action.isEmpty()) q.addQueryItem(QStringLiteral("action"), query.action);
    if (query.from.isValid()) q.addQueryItem(QStringLiteral("from"), isoUtc(query.from));
    if (query.to.isValid()) q.addQueryItem(QStringLiteral("to"), isoUtc(query.to));
    if (beforeId) q.addQueryItem(QStringLiteral("before_id"), QString::number(*beforeId));
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    send(Call{"GET", QStringLiteral("/ops/v1/audit"), {}, RequestPurpose::Authenticated, q.toString(QUrl::FullyEncoded)},
         context, usersInto<api::AuditPage, AuditRecordPage>(std::move(done)));
}

void ApiClient::recordAuditExport(qint64 entries, const QString& filter, const QObject* context,
                                  Callback<NoContent> done) {
    send(Call{"POST", QStringLiteral("/ops/v1/audit/exports"),
              bytesOf(api::encode(api::AuditExport{entries, toUtf8(filter)})), RequestPurpose::Authenticated, {}},
         context, noContent(std::move(done)));
}

} // namespace sportello::desk
