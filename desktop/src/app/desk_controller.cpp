#include "app/desk_controller.hpp"

#include "api/api_client.hpp"
#include "settings/desk_settings.hpp"
#include "ui/login_dialog.hpp"
#include "ui/main_window.hpp"

namespace sportello::desk {

DeskController::DeskController(DeskSettings& settings, StartupOptions options, QObject* parent)
    : QObject(parent), settings_(settings), options_(std::move(options)), api_(new ApiClient(this)) {
    api_->setTransferTimeout(settings_.requestTimeout());
}

DeskController::~DeskController() {
    // Top-level windows have no parent: they go with the controller.
    delete mainWindow_.data();
    delete loginDialog_.data();
}

LoginDialog* DeskController::loginDialog() const { return loginDialog_.data(); }

MainWindow* DeskController::mainWindow() const { return mainWindow_.data(); }

void DeskController::start() {
    if (options_.wantsAutomaticLogin()) loginAutomatically();
    else showLoginDialog({});
}

LoginDialog* DeskController::createLoginDialog(const QString& error) {
    delete loginDialog_.data();
    auto* dialog = new LoginDialog(*api_);
    loginDialog_ = dialog;
    // Command-line values win over saved ones, for this start only.
    auto pick = [](const QString& option, const QString& saved) { return option.isEmpty() ? saved : option; };
    dialog->setFields(LoginFields{pick(options_.serverUrl, settings_.serverUrl()),
                                  pick(options_.username, settings_.lastUsername()),
                                  pick(options_.caFile, settings_.caFile()),
                                  pick(options_.pinnedSha256, settings_.pinnedCertificate())});
    dialog->showError(error);
    connect(dialog, &LoginDialog::loggedIn, this, &DeskController::openMainWindow);
    connect(dialog, &LoginDialog::rejected, this, [this] {
        if (!mainWindow_) Q_EMIT loginAbandoned();
    });
    return dialog;
}

void DeskController::showLoginDialog(const QString& error) {
    LoginDialog* dialog = createLoginDialog(error);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void DeskController::loginAutomatically() {
    QString error;
    const auto password = StartupOptionsParser::readPasswordFile(options_.passwordFile, &error);
    if (!password) return showLoginDialog(error);
    LoginDialog* dialog = createLoginDialog({});
    dialog->setPassword(*password);
    // The dialog stays hidden unless the attempt fails; then it shows why.
    connect(dialog, &LoginDialog::loginFailed, dialog, [dialog] {
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    dialog->attemptLogin();
}

void DeskController::openMainWindow(const DeskSession& session, const LoginFields& fields) {
    settings_.setServerUrl(fields.serverUrl);
    settings_.setLastUsername(fields.username);
    settings_.setCaFile(fields.caFile);
    settings_.setPinnedCertificate(fields.pinnedSha256);
    settings_.sync();

    api_->setSessionToken(session.token);
    delete mainWindow_.data();
    auto* window = new MainWindow(*api_, session);
    window->setAttribute(Qt::WA_DeleteOnClose);
    mainWindow_ = window;
    connect(window, &MainWindow::sessionEnded, this, &DeskController::returnToLogin);
    // Show the window before the dialog goes, so that a window is always open.
    window->show();
    window->reload();
    if (loginDialog_) {
        loginDialog_->accept();
        loginDialog_->deleteLater();   // we are inside its signal
    }
}

void DeskController::returnToLogin(const QString& message) {
    api_->setSessionToken({});
    showLoginDialog(message);
    if (mainWindow_) mainWindow_->close();   // deletes it (WA_DeleteOnClose)
}

} // namespace sportello::desk
