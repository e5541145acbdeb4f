// MainWindow's tabs for supervisors and administrators (broadcasts, the
// template registry, API clients, a citizen's data rights) and the alert banner, each shown only to
// the roles whose permissions use it.

#include "ui/main_window.hpp"

#include "ui/admin/api_clients_panel.hpp"
#include "ui/admin/citizen_rights_panel.hpp"
#include "ui/admin/templates_panel.hpp"
#include "ui/alerts/alert_banner.hpp"
#include "ui/broadcasts/broadcasts_panel.hpp"

#include <QTabWidget>

namespace sportello::desk {

bool MainWindow::hasPermission(Permission permission) const {
    const std::string_view name = to_string(permission);   // the wire name, defined once in shared/
    return session_.user.permissions.contains(QLatin1String(name.data(), static_cast<qsizetype>(name.size())));
}

void MainWindow::buildAdminTabs() {
    const bool canSend = hasPermission(Permission::send_broadcasts);
    if (canSend || canReadReports_) {
        broadcasts_ = new BroadcastsPanel(api_, canSend, canReadReports_);
        broadcasts_->setObjectName(QStringLiteral("broadcastsPanel"));
        tabs_->addTab(broadcasts_, tr("&Broadcasts"));
        connect(broadcasts_, &BroadcastsPanel::sessionEnded, this, &MainWindow::sessionEnded);
    }
    if (hasPermission(Permission::read_content)) {
        templates_ = new TemplatesPanel(api_, hasPermission(Permission::manage_templates));
        templates_->setObjectName(QStringLiteral("templatesPanel"));
        tabs_->addTab(templates_, tr("Te&mplates"));
        connect(templates_, &TemplatesPanel::sessionEnded, this, &MainWindow::sessionEnded);
    }
    if (hasPermission(Permission::manage_api_clients)) {
        apiClients_ = new ApiClientsPanel(api_);
        apiClients_->setObjectName(QStringLiteral("apiClientsPanel"));
        tabs_->addTab(apiClients_, tr("&API clients"));
        connect(apiClients_, &ApiClientsPanel::sessionEnded, this, &MainWindow::sessionEnded);
    }
    if (hasPermission(Permission::citizen_rights)) {
        citizenRights_ = new CitizenRightsPanel(api_);
        citizenRights_->setObjectName(QStringLiteral("citizenRightsPanel"));
        tabs_->addTab(citizenRights_, tr("Data &subject rights"));
        connect(citizenRights_, &CitizenRightsPanel::sessionEnded, this, &MainWindow::sessionEnded);
    }
    alertBanner_ = new AlertBanner(api_, hasPermission(Permission::manage_system));
    connect(alertBanner_, &AlertBanner::sessionEnded, this, &MainWindow::sessionEnded);
    alertBanner_->start();
}

} // namespace sportello::desk
