#include "ui/login_dialog.hpp"

#include "api/api_client.hpp"
#include "ui/password_change_dialog.hpp"
#include "ui/two_factor_dialog.hpp"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sportello::desk {

namespace {

QLabel* buddyLabel(const QString& text, QWidget* buddy, const QString& objectName) {
    auto* label = new QLabel(text);
    label->setBuddy(buddy);
    label->setObjectName(objectName);
    return label;
}

} // namespace

LoginDialog::LoginDialog(ApiClient& api, QWidget* parent) : QDialog(parent), api_(api) {
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sportello — Log in"));
    buildUi();
}

void LoginDialog::buildUi() {
    serverEdit_ = new QLineEdit;
    serverEdit_->setObjectName(QStringLiteral("serverEdit"));
    serverEdit_->setPlaceholderText(tr("https://relay.example.it:8443", "example server address"));
    usernameEdit_ = new QLineEdit;
    usernameEdit_->setObjectName(QStringLiteral("usernameEdit"));
    passwordEdit_ = new QLineEdit;
    passwordEdit_->setObjectName(QStringLiteral("passwordEdit"));
    passwordEdit_->setEchoMode(QLineEdit::Password);

    auto* form = credentialsForm_ = new QFormLayout;
    form->addRow(buddyLabel(tr("&Server:"), serverEdit_, QStringLiteral("serverLabel")), serverEdit_);
    form->addRow(buddyLabel(tr("&Username:"), usernameEdit_, QStringLiteral("usernameLabel")), usernameEdit_);
    form->addRow(buddyLabel(tr("&Password:"), passwordEdit_, QStringLiteral("passwordLabel")), passwordEdit_);

    // The second factor: hidden until the relay says the account needs it.
    codeEdit_ = new QLineEdit;
    codeEdit_->setObjectName(QStringLiteral("codeEdit"));
    codeEdit_->setPlaceholderText(tr("6 digits from the authenticator app"));
    recoveryCheck_ = new QCheckBox(tr("Use a &recovery code instead"));
    recoveryCheck_->setObjectName(QStringLiteral("recoveryCodeCheck"));
    connect(recoveryCheck_, &QCheckBox::toggled, this, [this](bool recovery) {
        codeEdit_->setPlaceholderText(recovery ? tr("A recovery code, e.g. abcd-efgh-jkmn")
                                               : tr("6 digits from the authenticator app"));
    });
    secondFactorRow_ = new QWidget;
    auto* secondFactorLayout = new QVBoxLayout(secondFactorRow_);
    secondFactorLayout->setContentsMargins(0, 0, 0, 0);
    secondFactorLayout->addWidget(codeEdit_);
    secondFactorLayout->addWidget(recoveryCheck_);
    form->addRow(buddyLabel(tr("C&ode:"), codeEdit_, QStringLiteral("codeLabel")), secondFactorRow_);
    form->setRowVisible(secondFactorRow_, false);

    caFileEdit_ = new QLineEdit;
    caFileEdit_->setObjectName(QStringLiteral("caFileEdit"));
    caFileEdit_->setPlaceholderText(tr("System trusted authorities"));
    browseButton_ = new QPushButton(tr("&Browse…"));
    browseButton_->setObjectName(QStringLiteral("caFileBrowseButton"));
    connect(browseButton_, &QPushButton::clicked, this, &LoginDialog::chooseCaFile);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(caFileEdit_, 1);
    caRow->addWidget(browseButton_);
    pinEdit_ = new QLineEdit;
    pinEdit_->setObjectName(QStringLiteral("pinEdit"));
    pinEdit_->setPlaceholderText(tr("Optional: SHA-256 fingerprint of the relay's certificate"));

    auto* certificateBox = new QGroupBox(tr("Server certificate"));
    auto* certificateForm = new QFormLayout(certificateBox);
    certificateForm->addRow(buddyLabel(tr("&CA file:"), caFileEdit_, QStringLiteral("caFileLabel")), caRow);
    certificateForm->addRow(buddyLabel(tr("P&inned certificate:"), pinEdit_, QStringLiteral("pinLabel")), pinEdit_);

    errorLabel_ = new QLabel;
    errorLabel_->setObjectName(QStringLiteral("errorLabel"));
    errorLabel_->setWordWrap(true);
    errorLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    errorLabel_->setStyleSheet(QStringLiteral("color: #b00020;"));
    errorLabel_->hide();
    statusLabel_ = new QLabel;
    statusLabel_->setObjectName(QStringLiteral("statusLabel"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    loginButton_ = buttons->addButton(tr("&Log in"), QDialogButtonBox::AcceptRole);
    loginButton_->setObjectName(QStringLiteral("loginButton"));
    loginButton_->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::attemptLogin);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(certificateBox);
    layout->addWidget(errorLabel_);
    layout->addWidget(statusLabel_);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void LoginDialog::setFields(const LoginFields& fields) {
    serverEdit_->setText(fields.serverUrl);
    usernameEdit_->setText(fields.username);
    caFileEdit_->setText(fields.caFile);
    pinEdit_->setText(fields.pinnedSha256);
    (fields.serverUrl.isEmpty() ? serverEdit_ : fields.username.isEmpty() ? usernameEdit_ : passwordEdit_)->setFocus();
}

LoginFields LoginDialog::fields() const {
    return LoginFields{serverEdit_->text().trimmed(), usernameEdit_->text().trimmed(), caFileEdit_->text().trimmed(),
                       pinEdit_->text().trimmed()};
}

void LoginDialog::setPassword(const QString& password) { passwordEdit_->setText(password); }

void LoginDialog::showError(const QString& message) {
    errorLabel_->setText(message);
    errorLabel_->setVisible(!message.isEmpty());
}

QString LoginDialog::errorText() const { return errorLabel_->isVisible() ? errorLabel_->text() : QString(); }

void LoginDialog::setBusy(bool busy) {
    busy_ = busy;
    for (QWidget* w : {static_cast<QWidget*>(serverEdit_), static_cast<QWidget*>(usernameEdit_),
                       static_cast<QWidget*>(passwordEdit_), static_cast<QWidget*>(caFileEdit_),
                       static_cast<QWidget*>(pinEdit_), static_cast<QWidget*>(browseButton_),
                       static_cast<QWidget*>(codeEdit_), static_cast<QWidget*>(recoveryCheck_),
                       static_cast<QWidget*>(loginButton_)})
        w->setEnabled(!busy);
    statusLabel_->setText(busy ? tr("Connecting to %1…").arg(serverEdit_->text().trimmed()) : QString());
}

void LoginDialog::chooseCaFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Certificate authority of the relay"),
                                                      caFileEdit_->text(),
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty()) caFileEdit_->setText(path);
}

