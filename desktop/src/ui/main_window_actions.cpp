// MainWindow's actions: the menus and toolbar, what each action does, and
// when each is available (permissions, selection, a write in progress).

#include "ui/main_window.hpp"

#include "editor/draft_controller.hpp"
#include "model/draft_tree_model.hpp"
#include "sportello/api/content.hpp"
#include "ui/content/version_history_dialog.hpp"
#include "ui/dialogs.hpp"
#include "ui/editor/node_editor.hpp"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

namespace sportello::desk {

// The desk's parent key of the root is the wire's "no parent".
static_assert(TreeLayout::topLevel == api::no_parent);

QAction* MainWindow::action(const char* objectName, const QString& text, const QString& tip) {
    auto* a = new QAction(text, this);
    a->setObjectName(QLatin1String(objectName));
    a->setToolTip(tip);
    a->setStatusTip(tip);
    return a;
}

void MainWindow::buildActions() {
    reloadAction_ = action("reloadAction", tr("&Reload"), tr("Fetch the draft from the server again"));
    reloadAction_->setShortcut(QKeySequence::Refresh);
    connect(reloadAction_, &QAction::triggered, this, &MainWindow::reload);
    addChildAction_ = action("addChildAction", tr("New &sub-topic…"), tr("Add a hashtag under the selected one"));
    addChildAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(addChildAction_, &QAction::triggered, this, &MainWindow::addChild);
    addSiblingAction_ = action("addSiblingAction", tr("New topic &beside…"), tr("Add a hashtag after the selected one"));
    addSiblingAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(addSiblingAction_, &QAction::triggered, this, &MainWindow::addSibling);
    renameAction_ = action("renameAction", tr("Re&name"), tr("Rename the selected hashtag in the tree"));
    renameAction_->setShortcut(QKeySequence(Qt::Key_F2));
    connect(renameAction_, &QAction::triggered, this, &MainWindow::renameSelected);
    deleteAction_ = action("deleteAction", tr("&Delete…"), tr("Delete the selected hashtag and its sub-topics"));
    deleteAction_->setShortcut(QKeySequence::Delete);
    deleteAction_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    treeView_->addAction(deleteAction_);
    connect(deleteAction_, &QAction::triggered, this, &MainWindow::deleteSelected);
    undoAction_ = action("undoAction", tr("&Undo"), tr("Undo the last change to the draft"));
    undoAction_->setShortcut(QKeySequence::Undo);
    undoAction_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    treeView_->addAction(undoAction_);
    connect(undoAction_, &QAction::triggered, drafts_->undoStack(), &QUndoStack::undo);
    redoAction_ = action("redoAction", tr("Re&do"), tr("Redo the last undone change"));
    redoAction_->setShortcut(QKeySequence::Redo);
    redoAction_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    treeView_->addAction(redoAction_);
    connect(redoAction_, &QAction::triggered, drafts_->undoStack(), &QUndoStack::redo);
    publishAction_ = action("publishAction", tr("&Publish…"), tr("Publish the draft: citizens receive it at once"));
    connect(publishAction_, &QAction::triggered, this, &MainWindow::publishDraft);
    discardAction_ = action("discardAction", tr("Di&scard draft…"), tr("Throw away all unpublished changes"));
    connect(discardAction_, &QAction::triggered, this, &MainWindow::discardDraft);
    historyAction_ = action("historyAction", tr("Version &history…"), tr("Published versions, their changes, rollback"));
    connect(historyAction_, &QAction::triggered, this, &MainWindow::showHistory);
    auto* quitAction = action("quitAction", tr("&Quit"), tr("Close the application"));
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    for (QAction* a : {addChildAction_, addSiblingAction_, renameAction_, deleteAction_, undoAction_, redoAction_,
                       discardAction_})
        a->setVisible(canEdit_);
    publishAction_->setVisible(canPublish_);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(reloadAction_);
    file->addSeparator();
    file->addAction(quitAction);
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    for (QAction* a : {undoAction_, redoAction_}) edit->addAction(a);
    edit->addSeparator();
    for (QAction* a : {addChildAction_, addSiblingAction_, renameAction_, deleteAction_}) edit->addAction(a);
    QMenu* draft = menuBar()->addMenu(tr("&Draft"));
    for (QAction* a : {publishAction_, discardAction_, historyAction_}) draft->addAction(a);
    buildCasesMenu();
    buildAccountMenu();

    QToolBar* bar = addToolBar(tr("Main toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    for (QAction* a : {reloadAction_, addChildAction_, addSiblingAction_, deleteAction_, undoAction_, redoAction_})
        bar->addAction(a);
    bar->addSeparator();
    for (QAction* a : {publishAction_, historyAction_}) bar->addAction(a);
}

void MainWindow::updateActions() {
    const bool idle = drafts_->isLoaded() && !drafts_->isBusy();
    const qint64 selected = selectedNodeId();
    const std::optional<qint64> parent = selected ? drafts_->model()->parentIdOf(selected) : std::nullopt;
    const bool isRoot = parent && *parent == TreeLayout::topLevel;
    QUndoStack* undo = drafts_->undoStack();

    reloadAction_->setEnabled(!drafts_->isBusy());
    // An empty tree (a first installation): the same action creates the root.
    const bool empty = drafts_->model()->childIdsOf(TreeLayout::topLevel).empty();
    addChildAction_->setEnabled(canEdit_ && idle && (selected != 0 || empty));
    addChildAction_->setText(empty ? tr("New &root topic…") : tr("New &sub-topic…"));
    addSiblingAction_->setEnabled(canEdit_ && idle && selected != 0 && !isRoot);
    renameAction_->setEnabled(canEdit_ && idle && selected != 0);
    deleteAction_->setEnabled(canEdit_ && idle && selected != 0 && !isRoot);
    undoAction_->setEnabled(canEdit_ && idle && undo->canUndo());
    redoAction_->setEnabled(canEdit_ && idle && undo->canRedo());
    undoAction_->setText(undo->canUndo() ? tr("&Undo %1").arg(undo->undoText()) : tr("&Undo"));
    redoAction_->setText(undo->canRedo() ? tr("Re&do %1").arg(undo->redoText()) : tr("Re&do"));
    publishAction_->setEnabled(canPublish_ && idle);
    discardAction_->setEnabled(canEdit_ && idle && drafts_->isDirty());
    drafts_->model()->setEditable(canEdit_ && idle);
}

void MainWindow::settleUnsavedChanges() {
    if (!editor_->hasUnsavedChanges() || !canEdit_) return;
    const DraftNode* n = drafts_->model()->nodeById(editor_->nodeId());
    const QString tag = n ? n->node.tag : editor_->editedFields().tag;
    if (Dialogs::confirm(this, tr("Unsaved changes"),
                         tr("The changes to #%1 are not saved. Save them in the draft now? "
                            "Otherwise they are lost.").arg(tag),
                         tr("Save")))
        editor_->save();
}

void MainWindow::createUnder(qint64 parentId, int position) {
    const std::optional<QString> tag =
        Dialogs::askText(this, tr("New topic"), tr("Hashtag of the new topic (letters and digits, no spaces):"));
    if (!tag || tag->isEmpty()) return;
    HashtagNode fields;
    fields.tag = *tag;
    while (fields.tag.startsWith(u'#')) fields.tag.remove(0, 1);
    drafts_->createNode(parentId, position, fields);
}

void MainWindow::addChild() {
    const qint64 selected = selectedNodeId();
    if (!canEdit_) return;
    if (drafts_->model()->childIdsOf(TreeLayout::topLevel).empty()) return createUnder(TreeLayout::topLevel, 0);
    if (selected == 0) return;
    createUnder(selected, static_cast<int>(drafts_->model()->childIdsOf(selected).size()));
}

void MainWindow::addSibling() {
    const qint64 selected = selectedNodeId();
    const std::optional<qint64> parent = drafts_->model()->parentIdOf(selected);
    if (!canEdit_ || !parent || *parent == TreeLayout::topLevel) return;
    createUnder(*parent, drafts_->model()->rowOf(selected) + 1);
}

void MainWindow::renameSelected() {
    if (canEdit_ && treeView_->currentIndex().isValid()) treeView_->edit(treeView_->currentIndex());
}

void MainWindow::renameRequested(qint64 id, int column, const QString& text) {
    const DraftNode* n = drafts_->model()->nodeById(id);
    if (!n) return;
    HashtagNode fields = n->node;
    if (column == DraftTreeModel::TagColumn) {
        fields.tag = text;
        while (fields.tag.startsWith(u'#')) fields.tag.remove(0, 1);
    } else {
        fields.title = text;
    }
    drafts_->saveNode(id, n->revision, fields);
}

void MainWindow::deleteSelected() {
    const qint64 selected = selectedNodeId();
    const DraftNode* n = drafts_->model()->nodeById(selected);
    const std::optional<qint64> parent = drafts_->model()->parentIdOf(selected);
    if (!canEdit_ || !n || !parent || *parent == TreeLayout::topLevel) return;
    const int below = static_cast<int>(drafts_->model()->subtreeOf(selected).size()) - 1;
    QString question = tr("Delete #%1 from the draft?").arg(n->node.tag);
    if (below > 0) question += u' ' + tr("Its %n sub-topic(s) will be deleted too.", nullptr, below);
    question += u' ' + tr("You can undo this until you log out.");
    if (!Dialogs::confirm(this, tr("Delete topic"), question, tr("Delete"))) return;
    drafts_->deleteNode(selected);
}

void MainWindow::publishDraft() {
    if (!canPublish_) return;
    settleUnsavedChanges();
    const std::optional<QString> note =
        Dialogs::askText(this, tr("Publish"), tr("What changed? (a note for the version history, required)"));
    if (!note) return;
    if (note->isEmpty()) return showMessage(tr("Not published: a note is required."));
    if (!Dialogs::confirm(this, tr("Publish"),
                          tr("Publish the draft? Citizens receive the new answers at once."), tr("Publish")))
        return;
    drafts_->publish(*note);
}

void MainWindow::discardDraft() {
    if (!canEdit_) return;
    if (!Dialogs::confirm(this, tr("Discard draft"),
                          tr("Throw away every unpublished change? The draft becomes the published tree again. "
                             "This cannot be undone."),
                          tr("Discard")))
        return;
    drafts_->discard();
}

void MainWindow::showHistory() {
    if (!history_) history_ = new VersionHistoryDialog(api_, *drafts_, canPublish_, this);
    history_->show();
    history_->raise();
    history_->reload();
}

} // namespace sportello::desk
