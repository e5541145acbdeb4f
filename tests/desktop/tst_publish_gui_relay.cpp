// Publishing and what citizens receive, through the real window and the real
// relay: the WhatsApp preview of a node, "Prova il bot", publishing (the
// version grows and the simulated citizen gets the new text within a
// second), the version history's diff and rollback, and the unanswered list
// turned into an alias (never a masked request).

#include "content_gui_support.hpp"
#include "editor/draft_controller.hpp"
#include "model/draft_tree_model.hpp"
#include "model/unanswered_model.hpp"
#include "model/version_list_model.hpp"
#include "ui/content/bot_test_panel.hpp"
#include "ui/content/bubble_view.hpp"
#include "ui/content/node_preview.hpp"
#include "ui/content/unanswered_panel.hpp"
#include "ui/content/version_history_dialog.hpp"
#include "ui/editor/node_editor.hpp"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <boost/json.hpp>

using namespace sportello;
using namespace sportello::desk;
using namespace sportello::testing;

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

bool inboxHas(RelayFixture& fixture, const std::string& waId, const std::string& text) {
    for (const auto& m : fixture.inbox(waId)) {
        const auto* body = m.as_object().if_contains("text");
        if (body && body->is_string() && std::string_view(body->as_string()).find(text) != std::string_view::npos)
            return true;
    }
    return false;
}

} // namespace

class PublishGuiRelayTest : public QObject {
    Q_OBJECT

    std::unique_ptr<RelayFixture> fixture_;
    std::unique_ptr<DeskUi> ui_;

    MainWindow& window() { return *ui_->window; }

