// The content editor's real window against the real relay: editing and
// saving an answer, adding and renaming, moving by drag and drop, deleting
// with confirmation and undo, validation errors on the offending node, the
// 409 path, and what a read-only role sees. Every test starts from a clean
// draft; the relay's own view is read with the fixture's client.

#include "content_gui_support.hpp"
#include "editor/draft_controller.hpp"
#include "model/draft_tree_model.hpp"
#include "model/issue_list_model.hpp"
#include "ui/editor/node_editor.hpp"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace sportello;
using namespace sportello::desk;
using namespace sportello::testing;

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

// Selects a node the way an operator does: a click on its row.
bool clickNode(MainWindow& w, const QString& tag) {
    const QModelIndex index = w.treeModel()->indexOfNode(idOf(w, tag));
    if (!index.isValid()) return false;
    w.treeView()->scrollTo(index);
    QTest::mouseClick(w.treeView()->viewport(), Qt::LeftButton, {}, w.treeView()->visualRect(index).center());
    return w.selectedNodeId() == idOf(w, tag);
}

QAction* actionNamed(MainWindow& w, const char* name) { return w.findChild<QAction*>(QLatin1String(name)); }

QPlainTextEdit* italianAnswer(MainWindow& w) { return w.findChild<QPlainTextEdit*>(QStringLiteral("answerItEditText")); }

} // namespace

class EditorGuiRelayTest : public QObject {
    Q_OBJECT

    std::unique_ptr<RelayFixture> fixture_;
    std::unique_ptr<DeskUi> ui_;

    MainWindow& window() { return *ui_->window; }
    std::optional<api::Draft> draft() { return relayDraft(*fixture_, ui_->token); }
    // The relay's node for tag, re-read on every call (null when absent).
    std::optional<api::DraftNode> relayNode(const std::string& tag) {
        const auto d = draft();
        const api::DraftNode* n = d ? nodeTagged(*d, tag) : nullptr;
        return n ? std::optional<api::DraftNode>(*n) : std::nullopt;
    }

private Q_SLOTS:
    void initTestCase() {
        fixture_ = std::make_unique<RelayFixture>();
        QCOMPARE(fixture_->create_user("editor1", "password-lunga-123", "editor"), 0);
        QCOMPARE(fixture_->create_user("lettore", "password-lunga-123", "viewer"), 0);
    }
    void init() {
        ui_ = openDesk(*fixture_, "editor1", "password-lunga-123");
        QVERIFY(ui_);
        QVERIFY(QTest::qWaitForWindowExposed(&window()));
        window().activateWindow();
    }
    void cleanup() {
        if (QTest::currentTestFailed()) qWarning().noquote() << q(fixture_->logs());
        if (ui_) QVERIFY(discardDraft(*fixture_, ui_->token));
        ui_.reset();
    }
    void cleanupTestCase() { fixture_.reset(); }

