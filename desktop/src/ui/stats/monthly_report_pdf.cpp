#include "ui/stats/monthly_report_pdf.hpp"

#include "ui/stats/monthly_report_data.hpp"
#include "ui/stats/monthly_report_sections.hpp"
#include "ui/stats/report_pages.hpp"

#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>

namespace sportello::desk {

namespace {

using MonthlyReportSections::italian;

void setUp(QPdfWriter& writer, const QString& month) {
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
    writer.setResolution(150);
    writer.setTitle(italian(QT_TRANSLATE_NOOP("MonthlyReport", "Monthly report")) + u' ' + month);
    writer.setCreator(QStringLiteral("Sportello"));
}

// Draws the whole report on writer; the number of pages it took.
int drawReport(QPdfWriter& writer, const MonthlyReportData& data, int totalPages) {
    const QString title =
        italian(QT_TRANSLATE_NOOP("MonthlyReport", "Regione Piemonte — Sportello WhatsApp COVID-19 — Monthly report"));
    ReportPages pages(writer, title, [](int page, int of) {
        const QString label = italian(QT_TRANSLATE_NOOP("MonthlyReport", "Page %1 of %2"));
        return label.arg(page).arg(of > 0 ? QString::number(of) : QStringLiteral("…"));
    }, totalPages);
    if (!pages.ok()) return 0;
    const QLocale it(QLocale::Italian, QLocale::Italy);
    const QDate last = data.month.addMonths(1).addDays(-1);
    pages.title(title, italian(QT_TRANSLATE_NOOP("MonthlyReport", "Period: %1 (from %2 to %3, Rome time)"))
                           .arg(MonthlyReportPdf::monthTitle(data), it.toString(data.month, QStringLiteral("d MMMM yyyy")),
                                it.toString(last, QStringLiteral("d MMMM yyyy"))));
    MonthlyReportSections::draw(pages, data);
    return pages.pages();
}

QString cannotWrite(const QString& path, const QString& why) {
    return QCoreApplication::translate("MonthlyReportPdf", "Cannot write %1: %2").arg(path, why);
}

} // namespace

QString MonthlyReportPdf::monthTitle(const MonthlyReportData& data) {
    const QLocale it(QLocale::Italian, QLocale::Italy);
    return it.standaloneMonthName(data.month.month(), QLocale::LongFormat).toLower() + u' ' +
           QString::number(data.month.year());
}

QString MonthlyReportPdf::write(const MonthlyReportData& data, const QString& path) {
    // First pass: count the pages, for "Pagina N di M".
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    int total = 0;
    {
        QPdfWriter counting(&scratch);
        setUp(counting, monthTitle(data));
        total = drawReport(counting, data, 0);
    }
    if (total == 0) return cannotWrite(path, QCoreApplication::translate("MonthlyReportPdf", "the PDF could not be started"));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return cannotWrite(path, file.errorString());
    {
        QPdfWriter writer(&file);
        setUp(writer, monthTitle(data));
        if (drawReport(writer, data, total) != total)
            return cannotWrite(path, QCoreApplication::translate("MonthlyReportPdf", "the pages came out differently"));
    }
    if (!file.commit()) return cannotWrite(path, file.errorString());
    return {};
}

} // namespace sportello::desk
