// The Statistics tab through the real window against the real relay and the
// WhatsApp simulator: citizens write hashtags and free text, an operator
// answers the case the free text opened; a supervisor opens the tab, picks
// a period and sees in the models and charts what the database holds (every
// request, the most asked topic, the operator's reply), narrows the requests
// to a topic's subtree by clicking its bar, and exports a table to a CSV
// file for Italian Excel. The tab is there exactly for read_reports.

#include "app/translations.hpp"
#include "answer_next_case.hpp"
#include "content_gui_support.hpp"
#include "model/availability_models.hpp"
#include "model/report_table_models.hpp"
#include "sportello/api/cases.hpp"
#include "sportello/rome_time.hpp"
#include "sportello/time.hpp"
#include "ui/stats/stats_panel.hpp"

#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sportello;
using namespace sportello::desk;
using namespace sportello::testing;

namespace {

const std::string supervisorUser = "sup1", viewerUser = "viewer1", password = "password-lunga-123";

QString q(const std::string& s) { return QString::fromStdString(s); }

qint64 columnSum(const QAbstractItemModel& model, int column) {
    qint64 sum = 0;
    for (int row = 0; row < model.rowCount(); ++row) sum += model.index(row, column).data().toLongLong();
    return sum;
}

int rowOfTag(const TopTopicsTableModel& model, const QString& tag) {
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.rows()[row].tag == tag) return row;
    return -1;
}

} // namespace

class StatsGuiRelayTest : public QObject {
    Q_OBJECT

    std::unique_ptr<RelayFixture> fixture_;
    std::unique_ptr<DeskUi> ui_;

