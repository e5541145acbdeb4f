// The Statistics tab's busiest hours, unanswered requests, small-cell
// suppression and monthly PDF report, through the real window against the
// real relay (configured with reports.min_cell_count 3, not the default 5,
// so that the desk is seen to learn it) and the WhatsApp simulator. Citizens
// write known hashtags, an unknown one and free text; an operator answers
// the case the free text opened. The desk, in Italian, shows the busiest
// hours and the unknown terms as the database holds them, exports CSV files
// in which every count under 3 is "<3", and writes the monthly report whose
// text (pdftotext) has the Region's title, the month, the page numbers and
// the figures, and whose every page renders (pdftoppm).

#include "app/translations.hpp"
#include "answer_next_case.hpp"
#include "content_gui_support.hpp"
#include "sire_session.hpp"
#include "model/busiest_hours_model.hpp"
#include "model/report_table_models.hpp"
#include "sportello/api/cases.hpp"
#include "sportello/rome_time.hpp"
#include "sportello/time.hpp"
#include "ui/stats/stats_panel.hpp"

#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sportello;
using namespace sportello::desk;
using namespace sportello::testing;

namespace {

const std::string supervisorUser = "sup1", password = "password-lunga-123";

QString q(const std::string& s) { return QString::fromStdString(s); }

// The lines of a CSV file the desk wrote (after its byte order mark).
QStringList csvLines(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    const QByteArray bytes = file.readAll();
    if (!bytes.startsWith("\xEF\xBB\xBF")) return {};
    return QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

// Runs a program to its end; its standard output, or nullopt with the reason in `why`.
std::optional<QByteArray> run(const QString& program, const QStringList& args, QString& why) {
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        why = program + QStringLiteral(" is missing: install poppler-utils (scripts/install-deps.sh)");
        return std::nullopt;
    }
    QProcess process;
    process.start(path, args);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        why = program + QStringLiteral(" failed: ") + QString::fromUtf8(process.readAllStandardError());
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

} // namespace

class StatsReportGuiRelayTest : public QObject {
    Q_OBJECT

    std::unique_ptr<RelayFixture> fixture_;
    std::unique_ptr<DeskUi> ui_;
    StatsPanel* panel_ = nullptr;
    QTemporaryDir dir_;
    std::int64_t cases_ = 0;

    std::int64_t dbRequests() { return fixture_->db_int("SELECT coalesce(sum(requests), 0) FROM report_hours"); }

