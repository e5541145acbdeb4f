#pragma once
// The operators' main window, for now the published hashtag tree: the tree on
// the left (HashtagTreeModel), the selected node's answer on the right, the
// tree version and the logged-in operator in the status bar, and Reload.
//
// Object names for tests: mainWindow, treeView, answerView, reloadAction,
// treeVersionLabel, userLabel, messageLabel.

#include "api/api_result.hpp"
#include "api/desk_types.hpp"

#include <QMainWindow>

class QAction;
class QLabel;
class QTreeView;

namespace sportello::desk {

class ApiClient;
class HashtagTreeModel;
class NodeDetailsView;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // api must outlive the window and carry the session's token.
    MainWindow(ApiClient& api, const DeskSession& session, QWidget* parent = nullptr);

    HashtagTreeModel* treeModel() const { return model_; }
    QTreeView* treeView() const { return treeView_; }
    NodeDetailsView* answerView() const { return answerView_; }
    bool isLoading() const { return loading_; }
    // The last failure shown, empty when the last load succeeded.
    QString messageText() const;

public Q_SLOTS:
    // Fetches the published tree again; the current one stays until the new one arrives.
    void reload();

Q_SIGNALS:
    // The relay no longer accepts the session; message is translated.
    void sessionEnded(const QString& message);
    // A tree was loaded (after reload() succeeded).
    void treeLoaded(qint64 version);

private:
    void buildUi();
    void applyTree(const TreeSnapshot& tree);
    void showFailure(const ApiFailure& failure);
    void showSelectedNode();
    void setLoading(bool loading);

    ApiClient& api_;
    DeskSession session_;
    HashtagTreeModel* model_ = nullptr;
    QTreeView* treeView_ = nullptr;
    NodeDetailsView* answerView_ = nullptr;
    QAction* reloadAction_ = nullptr;
    QLabel* versionLabel_ = nullptr;
    QLabel* userLabel_ = nullptr;
    QLabel* messageLabel_ = nullptr;
    bool loading_ = false;
};

} // namespace sportello::desk
