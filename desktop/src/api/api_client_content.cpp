// ApiClient's content-management calls (docs/ops-api.md, "Content
// management"). Bodies go through the shared content codec only.

#include "api/api_client.hpp"

#include "api/answer_decoding.hpp"
#include "sportello/api/codec.hpp"
#include "sportello/api/content.hpp"

#include <string_view>

namespace sportello::desk {

namespace {

using answers::bytesOf;
using answers::decodedWith;

// Decodes a 2xx body with the content codec and converts it to the desk type.
template <class Wire, class Desk>
ApiClient::Callback<QByteArray> contentInto(ApiClient::Callback<Desk> done) {
    return decodedWith<Desk>([](std::string_view text) { return api::decode_content<Wire>(text); }, std::move(done));
}

ApiClient::Callback<QByteArray> publishedTreeInto(ApiClient::Callback<TreeSnapshot> done) {
    return decodedWith<TreeSnapshot>([](std::string_view text) { return api::decode<api::PublishedTree>(text); },
                                     std::move(done));
}

QString nodePath(qint64 id, QStringView tail = {}) {
    return QStringLiteral("/ops/v1/draft/nodes/") + QString::number(id) + tail;
}

} // namespace

void ApiClient::fetchDraft(const QObject* context, Callback<DraftSnapshot> done) {
    send(Call{"GET", QStringLiteral("/ops/v1/draft"), {}, RequestPurpose::Authenticated, {}}, context,
         contentInto<api::Draft, DraftSnapshot>(std::move(done)));
}

void ApiClient::saveNode(qint64 id, qint64 revision, const HashtagNode& fields, const QObject* context,
                         Callback<DraftNode> done) {
    const std::string body = api::encode(api::NodeEdit{revision, toWire(fields)});
    send(Call{"PUT", nodePath(id), bytesOf(body), RequestPurpose::Authenticated, {}}, context,
         contentInto<api::DraftNode, DraftNode>(std::move(done)));
}

void ApiClient::createNode(qint64 draftRevision, qint64 parentId, int position, const HashtagNode& fields,
                           std::optional<qint64> restoreId, const QObject* context, Callback<DraftNode> done) {
    api::NodeCreate create{draftRevision, restoreId, parentId, position, toWire(fields)};
    send(Call{"POST", QStringLiteral("/ops/v1/draft/nodes"), bytesOf(api::encode(create)),
              RequestPurpose::Authenticated, {}},
         context, contentInto<api::DraftNode, DraftNode>(std::move(done)));
}

void ApiClient::moveNode(qint64 id, qint64 draftRevision, qint64 parentId, int position, const QObject* context,
                         Callback<DraftSnapshot> done) {
    const std::string body = api::encode(api::NodeMove{draftRevision, parentId, position});
    send(Call{"POST", nodePath(id, u"/move"), bytesOf(body), RequestPurpose::Authenticated, {}}, context,
         contentInto<api::Draft, DraftSnapshot>(std::move(done)));
}

void ApiClient::deleteNode(qint64 id, qint64 draftRevision, const QObject* context, Callback<DraftSnapshot> done) {
    send(Call{"DELETE", nodePath(id), {}, RequestPurpose::Authenticated,
              QStringLiteral("draft_revision=") + QString::number(draftRevision)},
         context, contentInto<api::Draft, DraftSnapshot>(std::move(done)));
}

void ApiClient::addAlias(qint64 id, qint64 revision, const QString& alias, const QObject* context,
                         Callback<DraftNode> done) {
    const std::string body = api::encode(api::AliasAdd{revision, toUtf8(alias)});
    send(Call{"POST", nodePath(id, u"/aliases"), bytesOf(body), RequestPurpose::Authenticated, {}}, context,
         contentInto<api::DraftNode, DraftNode>(std::move(done)));
}

void ApiClient::discardDraft(qint64 draftRevision, const QObject* context, Callback<DraftSnapshot> done) {
    const std::string body = api::encode(api::PublishRequest{draftRevision, {}});
    send(Call{"POST", QStringLiteral("/ops/v1/draft/discard"), bytesOf(body), RequestPurpose::Authenticated, {}},
         context, contentInto<api::Draft, DraftSnapshot>(std::move(done)));
}

void ApiClient::fetchDraftDiff(const QObject* context, Callback<TreeDiff> done) {
    send(Call{"GET", QStringLiteral("/ops/v1/draft/diff"), {}, RequestPurpose::Authenticated, {}}, context,
         contentInto<api::TreeDiff, TreeDiff>(std::move(done)));
}

void ApiClient::publish(qint64 draftRevision, const QString& note, const QObject* context,
                        Callback<TreeSnapshot> done) {
    const std::string body = api::encode(api::PublishRequest{draftRevision, toUtf8(note)});
    send(Call{"POST", QStringLiteral("/ops/v1/publish"), bytesOf(body), RequestPurpose::Authenticated, {}}, context,
         publishedTreeInto(std::move(done)));
}

void ApiClient::fetchVersions(const QObject* context, Callback<QList<VersionInfo>> done) {
    send(Call{"GET", QStringLiteral("/ops/v1/versions"), {}, RequestPurpose::Authenticated, {}}, context,
         contentInto<std::vector<api::VersionSummary>, QList<VersionInfo>>(std::move(done)));
}

void ApiClient::fetchVersionDiff(qint64 from, qint64 to, const QObject* context, Callback<TreeDiff> done) {
    const QString path = QStringLiteral("/ops/v1/versions/%1/diff/%2").arg(from).arg(to);
    send(Call{"GET", path, {}, RequestPurpose::Authenticated, {}}, context,
         contentInto<api::TreeDiff, TreeDiff>(std::move(done)));
}

void ApiClient::rollback(qint64 version, qint64 draftRevision, const QString& note, const QObject* context,
                         Callback<TreeSnapshot> done) {
    const std::string body = api::encode(api::PublishRequest{draftRevision, toUtf8(note)});
    send(Call{"POST", QStringLiteral("/ops/v1/versions/%1/rollback").arg(version), bytesOf(body),
              RequestPurpose::Authenticated, {}},
         context, publishedTreeInto(std::move(done)));
}

void ApiClient::fetchUnanswered(int days, int limit, const QObject* context, Callback<UnansweredReport> done) {
    send(Call{"GET", QStringLiteral("/ops/v1/unanswered"), {}, RequestPurpose::Authenticated,
              QStringLiteral("days=%1&limit=%2").arg(days).arg(limit)},
         context, contentInto<api::UnansweredReport, UnansweredReport>(std::move(done)));
}

void ApiClient::previewBot(const BotQuery& query, const QObject* context, Callback<BotPreview> done) {
    send(Call{"POST", QStringLiteral("/ops/v1/bot/preview"), bytesOf(api::encode(toWire(query))),
              RequestPurpose::Authenticated, {}},
         context, contentInto<api::PreviewResponse, BotPreview>(std::move(done)));
}

} // namespace sportello::desk
