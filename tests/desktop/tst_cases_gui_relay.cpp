// The operators' inbox through the real window against the real relay and
// simulator: a citizen's free text becomes a case in the queue; the operator
// claims it, writes and sends a reply that reaches the citizen and shows as
// delivered in the conversation; a colleague who claims it gets 409 naming
// the owner (and so does the desk, the other way round); a role without
// answer_requests has no inbox; outside the 24-hour window the composer
// offers only templates, with parameters checked as they are typed. Also:
// the queue follows the event stream alone (the fallback timer is set to an
// hour), with the unread badge and the tray notification; the delivered then
// read statuses; the transfer picker; no revealed number in the offline
// cache. The races and being offline: tst_cases_race_offline_gui_relay.cpp.

#include "app/translations.hpp"
#include "inbox_gui_support.hpp"
#include "model/canned_answer_model.hpp"
#include "model/case_queue_model.hpp"
#include "sportello/api/cases.hpp"
#include "sportello/time.hpp"
#include "sportello/whatsapp/webhook.hpp"
#include "model/case_cache.hpp"
#include "model/unread_cases.hpp"
#include "ui/cases/case_composer.hpp"
#include "ui/cases/case_notifier.hpp"
#include "ui/cases/cases_panel.hpp"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include <boost/json.hpp>


using namespace sportello;
using namespace sportello::desk;
using namespace sportello::testing;

namespace {

const std::string& password = inboxPassword;
constexpr int deliveryTimeoutMs = 40000;

std::string textOf(const boost::json::value& m) {
    const auto* text = m.as_object().if_contains("text");
    return text && text->is_string() ? std::string(text->as_string()) : std::string();
}

} // namespace

