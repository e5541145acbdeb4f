#pragma once
// The operators' main window: the hashtag CMS on the relay's draft.
//   - tab "Contents": the draft tree (drag to move, F2 to rename inline),
//     its validation issues, the editor of the selected node and the preview
//     of what a citizen receives for it;
//   - tab "Try the bot": any citizen message against the draft or the
//     published tree;
//   - tab "Unanswered": requests the bot could not answer, to add as aliases;
//   - actions: add, rename, delete, undo/redo, publish, discard the draft,
//     version history with diff and rollback.
// Edit actions exist only for roles with edit_content, publishing and
// rollback only with publish_content, the unanswered tab only with
// read_reports.
//   - tab "Broadcasts" (send_broadcasts to compose and cancel, read_reports
//     to follow them), tab "Templates" (everyone reads; manage_templates
//     edits), tab "API clients" (manage_api_clients only), tab "Data subject
//     rights" ("Diritti degli interessati"; citizen_rights), and above the
//     tabs the alert banner (manage_system may resume sending); built in
//     main_window_admin.cpp.
//   - tab "Inbox" ("Assistenza"; answer_requests): the operators' inbox
//     (CasesPanel) and its keyboard actions in the menu "Inbox"; built in
//     main_window_cases.cpp.
//   - tab "Users" ("Utenti"; manage_users), tab "Audit trail" ("Registro
//     attività"; read_audit), and for everyone the menu "Account" with "My
//     sessions"; built in main_window_users.cpp.
//   - tab "Statistics" ("Statistiche"; read_reports): StatsPanel, built in
//     main_window_stats.cpp.
//
// Object names for tests: mainWindow, mainTabs, treeView, issueList,
// nodeEditor, nodePreview, botPanel, unansweredPanel, messageLabel,
// draftStateLabel, userLabel, broadcastsPanel, templatesPanel,
// apiClientsPanel, citizenRightsPanel, casesPanel, inboxMenu, alertBanner, usersPanel, auditPanel,
// statsPanel, accountMenu, mySessionsAction, and the actions reloadAction, addChildAction,
// addSiblingAction, renameAction, deleteAction, undoAction, redoAction,
// publishAction, discardAction, historyAction.

#include "api/desk_types.hpp"
#include "sportello/roles.hpp"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QListView;
class QTabWidget;
class QTreeView;