    void editAnswerWithFormattingAndSave() {
        QVERIFY(clickNode(window(), QStringLiteral("tamponi")));
        QPlainTextEdit* answer = italianAnswer(window());
        answer->setFocus();
        QTRY_VERIFY(answer->hasFocus());
        answer->selectAll();
        QTest::keyClicks(answer, QStringLiteral("Tamponi gratuiti in farmacia"));
        QTextCursor cursor = answer->textCursor();
        cursor.setPosition(8);
        cursor.setPosition(16, QTextCursor::KeepAnchor);
        answer->setTextCursor(cursor);
        QTest::keyClick(answer, Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(answer->toPlainText(), QStringLiteral("Tamponi *gratuiti* in farmacia"));
        QVERIFY(window().editor()->hasUnsavedChanges());

        QTest::mouseClick(window().findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(relayNode("tamponi") && relayNode("tamponi")->node.answer_it == "Tamponi *gratuiti* in farmacia",
                                 networkTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(idle(window()), networkTimeoutMs);
        QVERIFY(!window().editor()->hasUnsavedChanges());
        QCOMPARE(window().treeModel()->nodeById(idOf(window(), QStringLiteral("tamponi")))->node.answerIt,
                 QStringLiteral("Tamponi *gratuiti* in farmacia"));
        QVERIFY(draft()->dirty);
        QVERIFY(window().findChild<QLabel*>(QStringLiteral("draftStateLabel"))->text().contains(QStringLiteral("unpublished")));
        QVERIFY(actionNamed(window(), "undoAction")->isEnabled());
        QVERIFY(actionNamed(window(), "undoAction")->text().contains(QStringLiteral("#tamponi")));

        // Undo puts the old answer back on the relay.
        const QString before = window().drafts()->undoStack()->undoText();
        actionNamed(window(), "undoAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(relayNode("tamponi") && relayNode("tamponi")->node.answer_it != "Tamponi *gratuiti* in farmacia",
                                 networkTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(idle(window()), networkTimeoutMs);
        QCOMPARE(window().drafts()->undoStack()->redoText(), before);
        QVERIFY(!draft()->dirty);
    }

    void addAChildRenameItThenUndo() {
        QVERIFY(clickNode(window(), QStringLiteral("tamponi")));
        DialogScript dialogs;
        dialogs.texts = {QStringLiteral("#Tampone Molecolare")};
        actionNamed(window(), "addChildAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(relayNode("tamponemolecolare").has_value(), networkTimeoutMs);
        const auto made = *relayNode("tamponemolecolare");
        QCOMPARE(*made.node.parent_id, relayNode("tamponi")->node.id);
        QTRY_COMPARE_WITH_TIMEOUT(window().selectedNodeId(), made.node.id, networkTimeoutMs);   // ready to be filled in
        QTRY_VERIFY_WITH_TIMEOUT(idle(window()), networkTimeoutMs);
        // A new topic has no title and no answer yet: shown as errors on it.
        QCOMPARE(window().treeModel()->indexOfNode(made.node.id).data(DraftTreeModel::IssueLevelRole).toInt(),
                 int(DraftTreeModel::ErrorIssue));

        // Rename in place (F2 in the tree): the title column.
        const QModelIndex title = window().treeModel()->indexOfNode(made.node.id, DraftTreeModel::TitleColumn);
        QVERIFY(window().treeModel()->setData(title, QStringLiteral("PCR")));
        QTRY_VERIFY_WITH_TIMEOUT(relayNode("tamponemolecolare") && relayNode("tamponemolecolare")->node.title == "PCR",
                                 networkTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(idle(window()), networkTimeoutMs);
        QCOMPARE(window().treeModel()->indexOfNode(made.node.id, DraftTreeModel::TitleColumn).data().toString(),
                 QStringLiteral("PCR"));

        actionNamed(window(), "undoAction")->trigger();   // the rename
        QTRY_VERIFY_WITH_TIMEOUT(idle(window()) && relayNode("tamponemolecolare")->node.title.empty(), networkTimeoutMs);
        actionNamed(window(), "undoAction")->trigger();   // the creation
        QTRY_VERIFY_WITH_TIMEOUT(!relayNode("tamponemolecolare").has_value(), networkTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(idle(window()), networkTimeoutMs);
        QCOMPARE(idOf(window(), QStringLiteral("tamponemolecolare")), 0);
    }

    void dragToAnotherParentAndReorder() {
        DraftTreeModel& model = *window().treeModel();
        const qint64 tamponi = idOf(window(), QStringLiteral("tamponi"));
        const qint64 vaccinazione = idOf(window(), QStringLiteral("vaccinazione"));
        const auto original = *relayNode("tamponi");
        const QPersistentModelIndex dragged = model.indexOfNode(tamponi);

        std::unique_ptr<QMimeData> data(model.mimeData({model.indexOfNode(tamponi)}));
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, -1, 0, model.indexOfNode(vaccinazione)));
        QTRY_VERIFY_WITH_TIMEOUT(relayNode("tamponi") && relayNode("tamponi")->node.parent_id == vaccinazione,
                                 networkTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(idle(window()), networkTimeoutMs);
        QCOMPARE(model.parent(dragged), model.indexOfNode(vaccinazione));   // the view's index followed the node
        QCOMPARE(dragged.row(), model.rowCount(model.indexOfNode(vaccinazione)) - 1);   // dropped on it: last child

        // Undo: back where it was, at the same place among its siblings.
        actionNamed(window(), "undoAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(relayNode("tamponi") && relayNode("tamponi")->node.parent_id == original.node.parent_id,
                                 networkTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(idle(window()), networkTimeoutMs);
        QCOMPARE(relayNode("tamponi")->node.position, original.node.position);

        // Reorder: the last of the main menu dropped before the first.
        const qint64 root = *original.node.parent_id;
        const QList<qint64> before = model.childIdsOf(root);
        data.reset(model.mimeData({model.indexOfNode(before.last())}));
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, 0, 0, model.indexOfNode(root)));
        QTRY_VERIFY_WITH_TIMEOUT(idle(window()) && model.childIdsOf(root).value(0) == before.last(), networkTimeoutMs);
        const auto d = draft();
        for (const auto& n : d->nodes)
            if (n.node.id == before.last()) QCOMPARE(n.node.position, 0);
        QCOMPARE(model.childIdsOf(root).mid(1), before.mid(0, before.size() - 1));
    }

    void deleteAsksFirstAndUndoRestoresTheIds() {
        const auto original = *draft();
        const qint64 vaccinazione = idOf(window(), QStringLiteral("vaccinazione"));
        const QList<qint64> subtree = window().treeModel()->subtreeOf(vaccinazione);
        QVERIFY(subtree.size() > 2);
        QVERIFY(clickNode(window(), QStringLiteral("vaccinazione")));

        DialogScript dialogs;
        dialogs.confirm = false;   // the operator changes their mind
        actionNamed(window(), "deleteAction")->trigger();
        QCOMPARE(dialogs.count(Dialogs::Request::Kind::Confirm), 1);
        QVERIFY(dialogs.asked[0].text.contains(QStringLiteral("#vaccinazione")));
        QVERIFY(dialogs.asked[0].text.contains(QStringLiteral("sub-topic")));
        QTest::qWait(200);
        QVERIFY(relayNode("vaccinazione").has_value());

        dialogs.confirm = true;
        actionNamed(window(), "deleteAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!relayNode("vaccinazione").has_value(), networkTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(idle(window()), networkTimeoutMs);
        for (qint64 id : subtree) QVERIFY(!window().treeModel()->nodeById(id));
        QCOMPARE(draft()->nodes.size(), original.nodes.size() - std::size_t(subtree.size()));

        actionNamed(window(), "undoAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(draft() && draft()->nodes.size() == original.nodes.size(), networkTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(idle(window()), networkTimeoutMs);
        const auto restored = *draft();
        for (const auto& before : original.nodes) {
            const auto it = std::find_if(restored.nodes.begin(), restored.nodes.end(),
                                         [&](const api::DraftNode& n) { return n.node.id == before.node.id; });
            QVERIFY2(it != restored.nodes.end(), before.node.tag.c_str());
            QCOMPARE(it->node, before.node);   // same id, parent, position and content
        }
        QVERIFY(!restored.dirty);
        for (qint64 id : subtree) QVERIFY(window().treeModel()->nodeById(id));
    }

    void validationErrorIsShownOnTheNodeAndPublishingIsRefused() {
        const std::int64_t versionBefore = relayTree(*fixture_, ui_->token)->version;
        QVERIFY(clickNode(window(), QStringLiteral("sintomi")));
        const qint64 sintomi = window().selectedNodeId();
        QPlainTextEdit* answer = italianAnswer(window());
        answer->selectAll();
        QTest::keyClick(answer, Qt::Key_Delete);
        QVERIFY(answer->toPlainText().isEmpty());
        window().editor()->save();
        QTRY_VERIFY_WITH_TIMEOUT(relayNode("sintomi") && relayNode("sintomi")->node.answer_it.empty(), networkTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(idle(window()), networkTimeoutMs);

        const QModelIndex node = window().treeModel()->indexOfNode(sintomi);
        QCOMPARE(node.data(DraftTreeModel::IssueLevelRole).toInt(), int(DraftTreeModel::ErrorIssue));
        QVERIFY(node.data(Qt::ToolTipRole).toString().contains(QStringLiteral("The Italian answer is empty.")));
        QVERIFY(node.data(Qt::DecorationRole).isValid());
        const QModelIndex firstIssue = window().issueModel()->index(0);
        QCOMPARE(firstIssue.data(IssueListModel::NodeIdRole).toLongLong(), sintomi);
        QVERIFY(firstIssue.data().toString().startsWith(QStringLiteral("#sintomi: Error:")));

        QVERIFY(clickNode(window(), QStringLiteral("tamponi")));   // elsewhere
        DialogScript dialogs;
        dialogs.texts = {QStringLiteral("Prova con un errore")};
        actionNamed(window(), "publishAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window().messageText().startsWith(QStringLiteral("Not published:")), networkTimeoutMs);
        QVERIFY2(window().messageText().contains(QStringLiteral("answer")), qPrintable(window().messageText()));
        QCOMPARE(window().selectedNodeId(), sintomi);   // the first offending node
        QCOMPARE(relayTree(*fixture_, ui_->token)->version, versionBefore);
    }

    void conflictReloadsAndNeverOverwrites() {
        QVERIFY(clickNode(window(), QStringLiteral("certificati")));
        QPlainTextEdit* answer = italianAnswer(window());
        answer->selectAll();
        QTest::keyClicks(answer, QStringLiteral("La mia versione"));

        // A colleague saves the same node meanwhile, through the API.
        const auto theirs = *relayNode("certificati");
        api::NodeEdit edit{theirs.revision, theirs.node};
        edit.fields.answer_it = "La versione del collega";
        const auto put = fixture_->relay("PUT", "/ops/v1/draft/nodes/" + std::to_string(theirs.node.id), api::encode(edit),
                                         {{"authorization", "Bearer " + ui_->token}});
        QVERIFY(put.ok());
        QCOMPARE(put.response->status, 200);

        QTest::mouseClick(window().findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window().messageText().contains(QStringLiteral("Someone else changed")), networkTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(idle(window()), networkTimeoutMs);
        QCOMPARE(relayNode("certificati")->node.answer_it, std::string("La versione del collega"));
        QCOMPARE(answer->toPlainText(), QStringLiteral("La versione del collega"));   // the form shows theirs
        QCOMPARE(window().treeModel()->nodeById(theirs.node.id)->node.answerIt, QStringLiteral("La versione del collega"));
        QVERIFY(!window().drafts()->undoStack()->canUndo());
    }

    void readOnlyRoleCannotEdit() {
        auto viewer = openDesk(*fixture_, "lettore", "password-lunga-123");
        QVERIFY(viewer);
        MainWindow& w = *viewer->window;
        for (const char* name : {"addChildAction", "addSiblingAction", "renameAction", "deleteAction", "undoAction",
                                 "publishAction", "discardAction"})
            QVERIFY2(!actionNamed(w, name)->isVisible(), name);
        QVERIFY(actionNamed(w, "historyAction")->isVisible());
        QVERIFY(!w.treeModel()->isEditable());
        const QModelIndex tamponi = w.treeModel()->indexOfNode(idOf(w, QStringLiteral("tamponi")));
        QVERIFY(!(w.treeModel()->flags(tamponi) & (Qt::ItemIsDragEnabled | Qt::ItemIsEditable)));
        QVERIFY(clickNode(w, QStringLiteral("tamponi")));
        QVERIFY(w.findChild<QLineEdit*>(QStringLiteral("tagEdit"))->isReadOnly());
        QVERIFY(italianAnswer(w)->isReadOnly());
        QVERIFY(!w.findChild<QPushButton*>(QStringLiteral("saveButton"))->isVisible());
    }

    // A relay installed without a seed tree: its first content comes from the
    // desk. The empty tree offers only "new root topic"; then topics go under it.
    void anEmptyTreeGetsItsRootFromTheDesk() {
        RelayFixture empty({.seed_tree = false});
        QCOMPARE(empty.create_user("editor1", "password-lunga-123", "editor"), 0);
        auto desk = openDesk(empty, "editor1", "password-lunga-123");
        QVERIFY(desk);
        MainWindow& w = *desk->window;
        QCOMPARE(w.treeModel()->rowCount(), 0);
        QAction* add = actionNamed(w, "addChildAction");
        QTRY_VERIFY_WITH_TIMEOUT(add->isEnabled(), networkTimeoutMs);
        QCOMPARE(add->text(), QStringLiteral("New &root topic…"));
        DialogScript dialogs;
        dialogs.texts = {QStringLiteral("#Menu"), QStringLiteral("#Tamponi")};
        add->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(relayDraft(empty, desk->token) && nodeTagged(*relayDraft(empty, desk->token), "menu"),
                                 networkTimeoutMs);
        const auto root = *nodeTagged(*relayDraft(empty, desk->token), "menu");
        QVERIFY(!root.node.parent_id.has_value());
        QTRY_VERIFY_WITH_TIMEOUT(idle(w) && w.selectedNodeId() == root.node.id, networkTimeoutMs);
        QCOMPARE(add->text(), QStringLiteral("New &sub-topic…"));
        add->trigger();   // the next topic goes under the root
        QTRY_VERIFY_WITH_TIMEOUT(nodeTagged(*relayDraft(empty, desk->token), "tamponi"), networkTimeoutMs);
        QCOMPARE(*nodeTagged(*relayDraft(empty, desk->token), "tamponi")->node.parent_id, root.node.id);
        QCOMPARE(dialogs.count(Dialogs::Request::Kind::Text), 2);
        desk.reset();
    }
};

QTEST_MAIN(EditorGuiRelayTest)
#include "tst_editor_gui_relay.moc"
