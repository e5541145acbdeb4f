#pragma once
// The monthly report as a PDF, in Italian whatever language the desk speaks
// (it is the Region's document; its words are translated through the
// Italian catalogue, context "MonthlyReport"), on the Region's layout:
// the title "Regione Piemonte — Sportello WhatsApp COVID-19 — Rapporto
// mensile", the month ("novembre 2026"), "Pagina N di M" on every page, and
// every figure the tender names, charts drawn into the PDF (docs/desktop.md,
// "The monthly report"). Drawing runs on the UI thread; the figures are
// fetched beforehand by MonthlyReportLoader.

#include <QString>

namespace sportello::desk {

struct MonthlyReportData;

class MonthlyReportPdf {
public:
    // Writes the report to path (atomically: a failed write leaves no file);
    // empty on success, else the reason, for people.
    static QString write(const MonthlyReportData& data, const QString& path);
    // "novembre 2026"
    static QString monthTitle(const MonthlyReportData& data);
};

} // namespace sportello::desk
