#pragma once
// Asks for a new password after a login with a temporary one (the relay
// refuses everything else until it is changed). The relay applies the
// password policy; this dialog only checks that both fields match. It stays
// open, showing the relay's reason, until a change succeeds.
//
// Object names for tests: newPasswordEdit, confirmPasswordEdit,
// changePasswordButton, passwordErrorLabel.

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sportello::desk {

class PasswordChangeDialog : public QDialog {
    Q_OBJECT
public:
    explicit PasswordChangeDialog(const QString& username, QWidget* parent = nullptr);

    void showError(const QString& message);   // empty: hides it
    QString errorText() const;
    void setBusy(bool busy);

Q_SIGNALS:
    // Both fields match; the receiver sends it to the relay.
    void passwordChosen(const QString& password);

private:
    void submit();

    QLineEdit* newEdit_ = nullptr;
    QLineEdit* confirmEdit_ = nullptr;
    QPushButton* changeButton_ = nullptr;
    QLabel* errorLabel_ = nullptr;
};

} // namespace sportello::desk
