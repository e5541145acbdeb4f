#pragma once
// Open sessions, and ending them: "My sessions" (any role: the caller's own,
// this desk's marked and never ended from here, which is what logging out
// is for) or, for an administrator, one user's (all of them may be ended).
// Non-modal; loads when shown.
//
// Object names: sessionsDialog, sessionTable, refreshSessionsButton,
// endSessionButton, endAllSessionsButton, sessionsStatus.

#include "api/user_types.hpp"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace sportello::desk {

class ApiClient;
class SessionTableModel;
struct ApiFailure;

class SessionsDialog : public QDialog {
    Q_OBJECT

public:
    // Without `user`: the caller's own sessions. api must outlive the dialog.
    SessionsDialog(ApiClient& api, std::optional<UserAccount> user, QWidget* parent = nullptr);

    SessionTableModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    bool isBusy() const { return pending_ > 0; }
    void selectSession(const QString& id);

public Q_SLOTS:
    void refresh();
    void endSelected();
    void endAll();   // every one this dialog may end

Q_SIGNALS:
    void loaded();
    void sessionEnded(const QString& message);

private:
    void end(const QStringList& ids);
    bool showFailure(const ApiFailure& failure);   // false when the session ended
    void updateButtons();
    QStringList endable() const;

    ApiClient& api_;
    std::optional<UserAccount> user_;
    SessionTableModel* model_;
    QTableView* table_;
    QPushButton* refresh_;
    QPushButton* endOne_;
    QPushButton* endAll_;
    QLabel* status_;
    int pending_ = 0;
};

} // namespace sportello::desk
