// StatsPanel's "Rapporto mensile PDF…": the month and the file asked, the
// month's figures fetched asynchronously, then the PDF drawn (monthly_report_pdf.hpp).

#include "ui/stats/stats_panel.hpp"

#include "api/api_client.hpp"
#include "model/stats_period.hpp"
#include "text/user_labels.hpp"
#include "ui/dialogs.hpp"
#include "ui/stats/monthly_report_data.hpp"
#include "ui/stats/monthly_report_pdf.hpp"

#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace sportello::desk {

void StatsPanel::writeMonthlyReport() {
    const QDate today = StatsPeriods::romeToday();
    QStringList months;
    for (int back = 0; back <= 12; ++back)
        months.append(QLocale().toString(today.addMonths(-back), QStringLiteral("MMMM yyyy")));
    const auto chosen = Dialogs::choose(this, tr("Monthly report PDF"), tr("Month:"), months, 0);
    if (!chosen) return;
    const QDate month = today.addMonths(-*chosen);
    const auto path = Dialogs::saveFileName(
        this, tr("Save the monthly report"),
        QStringLiteral("sportello-rapporto-mensile-%1.pdf").arg(month.toString(QStringLiteral("yyyy-MM"))),
        tr("PDF (*.pdf)"));
    if (!path) return;
    monthlyReport_->setEnabled(false);
    status_->setText(tr("Preparing the monthly report…"));
    MonthlyReportLoader::load(api_, month, this, [this, path = *path](ApiResult<MonthlyReportData> r) {
        monthlyReport_->setEnabled(true);
        if (!r.ok() && r.failure().endsSession()) return Q_EMIT sessionEnded(r.failure().message);
        const QString error = r.ok() ? MonthlyReportPdf::write(r.value(), path) : UserLabels::failure(r.failure());
        status_->setText(error.isEmpty() ? tr("Monthly report saved to %1.").arg(path)
                                         : tr("Monthly report not written: %1").arg(error));
        Q_EMIT monthlyReportFinished(path, error);
    });
}

} // namespace sportello::desk