    std::int64_t dbRequests() { return fixture_->db_int("SELECT coalesce(sum(requests), 0) FROM report_hours"); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedKingdom)).sportello);
        fixture_ = std::make_unique<RelayFixture>();
        QCOMPARE(fixture_->create_user(supervisorUser, password, "supervisor"), 0);
        QCOMPARE(fixture_->create_user(viewerUser, password, "viewer"), 0);
    }
    void cleanup() {
        if (QTest::currentTestFailed()) qWarning().noquote() << q(fixture_->logs());
        ui_.reset();
    }
    void cleanupTestCase() { fixture_.reset(); }

    void theTabShowsWhatCitizensAskedAndExportsIt() {
        // Traffic: #centrivaccinali three times, #vaccinazione (its parent)
        // once, #tamponi twice, and free text the bot cannot answer.
        for (int i = 0; i < 3; ++i) fixture_->citizen_says("39333200000" + std::to_string(i), "#centrivaccinali");
        fixture_->citizen_says("393332000003", "#vaccinazione");
        fixture_->citizen_says("393332000004", "#tamponi");
        fixture_->citizen_says("393332000005", "#tamponi");
        fixture_->citizen_says("393332000006", "Buongiorno, il mio certificato non arriva, potete aiutarmi?");
        QVERIFY2(wait_for([&] { return dbRequests() == 7; }, std::chrono::seconds(20)), fixture_->logs().c_str());

        // An operator (the supervisor) takes the case and answers it.
        const std::string failed = answerNextCase(*fixture_, supervisorUser, password, "stats-reply-1");
        QVERIFY2(failed.empty(), failed.c_str());

        ui_ = openDesk(*fixture_, supervisorUser, password);
        QVERIFY(ui_);
        MainWindow& window = *ui_->window;
        StatsPanel* panel = window.statsPanel();
        QVERIFY(panel);
        QCOMPARE(window.tabs()->tabText(window.tabs()->indexOf(panel)).remove(u'&'), QStringLiteral("Statistics"));
        window.tabs()->setCurrentWidget(panel);

        // The period "Today", as a user picks it.
        QSignalSpy loaded(panel, &StatsPanel::loaded);
        auto* presets = child<QComboBox>(panel, "statsPeriodCombo");
        const int today = presets->findText(QStringLiteral("Today"));
        QVERIFY(today >= 0);
        presets->setCurrentIndex(today);
        Q_EMIT presets->activated(today);
        QVERIFY(loaded.wait(networkTimeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isLoading(), networkTimeoutMs);
        const QString romeToday = q(time::rome_date(time::now_ms()));
        QCOMPARE(panel->period().from.toString(Qt::ISODate), romeToday);

        // Requests: what the database holds, one day, one unanswered.
        RequestsTableModel& requests = *panel->requestsModel();
        QCOMPARE(requests.rowCount(), 1);
        QCOMPARE(requests.index(0, RequestsTableModel::PeriodColumn).data().toString(), romeToday);
        QCOMPARE(columnSum(requests, RequestsTableModel::TotalColumn), dbRequests());
        QCOMPARE(columnSum(requests, RequestsTableModel::TotalColumn), 7);
        QCOMPARE(columnSum(requests, RequestsTableModel::UnansweredColumn), 1);
        auto* stacked = qobject_cast<QStackedBarSeries*>(panel->requestsChart()->series().value(0));
        QVERIFY(stacked);
        QCOMPARE(stacked->barSets()[0]->at(0), 7.0);

        // Topics: the hashtag sent most is the topic asked most for itself;
        // its parent leads with its subtree.
        TopTopicsTableModel& topics = *panel->topicsModel();
        const int centri = rowOfTag(topics, QStringLiteral("centrivaccinali"));
        const int vaccinazione = rowOfTag(topics, QStringLiteral("vaccinazione"));
        QVERIFY(centri >= 0 && vaccinazione >= 0);
        QCOMPARE(topics.rows()[centri].requests, 3);
        for (const TopicRequests& t : topics.rows()) QVERIFY(t.requests <= 3);
        QCOMPARE(topics.rows()[vaccinazione].subtreeRequests, 4);
        QCOMPARE(panel->topicsSeries()->barSets()[0]->at(vaccinazione), 4.0);

        // The operator's reply, the month's availability, no pushes.
        QCOMPARE(columnSum(*panel->operatorReplyModel(), ReplyTimesTableModel::SamplesColumn), 1);
        QVERIFY(columnSum(*panel->autoReplyModel(), ReplyTimesTableModel::SamplesColumn) >= 6);
        const QDate day = QDate::fromString(romeToday, Qt::ISODate);
        QCOMPARE(panel->availabilityModel()->rowCount(), day.daysInMonth());
        QCOMPARE(panel->funnelModel()->index(0, PushFunnelModel::MessagesColumn).data().toLongLong(), 0);

        // A click on #vaccinazione's bar: its requests and its subtopics' only.
        QSignalSpy drilled(panel, &StatsPanel::loaded);
        Q_EMIT panel->topicsSeries()->clicked(vaccinazione, panel->topicsSeries()->barSets()[0]);
        QVERIFY(drilled.wait(networkTimeoutMs));
        QCOMPARE(panel->drillNode(), std::optional<qint64>(topics.rows()[vaccinazione].nodeId));
        QCOMPARE(columnSum(requests, RequestsTableModel::TotalColumn), 4);
        QCOMPARE(columnSum(requests, RequestsTableModel::UnansweredColumn), 0);
        QVERIFY(child<QLabel>(panel, "statsDrillLabel")->text().contains(QStringLiteral("#vaccinazione")));
        QSignalSpy all(panel, &StatsPanel::loaded);
        child<QPushButton>(panel, "statsAllTopicsButton")->click();
        QVERIFY(all.wait(networkTimeoutMs));
        QCOMPARE(columnSum(requests, RequestsTableModel::TotalColumn), 7);

        // A custom period, yesterday to today: two days, the same requests.
        QSignalSpy custom(panel, &StatsPanel::loaded);
        panel->chooseCustom(day.addDays(-1), day);
        child<QPushButton>(panel, "statsRefreshButton")->click();
        QVERIFY(custom.wait(networkTimeoutMs));
        QCOMPARE(requests.rowCount(), 2);
        QCOMPARE(requests.index(1, RequestsTableModel::PeriodColumn).data().toString(), romeToday);
        QCOMPARE(columnSum(requests, RequestsTableModel::TotalColumn), 7);

        // "Export CSV…" under the topics: BOM, ';', the figures shown, but
        // every count under the relay's default threshold (5) suppressed.
        QTemporaryDir dir;
        DialogScript script;
        script.files << dir.filePath(QStringLiteral("topics.csv"));
        child<QPushButton>(panel, "statsTopicsTableExport")->click();
        QCOMPARE(script.count(Dialogs::Request::Kind::SaveFile), 1);
        QCOMPARE(script.asked.last().initialText, QStringLiteral("sportello-top-topics-%1-%2.csv")
                                                      .arg(day.addDays(-1).toString(Qt::ISODate), romeToday));
        QFile file(dir.filePath(QStringLiteral("topics.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), topics.rowCount() + 1);
        QCOMPARE(lines[0].split(u';').size(), int(TopTopicsTableModel::ColumnCount));
        QCOMPARE(panel->csvMinCellCount(), std::optional<int>(5));
        QVERIFY(lines.contains(QStringLiteral("\"#centrivaccinali\";\"<5\";\"<5\";\"0\"")));
        QVERIFY(lines.contains(QStringLiteral("\"#vaccinazione\";\"<5\";\"<5\";\"0\"")));
    }

    void theTabIsThereExactlyForReadReports() {
        for (const std::string& user : {viewerUser, supervisorUser}) {
            ui_ = openDesk(*fixture_, user, password);
            QVERIFY(ui_);
            const bool readsReports = ui_->window->hasPermission(Permission::read_reports);
            QCOMPARE(ui_->window->statsPanel() != nullptr, readsReports);
            QCOMPARE(ui_->window->findChild<StatsPanel*>() != nullptr, readsReports);
            ui_.reset();
        }
    }
};

QTEST_MAIN(StatsGuiRelayTest)
#include "tst_stats_gui_relay.moc"
