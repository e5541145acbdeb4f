// The operators' inbox under stress, through the real window against the
// real relay and simulator: a hundred claim-and-reply races between the GUI
// desk and a colleague's API session, and the desk offline — the relay
// killed and restarted on the same port and database — with its local cache.

#include "app/translations.hpp"
#include "inbox_gui_support.hpp"
#include "model/case_cache.hpp"
#include "model/unread_cases.hpp"
#include "sportello/api/cases.hpp"
#include "ui/cases/case_composer.hpp"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>

#include <algorithm>
#include <thread>

using namespace sportello;
using namespace sportello::desk;
using namespace sportello::testing;

class CasesRaceOfflineGuiRelayTest : public QObject, protected InboxGuiBase {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedKingdom)).sportello);
        fixture_ = std::make_unique<RelayFixture>();
        QCOMPARE(fixture_->create_user("op1", inboxPassword, "operator"), 0);
        QCOMPARE(fixture_->create_user("op2", inboxPassword, "operator"), 0);
        QDir(CaseCache::defaultFolder()).removeRecursively();
    }
    void init() { QVERIFY(openInbox("op1")); }
    void cleanup() {
        if (QTest::currentTestFailed()) qWarning().noquote() << QString::fromStdString(fixture_->logs());
        ui_.reset();
    }
    void cleanupTestCase() { fixture_.reset(); }

    // The GUI desk (op1) and an API session (op2) race to claim and to reply,
    // case after case: exactly one owner and one operator reply each time, and
    // when the desk loses it names the colleague who holds the case. Half the
    // rounds the colleague's claim leaves first, half the desk's; no time is asserted.
    void aHundredRacesWithAColleagueHaveOneWinnerEach() {
        constexpr int rounds = 100;
        const std::string colleague = fixture_->login("op2", inboxPassword);
        QVERIFY(!colleague.empty());
        const qint64 before = fixture_->db_int("SELECT coalesce(max(id), 0) FROM cases");
        for (int i = 0; i < rounds; ++i)
            fixture_->citizen_says("3934019" + QStringLiteral("%1").arg(i, 5, 10, QLatin1Char('0')).toStdString(),
                                   "Domanda in gara-" + QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0')).toStdString());
        QVERIFY(wait_for([&] { return fixture_->db_int("SELECT count(*) FROM cases WHERE id > " +
                                                       std::to_string(before)) == rounds; },
                         std::chrono::seconds(60)));
        int wins = 0, losses = 0;
        QElapsedTimer racing;
        racing.start();
        auto* edit = child<QPlainTextEdit>(&panel(), "replyEdit");
        for (int i = 0; i < rounds; ++i) {
            const qint64 id = caseIdWith(QStringLiteral("gara-%1").arg(i, 3, 10, QLatin1Char('0')));
            QVERIFY(id != 0);
            openRow(panel().model()->rowOf(id));
            QTRY_VERIFY_WITH_TIMEOUT(openIs(id), networkTimeoutMs);
            int theirReply = 0;
            std::thread rival;
            const auto startRival = [&] {
                rival = std::thread([&, id] {
                    const std::string path = "/ops/v1/cases/" + std::to_string(id);
                    fixture_->api("POST", path + "/claim", colleague);
                    api::CaseReply r;
                    r.text = "Risposta del collega";
                    r.idempotency_key = "op2-" + std::to_string(id);
                    theirReply = status(fixture_->api("POST", path + "/replies", colleague, api::encode(r)));
                });
            };
            // Every tenth round the desk claims only once the colleague's claim was
            // answered: a certain loss, so that the loser's side is always seen.
            const bool late = i % 10 == 9;
            if (i % 2 == 1) startRival();
            if (late) rival.join();
            child<QPushButton>(&panel(), "claimCaseButton")->click();
            if (i % 2 == 0) startRival();
            const QString lost = QStringLiteral("case %1 is claimed by").arg(id);
            QTRY_VERIFY_WITH_TIMEOUT(openOwnedBy("op1") || panel().statusText().contains(lost), networkTimeoutMs);
            if (openOwnedBy("op1")) {
                ++wins;
                QTest::keyClicks(edit, QStringLiteral("Risposta dallo sportello"));
                panel().findChild<QAction*>(QStringLiteral("sendReplyAction"))->trigger();
                QTRY_VERIFY_WITH_TIMEOUT(edit->toPlainText().isEmpty() && !panel().composer()->isSending(),
                                         networkTimeoutMs);
            } else {
                ++losses;
                QVERIFY2(panel().statusText().contains(u"op2"), qPrintable(panel().statusText()));
                QTRY_VERIFY_WITH_TIMEOUT(openOwnedBy("op2"), networkTimeoutMs);   // and the header names the owner
                QVERIFY(child<QLabel>(&panel(), "caseHeader")->text().contains(u"op2"));
                QVERIFY(!child<QPushButton>(&panel(), "sendReplyButton")->isEnabled());
            }
            if (rival.joinable()) rival.join();
            QCOMPARE(theirReply, openOwnedBy("op1") ? 409 : 202);
        }
        qInfo("races: the desk won %d, the colleague %d, in %lld ms", wins, losses, racing.elapsed());
        QCOMPARE(wins + losses, rounds);
        QVERIFY(losses >= rounds / 10);
        const std::string ours = " FROM cases WHERE id > " + std::to_string(before);
        QCOMPARE(fixture_->db_int("SELECT count(*)" + ours + " AND owner_id IS NOT NULL"), rounds);
        QCOMPARE(fixture_->db_int("SELECT count(*)" + ours + " AND first_reply_by = owner_id"), rounds);
        QCOMPARE(fixture_->db_int("SELECT count(*) FROM outbox WHERE case_id > " + std::to_string(before)), rounds);
        QCOMPARE(fixture_->db_int("SELECT count(*) FROM (SELECT case_id FROM outbox WHERE case_id > " +
                                  std::to_string(before) + " GROUP BY case_id HAVING count(*) = 1)"),
                 rounds);
        QCOMPARE(fixture_->db_int("SELECT count(*)" + ours + " AND owner_id = (SELECT id FROM users WHERE username = 'op1')"),
                 wins);
    }

    // Offline: the relay dies; the desk keeps the cached queue and conversation,
    // says so, refuses replies; a desk started meanwhile shows the cache; the
    // relay comes back, and the desk reconnects by itself and catches up.
    void offlineTheDeskShowsTheCacheAndCatchesUp() {
        const qint64 id = claimNewCase("393401300031", "Non riesco a scaricare il referto dal fascicolo sanitario",
                                       QStringLiteral("scaricare il referto"), "op1");
        QVERIFY(id != 0);
        QVERIFY(panel().cache() && panel().cache()->isOpen());
        QTRY_VERIFY_WITH_TIMEOUT(panel().cache()->conversation(id).has_value(), networkTimeoutMs);
        const auto cachedHas = [&](qint64 caseId) {
            const auto q = panel().cache()->queue(QStringLiteral("all"));
            return q && std::any_of(q->cases.begin(), q->cases.end(), [&](const auto& c) { return c.id == caseId; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(cachedHas(id), networkTimeoutMs);
        const qint64 userId = fixture_->db_int("SELECT id FROM users WHERE username = 'op1'");
        const int rows = panel().model()->rowCount();

        fixture_->kill_relay();
        QTRY_VERIFY_WITH_TIMEOUT(panel().isOffline(), networkTimeoutMs);
        auto* banner = child<QLabel>(&panel(), "offlineBanner");
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(u"Offline"), qPrintable(banner->text()));
        QVERIFY(child<QLabel>(ui_->window.get(), "offlineStatus")->isVisible());
        QCOMPARE(panel().model()->rowCount(), rows);
        QVERIFY(openIs(id));
        QVERIFY(child<QTextBrowser>(&panel(), "conversationView")->toPlainText().contains(u"scaricare il referto"));
        // Replies and case actions are refused, and say why.
        auto* edit = child<QPlainTextEdit>(&panel(), "replyEdit");
        QTest::keyClicks(edit, QStringLiteral("Provi a scaricarlo dal portale"));
        auto* send = child<QPushButton>(&panel(), "sendReplyButton");
        QVERIFY(!send->isEnabled());
        QVERIFY(send->toolTip().contains(u"cannot be reached"));
        panel().findChild<QAction*>(QStringLiteral("sendReplyAction"))->trigger();
        QVERIFY(!panel().composer()->isSending());
        QCOMPARE(edit->toPlainText(), QStringLiteral("Provi a scaricarlo dal portale"));   // kept, not sent
        for (const char* name : {"releaseCaseButton", "transferCaseButton", "closeCaseButton", "nextCaseButton"}) {
            QVERIFY2(!child<QPushButton>(&panel(), name)->isEnabled(), name);
            QVERIFY2(child<QPushButton>(&panel(), name)->toolTip().contains(u"cannot be reached"), name);
        }

        // A desk started now, with the relay down, shows the queue from the file.
        {
            CasesPanel fresh(*ui_->api, userId, QStringLiteral("op1"), false);
            fresh.setCache(std::make_unique<CaseCache>(panel().cache()->filePath()));
            QVERIFY(fresh.model()->rowOf(id) >= 0);
            fresh.show();
            QTRY_VERIFY_WITH_TIMEOUT(fresh.isOffline(), networkTimeoutMs);
            QVERIFY(fresh.model()->rowOf(id) >= 0);
            QVERIFY(child<QLabel>(&fresh, "offlineBanner")->isVisible());
        }

        // The retries wait longer and longer; meanwhile the relay comes back and
        // a citizen opens a case before the desk's next attempt.
        QTRY_VERIFY_WITH_TIMEOUT(panel().nextRetry() >= std::chrono::seconds(4), 2 * networkTimeoutMs);
        fixture_->start_relay();
        fixture_->wait_until_ready();
        fixture_->citizen_says("393401300032", "Scusate, il CUP non risponde al telefono da stamattina");
        QTRY_VERIFY_WITH_TIMEOUT(!panel().isOffline(), 2 * networkTimeoutMs);
        QVERIFY(!banner->isVisible());
        QVERIFY(!child<QLabel>(ui_->window.get(), "offlineStatus")->isVisible());
        const qint64 caughtUp = caseIdWith(QStringLiteral("CUP non risponde"));
        QVERIFY(caughtUp != 0);
        QTRY_VERIFY_WITH_TIMEOUT(panel().isStreaming(), 2 * networkTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(panel().unread()->isUnread(caughtUp), networkTimeoutMs);   // the missed event
        QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), networkTimeoutMs);
    }

};

QTEST_MAIN(CasesRaceOfflineGuiRelayTest)
#include "tst_cases_race_offline_gui_relay.moc"
