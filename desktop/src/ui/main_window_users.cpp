// MainWindow's accounts and accountability: the tab "Users" ("Utenti") for
// manage_users, the tab "Audit trail" ("Registro attività") for read_audit,
// and for every role the menu "Account" with "My sessions".

#include "ui/main_window.hpp"

#include "ui/users/audit_panel.hpp"
#include "ui/users/sessions_dialog.hpp"
#include "ui/users/users_panel.hpp"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>

namespace sportello::desk {

void MainWindow::buildUsersTabs() {
    if (hasPermission(Permission::manage_users)) {
        users_ = new UsersPanel(api_);
        users_->setObjectName(QStringLiteral("usersPanel"));
        tabs_->addTab(users_, tr("U&sers"));
        connect(users_, &UsersPanel::sessionEnded, this, &MainWindow::sessionEnded);
    }
    if (hasPermission(Permission::read_audit)) {
        audit_ = new AuditPanel(api_);
        audit_->setObjectName(QStringLiteral("auditPanel"));
        tabs_->addTab(audit_, tr("Audit tra&il"));
        connect(audit_, &AuditPanel::sessionEnded, this, &MainWindow::sessionEnded);
    }
}

void MainWindow::buildAccountMenu() {
    QMenu* account = menuBar()->addMenu(tr("&Account"));
    account->setObjectName(QStringLiteral("accountMenu"));
    QAction* sessions = action("mySessionsAction", tr("My &sessions…"),
                               tr("Where you are logged in; end the sessions you do not need"));
    connect(sessions, &QAction::triggered, this, &MainWindow::showMySessions);
    account->addAction(sessions);
}

SessionsDialog* MainWindow::mySessionsDialog() const { return mySessions_.data(); }

void MainWindow::showMySessions() {
    if (!mySessions_) {
        mySessions_ = new SessionsDialog(api_, std::nullopt, this);
        connect(mySessions_, &SessionsDialog::sessionEnded, this, &MainWindow::sessionEnded);
    }
    mySessions_->show();
    mySessions_->raise();
    mySessions_->refresh();
}

} // namespace sportello::desk
