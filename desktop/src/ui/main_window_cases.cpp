// MainWindow's operators' inbox: the tab "Inbox" ("Assistenza") for roles
// with answer_requests, first among the tabs (answering citizens is their
// day's work), and the menu that lists its keyboard actions.

#include "ui/main_window.hpp"

#include "ui/cases/cases_panel.hpp"

#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>

namespace sportello::desk {

void MainWindow::buildCasesTab() {
    if (!hasPermission(Permission::answer_requests)) return;
    cases_ = new CasesPanel(api_, session_.user.username, hasPermission(Permission::reveal_phone));
    cases_->setObjectName(QStringLiteral("casesPanel"));
    tabs_->addTab(cases_, tr("In&box"));
    connect(cases_, &CasesPanel::sessionEnded, this, &MainWindow::sessionEnded);
}

void MainWindow::buildCasesMenu() {
    if (!cases_) return;
    QMenu* inbox = menuBar()->addMenu(tr("&Inbox"));
    inbox->setObjectName(QStringLiteral("inboxMenu"));
    inbox->setToolTipsVisible(true);
    for (QAction* a : cases_->keyboardActions()) inbox->addAction(a);
    // The shortcuts work while the inbox tab has the focus; from the menu, they bring it forward.
    for (QAction* a : cases_->keyboardActions())
        connect(a, &QAction::triggered, this, [this] { tabs_->setCurrentWidget(cases_); });
}

} // namespace sportello::desk
