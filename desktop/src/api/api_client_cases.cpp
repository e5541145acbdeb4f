// ApiClient's calls for the operators' inbox (docs/ops-api.md, "Cases").
// Bodies go through the shared cases codec only; its types are handed to the
// caller unchanged.

#include "api/api_client.hpp"

#include "api/answer_decoding.hpp"
#include "sportello/api/cases.hpp"

#include <QUrlQuery>

#include <string_view>

namespace sportello::desk {

namespace {

using answers::bytesOf;
using answers::noContent;
using answers::unreadable;
using answers::viewOf;

template <class Wire>
ApiClient::Callback<QByteArray> casesInto(ApiClient::Callback<Wire> done) {
    return [done = std::move(done)](ApiResult<QByteArray> raw) {
        if (!raw.ok()) return done(raw.failure());
        auto decoded = api::decode_cases<Wire>(viewOf(raw.value()));
        if (!decoded) return done(unreadable(decoded.error()));
        done(std::move(*decoded));
    };
}

QString casePath(qint64 id, QStringView action = {}) {
    QString path = QStringLiteral("/ops/v1/cases/%1").arg(id);
    if (!action.isEmpty()) path += u'/' + action.toString();
    return path;
}


} // namespace

QString ApiClient::caseFilterName(CaseFilter filter) {
    switch (filter) {
    case CaseFilter::Mine: return QStringLiteral("mine");
    case CaseFilter::Unassigned: return QStringLiteral("unassigned");
    case CaseFilter::All: return QStringLiteral("all");
    case CaseFilter::Closed: return QStringLiteral("closed");
    }
    return QStringLiteral("all");
}

void ApiClient::fetchCases(CaseFilter filter, const QObject* context, Callback<api::CaseList> done) {
    send(Call{"GET", QStringLiteral("/ops/v1/cases"), {}, RequestPurpose::Case,
              QStringLiteral("filter=") + caseFilterName(filter)},
         context, casesInto<api::CaseList>(std::move(done)));
}

void ApiClient::fetchCase(qint64 id, const QObject* context, Callback<api::CaseDetail> done) {
    send(Call{"GET", casePath(id), {}, RequestPurpose::Case, {}}, context,
         casesInto<api::CaseDetail>(std::move(done)));
}

void ApiClient::nextCase(const QObject* context, Callback<std::optional<api::CaseDetail>> done) {
    send(Call{"POST", QStringLiteral("/ops/v1/cases/next"), {}, RequestPurpose::Case, {}}, context,
         [done = std::move(done)](ApiResult<QByteArray> raw) {
             if (!raw.ok()) return done(raw.failure());
             if (raw.value().trimmed().isEmpty()) return done(std::optional<api::CaseDetail>{});   // 204: none
             auto decoded = api::decode_cases<api::CaseDetail>(viewOf(raw.value()));
             if (!decoded) return done(unreadable(decoded.error()));
             done(std::optional<api::CaseDetail>(std::move(*decoded)));
         });
}

void ApiClient::claimCase(qint64 id, const QObject* context, Callback<api::CaseDetail> done) {
    send(Call{"POST", casePath(id, u"claim"), {}, RequestPurpose::Case, {}}, context,
         casesInto<api::CaseDetail>(std::move(done)));
}

void ApiClient::releaseCase(qint64 id, const QObject* context, Callback<NoContent> done) {
    send(Call{"POST", casePath(id, u"release"), {}, RequestPurpose::Case, {}}, context, noContent(std::move(done)));
}

void ApiClient::transferCase(qint64 id, const QString& username, const QObject* context, Callback<NoContent> done) {
    send(Call{"POST", casePath(id, u"transfer"), bytesOf(api::encode(api::CaseTransfer{toUtf8(username)})),
              RequestPurpose::Case, {}},
         context, noContent(std::move(done)));
}

void ApiClient::closeCase(qint64 id, api::CaseOutcome outcome, const QObject* context, Callback<NoContent> done) {
    send(Call{"POST", casePath(id, u"close"), bytesOf(api::encode(api::CaseClose{outcome})), RequestPurpose::Case,
              {}},
         context, noContent(std::move(done)));
}

void ApiClient::replyToCase(qint64 id, const api::CaseReply& reply, const QObject* context,
                            Callback<api::CaseReplyAccepted> done) {
    send(Call{"POST", casePath(id, u"replies"), bytesOf(api::encode(reply)), RequestPurpose::Case, {}}, context,
         casesInto<api::CaseReplyAccepted>(std::move(done)));
}

void ApiClient::revealNumber(qint64 id, const QObject* context, Callback<api::RevealedNumber> done) {
    send(Call{"POST", casePath(id, u"reveal"), {}, RequestPurpose::Case, {}}, context,
         casesInto<api::RevealedNumber>(std::move(done)));
}

void ApiClient::setPresence(qint64 id, bool viewing, const QObject* context, Callback<NoContent> done) {
    send(Call{viewing ? QByteArrayLiteral("PUT") : QByteArrayLiteral("DELETE"), casePath(id, u"presence"), {},
              RequestPurpose::Case, {}},
         context, noContent(std::move(done)));
}

void ApiClient::fetchColleagues(const QObject* context, Callback<QList<api::CaseOperator>> done) {
    send(Call{"GET", QStringLiteral("/ops/v1/colleagues"), {}, RequestPurpose::Case, {}}, context,
         casesInto<std::vector<api::CaseOperator>>([done = std::move(done)](ApiResult<std::vector<api::CaseOperator>> r) {
             if (!r.ok()) return done(r.failure());
             done(QList<api::CaseOperator>(r.value().begin(), r.value().end()));
         }));
}

void ApiClient::searchCannedAnswers(const QString& query, const QObject* context,
                                    Callback<std::vector<api::CannedAnswer>> done) {
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("q"), query);
    send(Call{"GET", QStringLiteral("/ops/v1/canned-answers"), {}, RequestPurpose::Case,
              q.toString(QUrl::FullyEncoded)},
         context, casesInto<std::vector<api::CannedAnswer>>(std::move(done)));
}

} // namespace sportello::desk
