#pragma once
// The administrators' "Utenti" tab (manage_users): the accounts with role,
// state (active, disabled, locked until…), last login and creation, a
// filter; create and edit (UserDialog), disable and re-enable after a
// confirmation (a disabled user's sessions end at once), reset the password
// and unlock; a user's sessions (SessionsDialog). A temporary password is
// shown once, in a TemporaryPasswordDialog; this panel never keeps it. The
// relay's refusals (the last active administrator, a taken username) are
// shown translated, in the dialog or the status line.
//
// Object names: userTable, userFilterEdit, refreshUsersButton,
// createUserButton, editUserButton, toggleUserButton, resetPasswordButton,
// unlockUserButton, userSessionsButton, usersStatus.

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace sportello::desk {

class ApiClient;
class SessionsDialog;
class TemporaryPasswordDialog;
class UserDialog;
class UserTableModel;
struct ApiFailure;
struct TemporaryCredentials;
struct UserAccount;

class UsersPanel : public QWidget {
    Q_OBJECT

public:
    // api must outlive the panel.
    explicit UsersPanel(ApiClient& api, QWidget* parent = nullptr);

    UserTableModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    UserDialog* userDialog() const;                    // the open one, or null
    TemporaryPasswordDialog* passwordDialog() const;   // the open one, or null
    SessionsDialog* sessionsDialog() const;            // the open one, or null
    QString statusText() const;
    bool isLoading() const { return loading_; }
    void selectUser(qint64 id);

public Q_SLOTS:
    void refresh();
    void createUser();
    void editSelected();
    void toggleSelected();   // disable, or re-enable a disabled account
    void resetSelected();
    void unlockSelected();
    void resetTwoFactorOfSelected();
    void showSessionsOfSelected();

Q_SIGNALS:
    void loaded();
    void sessionEnded(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void submit(UserDialog* dialog);
    void showPassword(const TemporaryCredentials& issued, bool reset);
    void applied(const UserAccount& user, const QString& message);
    bool showFailure(const ApiFailure& failure);   // false when the session ended
    void updateButtons();
    const UserAccount* selected() const;

    ApiClient& api_;
    UserTableModel* model_;
    QSortFilterProxyModel* proxy_;
    QTableView* table_;
    QLineEdit* filter_;
    QPushButton* refresh_;
    QPushButton* create_;
    QPushButton* edit_;
    QPushButton* toggle_;
    QPushButton* reset_;
    QPushButton* unlock_;
    QPushButton* resetTwoFactor_;
    QPushButton* sessions_;
    QLabel* status_;
    QPointer<UserDialog> userDialog_;
    QPointer<TemporaryPasswordDialog> passwordDialog_;
    QPointer<SessionsDialog> sessionsDialog_;
    bool loading_ = false;
    bool loadedOnce_ = false;
};

} // namespace sportello::desk