class CasesGuiRelayTest : public QObject, protected InboxGuiBase {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedKingdom)).sportello);
        fixture_ = std::make_unique<RelayFixture>();
        fixture_->save_template("informazione_generale", 1, "Informazione dalla Regione Piemonte: {{1}}");
        QCOMPARE(fixture_->create_user("op1", password, "operator"), 0);
        QCOMPARE(fixture_->create_user("op2", password, "operator"), 0);
        QCOMPARE(fixture_->create_user("lettore", password, "viewer"), 0);
        QCOMPARE(fixture_->create_user("capo", password, "supervisor"), 0);
        QDir(CaseCache::defaultFolder()).removeRecursively();
    }
    void init() { QVERIFY(openInbox("op1")); }
    void cleanup() {
        if (QTest::currentTestFailed()) qWarning().noquote() << QString::fromStdString(fixture_->logs());
        if (fixture_->relay_running()) fixture_->sim_settings(boost::json::object{{"auto_read", true}});
        ui_.reset();
    }
    void cleanupTestCase() { fixture_.reset(); }

    void claimReplyAndSeeItDelivered() {
        const std::string citizen = "393401300021";
        fixture_->sim_settings(boost::json::object{{"auto_read", false}});   // the citizen reads when told
        QElapsedTimer sincePost;
        sincePost.start();
        fixture_->citizen_says(citizen, "Buongiorno, ho perso il foglio della prenotazione: come posso riaverlo?");

        // It appears in the queue through the event stream alone (the fallback timer waits an hour).
        const qint64 id = caseIdWith(QStringLiteral("foglio della prenotazione"));
        QVERIFY(id != 0);
        qInfo("from the citizen's message to the row in the queue: %lld ms", sincePost.elapsed());
        QVERIFY(!panel().isPolling());
        QVERIFY(wait_for([&] { return fixture_->inbox(citizen).size() == 1; }));   // "an operator will answer"
        // The badge and the tray notification for the new case.
        QTRY_VERIFY_WITH_TIMEOUT(inboxTabText().contains(u"(1)"), networkTimeoutMs);
        QVERIFY(panel().unread()->isUnread(id));
        QTRY_VERIFY_WITH_TIMEOUT(notifiedAbout(id), networkTimeoutMs);
        QVERIFY(panel().notifier()->toolTip().contains(u"1 unread"));
        const int row = panel().model()->rowOf(id);
        QCOMPARE(panel().model()->index(row, CaseQueueModel::StateColumn).data().toString(), QStringLiteral("New"));
        QVERIFY(!panel().model()->index(row, CaseQueueModel::CitizenColumn).data().toString().contains(u"3401300021"));
        QTRY_VERIFY(child<QWidget>(&panel(), "caseFilterUnassigned")->property("text").toString().contains(u"(1)"));

        openRow(row);
        QTRY_VERIFY_WITH_TIMEOUT(openIs(id), networkTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(panel().presenceActive(), networkTimeoutMs);
        QVERIFY(!panel().unread()->isUnread(id));   // opened: seen
        QCOMPARE(inboxTabText(), QStringLiteral("Inbox"));
        QVERIFY(child<QTextBrowser>(&panel(), "conversationView")->toPlainText().contains(u"foglio della prenotazione"));
        auto* send = child<QPushButton>(&panel(), "sendReplyButton");
        QVERIFY(!send->isEnabled());   // not claimed yet
        QVERIFY(!child<QPushButton>(&panel(), "revealNumberButton")->isVisible());   // operators may not reveal
        QVERIFY(!panel().composer()->templatesOnly());
        QVERIFY(child<QLabel>(&panel(), "windowCountdown")->text().contains(u"closes in"));

        // Claim from the keyboard action, write, send from the keyboard action.
        panel().findChild<QAction*>(QStringLiteral("claimCaseAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(openOwnedBy("op1"), networkTimeoutMs);
        auto* edit = child<QPlainTextEdit>(&panel(), "replyEdit");
        QVERIFY(edit->isEnabled());
        const QString reply = QStringLiteral("Buongiorno, puo scaricarlo di nuovo dal portale.");
        QTest::keyClicks(edit, reply);
        QVERIFY(send->isEnabled());
        panel().findChild<QAction*>(QStringLiteral("sendReplyAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(fixture_->inbox(citizen).size() == 2, deliveryTimeoutMs);
        QCOMPARE(QString::fromStdString(textOf(fixture_->inbox(citizen).at(1))), reply);
        QTRY_VERIFY_WITH_TIMEOUT(edit->toPlainText().isEmpty(), networkTimeoutMs);   // once the 202 arrived

        // The conversation follows the delivery, then the reading, through the events.
        const auto replyIs = [&](const char* status) {
            if (!panel().openCase()) return false;
            for (const auto& item : panel().openCase()->thread)
                if (item.kind == "operator_reply" && item.status == status) return item.author == "op1";
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(replyIs("delivered"), deliveryTimeoutMs);
        QString shown = child<QTextBrowser>(&panel(), "conversationView")->toPlainText();
        QVERIFY2(shown.contains(reply) && shown.contains(u"delivered"), qPrintable(shown));
        const std::string wamid(fixture_->inbox(citizen).at(1).as_object().at("wamid").as_string());
        QCOMPARE(status(fixture_->sim("POST", "/_sim/messages/" + wamid + "/read")) / 100, 2);
        QTRY_VERIFY_WITH_TIMEOUT(replyIs("read"), deliveryTimeoutMs);
        shown = child<QTextBrowser>(&panel(), "conversationView")->toPlainText();
        QVERIFY2(shown.contains(u"read"), qPrintable(shown));
        fixture_->sim_settings(boost::json::object{{"auto_read", true}});
        QTRY_COMPARE_WITH_TIMEOUT(panel().model()->index(panel().model()->rowOf(id), CaseQueueModel::StateColumn)
                                      .data()
                                      .toString(),
                                  QStringLiteral("Waiting for the citizen"), networkTimeoutMs);

        // A colleague claiming it gets 409 naming the owner.
        const std::string other = fixture_->login("op2", password);
        const auto refused = fixture_->api("POST", "/ops/v1/cases/" + std::to_string(id) + "/claim", other);
        QCOMPARE(status(refused), 409);
        QVERIFY2(refused.response->body.find("op1") != std::string::npos, refused.response->body.c_str());

        // And the desk shows the relay's words when the colleague holds one.
        const std::string second = "393401300022";
        fixture_->citizen_says(second, "#operatore");
        const qint64 theirs = caseIdWith(QStringLiteral("#operatore"));
        QVERIFY(theirs != 0);
        QCOMPARE(status(fixture_->api("POST", "/ops/v1/cases/" + std::to_string(theirs) + "/claim", other)), 200);
        openRow(panel().model()->rowOf(theirs));
        QTRY_VERIFY_WITH_TIMEOUT(openIs(theirs), networkTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(openOwnedBy("op2"), networkTimeoutMs);
        // Claiming it anyway: the relay's answer names who holds it.
        QVERIFY(child<QPushButton>(&panel(), "claimCaseButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&panel(), "sendReplyButton")->isEnabled());
        child<QPushButton>(&panel(), "claimCaseButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(panel().statusText().contains(u"claimed by"), networkTimeoutMs);
        QVERIFY2(panel().statusText().contains(u"op2"), qPrintable(panel().statusText()));

        // Close the first case with an outcome.
        openRow(panel().model()->rowOf(id));
        QTRY_VERIFY_WITH_TIMEOUT(openIs(id), networkTimeoutMs);
        DialogScript dialogs;
        dialogs.choice = 0;   // answered
        child<QPushButton>(&panel(), "closeCaseButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(panel().statusText().contains(u"closed"), networkTimeoutMs);
        QCOMPARE(fixture_->db_int("SELECT count(*) FROM cases WHERE id = " + std::to_string(id) +
                                  " AND state = 'closed' AND outcome = 'answered'"),
                 1);
    }

    void theInboxAndItsShortcutsAreListedInAMenu() {
        auto* menu = ui_->window->findChild<QMenu*>(QStringLiteral("inboxMenu"));
        QVERIFY(menu);
        QStringList shortcuts;
        for (QAction* a : menu->actions()) shortcuts.append(a->shortcut().toString());
        QCOMPARE(shortcuts, QStringList({QStringLiteral("Ctrl+J"), QStringLiteral("Ctrl+K"), QStringLiteral("Ctrl+L"),
                                         QStringLiteral("Ctrl+Return"), QStringLiteral("Ctrl+E")}));
    }

    void nextCaseClaimsTheMostUrgent() {
        fixture_->citizen_says("393401300023", "Vorrei parlare con qualcuno per il mio appuntamento, grazie");
        QVERIFY(caseIdWith(QStringLiteral("parlare con qualcuno")) != 0);
        panel().findChild<QAction*>(QStringLiteral("nextCaseAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(openOwnedBy("op1"), networkTimeoutMs);
        QVERIFY(child<QPushButton>(&panel(), "releaseCaseButton")->isEnabled());
        const qint64 id = panel().openCase()->summary.id;
        child<QPushButton>(&panel(), "releaseCaseButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(panel().statusText().contains(u"back in the queue"), networkTimeoutMs);
        QCOMPARE(fixture_->db_int("SELECT count(*) FROM cases WHERE id = " + std::to_string(id) +
                                  " AND state = 'new' AND owner_id IS NULL"),
                 1);
    }

    void readyAnswersAreInsertedIntoTheReply() {
        const qint64 id = claimNewCase("393401300025", "Dove si fa il tampone rapido vicino a Torino?",
                                       QStringLiteral("tampone rapido"), "op1");
        QVERIFY(id != 0);

        CannedAnswerModel& canned = *panel().cannedModel();
        QTest::keyClicks(child<QLineEdit>(&panel(), "cannedSearch"), QStringLiteral("tampon"));
        const auto tamponiRow = [&] {
            for (int row = 0; row < canned.rowCount(); ++row)
                if (canned.answerAt(row)->tag == "tamponi") return row;
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(tamponiRow() >= 0, networkTimeoutMs);
        const QString text = canned.index(tamponiRow()).data(CannedAnswerModel::TextRole).toString();
        QVERIFY(!text.isEmpty());
        auto* list = child<QListView>(&panel(), "cannedList");
        list->setCurrentIndex(canned.index(tamponiRow()));
        Q_EMIT list->activated(canned.index(tamponiRow()));
        QCOMPARE(child<QPlainTextEdit>(&panel(), "replyEdit")->toPlainText(), text);
        QVERIFY(child<QPushButton>(&panel(), "sendReplyButton")->isEnabled());
    }

    void aSupervisorRevealsTheNumberAndTransfersTheCase() {
        ui_ = openDesk(*fixture_, "capo", password);
        QVERIFY(ui_ && ui_->window->casesPanel());
        ui_->window->tabs()->setCurrentWidget(&panel());
        fixture_->citizen_says("393401300026", "#operatore");
        const auto mine = [&] {
            for (int row = 0; row < panel().model()->rowCount(); ++row)
                if (panel().model()->index(row, CaseQueueModel::CitizenColumn).data().toString().endsWith(u"26") &&
                    panel().model()->index(row, 0, {}).data(CaseQueueModel::StateRole).toString() == u"new")
                    return panel().model()->index(row, 0).data(CaseQueueModel::IdRole).toLongLong();
            return qint64(0);
        };
        QTRY_VERIFY_WITH_TIMEOUT(mine() != 0, networkTimeoutMs);
        const qint64 id = mine();
        openRow(panel().model()->rowOf(id));
        QTRY_VERIFY_WITH_TIMEOUT(openIs(id), networkTimeoutMs);
        auto* reveal = child<QPushButton>(&panel(), "revealNumberButton");
        QVERIFY(reveal->isVisible() && reveal->isEnabled());
        reveal->click();
        QTRY_VERIFY_WITH_TIMEOUT(panel().statusText().contains(u"+393401300026"), networkTimeoutMs);
        // The offline cache holds the case, never the revealed number.
        QVERIFY(panel().cache()->conversation(id).has_value());
        QByteArray file;
        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(panel().cache()->filePath() + suffix);
            if (f.open(QIODevice::ReadOnly)) file += f.readAll();
        }
        QVERIFY(!file.isEmpty());
        QVERIFY(!file.contains("3401300026"));

        child<QPushButton>(&panel(), "claimCaseButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(openOwnedBy("capo"), networkTimeoutMs);
        // The picker lists the colleagues who may answer, without oneself nor the viewer.
        DialogScript dialogs;
        dialogs.choice = 1;
        child<QPushButton>(&panel(), "transferCaseButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(panel().statusText().contains(u"transferred to op2"), networkTimeoutMs);
        QCOMPARE(dialogs.count(Dialogs::Request::Kind::Choice), 1);
        QCOMPARE(dialogs.asked.front().items, QStringList({QStringLiteral("op1"), QStringLiteral("op2")}));
        QTRY_VERIFY_WITH_TIMEOUT(openOwnedBy("op2"), networkTimeoutMs);
        QVERIFY(!child<QPushButton>(&panel(), "releaseCaseButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&panel(), "sendReplyButton")->isEnabled());
    }

    void aRoleWithoutAnswerRequestsHasNoInbox() {
        auto viewer = openDesk(*fixture_, "lettore", password);
        QVERIFY(viewer);
        QVERIFY(!viewer->window->casesPanel());
        QVERIFY(!viewer->window->findChild<QMenu*>(QStringLiteral("inboxMenu")));
        for (int i = 0; i < viewer->window->tabs()->count(); ++i)
            QVERIFY(!viewer->window->tabs()->tabText(i).remove(u'&').contains(u"Inbox"));
    }

    void outsideTheWindowOnlyTemplatesAreOffered() {
        const std::string citizen = "393401300024";
        const wa::build::Sender s{citizen, "Citt"};
        QCOMPARE(fixture_->post_webhook(wa::build::envelope(
                     "W", fixture_->phone_number_id, "390110000000", {s},
                     {wa::build::text_message(s, "wamid.OLDGUI", time::now_ms() / 1000 - 25 * 3600,
                                              "Ho una domanda sul richiamo del vaccino?")},
                     {})),
                 200);
        const qint64 id = caseIdWith(QStringLiteral("richiamo del vaccino"));
        QVERIFY(id != 0);
        QCOMPARE(panel().model()->index(panel().model()->rowOf(id), CaseQueueModel::TimeLeftColumn).data().toString(),
                 QStringLiteral("closed"));
        openRow(panel().model()->rowOf(id));
        QTRY_VERIFY_WITH_TIMEOUT(openIs(id), networkTimeoutMs);
        child<QPushButton>(&panel(), "claimCaseButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(openOwnedBy("op1"), networkTimeoutMs);

        CaseComposer& composer = *panel().composer();
        QVERIFY(composer.templatesOnly());
        QVERIFY(!child<QPlainTextEdit>(&panel(), "replyEdit")->isVisible());
        QVERIFY(child<QLabel>(&panel(), "windowCountdown")->text().contains(u"closed"));
        auto* combo = child<QComboBox>(&panel(), "replyTemplateCombo");
        QTRY_VERIFY_WITH_TIMEOUT(combo->findText(QStringLiteral("informazione_generale (it)")) >= 0, networkTimeoutMs);
        combo->setCurrentIndex(combo->findText(QStringLiteral("informazione_generale (it)")));
        auto* parameter = child<QLineEdit>(&panel(), "replyParameterEdit1");
        auto* send = child<QPushButton>(&panel(), "sendReplyButton");
        QTest::keyClicks(parameter, QStringLiteral("   "));
        QCOMPARE(child<QLabel>(&panel(), "replyParameterProblem1")->text(), QStringLiteral("Required."));
        QVERIFY(!send->isEnabled());
        parameter->clear();
        QTest::keyClicks(parameter, QStringLiteral("il richiamo si prenota dal portale"));
        QVERIFY(child<QLabel>(&panel(), "replyParameterProblem1")->text().isEmpty());
        QCOMPARE(child<QLabel>(&panel(), "replyTemplatePreview")->text(),
                 QStringLiteral("Informazione dalla Regione Piemonte: il richiamo si prenota dal portale"));
        QVERIFY(send->isEnabled());
        send->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const auto& m : fixture_->inbox(citizen)) {
                    const auto* name = m.as_object().if_contains("template");
                    if (name && name->is_string() && name->as_string() == "informazione_generale") return true;
                }
                return false;
            }(),
            deliveryTimeoutMs);
    }

    // Last: restarts the relay. Without the stream the timer keeps the tab
    // current; the stream comes back by itself and the timer rests again.
    void theTimerCoversWhileTheStreamIsDown() {
        fixture_->stop_relay();
        QTRY_VERIFY_WITH_TIMEOUT(!panel().isStreaming() && panel().isPolling(), networkTimeoutMs);
        fixture_->start_relay();
        fixture_->wait_until_ready();
        fixture_->citizen_says("393401300027", "Ho bisogno di aiuto con la prenotazione di domani");
        QVERIFY(caseIdWith(QStringLiteral("prenotazione di domani")) != 0);
        QTRY_VERIFY_WITH_TIMEOUT(panel().isStreaming() && !panel().isPolling(), 2 * networkTimeoutMs);
    }
};

QTEST_MAIN(CasesGuiRelayTest)
#include "tst_cases_gui_relay.moc"