namespace sportello::desk {

class AlertBanner;
class ApiClient;
class ApiClientsPanel;
class CitizenRightsPanel;
class AuditPanel;
class BotTestPanel;
class BroadcastsPanel;
class CasesPanel;
class DraftController;
class DraftTreeModel;
class IssueListModel;
class NodeEditor;
class NodePreview;
class SessionsDialog;
class StatsPanel;
class TemplatesPanel;
class UnansweredPanel;
class UsersPanel;
class VersionHistoryDialog;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // api must outlive the window and carry the session's token.
    MainWindow(ApiClient& api, const DeskSession& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    DraftController* drafts() const { return drafts_; }
    DraftTreeModel* treeModel() const;
    QTreeView* treeView() const { return treeView_; }
    NodeEditor* editor() const { return editor_; }
    NodePreview* preview() const { return preview_; }
    BotTestPanel* botPanel() const { return botPanel_; }
    UnansweredPanel* unansweredPanel() const { return unanswered_; }
    BroadcastsPanel* broadcastsPanel() const { return broadcasts_; }     // null without its permissions
    TemplatesPanel* templatesPanel() const { return templates_; }
    ApiClientsPanel* apiClientsPanel() const { return apiClients_; }     // null without manage_api_clients
    CitizenRightsPanel* citizenRightsPanel() const { return citizenRights_; }   // null without citizen_rights
    CasesPanel* casesPanel() const { return cases_; }                   // null without answer_requests
    UsersPanel* usersPanel() const { return users_; }                   // null without manage_users
    AuditPanel* auditPanel() const { return audit_; }                   // null without read_audit
    StatsPanel* statsPanel() const { return stats_; }                   // null without read_reports
    SessionsDialog* mySessionsDialog() const;                           // null until first shown
    AlertBanner* alertBanner() const { return alertBanner_; }
    QTabWidget* tabs() const { return tabs_; }
    bool hasPermission(Permission permission) const;
    IssueListModel* issueModel() const { return issues_; }
    VersionHistoryDialog* historyDialog() const;   // null until the history was first shown
    bool canEdit() const { return canEdit_; }
    bool canPublish() const { return canPublish_; }
    // The last problem shown (failure or conflict), empty when none is shown.
    QString messageText() const;
    // The node selected in the tree, 0 for none.
    qint64 selectedNodeId() const;
    void selectNode(qint64 id);

public Q_SLOTS:
    // Fetches the draft again; the tree stays until the answer arrives.
    void reload();
    void addChild();
    void addSibling();
    void renameSelected();
    void deleteSelected();
    void publishDraft();
    void discardDraft();
    void showHistory();
    void showMySessions();

Q_SIGNALS:
    // The relay no longer accepts the session; message is translated.
    void sessionEnded(const QString& message);
    // A draft from the relay was applied to the tree.
    void draftLoaded(qint64 revision);

private:
    // main_window.cpp
    void buildUi();
    QWidget* buildContentsTab();
    void buildStatusBar();
    void connectDrafts();
    void onDraftChanged();
    void onCurrentNodeChanged(const QModelIndex& current, const QModelIndex& previous);
    void showMessage(const QString& message);   // empty hides it
    void updateDraftState();
    void updateActions();
    // main_window_admin.cpp
    void buildAdminTabs();
    // main_window_cases.cpp
    void buildCasesTab();
    void buildCasesMenu();
    // main_window_users.cpp
    void buildUsersTabs();
    void buildAccountMenu();
    // main_window_stats.cpp
    void buildStatsTab();
    // main_window_actions.cpp
    void buildActions();
    QAction* action(const char* objectName, const QString& text, const QString& tip);
    void createUnder(qint64 parentId, int position);
    void renameRequested(qint64 id, int column, const QString& text);
    void settleUnsavedChanges();   // asks whether to save the editor's changes

    ApiClient& api_;
    DeskSession session_;
    bool canEdit_ = false;
    bool canPublish_ = false;
    bool canReadReports_ = false;

    DraftController* drafts_ = nullptr;
    IssueListModel* issues_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QTreeView* treeView_ = nullptr;
    QListView* issueView_ = nullptr;
    NodeEditor* editor_ = nullptr;
    NodePreview* preview_ = nullptr;
    BotTestPanel* botPanel_ = nullptr;
    UnansweredPanel* unanswered_ = nullptr;
    BroadcastsPanel* broadcasts_ = nullptr;
    TemplatesPanel* templates_ = nullptr;
    ApiClientsPanel* apiClients_ = nullptr;
    CitizenRightsPanel* citizenRights_ = nullptr;
    CasesPanel* cases_ = nullptr;
    UsersPanel* users_ = nullptr;
    AuditPanel* audit_ = nullptr;
    StatsPanel* stats_ = nullptr;
    QPointer<SessionsDialog> mySessions_;
    AlertBanner* alertBanner_ = nullptr;
    QPointer<VersionHistoryDialog> history_;
    QLabel* messageLabel_ = nullptr;
    QLabel* draftStateLabel_ = nullptr;
    QLabel* userLabel_ = nullptr;

    QAction* reloadAction_ = nullptr;
    QAction* addChildAction_ = nullptr;
    QAction* addSiblingAction_ = nullptr;
    QAction* renameAction_ = nullptr;
    QAction* deleteAction_ = nullptr;
    QAction* undoAction_ = nullptr;
    QAction* redoAction_ = nullptr;
    QAction* publishAction_ = nullptr;
    QAction* discardAction_ = nullptr;
    QAction* historyAction_ = nullptr;

    qint64 previewedRevision_ = -1;   // the draft revision the preview shows
    qint64 previewedNode_ = 0;
    bool firstLoad_ = true;
};

} // namespace sportello::desk