QString LoginDialog::validationError() const {
    const LoginFields f = fields();
    if (f.serverUrl.isEmpty()) return tr("Enter the address of the server.");
    if (f.username.isEmpty()) return tr("Enter your username.");
    if (passwordEdit_->text().isEmpty()) return tr("Enter your password.");
    if (secondFactorRow_->isVisibleTo(this) && codeEdit_->text().trimmed().isEmpty())
        return recoveryCheck_->isChecked() ? tr("Enter one of your recovery codes.")
                                           : tr("Enter the code from your authenticator app.");
    return {};
}

void LoginDialog::attemptLogin() {
    if (busy_) return;
    if (const QString problem = validationError(); !problem.isEmpty()) return fail(problem);
    const LoginFields used = fields();
    const auto url = ApiClient::parseServerUrl(used.serverUrl);
    if (!url.ok()) return fail(url.failure().message);
    const auto tls = TlsPolicy::fromSettings(used.caFile, used.pinnedSha256);
    if (!tls.ok()) return fail(tls.failure().message);

    showError({});
    setBusy(true);
    api_.setServer(url.value(), tls.value());
    api_.login(used.username, passwordEdit_->text(), typedSecondFactor(), this,
               [this, used](ApiResult<DeskSession> result) { finishLogin(result, used); });
}

void LoginDialog::finishLogin(const ApiResult<DeskSession>& result, const LoginFields& used) {
    setBusy(false);
    if (result.ok()) {
        const QString typed = passwordEdit_->text();
        passwordEdit_->clear();   // the password is not kept once it has served
        codeEdit_->clear();
        if (result.value().user.mustChangePassword) return askForNewPassword(result.value(), used, typed);
        return continueSetup(result.value(), used);
    }
    const ApiFailure& failure = result.failure();
    if (failure.serverCode == api::ErrorCode::two_factor_required) {
        // The password was right: keep it, and ask for the code as well.
        showSecondFactor();
        return fail(failure.message);
    }
    if (failure.serverCode == api::ErrorCode::unauthorized) {
        codeEdit_->clear();
        passwordEdit_->clear();
        passwordEdit_->setFocus();
    }
    fail(failure.message);
}

void LoginDialog::showSecondFactor() {
    credentialsForm_->setRowVisible(secondFactorRow_, true);
    codeEdit_->setFocus();
}

SecondFactor LoginDialog::typedSecondFactor() const {
    if (!secondFactorRow_->isVisibleTo(this)) return {};
    const QString typed = codeEdit_->text().trimmed();
    return recoveryCheck_->isChecked() ? SecondFactor{{}, typed} : SecondFactor{typed, {}};
}

void LoginDialog::continueSetup(const DeskSession& session, const LoginFields& used) {
    if (session.user.mustEnrolTwoFactor) return askToEnrol(session, used);
    Q_EMIT loggedIn(session, used);
}

void LoginDialog::askToEnrol(const DeskSession& session, const LoginFields& used) {
    api_.setSessionToken(session.token);
    auto* dialog = new TwoFactorDialog(api_, session.user.username, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, session, used] {
        DeskSession ready = session;
        ready.user.mustEnrolTwoFactor = false;
        ready.user.twoFactorEnrolled = true;
        Q_EMIT loggedIn(ready, used);
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        api_.setSessionToken({});
        fail(tr("Two-factor authentication was not set up: log in again to set it up."));
    });
    dialog->open();
}

void LoginDialog::askForNewPassword(const DeskSession& session, const LoginFields& used, const QString& temporary) {
    auto* dialog = new PasswordChangeDialog(session.user.username, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    api_.setSessionToken(session.token);
    connect(dialog, &PasswordChangeDialog::passwordChosen, this, [this, dialog, session, used, temporary](const QString& next) {
        dialog->setBusy(true);
        api_.changePassword(temporary, next, dialog, [this, dialog, session, used](ApiResult<NoContent> changed) {
            dialog->setBusy(false);
            if (!changed.ok()) return dialog->showError(changed.failure().message);
            DeskSession ready = session;
            ready.user.mustChangePassword = false;
            dialog->accept();
            continueSetup(ready, used);
        });
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        api_.setSessionToken({});
        fail(tr("The password was not changed: log in again to choose one."));
    });
    dialog->open();
}

void LoginDialog::fail(const QString& message) {
    showError(message);
    Q_EMIT loginFailed(message);
}

} // namespace sportello::desk
