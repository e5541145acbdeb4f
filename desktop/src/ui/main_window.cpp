#include "ui/main_window.hpp"

#include "api/api_client.hpp"
#include "editor/draft_controller.hpp"
#include "model/draft_tree_model.hpp"
#include "model/issue_list_model.hpp"
#include "model/unanswered_model.hpp"
#include "ui/alerts/alert_banner.hpp"
#include "ui/content/bot_test_panel.hpp"
#include "ui/content/node_preview.hpp"
#include "ui/content/unanswered_panel.hpp"
#include "ui/content/version_history_dialog.hpp"
#include "ui/editor/node_editor.hpp"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sportello::desk {

MainWindow::MainWindow(ApiClient& api, const DeskSession& session, QWidget* parent)
    : QMainWindow(parent), api_(api), session_(session) {
    setObjectName(QStringLiteral("mainWindow"));
    canEdit_ = hasPermission(Permission::edit_content);
    canPublish_ = hasPermission(Permission::publish_content);
    canReadReports_ = hasPermission(Permission::read_reports);
    drafts_ = new DraftController(api_, this);
    drafts_->model()->setEditable(canEdit_);
    buildUi();
    connectDrafts();
    updateDraftState();
    updateActions();
}

MainWindow::~MainWindow() = default;

DraftTreeModel* MainWindow::treeModel() const { return drafts_->model(); }

VersionHistoryDialog* MainWindow::historyDialog() const { return history_.data(); }

void MainWindow::buildUi() {
    setWindowTitle(tr("Sportello — Contents[*]"));
    messageLabel_ = new QLabel;
    messageLabel_->setObjectName(QStringLiteral("messageLabel"));
    messageLabel_->setWordWrap(true);
    messageLabel_->setStyleSheet(QStringLiteral("color: #b00020; padding: 4px;"));
    messageLabel_->hide();

    tabs_ = new QTabWidget;
    tabs_->setObjectName(QStringLiteral("mainTabs"));
    buildCasesTab();
    tabs_->addTab(buildContentsTab(), tr("&Contents"));
    const auto tagOf = [model = drafts_->model()](qint64 id) {
        const DraftNode* n = model->nodeById(id);
        return n ? n->node.tag : QString();
    };
    botPanel_ = new BotTestPanel(api_, tagOf);
    botPanel_->setObjectName(QStringLiteral("botPanel"));
    tabs_->addTab(botPanel_, tr("&Try the bot"));
    unanswered_ = new UnansweredPanel(api_, *drafts_);
    unanswered_->setObjectName(QStringLiteral("unansweredPanel"));
    unanswered_->setEditable(canEdit_);
    if (canReadReports_) tabs_->addTab(unanswered_, tr("&Unanswered"));
    else unanswered_->hide();
    connect(tabs_, &QTabWidget::currentChanged, this, [this] {
        if (tabs_->currentWidget() == unanswered_ && unanswered_->model()->rowCount() == 0) unanswered_->refresh();
    });
    buildAdminTabs();
    buildUsersTabs();
    buildStatsTab();

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(alertBanner_);
    layout->addWidget(messageLabel_);
    layout->addWidget(tabs_, 1);
    setCentralWidget(central);
    buildActions();
    buildStatusBar();
    resize(1280, 760);
}

