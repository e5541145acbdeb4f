// ApiClient's calls for the reports and the SLA (docs/ops-api.md, "Reports"
// and "SLA"). Bodies go through the shared reports and SLA codecs only.

#include "api/api_client.hpp"

#include "api/report_conversion.hpp"   // before answer_decoding.hpp, whose decodedWith calls toDesk
#include "api/answer_decoding.hpp"

#include <QUrlQuery>

#include <string_view>

namespace sportello::desk {

namespace {

using answers::decodedWith;

template <class Wire, class Desk>
ApiClient::Callback<QByteArray> reportInto(ApiClient::Callback<Desk> done) {
    return decodedWith<Desk>([](std::string_view text) { return api::decode_report<Wire>(text); }, std::move(done));
}

QString reportPath(const char* name) { return QStringLiteral("/ops/v1/reports/") + QLatin1String(name); }

QUrlQuery periodQuery(const StatsPeriod& period) {
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("from"), period.from.toString(Qt::ISODate));
    q.addQueryItem(QStringLiteral("to"), period.to.toString(Qt::ISODate));
    if (!period.granularity.isEmpty()) q.addQueryItem(QStringLiteral("granularity"), period.granularity);
    return q;
}

} // namespace

void ApiClient::fetchRequestFigures(const StatsPeriod& period, std::optional<qint64> nodeId, const QObject* context,
                                    Callback<RequestFigures> done) {
    QUrlQuery q = periodQuery(period);
    if (nodeId) q.addQueryItem(QStringLiteral("node_id"), QString::number(*nodeId));
    send(Call{"GET", reportPath("requests"), {}, RequestPurpose::Authenticated, q.toString(QUrl::FullyEncoded)},
         context, reportInto<api::RequestsReport, RequestFigures>(std::move(done)));
}

void ApiClient::fetchTopTopics(const StatsPeriod& period, int limit, const QObject* context,
                               Callback<QList<TopicRequests>> done) {
    QUrlQuery q = periodQuery(period);
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    send(Call{"GET", reportPath("top-topics"), {}, RequestPurpose::Authenticated, q.toString(QUrl::FullyEncoded)},
         context, reportInto<api::TopTopicsReport, QList<TopicRequests>>(std::move(done)));
}

void ApiClient::fetchPushFunnel(const StatsPeriod& period, const QObject* context, Callback<PushFunnel> done) {
    send(Call{"GET", reportPath("pushes"), {}, RequestPurpose::Authenticated,
              periodQuery(period).toString(QUrl::FullyEncoded)},
         context, reportInto<api::PushReport, PushFunnel>(std::move(done)));
}

void ApiClient::fetchAutoReplyTimes(const StatsPeriod& period, const QObject* context, Callback<ReplyTimes> done) {
    send(Call{"GET", reportPath("auto-reply"), {}, RequestPurpose::Authenticated,
              periodQuery(period).toString(QUrl::FullyEncoded)},
         context, reportInto<api::AutoReplyReport, ReplyTimes>(std::move(done)));
}

void ApiClient::fetchOperatorReplyTimes(const StatsPeriod& period, const QObject* context, Callback<ReplyTimes> done) {
    send(Call{"GET", reportPath("operator-replies"), {}, RequestPurpose::Authenticated,
              periodQuery(period).toString(QUrl::FullyEncoded)},
         context, reportInto<api::OperatorReplyReport, ReplyTimes>(std::move(done)));
}

void ApiClient::fetchMonthAvailability(const QDate& dayInMonth, const QObject* context,
                                       Callback<MonthAvailability> done) {
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("month"), dayInMonth.toString(QStringLiteral("yyyy-MM")));
    send(Call{"GET", reportPath("sla"), {}, RequestPurpose::Authenticated, q.toString(QUrl::FullyEncoded)}, context,
         decodedWith<MonthAvailability>([](std::string_view text) { return api::decode_sla_report(text); },
                                        std::move(done)));
}

void ApiClient::fetchBusiestHours(const StatsPeriod& period, const QObject* context, Callback<BusiestHours> done) {
    send(Call{"GET", reportPath("busiest-hours"), {}, RequestPurpose::Authenticated,
              periodQuery(period).toString(QUrl::FullyEncoded)},
         context, reportInto<api::BusiestHoursReport, BusiestHours>(std::move(done)));
}

void ApiClient::fetchUnansweredFigures(const StatsPeriod& period, int limit, const QObject* context,
                                       Callback<UnansweredFigures> done) {
    QUrlQuery q = periodQuery(period);
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    send(Call{"GET", reportPath("unanswered"), {}, RequestPurpose::Authenticated, q.toString(QUrl::FullyEncoded)},
         context, reportInto<api::UnansweredFigures, UnansweredFigures>(std::move(done)));
}

void ApiClient::fetchCsvMinCellCount(const QObject* context, Callback<int> done) {
    send(Call{"GET", reportPath("csv-policy"), {}, RequestPurpose::Authenticated, {}}, context,
         reportInto<api::ReportCsvPolicy, int>(std::move(done)));
}

} // namespace sportello::desk
