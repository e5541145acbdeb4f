// ApiClient's calls for operator accounts (docs/ops-api.md, "Users and
// sessions"). Bodies go through the shared users codec only.

#include "api/api_client.hpp"

#include "api/user_conversion.hpp"   // before answer_decoding.hpp, whose decodedWith calls toDesk
#include "api/answer_decoding.hpp"
#include "sportello/api/users.hpp"

#include <string_view>

namespace sportello::desk {

namespace {

using answers::bytesOf;
using answers::decodedWith;

template <class Wire, class Desk>
ApiClient::Callback<QByteArray> usersInto(ApiClient::Callback<Desk> done) {
    return decodedWith<Desk>([](std::string_view text) { return api::decode_users<Wire>(text); }, std::move(done));
}

QString userPath(qint64 id, const QString& action = {}) {
    return QStringLiteral("/ops/v1/users/") + QString::number(id) + (action.isEmpty() ? QString() : u'/' + action);
}

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

} // namespace sportello::desk
