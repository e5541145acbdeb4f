// MainWindow's operators' inbox: the tab "Inbox" ("Assistenza") for roles
// with answer_requests, first among the tabs (answering citizens is their
// day's work), and the menu that lists its keyboard actions. The tab's title
// carries the unread badge ("Assistenza (3)"); the status bar says when the
// inbox is offline (offlineStatus). The offline cache lives in the user's
// data folder, one file per relay and operator.

#include "ui/main_window.hpp"

#include "model/case_cache.hpp"
#include "ui/cases/case_notifier.hpp"
#include "ui/cases/cases_panel.hpp"

#include <QLabel>
#include <QStatusBar>

#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>

namespace sportello::desk {

void MainWindow::buildCasesTab() {
    if (!hasPermission(Permission::answer_requests)) return;
    cases_ = new CasesPanel(api_, session_.user.id, session_.user.username, hasPermission(Permission::reveal_phone));
    cases_->setObjectName(QStringLiteral("casesPanel"));
    cases_->setCache(std::make_unique<CaseCache>(
        CaseCache::fileFor(CaseCache::defaultFolder(), api_.serverUrl(), session_.user.username)));
    tabs_->addTab(cases_, tr("In&box"));
    connect(cases_, &CasesPanel::sessionEnded, this, &MainWindow::sessionEnded);
    connect(cases_, &CasesPanel::unreadChanged, this, [this](int unread) {
        tabs_->setTabText(tabs_->indexOf(cases_), unread > 0 ? tr("In&box (%1)").arg(unread) : tr("In&box"));
    });
    connect(cases_->notifier(), &CaseNotifier::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
        tabs_->setCurrentWidget(cases_);
    });
    auto* offline = new QLabel(tr("Offline: reconnecting to the relay…"));
    offline->setObjectName(QStringLiteral("offlineStatus"));
    offline->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    offline->hide();
    statusBar()->addPermanentWidget(offline);
    connect(cases_, &CasesPanel::offlineChanged, offline, &QLabel::setVisible);
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
