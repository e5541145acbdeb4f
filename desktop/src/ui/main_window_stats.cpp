// MainWindow's tab "Statistics" ("Statistiche") for read_reports: the
// relay's reports as charts and tables (StatsPanel).

#include "ui/main_window.hpp"

#include "ui/stats/stats_panel.hpp"

#include <QTabWidget>

namespace sportello::desk {

void MainWindow::buildStatsTab() {
    if (!hasPermission(Permission::read_reports)) return;
    stats_ = new StatsPanel(api_);
    stats_->setObjectName(QStringLiteral("statsPanel"));
    tabs_->addTab(stats_, tr("S&tatistics"));
    connect(stats_, &StatsPanel::sessionEnded, this, &MainWindow::sessionEnded);
}

} // namespace sportello::desk