    QStringList exportTable(const char* table, const QString& file) {
        DialogScript script;
        script.files << dir_.filePath(file);
        const QByteArray button = QByteArray(table) + QByteArrayLiteral("Export");
        child<QPushButton>(panel_, button.constData())->click();
        return csvLines(dir_.filePath(file));
    }

private Q_SLOTS:
    void initTestCase() {
        // An Italian desk: its catalogue and its locale (weekday names), as on an Italian system.
        QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy));
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::Italian, QLocale::Italy)).sportello);
        fixture_ = std::make_unique<RelayFixture>(FixtureOptions{.tweak_relay_config = [](boost::json::object& c) {
            c["reports"] = boost::json::object{{"min_cell_count", 3}};
        }});
        QCOMPARE(fixture_->create_user(supervisorUser, password, "supervisor"), 0);

        // #centrivaccinali four times, #tamponi twice, an unknown tag once, free text once.
        for (int i = 0; i < 4; ++i) fixture_->citizen_says("39333300000" + std::to_string(i), "#centrivaccinali");
        fixture_->citizen_says("393333000004", "#tamponi");
        fixture_->citizen_says("393333000005", "#tamponi");
        fixture_->citizen_says("393333000006", "#argomentosconosciuto");
        fixture_->citizen_says("393333000007", "Buongiorno, il mio certificato non arriva, potete aiutarmi?");
        QVERIFY2(wait_for([&] { return dbRequests() == 8; }, std::chrono::seconds(20)), fixture_->logs().c_str());

        // An operator takes a case and answers it.
        const std::string failed = answerNextCase(*fixture_, supervisorUser, password, "stats-report-reply-1");
        QVERIFY2(failed.empty(), failed.c_str());
        cases_ = fixture_->db_int("SELECT count(*) FROM cases");
        QVERIFY(cases_ >= 1);

        // SIRE sends four reminders; the simulator delivers them and the citizens read them.
        Sire sire(*fixture_);
        sire.queue_reminders(4, "rapporto-", 3403330100LL);
        QVERIFY2(wait_for([&] {
            return fixture_->db_int("SELECT coalesce(sum(sent), 0) FROM report_pushes") == 4 &&
                   fixture_->db_int("SELECT coalesce(sum(delivered), 0) FROM report_pushes") == 4 &&
                   fixture_->db_int("SELECT coalesce(sum(read), 0) FROM report_pushes") == 4;
        }, std::chrono::seconds(20)), fixture_->logs().c_str());

        ui_ = openDesk(*fixture_, supervisorUser, password);
        QVERIFY(ui_);
        panel_ = ui_->window->statsPanel();
        QVERIFY(panel_);
        QSignalSpy loaded(panel_, &StatsPanel::loaded);
        ui_->window->tabs()->setCurrentWidget(panel_);   // the first showing loads the last 30 days
        QVERIFY(loaded.wait(networkTimeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(!panel_->isLoading(), networkTimeoutMs);
    }
    void cleanup() {
        if (QTest::currentTestFailed()) qWarning().noquote() << q(fixture_->logs());
    }
    void cleanupTestCase() {
        ui_.reset();
        fixture_.reset();
    }

    void theBusiestHoursAreTheDatabasesWeekdaysAndHours() {
        const BusiestHoursModel& hours = *panel_->busiestHoursModel();
        QCOMPARE(hours.rowCount(), 7);
        QCOMPARE(hours.columnCount(), 25);
        qint64 shown = 0;
        for (const WeekdayHours& day : hours.rows())
            for (qint64 n : day.requests) shown += n;
        QCOMPARE(shown, 8);
        auto* stacked = qobject_cast<QStackedBarSeries*>(panel_->busiestHoursChart()->series().value(0));
        QVERIFY(stacked);
        QCOMPARE(stacked->barSets().size(), 7);
        // Every hour the rollups hold, at its weekday (1 Monday → row 0) and local hour.
        for (int weekday = 1; weekday <= 7; ++weekday)
            for (int hour = 0; hour < 24; ++hour) {
                const auto expected = fixture_->db_int(
                    "SELECT coalesce(sum(requests), 0) FROM report_hours WHERE weekday = " + std::to_string(weekday) +
                    " AND local_hour = " + std::to_string(hour));
                QCOMPARE(hours.index(weekday - 1, BusiestHoursModel::FirstHourColumn + hour).data().toLongLong(), expected);
                QCOMPARE(stacked->barSets()[weekday - 1]->at(hour), double(expected));
            }
        QCOMPARE(hours.index(0, BusiestHoursModel::WeekdayColumn).data().toString(), QStringLiteral("lunedì"));
    }

    void theUnknownTermsAreListedWithTheUnansweredCount() {
        const TopTermsModel& terms = *panel_->termsModel();
        QCOMPARE(terms.rowCount(), 1);
        QCOMPARE(terms.index(0, TopTermsModel::TermColumn).data().toString(), QStringLiteral("#argomentosconosciuto"));
        QCOMPARE(terms.index(0, TopTermsModel::RequestsColumn).data().toLongLong(), 1);
        auto* bars = qobject_cast<QHorizontalBarSeries*>(panel_->termsChart()->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->barSets()[0]->at(0), 1.0);
        QVERIFY2(panel_->termsChart()->title().contains(QStringLiteral("2 di 8")), qPrintable(panel_->termsChart()->title()));
    }

    void csvFilesSuppressCountsUnderTheRelaysThreshold() {
        QCOMPARE(panel_->csvMinCellCount(), std::optional<int>(3));

        const QStringList topics = exportTable("statsTopicsTable", QStringLiteral("topics.csv"));
        QCOMPARE(topics.size(), panel_->topicsModel()->rowCount() + 1);
        QVERIFY2(topics.contains(QStringLiteral("\"#centrivaccinali\";\"4\";\"4\";\"0\"")), qPrintable(topics.join(u'\n')));
        QVERIFY(topics.contains(QStringLiteral("\"#vaccinazione\";\"4\";\"0\";\"0\"")));
        QVERIFY(topics.contains(QStringLiteral("\"#tamponi\";\"<3\";\"<3\";\"0\"")));

        const QStringList terms = exportTable("statsTermsTable", QStringLiteral("terms.csv"));
        QCOMPARE(terms, QStringList({QStringLiteral("\"Termine sconosciuto\";\"Richieste\""),
                                     QStringLiteral("\"#argomentosconosciuto\";\"<3\"")}));

        // One operator reply today: its count is "<3" and its times are not shown.
        const QString today = q(time::rome_date(time::now_ms()));
        const QStringList operators = exportTable("statsOperatorTable", QStringLiteral("operators.csv"));
        QVERIFY2(operators.contains(u'"' + today + QStringLiteral("\";\"<3\";\"\";\"\"")), qPrintable(operators.join(u'\n')));
        // Eight automatic replies or so: shown with their times.
        const QStringList auto_ = exportTable("statsAutoReplyTable", QStringLiteral("auto.csv"));
        QStringList todayRow = auto_.filter(u'"' + today + u'"').value(0).split(u';');
        QCOMPARE(todayRow.size(), 4);
        QVERIFY(todayRow[1].remove(u'"').toInt() >= 6);
        QVERIFY(!todayRow[2].remove(u'"').isEmpty());

        // The funnel: four sent, delivered and read are shown with their share; no replies, no share.
        const QStringList funnel = exportTable("statsFunnelTable", QStringLiteral("funnel.csv"));
        QCOMPARE(funnel.size(), 6);
        QVERIFY2(funnel[1].endsWith(QStringLiteral(";\"4\";\"100\"")), qPrintable(funnel.join(u'\n')));
        QVERIFY(funnel[3].endsWith(QStringLiteral(";\"4\";\"100\"")));
        QVERIFY(funnel[4].endsWith(QStringLiteral(";\"0\";\"\"")));

        // The busiest hours: 25 columns, the counts as the database holds them, small ones suppressed.
        const QStringList hours = exportTable("statsBusiestHoursTable", QStringLiteral("hours.csv"));
        QCOMPARE(hours.size(), 8);
        QCOMPARE(hours[0].split(u';').size(), 25);
        const BusiestHoursModel& model = *panel_->busiestHoursModel();
        for (int row = 0; row < 7; ++row)
            for (int hour = 0; hour < 24; ++hour) {
                const qint64 n = model.rows()[row].requests[static_cast<std::size_t>(hour)];
                const QString expected = n > 0 && n < 3 ? QStringLiteral("\"<3\"") : u'"' + QString::number(n) + u'"';
                QCOMPARE(hours[row + 1].split(u';')[hour + 1], expected);
            }
    }

    void theMonthlyReportIsAnItalianPdfWithEveryFigure() {
        const QString path = dir_.filePath(QStringLiteral("rapporto.pdf"));
        QSignalSpy finished(panel_, &StatsPanel::monthlyReportFinished);
        {
            DialogScript script;
            script.choice = 0;   // this month
            script.files << path;
            child<QPushButton>(panel_, "statsMonthlyReportButton")->click();
            QCOMPARE(script.count(Dialogs::Request::Kind::Choice), 1);
            QCOMPARE(script.count(Dialogs::Request::Kind::SaveFile), 1);
        }
        QVERIFY(finished.wait(networkTimeoutMs));
        QCOMPARE(finished.first().at(1).toString(), QString());
        // SPORTELLO_KEEP_REPORT=<file> keeps a copy of the report, to look at it.
        if (qEnvironmentVariableIsSet("SPORTELLO_KEEP_REPORT")) QFile::copy(path, qEnvironmentVariable("SPORTELLO_KEEP_REPORT"));

        QString why;
        const auto text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")}, why);
        QVERIFY2(text, qPrintable(why));
        const QString pdf = QString::fromUtf8(*text);
        const auto has = [&pdf](const QString& pattern) {
            return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption).match(pdf).hasMatch();
        };
        const QDate today = QDate::fromString(q(time::rome_date(time::now_ms())), Qt::ISODate);
        const QString month = QLocale(QLocale::Italian).standaloneMonthName(today.month()).toLower() + u' ' +
                              QString::number(today.year());
        QVERIFY2(pdf.contains(QStringLiteral("Regione Piemonte — Sportello WhatsApp COVID-19 — Rapporto mensile")),
                 qPrintable(pdf.left(2000)));
        QVERIFY2(pdf.contains(QStringLiteral("Periodo: ") + month), qPrintable(pdf.left(2000)));
        const auto pagesMatch = QRegularExpression(QStringLiteral("Pagina 1 di (\\d+)")).match(pdf);
        QVERIFY(pagesMatch.hasMatch());
        const int pages = pagesMatch.captured(1).toInt();
        QVERIFY(pages >= 2);
        for (int page = 2; page <= pages; ++page)
            QVERIFY(pdf.contains(QStringLiteral("Pagina %1 di %2").arg(page).arg(pages)));
        QVERIFY(!pdf.contains(QStringLiteral("Pagina %1 di").arg(pages + 1)));

        // The figures of the planted traffic.
        QVERIFY2(has(QStringLiteral("Richieste nel mese: 8\\b")), qPrintable(pdf));
        QVERIFY(has(QStringLiteral("#centrivaccinali\\s+4\\s+4\\s+0")));
        QVERIFY(has(QStringLiteral("#tamponi\\s+2\\s+2\\s+0")));
        QVERIFY(has(QStringLiteral("Richieste senza risposta: 2 su 8")));
        QVERIFY(has(QStringLiteral("#argomentosconosciuto\\s+1")));
        QVERIFY(has(QStringLiteral("Aperte nel mese\\s+%1").arg(cases_)));
        QVERIFY(has(QStringLiteral("Tutti gli operatori\\s+1\\s")));
        QVERIFY(has(QStringLiteral("%1\\s+1\\s").arg(q(supervisorUser))));
        QVERIFY(has(QStringLiteral("Accettata da WhatsApp\\s+\\d")));
        QVERIFY(has(QStringLiteral("I letti sono un limite inferiore")));
        QVERIFY(has(QStringLiteral("letti \\(limite inferiore\\)")));
        QVERIFY(has(QStringLiteral("99,6 %")));
        QVERIFY(has(QStringLiteral("Totale\\s+4\\s+4\\s+4\\s+0\\s+0\\s+0")));
        QVERIFY(has(QStringLiteral("modello promemoria_appuntamento\\s+4\\s+4\\s+4\\s+0\\s+0\\s+0")));
        QVERIFY(has(QStringLiteral("lunedì")));

        // Every page renders.
        const auto rendered = run(QStringLiteral("pdftoppm"),
                                  {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-png"), path,
                                   dir_.filePath(QStringLiteral("page"))},
                                  why);
        QVERIFY2(rendered, qPrintable(why));
        QCOMPARE(QDir(dir_.path()).entryList({QStringLiteral("page*.png")}).size(), pages);
    }
};

QTEST_MAIN(StatsReportGuiRelayTest)
#include "tst_stats_report_gui_relay.moc"
