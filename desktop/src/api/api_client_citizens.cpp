// ApiClient's calls for a citizen's rights (citizen_rights, administrators
// only): the access export and the erasure. These bodies are not in the
// shared codec: the request is three strings, the export is saved as the
// relay wrote it, and only the erasure's counts are read.

#include "api/api_client.hpp"

#include "api/answer_decoding.hpp"

#include <QJsonDocument>
#include <QJsonObject>

namespace sportello::desk {

namespace {

QByteArray requestBody(const CitizenSubject& subject) {
    QJsonObject o{{QStringLiteral("reason"), subject.reason}};
    if (!subject.phone.isEmpty()) o.insert(QStringLiteral("phone"), subject.phone);
    if (!subject.userId.isEmpty()) o.insert(QStringLiteral("user_id"), subject.userId);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

void ApiClient::exportCitizenData(const CitizenSubject& subject, const QObject* context, Callback<QByteArray> done) {
    send(Call{"POST", QStringLiteral("/ops/v1/citizens:export"), requestBody(subject), RequestPurpose::Authenticated, {}},
         context, std::move(done));
}

void ApiClient::eraseCitizenData(const CitizenSubject& subject, const QObject* context, Callback<CitizenErasure> done) {
    send(Call{"POST", QStringLiteral("/ops/v1/citizens:erase"), requestBody(subject), RequestPurpose::Authenticated, {}},
         context, [done = std::move(done)](ApiResult<QByteArray> raw) {
             if (!raw.ok()) return done(raw.failure());
             const QJsonObject answer = QJsonDocument::fromJson(raw.value()).object();
             if (!answer.value(QStringLiteral("data_held")).isBool())
                 return done(answers::unreadable(make_error(api::ErrorCode::internal, "no data_held in the answer")));
             CitizenErasure erasure;
             erasure.dataHeld = answer.value(QStringLiteral("data_held")).toBool();
             const QJsonObject counts = answer.value(QStringLiteral("erased")).toObject();
             for (auto it = counts.begin(); it != counts.end(); ++it)
                 erasure.counts.append({it.key(), it.value().toInteger()});
             done(erasure);
         });
}

} // namespace sportello::desk