QWidget* MainWindow::buildContentsTab() {
    treeView_ = new QTreeView;
    treeView_->setObjectName(QStringLiteral("treeView"));
    treeView_->setModel(drafts_->model());
    treeView_->setSelectionMode(QAbstractItemView::SingleSelection);
    treeView_->setSelectionBehavior(QAbstractItemView::SelectRows);
    treeView_->setUniformRowHeights(true);
    treeView_->setEditTriggers(canEdit_ ? QAbstractItemView::EditKeyPressed : QAbstractItemView::NoEditTriggers);
    treeView_->setDragEnabled(canEdit_);
    treeView_->setAcceptDrops(canEdit_);
    treeView_->setDropIndicatorShown(true);
    treeView_->setDragDropMode(canEdit_ ? QAbstractItemView::InternalMove : QAbstractItemView::NoDragDrop);
    treeView_->setDefaultDropAction(Qt::MoveAction);
    treeView_->header()->setSectionResizeMode(DraftTreeModel::TagColumn, QHeaderView::ResizeToContents);
    connect(treeView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentNodeChanged);
    connect(drafts_->model(), &QAbstractItemModel::modelReset, treeView_, &QTreeView::expandAll);

    issues_ = new IssueListModel(this);
    issueView_ = new QListView;
    issueView_->setObjectName(QStringLiteral("issueList"));
    issueView_->setModel(issues_);
    issueView_->setWordWrap(true);
    issueView_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(issueView_, &QListView::activated, this, [this](const QModelIndex& index) {
        selectNode(index.data(IssueListModel::NodeIdRole).toLongLong());
    });
    connect(issueView_, &QListView::clicked, this, [this](const QModelIndex& index) {
        selectNode(index.data(IssueListModel::NodeIdRole).toLongLong());
    });

    auto* left = new QSplitter(Qt::Vertical);
    left->addWidget(treeView_);
    auto* issuesBox = new QWidget;
    auto* issuesLayout = new QVBoxLayout(issuesBox);
    issuesLayout->setContentsMargins(0, 0, 0, 0);
    issuesLayout->addWidget(new QLabel(tr("Problems to fix before publishing:")));
    issuesLayout->addWidget(issueView_, 1);
    left->addWidget(issuesBox);
    left->setStretchFactor(0, 4);
    left->setStretchFactor(1, 1);

    editor_ = new NodeEditor;
    editor_->setObjectName(QStringLiteral("nodeEditor"));
    editor_->setEditable(canEdit_);
    connect(editor_, &NodeEditor::saveRequested, drafts_, &DraftController::saveNode);
    preview_ = new NodePreview(api_);
    preview_->setObjectName(QStringLiteral("nodePreview"));

    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(editor_);
    splitter->addWidget(preview_);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    return splitter;
}

void MainWindow::buildStatusBar() {
    draftStateLabel_ = new QLabel(tr("No draft loaded"));
    draftStateLabel_->setObjectName(QStringLiteral("draftStateLabel"));
    userLabel_ = new QLabel(tr("Logged in as %1 (%2)").arg(session_.user.nameForDisplay(), session_.user.roleName()));
    userLabel_->setObjectName(QStringLiteral("userLabel"));
    userLabel_->setToolTip(tr("Session valid until %1")
                               .arg(QLocale().toString(session_.expiresAt.toLocalTime(), QLocale::ShortFormat)));
    statusBar()->addPermanentWidget(draftStateLabel_);
    statusBar()->addPermanentWidget(userLabel_);
}

