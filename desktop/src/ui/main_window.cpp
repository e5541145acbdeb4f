#include "ui/main_window.hpp"

#include "api/api_client.hpp"
#include "model/hashtag_tree_model.hpp"
#include "ui/node_details_view.hpp"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace sportello::desk {

MainWindow::MainWindow(ApiClient& api, const DeskSession& session, QWidget* parent)
    : QMainWindow(parent), api_(api), session_(session) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Sportello — Hashtag tree"));
    buildUi();
}

void MainWindow::buildUi() {
    model_ = new HashtagTreeModel(this);
    treeView_ = new QTreeView;
    treeView_->setObjectName(QStringLiteral("treeView"));
    treeView_->setModel(model_);
    treeView_->setSelectionMode(QAbstractItemView::SingleSelection);
    treeView_->setSelectionBehavior(QAbstractItemView::SelectRows);
    treeView_->setUniformRowHeights(true);
    treeView_->header()->setSectionResizeMode(HashtagTreeModel::TagColumn, QHeaderView::ResizeToContents);
    connect(treeView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedNode);

    answerView_ = new NodeDetailsView;
    answerView_->setObjectName(QStringLiteral("answerView"));

    messageLabel_ = new QLabel;
    messageLabel_->setObjectName(QStringLiteral("messageLabel"));
    messageLabel_->setWordWrap(true);
    messageLabel_->setStyleSheet(QStringLiteral("color: #b00020; padding: 4px;"));
    messageLabel_->hide();

    auto* splitter = new QSplitter;
    splitter->addWidget(treeView_);
    splitter->addWidget(answerView_);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(messageLabel_);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    reloadAction_ = new QAction(tr("&Reload"), this);
    reloadAction_->setObjectName(QStringLiteral("reloadAction"));
    reloadAction_->setShortcut(QKeySequence::Refresh);
    reloadAction_->setToolTip(tr("Fetch the published tree from the server again"));
    connect(reloadAction_, &QAction::triggered, this, &MainWindow::reload);
    auto* quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(reloadAction_);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);
    QToolBar* toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->addAction(reloadAction_);

    versionLabel_ = new QLabel(tr("No tree loaded"));
    versionLabel_->setObjectName(QStringLiteral("treeVersionLabel"));
    userLabel_ = new QLabel(tr("Logged in as %1 (%2)").arg(session_.user.nameForDisplay(), session_.user.roleName()));
    userLabel_->setObjectName(QStringLiteral("userLabel"));
    userLabel_->setToolTip(tr("Session valid until %1")
                               .arg(QLocale().toString(session_.expiresAt.toLocalTime(), QLocale::ShortFormat)));
    statusBar()->addPermanentWidget(versionLabel_);
    statusBar()->addPermanentWidget(userLabel_);
    resize(1000, 650);
}

QString MainWindow::messageText() const { return messageLabel_->isVisible() ? messageLabel_->text() : QString(); }

void MainWindow::setLoading(bool loading) {
    loading_ = loading;
    reloadAction_->setEnabled(!loading);
    if (loading) statusBar()->showMessage(tr("Loading the hashtag tree…"));
}

void MainWindow::reload() {
    if (loading_) return;
    setLoading(true);
    api_.fetchTree(this, [this](ApiResult<TreeSnapshot> result) {
        setLoading(false);
        if (result.ok()) applyTree(result.value());
        else showFailure(result.failure());
    });
}

void MainWindow::applyTree(const TreeSnapshot& tree) {
    // Keep the operator's place across a reload when the node still exists.
    const QModelIndex current = treeView_->currentIndex();
    const QVariant selectedId = current.isValid() ? current.data(HashtagTreeModel::NodeIdRole) : QVariant();

    model_->setTree(tree);
    treeView_->expandAll();
    messageLabel_->hide();

    QModelIndex reselect = selectedId.isValid() ? model_->indexOfNode(selectedId.toLongLong()) : QModelIndex();
    if (reselect.isValid())
        treeView_->selectionModel()->setCurrentIndex(reselect, QItemSelectionModel::ClearAndSelect |
                                                                   QItemSelectionModel::Rows);
    showSelectedNode();

    QString version = tr("Tree version %1").arg(tree.version);
    if (tree.publishedAt.isValid())
        version = tr("Tree version %1, published %2 by %3")
                      .arg(QString::number(tree.version),
                           QLocale().toString(tree.publishedAt.toLocalTime(), QLocale::ShortFormat),
                           tree.publishedBy.isEmpty() ? tr("unknown", "who published the tree") : tree.publishedBy);
    versionLabel_->setText(version);
    versionLabel_->setToolTip(tree.note);
    statusBar()->showMessage(tr("%n hashtag(s) loaded.", nullptr, model_->nodeCount()), 5000);
    Q_EMIT treeLoaded(tree.version);
}

void MainWindow::showFailure(const ApiFailure& failure) {
    statusBar()->clearMessage();
    messageLabel_->setText(failure.message);
    messageLabel_->show();
    if (failure.endsSession()) Q_EMIT sessionEnded(failure.message);
}

void MainWindow::showSelectedNode() { answerView_->showNode(model_->node(treeView_->currentIndex())); }

} // namespace sportello::desk
