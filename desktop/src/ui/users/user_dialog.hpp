#pragma once
// Creating an operator account (username, display name, role) or editing
// one (display name and role; the username is fixed). Save emits
// submitted(); the dialog stays open until the owner calls accept() or
// showError() with the relay's refusal.
//
// Object names: userDialog, userUsernameEdit, userDisplayNameEdit,
// userRoleCombo, userDialogStatus, userSaveButton.

#include "api/user_types.hpp"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sportello::desk {

class UserDialog : public QDialog {
    Q_OBJECT

public:
    struct Fields {
        QString username;
        QString displayName;
        sportello::Role role = sportello::Role::operator_;
    };

    // Without `existing`: a new account.
    explicit UserDialog(const UserAccount* existing, QWidget* parent = nullptr);

    Fields fields() const;
    qint64 userId() const { return userId_; }   // 0 for a new account
    void showError(const QString& message);     // and enables Save again

Q_SIGNALS:
    void submitted(const sportello::desk::UserDialog::Fields& fields);

private:
    void trySubmit();

    qint64 userId_ = 0;
    QLineEdit* username_;
    QLineEdit* displayName_;
    QComboBox* role_;
    QLabel* status_;
    QPushButton* save_;
};

} // namespace sportello::desk
