#pragma once
// The monthly report's content, section by section (monthly_report_pdf.hpp
// says what and why): requests, topics, busiest hours, unanswered requests,
// auto-reply and operator reply times with the cases, pushes and
// broadcasts, availability and incidents.

#include <QString>

namespace sportello::desk {

class ReportPages;
struct MonthlyReportData;

namespace MonthlyReportSections {

// source (marked QT_TRANSLATE_NOOP("MonthlyReport", …)) in Italian.
QString italian(const char* source);

void draw(ReportPages& pages, const MonthlyReportData& data);

} // namespace MonthlyReportSections

} // namespace sportello::desk
