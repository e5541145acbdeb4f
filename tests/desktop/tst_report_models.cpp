// The Statistics tab's tables without a relay: wire answers encoded and
// decoded by the shared codec, converted for the desk and shown by the
// models (requests, top topics, the push funnel, reply times, availability
// days and incidents), the charts drawn from them, a model written as CSV
// for Italian Excel, and the period presets in local dates.
// QAbstractItemModelTester watches every model.
#include "api/report_conversion.hpp"
#include "model/availability_models.hpp"
#include "model/csv_export.hpp"
#include "model/busiest_hours_model.hpp"
#include "model/report_table_models.hpp"
#include "model/stats_period.hpp"
#include "ui/stats/stats_charts.hpp"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QStackedBarSeries>
#include <QTest>

using namespace sportello;
using namespace sportello::desk;

namespace {

template <class Wire>
Wire roundTrip(const Wire& wire) {
    auto decoded = api::decode_report<Wire>(api::encode(wire));
    if (!decoded) qFatal("the codec refused its own sample: %s", decoded.error().message.c_str());
    return *decoded;
}

QString cell(const QAbstractItemModel& model, int row, int column) {
    return model.index(row, column).data().toString();
}

api::LatencyFigures latency(std::int64_t samples, double p50, double p90) {
    return api::LatencyFigures{samples, p50, p50, p90, p90 * 2};
}

} // namespace

class ReportModelsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void requestsAreShownPerPeriodWithTheirTotalAndStackedInTheChart() {
        api::RequestsReport wire{{"2026-03-01", "2026-03-02", "day"}, std::nullopt, {"", 9, 3, 2},
                                 {{"2026-03-01", 4, 1, 2}, {"2026-03-02", 5, 2, 0}}};
        const RequestFigures figures = toDesk(roundTrip(wire));
        QCOMPARE(figures.totals.total(), 12);
        RequestsTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(figures.series);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(RequestsTableModel::ColumnCount));
        QCOMPARE(cell(model, 1, RequestsTableModel::PeriodColumn), QStringLiteral("2026-03-02"));
        QCOMPARE(model.index(1, RequestsTableModel::PushReplyColumn).data().toLongLong(), 2);
        QCOMPARE(model.index(0, RequestsTableModel::UnansweredColumn).data().toLongLong(), 2);
        QCOMPARE(model.index(1, RequestsTableModel::TotalColumn).data().toLongLong(), 7);

        QChart chart;
        StatsCharts::drawRequests(chart, model);
        auto* stacked = qobject_cast<QStackedBarSeries*>(chart.series().value(0));
        QVERIFY(stacked);
        QCOMPARE(stacked->count(), 2);
        QCOMPARE(stacked->barSets()[0]->at(1), 5.0);   // direct, 2 March
        QCOMPARE(stacked->barSets()[1]->at(1), 2.0);   // replies to a push
        StatsCharts::drawRequests(chart, model);       // drawn again: replaced, not added
        QCOMPARE(chart.series().size(), 1);
    }

    void topTopicsKeepTheirNodeForTheDrillDown() {
        api::TopTopicsReport wire{{"2026-03-01", "2026-03-31", ""},
                                  {{12, "vaccinazione", 5, 8, 0}, {40, "cup", 3, 3, 1}, {0, "", 2, 2, 2}}};
        TopTopicsTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(toDesk(roundTrip(wire)));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 0, TopTopicsTableModel::TagColumn), QStringLiteral("#vaccinazione"));
        QCOMPARE(model.index(0, TopTopicsTableModel::SubtreeColumn).data().toLongLong(), 8);
        QCOMPARE(model.index(0, TopTopicsTableModel::OwnColumn).data().toLongLong(), 5);
        QCOMPARE(model.index(1, 0).data(TopTopicsTableModel::NodeIdRole).toLongLong(), 40);
        QCOMPARE(cell(model, 2, TopTopicsTableModel::TagColumn), QStringLiteral("(no topic)"));

        QChart chart;
        QHorizontalBarSeries* series = StatsCharts::drawTopics(chart, model);
        QVERIFY(series);
        QCOMPARE(series->barSets()[0]->count(), 3);
        QCOMPARE(series->barSets()[0]->at(0), 8.0);
    }

    void thePushFunnelRunsFromSentToStopWithSharesOfSent() {
        api::PushReport wire;
        wire.period = {"2026-03-01", "2026-03-31", ""};
        wire.total = api::PushFigures{200, 180, 90, 20, 30, 4, {{"131026", 20}}, 0.5};
        PushFunnelModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFunnel(toDesk(roundTrip(wire)));
        QCOMPARE(model.rowCount(), 5);
        const QList<qint64> expected{200, 180, 90, 30, 4};
        for (int row = 0; row < 5; ++row)
            QCOMPARE(model.index(row, PushFunnelModel::MessagesColumn).data().toLongLong(), expected[row]);
        QCOMPARE(cell(model, 2, PushFunnelModel::StageColumn), QStringLiteral("Read (lower bound)"));
        QCOMPARE(model.index(1, PushFunnelModel::ShareColumn).data().toDouble(), 90.0);
        QCOMPARE(model.index(4, PushFunnelModel::ShareColumn).data().toDouble(), 2.0);
        QChart chart;
        StatsCharts::drawFunnel(chart, model);
        QCOMPARE(chart.series().size(), 1);
    }

    void replyTimesAreInSecondsAndEmptyWithoutReplies() {
        api::AutoReplyReport autoWire;
        autoWire.period = {"2026-03-01", "2026-03-02", "day"};
        autoWire.resolution_percent = 9.05;
        autoWire.accepted = latency(3, 1234, 2500);
        autoWire.accepted_series = {{"2026-03-01", latency(3, 1234, 2500)}, {"2026-03-02", latency(0, 0, 0)}};
        const ReplyTimes times = toDesk(roundTrip(autoWire));
        QCOMPARE(times.resolutionPercent, 9.05);
        ReplyTimesTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(times.series);
        QCOMPARE(model.index(0, ReplyTimesTableModel::P50Column).data().toDouble(), 1.2);
        QCOMPARE(model.index(0, ReplyTimesTableModel::P90Column).data().toDouble(), 2.5);
        QVERIFY(!model.index(1, ReplyTimesTableModel::P50Column).data().isValid());

        api::OperatorReplyReport operatorWire;
        operatorWire.period = autoWire.period;
        operatorWire.series = {{"2026-03-01", latency(2, 60000, 300000)}};
        const ReplyTimes operatorTimes = toDesk(roundTrip(operatorWire));
        QCOMPARE(operatorTimes.series.size(), 1);
        QCOMPARE(operatorTimes.series[0].p90Ms, 300000.0);

        QChart chart;
        StatsCharts::drawReplyTimes(chart, model);
        QCOMPARE(chart.series().size(), 2);   // median and 90th percentile
    }

    void availabilityDaysAndIncidentsInRomeTime() {
        api::SlaReport wire;
        wire.month = "2026-03";
        wire.month_minutes = 44580;
        wire.measured_minutes = 2880;
        wire.unavailable_minutes = 12;
        wire.availability_percent = 99.58;
        wire.target_met = false;
        wire.days = {{"2026-03-01", 1440, 1440, 12, 99.17}, {"2026-03-02", 1440, 0, 0, std::nullopt}};
        wire.incidents = {{1772352000000, 1772352720000, 12, api::IncidentCause::relay_down, "no heartbeat"}};
        auto decoded = api::decode_sla_report(api::encode(wire));
        QVERIFY(decoded);
        const MonthAvailability month = toDesk(*decoded);
        QVERIFY(!month.targetMet);
        AvailabilityDaysModel days;
        QAbstractItemModelTester daysTester(&days, QAbstractItemModelTester::FailureReportingMode::QtTest);
        days.setRows(month.days);
        QCOMPARE(days.index(0, AvailabilityDaysModel::AvailabilityColumn).data().toDouble(), 99.17);
        QVERIFY(!days.index(1, AvailabilityDaysModel::AvailabilityColumn).data().isValid());
        IncidentTableModel incidents;
        QAbstractItemModelTester tester(&incidents, QAbstractItemModelTester::FailureReportingMode::QtTest);
        incidents.setRows(month.incidents);
        // 2026-03-01T08:00Z is 09:00 in Rome (winter time).
        QCOMPARE(cell(incidents, 0, IncidentTableModel::StartColumn), QStringLiteral("2026-03-01 09:00"));
        QCOMPARE(cell(incidents, 0, IncidentTableModel::EndColumn), QStringLiteral("2026-03-01 09:12"));
        QCOMPARE(cell(incidents, 0, IncidentTableModel::CauseColumn), QStringLiteral("Relay down"));
        QChart chart;
        StatsCharts::drawAvailability(chart, days, 99.6);
        QCOMPARE(chart.series().size(), 2);   // the days and the target line
    }

    void aSeriesGetsAPointForEveryDayEvenWithoutData() {
        const StatsPeriod period = StatsPeriods::custom(QDate(2026, 3, 1), QDate(2026, 3, 3));
        const QList<RequestCounts> filled =
            withEveryBucket(QList<RequestCounts>{RequestCounts{QStringLiteral("2026-03-02"), 4, 1, 0}}, period);
        QCOMPARE(filled.size(), 3);
        QCOMPARE(filled[0], (RequestCounts{QStringLiteral("2026-03-01"), 0, 0, 0}));
        QCOMPARE(filled[1].direct, 4);
        QCOMPARE(filled[2].period, QStringLiteral("2026-03-03"));
    }

    void aModelIsWrittenAsCsvForItalianExcel() {
        RequestsTableModel model;
        model.setRows({RequestCounts{QStringLiteral("2026-03-01"), 4, 1, 2}});
        const QByteArray bytes = CsvExport::encode(model);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0], QStringLiteral("\"Period\";\"Direct\";\"Replies to a push\";\"Unanswered\";\"Total\""));
        QCOMPARE(lines[1], QStringLiteral("\"2026-03-01\";\"4\";\"1\";\"2\";\"5\""));
        ReplyTimesTableModel times;
        times.setRows({ReplyTimePoint{QStringLiteral("2026-03-01"), 3, 0, 1234, 2500, 0}});
        QVERIFY(QString::fromUtf8(CsvExport::encode(times)).endsWith(QStringLiteral("\"2026-03-01\";\"3\";\"1,2\";\"2,5\"\r\n")));
    }

    void statisticsCsvSuppressesCountsUnderTheThresholdAsTheRelayDoes() {
        const auto lines = [](const QAbstractItemModel& model, int minCount) {
            return QString::fromUtf8(CsvExport::encodeStatistics(model, minCount).mid(3))
                .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        };
        RequestsTableModel requests;
        requests.setRows({RequestCounts{QStringLiteral("2026-03-01"), 4, 1, 0}, RequestCounts{QStringLiteral("2026-03-02"), 5, 0, 5}});
        // 1 to 4 become "<5", 0 and 5 stay; the period is no count.
        QCOMPARE(lines(requests, 5).mid(1), QStringList({QStringLiteral("\"2026-03-01\";\"<5\";\"<5\";\"0\";\"5\""),
                                                        QStringLiteral("\"2026-03-02\";\"5\";\"0\";\"5\";\"5\"")}));
        QCOMPARE(lines(requests, 2).value(1), QStringLiteral("\"2026-03-01\";\"4\";\"<2\";\"0\";\"5\""));
        // Reply times: under the threshold the count is "<N" and the times are left empty.
        ReplyTimesTableModel times;
        times.setRows({ReplyTimePoint{QStringLiteral("2026-03-01"), 3, 0, 1234, 2500, 0},
                       ReplyTimePoint{QStringLiteral("2026-03-02"), 7, 0, 1234, 2500, 0}});
        QCOMPARE(lines(times, 5).mid(1), QStringList({QStringLiteral("\"2026-03-01\";\"<5\";\"\";\"\""),
                                                     QStringLiteral("\"2026-03-02\";\"7\";\"1,2\";\"2,5\"")}));
        // The funnel: a stage's share goes with its messages.
        PushFunnelModel funnel;
        PushFunnel f;
        f.sent = 50;
        f.delivered = 45;
        f.read = 2;
        funnel.setFunnel(f);
        const QStringList shares = lines(funnel, 5);
        QCOMPARE(shares.value(2), QStringLiteral("\"Delivered\";\"45\";\"90\""));
        QCOMPARE(shares.value(3), QStringLiteral("\"Read (lower bound)\";\"<5\";\"\""));
        // The busiest hours and the terms: every count.
        BusiestHours hours;
        hours.requests[2][9] = 3;
        hours.requests[2][10] = 12;
        BusiestHoursModel grid;
        grid.setHours(hours);
        const QStringList wednesday = lines(grid, 5).value(3).split(u';');
        QCOMPARE(wednesday.size(), 25);
        QCOMPARE(wednesday[10], QStringLiteral("\"<5\""));
        QCOMPARE(wednesday[11], QStringLiteral("\"12\""));
        QCOMPARE(wednesday[12], QStringLiteral("\"0\""));
        TopTermsModel terms;
        terms.setRows({TermCount{QStringLiteral("green pass"), 4}, TermCount{QStringLiteral("quarta"), 9}});
        QCOMPARE(lines(terms, 5).mid(1), QStringList({QStringLiteral("\"#green pass\";\"<5\""), QStringLiteral("\"#quarta\";\"9\"")}));
        // The audit trail's plain export is untouched.
        QVERIFY(QString::fromUtf8(CsvExport::encode(requests)).contains(QStringLiteral("\"2026-03-01\";\"4\";\"1\"")));
    }

    void periodPresetsAreLocalDatesWithAReadableGranularity() {
        const QDate today(2026, 3, 15);
        QCOMPARE(StatsPeriods::preset(StatsPreset::Today, today), (StatsPeriod{today, today, QStringLiteral("day")}));
        QCOMPARE(StatsPeriods::preset(StatsPreset::Last7Days, today).from, QDate(2026, 3, 9));
        QCOMPARE(StatsPeriods::preset(StatsPreset::Last30Days, today).from, QDate(2026, 2, 14));
        QCOMPARE(StatsPeriods::preset(StatsPreset::ThisMonth, today).from, QDate(2026, 3, 1));
        const StatsPeriod year = StatsPeriods::preset(StatsPreset::ThisYear, QDate(2026, 12, 1));
        QCOMPARE(year.from, QDate(2026, 1, 1));
        QCOMPARE(year.granularity, QStringLiteral("month"));
        const StatsPeriod week{QDate(2026, 3, 4), QDate(2026, 3, 17), QStringLiteral("week")};
        QCOMPARE(StatsPeriods::buckets(week),
                 (QStringList{QStringLiteral("2026-03-02"), QStringLiteral("2026-03-09"), QStringLiteral("2026-03-16")}));
        QCOMPARE(StatsPeriods::buckets(year).size(), 12);
        QCOMPARE(StatsPeriods::buckets(year).last(), QStringLiteral("2026-12-01"));
        QVERIFY(StatsPeriods::buckets(StatsPeriod{today, today, QStringLiteral("hour")}).isEmpty());
        const StatsPeriod swapped = StatsPeriods::custom(QDate(2026, 3, 10), QDate(2026, 3, 1));
        QCOMPARE(swapped.from, QDate(2026, 3, 1));
        QCOMPARE(swapped.to, QDate(2026, 3, 10));
    }
};

QTEST_MAIN(ReportModelsTest)
#include "tst_report_models.moc"
