// ApiClient's calls for broadcasts, the template registry, API clients and
// alerts (docs/ops-api.md). Bodies go through the shared admin and SIRE
// codecs only.

#include "api/api_client.hpp"

#include "api/answer_decoding.hpp"
#include "sportello/api/admin.hpp"
#include "sportello/api/sire.hpp"
#include "sportello/api/users.hpp"

#include <string_view>

namespace sportello::desk {

namespace {

using answers::bytesOf;
using answers::decodedWith;
using answers::noContent;

template <class Wire, class Desk>
ApiClient::Callback<QByteArray> adminInto(ApiClient::Callback<Desk> done) {
    return decodedWith<Desk>([](std::string_view text) { return api::decode_admin<Wire>(text); }, std::move(done));
}

template <class Wire, class Desk>
ApiClient::Callback<QByteArray> sireInto(ApiClient::Callback<Desk> done) {
    return decodedWith<Desk>([](std::string_view text) { return api::decode_sire<Wire>(text); }, std::move(done));
}

// Path segments are given decoded: QUrl encodes what needs encoding.
QString templatePath(const QString& name, const QString& language) {
    return QStringLiteral("/ops/v1/templates/") + name + u'/' + language;
}

} // namespace

void ApiClient::changePassword(const QString& current, const QString& next, const QObject* context,
                               Callback<NoContent> done) {
    send(Call{"PUT", QStringLiteral("/ops/v1/session/password"),
              bytesOf(api::encode(api::PasswordChange{toUtf8(current), toUtf8(next)})), RequestPurpose::Authenticated, {}},
         context, noContent(std::move(done)));
}

void ApiClient::fetchTemplates(const QObject* context, Callback<QList<MessageTemplate>> done) {
    send(Call{"GET", QStringLiteral("/ops/v1/templates"), {}, RequestPurpose::Authenticated, {}}, context,
         sireInto<std::vector<api::TemplateSpec>, QList<MessageTemplate>>(std::move(done)));
}

void ApiClient::saveTemplate(const MessageTemplate& spec, const QObject* context, Callback<MessageTemplate> done) {
    send(Call{"PUT", templatePath(spec.name, spec.language), bytesOf(api::encode(toWire(spec))),
              RequestPurpose::Authenticated, {}},
         context, sireInto<api::TemplateSpec, MessageTemplate>(std::move(done)));
}

void ApiClient::deleteTemplate(const QString& name, const QString& language, const QObject* context,
                               Callback<NoContent> done) {
    send(Call{"DELETE", templatePath(name, language), {}, RequestPurpose::Authenticated, {}}, context,
         noContent(std::move(done)));
}

void ApiClient::estimateBroadcast(const BroadcastDraft& draft, const QObject* context,
                                  Callback<BroadcastEstimate> done) {
    send(Call{"POST", QStringLiteral("/ops/v1/broadcasts/estimate"), bytesOf(api::encode(toWire(draft))),
              RequestPurpose::Authenticated, {}},
         context, adminInto<api::BroadcastEstimate, BroadcastEstimate>(std::move(done)));
}

void ApiClient::createBroadcast(const BroadcastDraft& draft, const QObject* context, Callback<Broadcast> done) {
    send(Call{"POST", QStringLiteral("/ops/v1/broadcasts"), bytesOf(api::encode(toWire(draft))),
              RequestPurpose::Authenticated, {}},
         context, adminInto<api::BroadcastView, Broadcast>(std::move(done)));
}

void ApiClient::fetchBroadcasts(const QObject* context, Callback<QList<Broadcast>> done) {
    send(Call{"GET", QStringLiteral("/ops/v1/broadcasts"), {}, RequestPurpose::Authenticated, {}}, context,
         adminInto<std::vector<api::BroadcastView>, QList<Broadcast>>(std::move(done)));
}

void ApiClient::fetchBroadcast(qint64 id, const QObject* context, Callback<Broadcast> done) {
    send(Call{"GET", QStringLiteral("/ops/v1/broadcasts/%1").arg(id), {}, RequestPurpose::Authenticated, {}},
         context, adminInto<api::BroadcastView, Broadcast>(std::move(done)));
}

void ApiClient::cancelBroadcast(qint64 id, const QObject* context, Callback<Broadcast> done) {
    send(Call{"POST", QStringLiteral("/ops/v1/broadcasts/%1/cancel").arg(id), {}, RequestPurpose::Authenticated,
              {}},
         context, adminInto<api::BroadcastView, Broadcast>(std::move(done)));
}

void ApiClient::fetchApiClients(const QObject* context, Callback<QList<ApiClientInfo>> done) {
    send(Call{"GET", QStringLiteral("/ops/v1/api-clients"), {}, RequestPurpose::Authenticated, {}}, context,
         adminInto<std::vector<api::ApiClientView>, QList<ApiClientInfo>>(std::move(done)));
}

void ApiClient::createApiClient(const ApiClientSpec& spec, const QObject* context, Callback<IssuedToken> done) {
    send(Call{"POST", QStringLiteral("/ops/v1/api-clients"), bytesOf(api::encode(toWire(spec))),
              RequestPurpose::Authenticated, {}},
         context, adminInto<api::ApiClientToken, IssuedToken>(std::move(done)));
}

void ApiClient::rotateApiClient(qint64 id, const QObject* context, Callback<IssuedToken> done) {
    send(Call{"POST", QStringLiteral("/ops/v1/api-clients/%1/rotate").arg(id), {}, RequestPurpose::Authenticated,
              {}},
         context, adminInto<api::ApiClientToken, IssuedToken>(std::move(done)));
}

void ApiClient::revokeApiClient(qint64 id, const QObject* context, Callback<NoContent> done) {
    send(Call{"DELETE", QStringLiteral("/ops/v1/api-clients/%1").arg(id), {}, RequestPurpose::Authenticated, {}},
         context, noContent(std::move(done)));
}

void ApiClient::fetchAlerts(const QObject* context, Callback<QList<SendingAlert>> done) {
    send(Call{"GET", QStringLiteral("/ops/v1/alerts"), {}, RequestPurpose::Authenticated, {}}, context,
         adminInto<std::vector<api::Alert>, QList<SendingAlert>>(std::move(done)));
}

void ApiClient::clearSendingAlert(const QObject* context, Callback<NoContent> done) {
    send(Call{"DELETE", QStringLiteral("/ops/v1/alerts/sending"), {}, RequestPurpose::Authenticated, {}}, context,
         noContent(std::move(done)));
}

} // namespace sportello::desk
