// The operators' inbox models and texts: the queue table and the canned
// answers (fed through the shared cases codec, checked by
// QAbstractItemModelTester), time left in the window, outbound failures
// explained, the thread's bubbles; the offline cache (a real SQLite file),
// the unread news and the reconnection backoff.

#include "app/translations.hpp"
#include "model/canned_answer_model.hpp"
#include "api/reconnect_backoff.hpp"
#include "model/case_cache.hpp"
#include "model/case_queue_model.hpp"
#include "model/unread_cases.hpp"
#include "text/case_labels.hpp"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sportello;
using namespace sportello::desk;

namespace {

constexpr std::int64_t now = 1'790'000'000'000;
constexpr std::int64_t hour = 3600 * 1000;

template <class Wire>
Wire throughCasesCodec(const Wire& value) {
    auto decoded = api::decode_cases<Wire>(api::encode(value));
    if (!decoded) qFatal("the codec refused a test value: %s", decoded.error().message.c_str());
    return *decoded;
}

api::CaseSummary summary(std::int64_t id, api::CaseState state, std::optional<std::int64_t> closesAt) {
    api::CaseSummary c;
    c.id = id;
    c.state = state;
    c.reason = api::CaseReason::free_text;
    c.citizen = "+39 340 ••• ••" + std::to_string(10 + id);
    c.profile_name = "Citt " + std::to_string(id);
    c.preview = "Domanda numero " + std::to_string(id);
    c.opened_at_ms = now - hour;
    c.last_inbound_at_ms = now - hour;
    c.window_closes_at_ms = closesAt;
    return c;
}

api::CaseList queue() {
    api::CaseList list;
    list.cases.push_back(summary(7, api::CaseState::fresh, now + 90 * 60 * 1000));
    auto mine = summary(3, api::CaseState::claimed, now + 20 * hour + 5 * 60 * 1000);
    mine.owner = api::CaseOperator{2, "op1", "Olga Operatrice"};
    mine.viewers = {api::CaseOperator{2, "op1", "Olga Operatrice"}, api::CaseOperator{4, "op2", ""}};
    list.cases.push_back(mine);
    list.cases.push_back(summary(9, api::CaseState::waiting, std::nullopt));
    list.counts = {{"new", 1}, {"claimed", 1}, {"waiting", 1}, {"closed", 4}};
    return throughCasesCodec(list);
}

api::CannedAnswer answer(std::int64_t id, const std::string& tag) {
    return api::CannedAnswer{id, tag, "Titolo " + tag, "Testo di " + tag};
}

} // namespace

class CaseModelsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedKingdom)).sportello);
    }

    void queueShowsTheCasesAndCounts() {
        CaseQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &CaseQueueModel::countsChanged);
        model.setCases(queue(), now);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(CaseQueueModel::ColumnCount));
        QCOMPARE(counts.count(), 1);
        QCOMPARE(model.count(QStringLiteral("new")), 1);
        QCOMPARE(model.count(QStringLiteral("closed")), 4);
        QCOMPARE(model.count(QStringLiteral("nonsense")), 0);

        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(0, CaseQueueModel::CitizenColumn).toString(), QStringLiteral("+39 340 ••• ••17"));
        QCOMPARE(cell(0, CaseQueueModel::NameColumn).toString(), QStringLiteral("Citt 7"));
        QCOMPARE(cell(0, CaseQueueModel::ReasonColumn).toString(), QStringLiteral("Free text"));
        QCOMPARE(cell(0, CaseQueueModel::StateColumn).toString(), QStringLiteral("New"));
        QCOMPARE(cell(0, CaseQueueModel::OwnerColumn).toString(), QString());
        QCOMPARE(cell(0, CaseQueueModel::TimeLeftColumn).toString(), QStringLiteral("1 h 30 min"));
        QVERIFY(cell(0, CaseQueueModel::TimeLeftColumn, Qt::ForegroundRole).isValid());   // under two hours
        QCOMPARE(cell(0, CaseQueueModel::PreviewColumn).toString(), QStringLiteral("Domanda numero 7"));
        QCOMPARE(cell(0, 0, CaseQueueModel::IdRole).toLongLong(), 7);
        QCOMPARE(cell(0, 0, CaseQueueModel::StateRole).toString(), QStringLiteral("new"));
        QVERIFY(cell(0, 0, CaseQueueModel::WindowOpenRole).toBool());

        QCOMPARE(cell(1, CaseQueueModel::OwnerColumn).toString(), QStringLiteral("Olga Operatrice"));
        QCOMPARE(cell(1, CaseQueueModel::OwnerColumn, Qt::ToolTipRole).toString(),
                 QStringLiteral("Open now by: Olga Operatrice, op2"));
        QCOMPARE(cell(1, 0, CaseQueueModel::OwnerRole).toString(), QStringLiteral("op1"));
        QCOMPARE(cell(1, CaseQueueModel::StateColumn).toString(), QStringLiteral("Claimed"));
        QCOMPARE(cell(1, CaseQueueModel::TimeLeftColumn).toString(), QStringLiteral("20 h 05 min"));
        QVERIFY(!cell(1, CaseQueueModel::TimeLeftColumn, Qt::ForegroundRole).isValid());

        QCOMPARE(cell(2, CaseQueueModel::StateColumn).toString(), QStringLiteral("Waiting for the citizen"));
        QCOMPARE(cell(2, CaseQueueModel::TimeLeftColumn).toString(), QStringLiteral("closed"));
        QVERIFY(!cell(2, 0, CaseQueueModel::WindowOpenRole).toBool());
        QCOMPARE(model.rowOf(9), 2);
        QCOMPARE(model.rowOf(99), -1);
        QCOMPARE(model.headerData(CaseQueueModel::TimeLeftColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Window left"));
    }

    void refreshKeepsRowsAndTheClockMovesOn() {
        CaseQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCases(queue(), now);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy counts(&model, &CaseQueueModel::countsChanged);

        auto same = queue();
        same.cases[0].preview = "Un'altra domanda";
        model.setCases(same, now);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(counts.count(), 0);
        QCOMPARE(model.index(0, CaseQueueModel::PreviewColumn).data().toString(), QStringLiteral("Un'altra domanda"));

        model.setNow(now + 31 * 60 * 1000);
        QCOMPARE(changes.count(), 2);
        QCOMPARE(model.index(0, CaseQueueModel::TimeLeftColumn).data().toString(), QStringLiteral("59 minutes"));
        model.setNow(now + 2 * hour);
        QCOMPARE(model.index(0, CaseQueueModel::TimeLeftColumn).data().toString(), QStringLiteral("closed"));

        auto fewer = queue();
        fewer.cases.erase(fewer.cases.begin());
        fewer.counts["new"] = 0;
        model.setCases(fewer, now);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(counts.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.caseAt(0)->id, 3);
        QVERIFY(!model.caseAt(2));
    }

    void closedCasesShowTheirOutcome() {
        CaseQueueModel model;
        api::CaseList list;
        auto closed = summary(5, api::CaseState::closed, std::nullopt);
        closed.outcome = api::CaseOutcome::not_pertinent;
        list.cases.push_back(closed);
        model.setCases(throughCasesCodec(list), now);
        QCOMPARE(model.index(0, CaseQueueModel::StateColumn).data().toString(), QStringLiteral("Closed (Not pertinent)"));
        QVERIFY(!model.index(0, CaseQueueModel::TimeLeftColumn).data(Qt::ForegroundRole).isValid());
    }

    void cannedAnswersPutSuggestionsFirstWithoutRepeats() {
        CannedAnswerModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSuggestions({answer(1, "orari"), answer(2, "vaccini")});
        model.setSearchResults({answer(2, "vaccini"), answer(3, "richiamo")});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("★ #orari — Titolo orari"));
        QVERIFY(model.index(1).data(CannedAnswerModel::SuggestedRole).toBool());
        QCOMPARE(model.index(2).data().toString(), QStringLiteral("#richiamo — Titolo richiamo"));
        QVERIFY(!model.index(2).data(CannedAnswerModel::SuggestedRole).toBool());
        QCOMPARE(model.index(2).data(CannedAnswerModel::TextRole).toString(), QStringLiteral("Testo di richiamo"));
        model.setSuggestions({});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.answerAt(0)->node_id, 2);
        QVERIFY(!model.answerAt(5));
    }

    void outboundFailuresAreExplained() {
        QVERIFY(CaseLabels::failureExplanation(QStringLiteral("outside_window")).contains(u"outside the 24-hour window"));
        QVERIFY(CaseLabels::failureExplanation(QStringLiteral("131047")).contains(u"outside the 24-hour window"));
        QCOMPARE(CaseLabels::failureExplanation(QStringLiteral("Rate limit hit")),
                 QStringLiteral("Not delivered: Rate limit hit"));
        QCOMPARE(CaseLabels::deliveryStatus(QStringLiteral("read")), QStringLiteral("read"));
        QCOMPARE(CaseLabels::timeLeft(std::nullopt, now), QStringLiteral("closed"));
    }

    void theThreadShowsDirectionStatusAuthorAndFailures() {
        api::CaseDetail detail;
        detail.summary = summary(7, api::CaseState::waiting, now + hour);
        detail.timing.opened_at_ms = now - hour;
        detail.thread.push_back(api::ThreadItem{now - 2000, "in", "citizen", "text", "Buongiorno *aiuto*", "", "", "", {}});
        detail.thread.push_back(
            api::ThreadItem{now - 1000, "out", "operator_reply", "text", "Eccomi", "read", "", "Olga", 12});
        detail.thread.push_back(
            api::ThreadItem{now, "out", "operator_reply", "text", "Ancora", "failed", "131047", "Olga", 13});
        const QString html = CaseLabels::threadHtml(throughCasesCodec(detail));
        QVERIFY(html.contains(u"<b>aiuto</b>"));
        QVERIFY(html.contains(u"Olga"));
        QVERIFY(html.contains(u"read"));
        QVERIFY(html.contains(u"outside the 24-hour window"));
        QVERIFY(html.contains(u"align=\"left\"") && html.contains(u"align=\"right\""));
    }

    void theCacheKeepsQueuesAndConversationsInAFile() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QUrl relay(QStringLiteral("https://relay.asl.example:8443"));
        const QString file = CaseCache::fileFor(dir.path(), relay, QStringLiteral("op1"));
        // One file per relay and operator.
        QVERIFY(file != CaseCache::fileFor(dir.path(), relay, QStringLiteral("op2")));
        QVERIFY(file != CaseCache::fileFor(dir.path(), QUrl(QStringLiteral("https://relay.asl.example:9443")),
                                           QStringLiteral("op1")));
        QCOMPARE(file, CaseCache::fileFor(dir.path(), QUrl(QStringLiteral("https://RELAY.asl.example:8443/")),
                                          QStringLiteral("op1")));
        api::CaseList list;
        list.cases = {summary(1, api::CaseState::fresh, now + hour), summary(2, api::CaseState::claimed, now + 2 * hour)};
        list.counts = {{"new", 1}, {"claimed", 1}};
        api::CaseDetail detail;
        detail.summary = list.cases[0];
        detail.timing.opened_at_ms = now - hour;
        {
            CaseCache cache(file);
            QVERIFY(cache.isOpen());
            QVERIFY(!cache.queue(QStringLiteral("all")));
            QVERIFY(!cache.queueSavedAt(QStringLiteral("all")).isValid());
            cache.saveQueue(QStringLiteral("all"), list);
            cache.saveCase(detail);
            cache.saveCase(detail);   // unchanged: one row still
            QCOMPARE(cache.conversationCount(), 1);
        }
        // A new desk (a new process) reads what the last one saved.
        CaseCache again(file);
        const auto queue = again.queue(QStringLiteral("all"));
        QVERIFY(queue);
        QCOMPARE(*queue, list);
        QVERIFY(again.queueSavedAt(QStringLiteral("all")).isValid());
        QVERIFY(!again.queue(QStringLiteral("mine")));
        QCOMPARE(again.conversation(1), std::optional<api::CaseDetail>(detail));
        QVERIFY(!again.conversation(2));
        // Another operator's file holds nothing of this one's.
        CaseCache other(CaseCache::fileFor(dir.path(), relay, QStringLiteral("op2")));
        QVERIFY(!other.queue(QStringLiteral("all")));
    }

    void theCacheKeepsTheNewestConversationsOnly() {
        QTemporaryDir dir;
        CaseCache cache(dir.filePath(QStringLiteral("c.sqlite")));
        for (int id = 1; id <= CaseCache::maxConversations + 5; ++id) {
            api::CaseDetail d;
            d.summary = summary(id, api::CaseState::fresh, now + hour);
            d.timing.opened_at_ms = now;
            cache.saveCase(d);
        }
        QCOMPARE(cache.conversationCount(), CaseCache::maxConversations);
        QVERIFY(cache.conversation(CaseCache::maxConversations + 5));
    }

    void anUnreadableCacheIsAnEmptyOne() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));   // not a database
        f.close();
        CaseCache cache(path);
        QVERIFY(!cache.isOpen());
        cache.saveQueue(QStringLiteral("all"), {});
        QVERIFY(!cache.queue(QStringLiteral("all")));
    }

    void unreadNewsFollowsTheEvents() {
        const qint64 me = 7;
        UnreadCases unread(me);
        QSignalSpy counted(&unread, &UnreadCases::countChanged);
        const auto event = [](const char* type, const char* json) {
            return *UnreadCases::parse(QString::fromLatin1(type), QByteArray(json));
        };
        QVERIFY(!UnreadCases::parse(QStringLiteral("case_opened"), "{}"));
        // A new case: unread, and worth a notification.
        QVERIFY(unread.onEvent(event("case_opened", R"({"case_id":1,"state":"new","owner_id":null})"), 0));
        QCOMPARE(unread.count(), 1);
        // Opened in front of the operator: seen at once.
        QVERIFY(unread.onEvent(event("case_opened", R"({"case_id":2,"state":"new"})"), 2));
        QCOMPARE(unread.count(), 1);
        // A colleague claims case 1: no longer this operator's news.
        QVERIFY(!unread.onEvent(event("case_claimed", R"({"case_id":1,"state":"claimed","owner_id":9})"), 0));
        QCOMPARE(unread.count(), 0);
        // A citizen writes in the colleague's case: not counted; in an unassigned one, counted.
        unread.onEvent(event("case_message", R"({"case_id":1,"state":"claimed"})"), 0);
        QCOMPARE(unread.count(), 0);
        unread.onEvent(event("case_message", R"({"case_id":2,"state":"new"})"), 0);
        QVERIFY(unread.isUnread(2));
        // Transferred to me, then a message: counted; seen; closed.
        unread.onEvent(event("case_transferred", R"({"case_id":1,"state":"claimed","owner_id":7})"), 0);
        unread.onEvent(event("case_message", R"({"case_id":1,"state":"claimed"})"), 0);
        QCOMPARE(unread.count(), 2);
        unread.markSeen(1);
        QCOMPARE(unread.count(), 1);
        unread.onEvent(event("case_closed", R"({"case_id":2,"state":"closed","outcome":"spam"})"), 0);
        QCOMPARE(unread.count(), 0);
        QCOMPARE(counted.count(), 6);
        // The queue says who holds what.
        unread.onEvent(event("case_opened", R"({"case_id":3,"state":"new"})"), 0);
        api::CaseList list;
        list.cases = {summary(3, api::CaseState::claimed, now + hour)};
        list.cases[0].owner = api::CaseOperator{9, "op9", "Op Nove"};
        unread.noteOwners(list);
        QVERIFY(!unread.isUnread(3));
    }

    void reconnectionWaitsLongerUpToALimit() {
        using std::chrono::milliseconds;
        ReconnectBackoff backoff(milliseconds(1000), milliseconds(30000));
        QList<qint64> pauses;
        for (int i = 0; i < 7; ++i) pauses.append(backoff.next().count());
        QCOMPARE(pauses, QList<qint64>({1000, 2000, 4000, 8000, 16000, 30000, 30000}));
        backoff.reset();
        QCOMPARE(backoff.peek(), milliseconds(1000));
    }
};

QTEST_MAIN(CaseModelsTest)
#include "tst_case_models.moc"