void MainWindow::connectDrafts() {
    DraftController* d = drafts_;
    connect(d, &DraftController::draftChanged, this, &MainWindow::onDraftChanged);
    connect(d, &DraftController::busyChanged, this, &MainWindow::updateActions);
    connect(d->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(d, &DraftController::sessionEnded, this, &MainWindow::sessionEnded);
    connect(d, &DraftController::failed, this, &MainWindow::showMessage);
    connect(d, &DraftController::conflicted, this, [this](const QString& message) {
        showMessage(message);
        editor_->showNode(drafts_->model()->nodeById(editor_->nodeId()));   // the relay's content, not ours
    });
    connect(d, &DraftController::nodeSaved, this, [this](qint64 id) {
        showMessage({});
        const DraftNode* saved = drafts_->model()->nodeById(id);
        if (editor_->nodeId() == id) editor_->showNode(saved);
        if (saved) statusBar()->showMessage(tr("#%1 saved in the draft.").arg(saved->node.tag), 5000);
    });
    connect(d, &DraftController::nodeCreated, this, [this](qint64 id) {
        showMessage({});
        selectNode(id);
        editor_->tagEdit()->setFocus();
    });
    connect(d, &DraftController::published, this, [this](qint64 version) {
        showMessage({});
        statusBar()->showMessage(tr("Published: citizens now receive version %1.").arg(version), 8000);
    });
    connect(d, &DraftController::rolledBack, this, [this](qint64 version) {
        showMessage({});
        statusBar()->showMessage(tr("Rolled back: version %1 is published.").arg(version), 8000);
    });
    connect(d, &DraftController::discarded, this, [this] {
        showMessage({});
        editor_->showNode(drafts_->model()->nodeById(selectedNodeId()));
        statusBar()->showMessage(tr("Draft discarded: it is again the published tree."), 5000);
    });
    connect(d, &DraftController::publishRefused, this, [this](const QString& message, qint64 nodeId) {
        showMessage(tr("Not published: %1").arg(message));
        if (nodeId != 0) selectNode(nodeId);
    });
    connect(d->model(), &DraftTreeModel::moveRequested, d, &DraftController::moveNode);
    connect(d->model(), &DraftTreeModel::renameRequested, this, &MainWindow::renameRequested);
}

QString MainWindow::messageText() const { return messageLabel_->isVisible() ? messageLabel_->text() : QString(); }

void MainWindow::showMessage(const QString& message) {
    messageLabel_->setText(message);
    messageLabel_->setVisible(!message.isEmpty());
}

qint64 MainWindow::selectedNodeId() const {
    const DraftNode* n = drafts_->model()->node(treeView_->currentIndex());
    return n ? n->node.id : 0;
}

void MainWindow::selectNode(qint64 id) {
    const QModelIndex index = drafts_->model()->indexOfNode(id);
    if (!index.isValid()) return;
    treeView_->scrollTo(index);
    treeView_->selectionModel()->setCurrentIndex(index,
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MainWindow::reload() { drafts_->reload(); }

void MainWindow::onDraftChanged() {
    DraftTreeModel* model = drafts_->model();
    if (firstLoad_) {
        firstLoad_ = false;
        treeView_->expandAll();
        if (!treeView_->currentIndex().isValid() && model->rowCount() > 0) selectNode(model->allIdsInOrder().value(0));
    }
    issues_->setIssues(drafts_->issues(), [model](qint64 id) {
        const DraftNode* n = model->nodeById(id);
        return n ? n->node.tag : QString();
    });
    editor_->refresh(model->nodeById(editor_->nodeId()));
    const DraftNode* selected = model->nodeById(selectedNodeId());
    if (selected && (previewedRevision_ != drafts_->revision() || previewedNode_ != selected->node.id)) {
        previewedRevision_ = drafts_->revision();
        previewedNode_ = selected->node.id;
        preview_->showTag(selected->node.tag);
    }
    updateDraftState();
    updateActions();
    Q_EMIT draftLoaded(drafts_->revision());
}

void MainWindow::onCurrentNodeChanged(const QModelIndex& current, const QModelIndex& previous) {
    Q_UNUSED(previous);
    const DraftNode* n = drafts_->model()->node(current);
    if (editor_->nodeId() != (n ? n->node.id : 0)) {
        // Only when the operator leaves a node that still exists: a node the
        // relay removed has nothing left to save into (and no question is
        // asked in the middle of a model update).
        if (drafts_->model()->nodeById(editor_->nodeId())) settleUnsavedChanges();
        editor_->showNode(n);
    }
    previewedRevision_ = drafts_->revision();
    previewedNode_ = n ? n->node.id : 0;
    preview_->showTag(n ? n->node.tag : QString());
    updateActions();
}

void MainWindow::updateDraftState() {
    if (!drafts_->isLoaded()) return;
    const QString state = drafts_->isDirty()
                              ? tr("Draft with unpublished changes (based on version %1)").arg(drafts_->baseVersion())
                              : tr("Draft equal to published version %1").arg(drafts_->baseVersion());
    draftStateLabel_->setText(state);
    draftStateLabel_->setStyleSheet(drafts_->isDirty() ? QStringLiteral("color: #b35c00; font-weight: bold;")
                                                       : QString());
    draftStateLabel_->setToolTip(tr("Draft revision %1").arg(drafts_->revision()));
    setWindowModified(drafts_->isDirty());
}

} // namespace sportello::desk
