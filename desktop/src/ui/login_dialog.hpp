#pragma once
// Asks for the relay's address, how to trust its certificate, and the
// operator's credentials, then logs in through ApiClient without blocking.
// Failures (validation, network, TLS, wrong password) are shown inside the
// dialog, which stays open; success is signalled, and the receiver decides
// what comes next (normally: show the main window, then accept() this).
//
// Widgets have object names for tests: serverEdit, usernameEdit,
// passwordEdit, caFileEdit, caFileBrowseButton, pinEdit, loginButton,
// errorLabel, statusLabel; codeEdit and recoveryCodeCheck (the second factor,
// shown once the relay asks for it).
//
// After a successful login the session is set up before loggedIn: a
// temporary password is changed (PasswordChangeDialog), then, when the role
// requires it, two-factor authentication is set up (TwoFactorDialog).

#include "api/api_result.hpp"
#include "api/desk_types.hpp"

#include <QDialog>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sportello::desk {

class ApiClient;

struct LoginFields {
    QString serverUrl;
    QString username;
    QString caFile;          // empty: system trust store
    QString pinnedSha256;    // empty: no pin
};

class LoginDialog : public QDialog {
    Q_OBJECT

public:
    // api must outlive the dialog.
    explicit LoginDialog(ApiClient& api, QWidget* parent = nullptr);

    void setFields(const LoginFields& fields);
    LoginFields fields() const;
    void setPassword(const QString& password);
    void showError(const QString& message);   // empty: hides the error
    QString errorText() const;
    bool isBusy() const { return busy_; }

public Q_SLOTS:
    // Validates the fields and starts the login; what the Log in button does.
    void attemptLogin();

Q_SIGNALS:
    void loggedIn(const sportello::desk::DeskSession& session, const sportello::desk::LoginFields& fields);
    // An attempt failed (invalid fields or the relay refused); message is
    // translated and already shown in the dialog.
    void loginFailed(const QString& message);

private:
    void buildUi();
    void setBusy(bool busy);
    void chooseCaFile();
    // Translated reason the fields cannot be used, or empty.
    QString validationError() const;
    void finishLogin(const ApiResult<DeskSession>& result, const LoginFields& used);
    // A temporary password: the PasswordChangeDialog first, loggedIn after.
    void askForNewPassword(const DeskSession& session, const LoginFields& used, const QString& temporary);
    // The rest of the session setup: enrolment when required, then loggedIn.
    void continueSetup(const DeskSession& session, const LoginFields& used);
    void askToEnrol(const DeskSession& session, const LoginFields& used);
    void showSecondFactor();
    SecondFactor typedSecondFactor() const;
    void fail(const QString& message);

    ApiClient& api_;
    QLineEdit* serverEdit_ = nullptr;
    QLineEdit* usernameEdit_ = nullptr;
    QLineEdit* passwordEdit_ = nullptr;
    QLineEdit* caFileEdit_ = nullptr;
    QLineEdit* pinEdit_ = nullptr;
    QFormLayout* credentialsForm_ = nullptr;
    QWidget* secondFactorRow_ = nullptr;
    QLineEdit* codeEdit_ = nullptr;
    QCheckBox* recoveryCheck_ = nullptr;
    QPushButton* browseButton_ = nullptr;
    QPushButton* loginButton_ = nullptr;
    QLabel* errorLabel_ = nullptr;
    QLabel* statusLabel_ = nullptr;
    bool busy_ = false;
};

} // namespace sportello::desk
