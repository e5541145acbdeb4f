#include "ui/login_dialog.hpp"

#include "api/api_client.hpp"
#include "ui/password_change_dialog.hpp"

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

    auto* form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Server:"), serverEdit_, QStringLiteral("serverLabel")), serverEdit_);
    form->addRow(buddyLabel(tr("&Username:"), usernameEdit_, QStringLiteral("usernameLabel")), usernameEdit_);
    form->addRow(buddyLabel(tr("&Password:"), passwordEdit_, QStringLiteral("passwordLabel")), passwordEdit_);

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
    api_.login(used.username, passwordEdit_->text(), this,
               [this, used](ApiResult<DeskSession> result) { finishLogin(result, used); });
}

void LoginDialog::finishLogin(const ApiResult<DeskSession>& result, const LoginFields& used) {
    setBusy(false);
    if (result.ok()) {
        const QString typed = passwordEdit_->text();
        passwordEdit_->clear();   // the password is not kept once it has served
        if (result.value().user.mustChangePassword) return askForNewPassword(result.value(), used, typed);
        Q_EMIT loggedIn(result.value(), used);
        return;
    }
    const ApiFailure& failure = result.failure();
    if (failure.serverCode == api::ErrorCode::unauthorized) {
        passwordEdit_->clear();
        passwordEdit_->setFocus();
    }
    fail(failure.message);
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
            Q_EMIT loggedIn(ready, used);
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
