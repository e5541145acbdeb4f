// MainWindow's tabs for supervisors and administrators (broadcasts, the
// template registry, API clients) and the alert banner, each shown only to
// the roles whose permissions use it.

#include "ui/main_window.hpp"

#include "ui/admin/api_clients_panel.hpp"
#include "ui/admin/templates_panel.hpp"
#include "ui/alerts/alert_banner.hpp"
#include "ui/broadcasts/broadcasts_panel.hpp"

#include <QTabWidget>

namespace sportello::desk {

bool MainWindow::hasPermission(const char* permission) const {
    return session_.user.permissions.contains(QLatin1String(permission));
}

void MainWindow::buildAdminTabs() {
    const bool canSend = hasPermission("send_broadcasts");
    if (canSend || canReadReports_) {
        broadcasts_ = new BroadcastsPanel(api_, canSend, canReadReports_);
        broadcasts_->setObjectName(QStringLiteral("broadcastsPanel"));
        tabs_->addTab(broadcasts_, tr("&Broadcasts"));
        connect(broadcasts_, &BroadcastsPanel::sessionEnded, this, &MainWindow::sessionEnded);
    }
    if (hasPermission("read_content")) {
        templates_ = new TemplatesPanel(api_, hasPermission("manage_templates"));
        templates_->setObjectName(QStringLiteral("templatesPanel"));
        tabs_->addTab(templates_, tr("Te&mplates"));
        connect(templates_, &TemplatesPanel::sessionEnded, this, &MainWindow::sessionEnded);
    }
    if (hasPermission("manage_api_clients")) {
        apiClients_ = new ApiClientsPanel(api_);
        apiClients_->setObjectName(QStringLiteral("apiClientsPanel"));
        tabs_->addTab(apiClients_, tr("&API clients"));
        connect(apiClients_, &ApiClientsPanel::sessionEnded, this, &MainWindow::sessionEnded);
    }
    alertBanner_ = new AlertBanner(api_, hasPermission("manage_system"));
    connect(alertBanner_, &AlertBanner::sessionEnded, this, &MainWindow::sessionEnded);
    alertBanner_->start();
}

} // namespace sportello::desk