    // Edits #tag's Italian answer through the editor and saves it.
    void saveAnswer(const QString& tag, const QString& text) {
        window().selectNode(idOf(window(), tag));
        auto* answer = window().findChild<QPlainTextEdit*>(QStringLiteral("answerItEditText"));
        answer->selectAll();
        QTest::keyClicks(answer, text);
        QTest::mouseClick(window().findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(idle(window()) && !window().editor()->hasUnsavedChanges() &&
                                     window().treeModel()->nodeById(idOf(window(), tag))->node.answerIt == text,
                                 networkTimeoutMs);
    }

    // Publishes through the Publish action, answering its dialogs; the new version.
    std::int64_t publish(const QString& note) {
        DialogScript dialogs;
        dialogs.texts = {note};
        QSignalSpy published(window().drafts(), &DraftController::published);
        window().findChild<QAction*>(QStringLiteral("publishAction"))->trigger();
        if (dialogs.count(Dialogs::Request::Kind::Confirm) != 1) return 0;
        if (!QTest::qWaitFor([&] { return published.count() == 1 && idle(window()); }, networkTimeoutMs)) return 0;
        return published[0][0].toLongLong();
    }

private Q_SLOTS:
    void initTestCase() {
        fixture_ = std::make_unique<RelayFixture>();
        QCOMPARE(fixture_->create_user("editor1", "password-lunga-123", "editor"), 0);
    }
    void init() {
        ui_ = openDesk(*fixture_, "editor1", "password-lunga-123");
        QVERIFY(ui_);
        QVERIFY(QTest::qWaitForWindowExposed(&window()));
    }
    void cleanup() {
        if (QTest::currentTestFailed()) qWarning().noquote() << q(fixture_->logs());
        if (ui_) QVERIFY(discardDraft(*fixture_, ui_->token));
        ui_.reset();
    }
    void cleanupTestCase() { fixture_.reset(); }

    void previewShowsWhatTheCitizenReceives() {
        const auto draft = *relayDraft(*fixture_, ui_->token);
        const std::string answer = nodeTagged(draft, "tamponi")->node.answer_it;
        window().selectNode(idOf(window(), QStringLiteral("tamponi")));
        BubbleView* view = window().findChild<BubbleView*>(QStringLiteral("previewView"));
        QTRY_VERIFY_WITH_TIMEOUT(!view->messages().isEmpty() && !window().preview()->isLoading(), networkTimeoutMs);
        const QString shown = view->toPlainText();
        const QString firstLine = q(answer).section(u'\n', 0, 0).remove(u'*').remove(u'_');
        QVERIFY2(shown.contains(firstLine), qPrintable(shown));
        for (const char* child : {"Dove fare il tampone", "Test rapido in farmacia", "Esito del tampone"})
            QVERIFY2(shown.contains(QLatin1String(child)), qPrintable(shown));   // the menu of its children
        QVERIFY(!shown.contains(u'<'));   // formatting became HTML, not text

        // A saved change shows in the preview at once (the draft, not the published tree).
        saveAnswer(QStringLiteral("tamponi"), QStringLiteral("Nuovo testo *in prova*"));
        QTRY_VERIFY_WITH_TIMEOUT(view->toPlainText().contains(QStringLiteral("Nuovo testo in prova")), networkTimeoutMs);
        QVERIFY(view->toHtml().contains(QStringLiteral("font-weight:700")) ||
                view->toHtml().contains(QStringLiteral("font-weight:600")));
    }

    void tryTheBotShowsTheRule() {
        BotTestPanel* panel = window().botPanel();
        auto* input = panel->findChild<QLineEdit*>(QStringLiteral("botInput"));
        auto* rule = panel->findChild<QLabel*>(QStringLiteral("botRuleLabel"));
        auto* nodes = panel->findChild<QLabel*>(QStringLiteral("botNodesLabel"));
        auto* view = panel->findChild<BubbleView*>(QStringLiteral("botView"));

        QTest::keyClicks(input, QStringLiteral("#centrivacinali"));
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("botSendButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(rule->text().startsWith(QStringLiteral("Rule: Typo corrected")), networkTimeoutMs);
        QCOMPARE(nodes->text(), QStringLiteral("Answered: #centrivaccinali"));
        QVERIFY(!view->messages().isEmpty());

        input->clear();
        QTest::keyClicks(input, QStringLiteral("ciao"));
        QTest::keyClick(input, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(rule->text().startsWith(QStringLiteral("Rule: Greeting")), networkTimeoutMs);
        QVERIFY(nodes->text().contains(QStringLiteral("#menu")));

        // The published tree does not know a tag that exists only in the draft.
        saveAnswer(QStringLiteral("tamponi"), QStringLiteral("Solo in bozza"));
        panel->setSource(ContentSource::Published);
        input->clear();
        QTest::keyClicks(input, QStringLiteral("#tamponi"));
        QTest::keyClick(input, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(rule->text().startsWith(QStringLiteral("Rule: Hashtag")) &&
                                     panel->findChild<QLabel*>(QStringLiteral("botStatus"))->text().contains(QStringLiteral("published")),
                                 networkTimeoutMs);
        QVERIFY(!view->toPlainText().contains(QStringLiteral("Solo in bozza")));
        panel->setSource(ContentSource::Draft);
        QTest::keyClick(input, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(view->toPlainText().contains(QStringLiteral("Solo in bozza")), networkTimeoutMs);
    }

    void publishReachesTheCitizenWithinASecond() {
        const std::int64_t before = relayTree(*fixture_, ui_->token)->version;
        const QString text = QStringLiteral("Tamponi: nuovi orari dal %1").arg(QDateTime::currentMSecsSinceEpoch());
        saveAnswer(QStringLiteral("tamponi"), text);
        const std::int64_t version = publish(QStringLiteral("Nuovi orari dei tamponi"));
        QCOMPARE(version, before + 1);
        QCOMPARE(relayTree(*fixture_, ui_->token)->version, before + 1);
        QVERIFY(!window().drafts()->isDirty());
        QVERIFY(window().findChild<QLabel*>(QStringLiteral("draftStateLabel"))->text().contains(QString::number(version)));

        const std::string citizen = "393401234567";
        QElapsedTimer clock;
        clock.start();
        fixture_->citizen_says(citizen, "#tamponi");
        const bool arrived = wait_for([&] { return inboxHas(*fixture_, citizen, text.toStdString()); },
                                      std::chrono::seconds(10));
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(arrived, "the citizen never received the published text");
        QVERIFY2(elapsed < 1000, qPrintable(QStringLiteral("the reply took %1 ms").arg(elapsed)));
    }

    void discardThrowsAwayTheDraft() {
        const auto before = *relayDraft(*fixture_, ui_->token);
        saveAnswer(QStringLiteral("sintomi"), QStringLiteral("Da buttare"));
        QVERIFY(window().drafts()->isDirty());
        QVERIFY(window().isWindowModified());
        QAction* discard = window().findChild<QAction*>(QStringLiteral("discardAction"));
        QVERIFY(discard->isEnabled());

        DialogScript dialogs;
        dialogs.confirm = false;
        discard->trigger();
        QTest::qWait(200);
        QVERIFY(relayDraft(*fixture_, ui_->token)->dirty);

        dialogs.confirm = true;
        discard->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(idle(window()) && !window().drafts()->isDirty(), networkTimeoutMs);
        QCOMPARE(dialogs.count(Dialogs::Request::Kind::Confirm), 2);
        QVERIFY(!relayDraft(*fixture_, ui_->token)->dirty);
        QCOMPARE(q(nodeTagged(*relayDraft(*fixture_, ui_->token), "sintomi")->node.answer_it),
                 q(nodeTagged(before, "sintomi")->node.answer_it));
        QCOMPARE(window().treeModel()->nodeById(idOf(window(), QStringLiteral("sintomi")))->node.answerIt,
                 q(nodeTagged(before, "sintomi")->node.answer_it));
        QVERIFY(window().findChild<QLabel*>(QStringLiteral("draftStateLabel"))->text().startsWith(QStringLiteral("Draft equal")));
        QVERIFY(!window().isWindowModified());
        QVERIFY(!discard->isEnabled());
        QVERIFY(!window().drafts()->undoStack()->canUndo());
    }

    void historyShowsTheDiffAndRollsBack() {
        const auto original = nodeTagged(*relayDraft(*fixture_, ui_->token), "tamponi")->node.answer_it;
        saveAnswer(QStringLiteral("tamponi"), QStringLiteral("Testo da annullare"));
        const std::int64_t published = publish(QStringLiteral("Prova della cronologia"));
        QVERIFY(published > 0);

        window().findChild<QAction*>(QStringLiteral("historyAction"))->trigger();
        VersionHistoryDialog* history = window().historyDialog();
        QVERIFY(history);
        QTRY_VERIFY_WITH_TIMEOUT(history->versions()->rowCount() >= 2 &&
                                     history->versions()->version(0)->version == published,
                                 networkTimeoutMs);
        history->selectVersion(published);
        history->setCompare(VersionHistoryDialog::WithPrevious);
        QTRY_VERIFY_WITH_TIMEOUT(history->diffLines().join(u'\n').contains(
                                     QStringLiteral("#tamponi: Italian answer changed from")),
                                 networkTimeoutMs);
        QVERIFY(history->diffLines().join(u'\n').contains(QStringLiteral("to “Testo da annullare”")));

        // Roll back to the version before: published again as a new version.
        DialogScript dialogs;
        dialogs.texts = {QStringLiteral("Ritorno al testo precedente")};
        history->selectVersion(published - 1);
        QTest::mouseClick(history->findChild<QPushButton*>(QStringLiteral("rollbackButton")), Qt::LeftButton);
        QCOMPARE(dialogs.count(Dialogs::Request::Kind::Confirm), 1);
        QTRY_VERIFY_WITH_TIMEOUT(relayTree(*fixture_, ui_->token)->version == published + 1, networkTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(idle(window()), networkTimeoutMs);
        const auto tree = relayTree(*fixture_, ui_->token);
        for (const auto& n : tree->nodes)
            if (n.tag == "tamponi") QCOMPARE(q(n.answer_it), q(original));
        QCOMPARE(window().treeModel()->nodeById(idOf(window(), QStringLiteral("tamponi")))->node.answerIt, q(original));
        QTRY_VERIFY_WITH_TIMEOUT(history->versions()->rowCount() > 0 &&
                                     history->versions()->version(0)->version == published + 1,
                                 networkTimeoutMs);
        history->setCompare(VersionHistoryDialog::DraftWithNewest);
        QTRY_COMPARE_WITH_TIMEOUT(history->diffLines(), QStringList{QStringLiteral("No differences.")}, networkTimeoutMs);
    }

    void unansweredRequestBecomesAnAlias() {
        fixture_->citizen_says("393409876543", "#mascherine");
        QVERIFY(wait_for([&] { return !fixture_->inbox("393409876543").empty(); }));

        UnansweredPanel* panel = window().unansweredPanel();
        panel->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isLoading() && panel->model()->rowCount() > 0, networkTimeoutMs);
        int row = -1;
        for (int r = 0; r < panel->model()->rowCount(); ++r)
            if (panel->model()->item(r)->key == u"mascherine") row = r;
        QVERIFY(row >= 0);
        QCOMPARE(panel->model()->index(row, UnansweredModel::KindColumn).data().toString(), QStringLiteral("unknown hashtag"));
        QVERIFY(panel->model()->index(row, UnansweredModel::CountColumn).data(UnansweredModel::SortRole).toLongLong() >= 1);

        QTableView* table = panel->table();
        const auto* sorted = table->model();
        for (int r = 0; r < sorted->rowCount(); ++r)
            if (sorted->index(r, 0).data(UnansweredModel::KeyRole).toString() == u"mascherine")
                table->selectionModel()->setCurrentIndex(sorted->index(r, 0), QItemSelectionModel::ClearAndSelect |
                                                                                   QItemSelectionModel::Rows);
        DialogScript dialogs;
        const qint64 certificati = idOf(window(), QStringLiteral("certificati"));
        dialogs.choice = static_cast<int>(window().treeModel()->allIdsInOrder().indexOf(certificati));
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("addAliasButton")), Qt::LeftButton);
        QCOMPARE(dialogs.count(Dialogs::Request::Kind::Choice), 1);
        QVERIFY(dialogs.asked[0].text.contains(QStringLiteral("#mascherine")));
        QTRY_VERIFY_WITH_TIMEOUT(window().treeModel()->nodeById(certificati)->node.aliases.contains(QStringLiteral("mascherine")),
                                 networkTimeoutMs);
        const auto draft = relayDraft(*fixture_, ui_->token);
        const api::DraftNode* relayNode = nodeTagged(*draft, "certificati");
        QVERIFY(std::count(relayNode->node.aliases.begin(), relayNode->node.aliases.end(), "mascherine") == 1);
    }

    // A number typed as a hashtag arrives masked and cannot become an alias;
    // a phrase one citizen wrote is only counted, in the total line.
    void maskedAndRarePhrasesStayOutOfTheAliases() {
        const auto stored_before = fixture_->db_int("SELECT count(*) FROM inbound_messages");
        fixture_->citizen_says("393409876544", "#3401234567");
        fixture_->citizen_says("393409876544", "Ludovica Bertolazzi");   // joins the case the first opened
        QVERIFY(wait_for([&] { return fixture_->db_int("SELECT count(*) FROM inbound_messages") >= stored_before + 2; }));

        UnansweredPanel* panel = window().unansweredPanel();
        panel->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isLoading() && panel->model()->rowCount() > 0, networkTimeoutMs);
        QTableView* table = panel->table();
        const auto* sorted = table->model();
        int masked = -1;
        for (int r = 0; r < sorted->rowCount(); ++r) {
            const QString key = sorted->index(r, 0).data(UnansweredModel::KeyRole).toString();
            QVERIFY2(!key.contains(u"3401234567") && !key.contains(u"ludovica"), qPrintable(key));
            if (key == u"[numero]") masked = r;
        }
        QVERIFY(masked >= 0);
        auto* addAlias = panel->findChild<QPushButton*>(QStringLiteral("addAliasButton"));
        table->selectionModel()->setCurrentIndex(sorted->index(masked, 0),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(!addAlias->isEnabled());
        QVERIFY(addAlias->toolTip().contains(u"masked"));
        const QString total = panel->findChild<QLabel*>(QStringLiteral("unansweredTotalLabel"))->text();
        QVERIFY2(total.contains(u"fewer than 3 citizens"), qPrintable(total));
    }
};

QTEST_MAIN(PublishGuiRelayTest)
#include "tst_publish_gui_relay.moc"
