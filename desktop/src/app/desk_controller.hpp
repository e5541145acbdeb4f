#pragma once
// The desktop's flow: log in (the dialog, or at once from the command line),
// then the main window; back to the login dialog when the relay ends the
// session. Owns the ApiClient and the top-level windows. Settings that made
// a login succeed (server, CA file, pin, username; never the password) are
// saved for the next start.

#include "app/startup_options.hpp"

#include <QObject>
#include <QPointer>

namespace sportello::desk {

class ApiClient;
class DeskSettings;
class LoginDialog;
class MainWindow;
struct DeskSession;
struct LoginFields;

class DeskController : public QObject {
    Q_OBJECT

public:
    // settings must outlive the controller.
    DeskController(DeskSettings& settings, StartupOptions options, QObject* parent = nullptr);
    ~DeskController() override;

    // Shows the login dialog, or logs in at once when the options allow it
    // (and shows the dialog with the reason if that fails).
    void start();

    ApiClient& api() const { return *api_; }
    LoginDialog* loginDialog() const;   // null when none is open
    MainWindow* mainWindow() const;     // null before the first login

Q_SIGNALS:
    // The operator closed the login dialog without logging in.
    void loginAbandoned();

private:
    LoginDialog* createLoginDialog(const QString& error);
    void showLoginDialog(const QString& error);
    void loginAutomatically();
    void openMainWindow(const DeskSession& session, const LoginFields& fields);
    void returnToLogin(const QString& message);

    DeskSettings& settings_;
    StartupOptions options_;
    ApiClient* api_;
    QPointer<LoginDialog> loginDialog_;
    QPointer<MainWindow> mainWindow_;
};

} // namespace sportello::desk
