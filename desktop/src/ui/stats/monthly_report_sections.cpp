#include "ui/stats/monthly_report_sections.hpp"

#include "app/translations.hpp"
#include "model/availability_models.hpp"
#include "model/report_table_models.hpp"
#include "model/stats_period.hpp"
#include "ui/stats/monthly_report_data.hpp"
#include "ui/stats/report_pages.hpp"
#include "ui/stats/stats_charts.hpp"

#include <QBarCategoryAxis>
#include <QChart>
#include <QLocale>
#include <QTimeZone>
#include <QTranslator>

namespace sportello::desk::MonthlyReportSections {

namespace {


const QLocale& it() {
    static const QLocale locale(QLocale::Italian, QLocale::Italy);
    return locale;
}
QString t(const char* source) { return italian(source); }
QString count(qint64 n) { return it().toString(n); }
QString seconds(double ms) { return it().toString(ms / 1000.0, 'f', 1); }
QString percent(double value, int decimals = 1) { return it().toString(value, 'f', decimals) + QStringLiteral(" %"); }
QString share(qint64 part, qint64 whole) {
    return whole > 0 ? percent(100.0 * static_cast<double>(part) / static_cast<double>(whole)) : QStringLiteral("—");
}

// A chart of the month drawn by StatsCharts from a model, with an Italian
// title; days along the axis are shown by their number (31 dates do not fit).
template <class Model, class Draw>
QChart* chartOf(const Model& model, const char* title, Draw draw) {
    auto* chart = new QChart;
    draw(*chart, model);
    chart->setTitle(t(title));
    for (QAbstractAxis* axis : chart->axes(Qt::Horizontal)) {
        auto* categories = qobject_cast<QBarCategoryAxis*>(axis);
        if (!categories) continue;
        QStringList days = categories->categories();
        for (QString& day : days) {
            QDate date = QDate::fromString(day, Qt::ISODate);
            if (!date.isValid()) date = QDate::fromString(day, QStringLiteral("dd/MM/yyyy"));
            if (date.isValid()) day = QString::number(date.day());
        }
        categories->setCategories(days);
    }
    return chart;
}

QStringList latencyRow(const QString& name, const ReplyTimePoint& p, bool withP99) {
    QStringList row{name, count(p.samples)};
    const auto figure = [&](double ms) { return p.samples > 0 ? seconds(ms) : QStringLiteral("—"); };
    row << figure(p.meanMs) << figure(p.p50Ms) << figure(p.p90Ms);
    if (withP99) row << figure(p.p99Ms);
    return row;
}

void requests(ReportPages& pages, const MonthlyReportData& d) {
    pages.heading(t(QT_TRANSLATE_NOOP("MonthlyReport", "1. Requests")));
    const RequestCounts& total = d.daily.totals;
    pages.paragraph(t(QT_TRANSLATE_NOOP("MonthlyReport", "Requests in the month: %1 — direct requests %2, replies to a push %3; the bot could not "
                         "answer %4 of them."))
                        .arg(count(total.total()), count(total.direct), count(total.pushReply), count(total.unanswered)));
    RequestsTableModel daily;
    daily.setRows(withEveryBucket(d.daily.series, StatsPeriod{d.month, d.month.addMonths(1).addDays(-1), QStringLiteral("day")}));
    pages.chart(chartOf(daily, QT_TRANSLATE_NOOP("MonthlyReport", "Requests per day, by type"), StatsCharts::drawRequests));
    QList<QStringList> weeks;
    for (const RequestCounts& w : d.weekly.series)
        weeks.append({t(QT_TRANSLATE_NOOP("MonthlyReport", "week of %1")).arg(it().toString(QDate::fromString(w.period, Qt::ISODate), QStringLiteral("d MMMM"))),
                      count(w.direct), count(w.pushReply), count(w.unanswered), count(w.total())});
    weeks.append({t(QT_TRANSLATE_NOOP("MonthlyReport", "Month")), count(total.direct), count(total.pushReply), count(total.unanswered),
                  count(total.total())});
    pages.table({t(QT_TRANSLATE_NOOP("MonthlyReport", "Period")), t(QT_TRANSLATE_NOOP("MonthlyReport", "Direct")), t(QT_TRANSLATE_NOOP("MonthlyReport", "Replies to a push")), t(QT_TRANSLATE_NOOP("MonthlyReport", "Unanswered")), t(QT_TRANSLATE_NOOP("MonthlyReport", "Total"))},
                weeks);
}

void topics(ReportPages& pages, const MonthlyReportData& d) {
    pages.heading(t(QT_TRANSLATE_NOOP("MonthlyReport", "2. Most requested topics")));
    TopTopicsTableModel model;
    model.setRows(d.topics);
    if (!d.topics.isEmpty()) pages.chart(chartOf(model, QT_TRANSLATE_NOOP("MonthlyReport", "Requests per topic, with its subtopics"), StatsCharts::drawTopics), 0.4);
    QList<QStringList> rows;
    for (const TopicRequests& topic : d.topics)
        rows.append({topic.tag.isEmpty() ? t(QT_TRANSLATE_NOOP("MonthlyReport", "(no topic)")) : u'#' + topic.tag, count(topic.subtreeRequests),
                     count(topic.requests), count(topic.unanswered)});
    pages.table({t(QT_TRANSLATE_NOOP("MonthlyReport", "Topic")), t(QT_TRANSLATE_NOOP("MonthlyReport", "With subtopics")), t(QT_TRANSLATE_NOOP("MonthlyReport", "This topic")), t(QT_TRANSLATE_NOOP("MonthlyReport", "Unanswered"))}, rows);
}

void busiestHours(ReportPages& pages, const MonthlyReportData& d) {
    pages.heading(t(QT_TRANSLATE_NOOP("MonthlyReport", "3. Busiest hours (weekday × hour, Rome time)")));
    QStringList days;
    QList<std::array<qint64, 24>> values;
    for (int day = 0; day < 7; ++day) {
        days.append(it().dayName(day + 1, QLocale::LongFormat));
        values.append(d.hours.requests[static_cast<std::size_t>(day)]);
    }
    pages.heatMap(days, values);
}

void unanswered(ReportPages& pages, const MonthlyReportData& d) {
    pages.heading(t(QT_TRANSLATE_NOOP("MonthlyReport", "4. Requests the bot could not answer")));
    const UnansweredFigures& u = d.unanswered;
    pages.paragraph(t(QT_TRANSLATE_NOOP("MonthlyReport", "Unanswered requests: %1 of %2 (%3). The unknown terms asked most follow (unknown hashtags, "
                         "masked; the texts of messages are never in the statistics)."))
                        .arg(count(u.unanswered), count(u.requests), share(u.unanswered, u.requests)));
    QList<QStringList> rows;
    for (const TermCount& term : u.topTerms) rows.append({u'#' + term.term, count(term.requests)});
    pages.table({t(QT_TRANSLATE_NOOP("MonthlyReport", "Unknown term")), t(QT_TRANSLATE_NOOP("MonthlyReport", "Requests"))}, rows);
}

void replyTimes(ReportPages& pages, const MonthlyReportData& d) {
    pages.heading(t(QT_TRANSLATE_NOOP("MonthlyReport", "5. Automatic reply time")));
    pages.paragraph(t(QT_TRANSLATE_NOOP("MonthlyReport", "From the citizen's request to the bot's reply accepted by WhatsApp, and to that reply "
                         "delivered; in seconds. Percentiles are within ±%1 of the true value."))
                        .arg(percent(d.autoReply.resolutionPercent, 2)));
    pages.table({t(QT_TRANSLATE_NOOP("MonthlyReport", "Measure")), t(QT_TRANSLATE_NOOP("MonthlyReport", "Replies")), t(QT_TRANSLATE_NOOP("MonthlyReport", "Mean")), t(QT_TRANSLATE_NOOP("MonthlyReport", "p50")), t(QT_TRANSLATE_NOOP("MonthlyReport", "p90")), t(QT_TRANSLATE_NOOP("MonthlyReport", "p99"))},
                {latencyRow(t(QT_TRANSLATE_NOOP("MonthlyReport", "Accepted by WhatsApp")), d.autoReply.overall, true),
                 latencyRow(t(QT_TRANSLATE_NOOP("MonthlyReport", "Delivered to the citizen")), d.autoReply.delivered, true)});

    pages.heading(t(QT_TRANSLATE_NOOP("MonthlyReport", "6. Operator reply time and cases")));
    pages.paragraph(t(QT_TRANSLATE_NOOP("MonthlyReport", "From the case opened to the operator's first reply, in seconds.")));
    QList<QStringList> rows{latencyRow(t(QT_TRANSLATE_NOOP("MonthlyReport", "All operators")), d.operatorReply.overall, false)};
    for (const OperatorReplyTime& op : d.operatorReply.operators) rows.append(latencyRow(op.username, op.figures, false));
    pages.table({t(QT_TRANSLATE_NOOP("MonthlyReport", "Operator")), t(QT_TRANSLATE_NOOP("MonthlyReport", "Cases")), t(QT_TRANSLATE_NOOP("MonthlyReport", "Mean")), t(QT_TRANSLATE_NOOP("MonthlyReport", "p50")), t(QT_TRANSLATE_NOOP("MonthlyReport", "p90"))}, rows);
    const CaseCounts& c = d.operatorReply.cases;
    QList<QStringList> cases{{t(QT_TRANSLATE_NOOP("MonthlyReport", "Opened in the month")), count(c.opened)},
                             {t(QT_TRANSLATE_NOOP("MonthlyReport", "Closed in the month")), count(c.closed)},
                             {t(QT_TRANSLATE_NOOP("MonthlyReport", "Still open now")), count(c.openNow)}};
    for (auto outcome = c.closedByOutcome.cbegin(); outcome != c.closedByOutcome.cend(); ++outcome)
        cases.append({t(QT_TRANSLATE_NOOP("MonthlyReport", "Closed with outcome “%1”")).arg(outcome.key()),
                      count(outcome.value())});
    pages.table({t(QT_TRANSLATE_NOOP("MonthlyReport", "Cases")), t(QT_TRANSLATE_NOOP("MonthlyReport", "Number"))}, cases);
}

QStringList pushRow(const QString& name, const PushCounts& p) {
    return {name, count(p.sent), count(p.delivered), count(p.read), count(p.failed), count(p.replied), count(p.stopped)};
}

void pushes(ReportPages& pages, const MonthlyReportData& d) {
    pages.heading(t(QT_TRANSLATE_NOOP("MonthlyReport", "7. Pushes (SIRE reminders) and broadcasts")));
    const PushFunnel& p = d.pushes;
    pages.paragraph(t(QT_TRANSLATE_NOOP("MonthlyReport", "Read is a lower bound: citizens can turn read receipts off. Replied and STOP count the "
                         "citizens who wrote, or stopped, within 24 hours of the message.")));
    PushFunnelModel funnel;
    funnel.setFunnel(p);
    pages.chart(chartOf(funnel, QT_TRANSLATE_NOOP("MonthlyReport", "Funnel: sent → delivered → read (lower bound) → replied → STOP"),
                        StatsCharts::drawFunnel), 0.35);
    const QStringList header{t(QT_TRANSLATE_NOOP("MonthlyReport", "Messages")),          t(QT_TRANSLATE_NOOP("MonthlyReport", "Sent")),    t(QT_TRANSLATE_NOOP("MonthlyReport", "Delivered")), t(QT_TRANSLATE_NOOP("MonthlyReport", "Read (lower bound)")),
                             t(QT_TRANSLATE_NOOP("MonthlyReport", "Failed")), t(QT_TRANSLATE_NOOP("MonthlyReport", "Replied")), t(QT_TRANSLATE_NOOP("MonthlyReport", "STOP"))};
    QList<QStringList> rows{pushRow(t(QT_TRANSLATE_NOOP("MonthlyReport", "Total")), p)};
    for (const PushRowCounts& row : p.templates)
        rows.append(pushRow(t(QT_TRANSLATE_NOOP("MonthlyReport", "template %1")).arg(row.templateName), row.counts));
    for (const PushRowCounts& row : p.broadcasts)
        rows.append(pushRow(t(QT_TRANSLATE_NOOP("MonthlyReport", "broadcast %1")).arg(row.broadcastName), row.counts));
    pages.table(header, rows);
    QList<QStringList> reasons;
    for (auto reason = p.failedByReason.cbegin(); reason != p.failedByReason.cend(); ++reason)
        reasons.append({reason.key(), count(reason.value())});
    if (reasons.isEmpty()) reasons.append({t(QT_TRANSLATE_NOOP("MonthlyReport", "no failures")), count(0)});
    pages.table({t(QT_TRANSLATE_NOOP("MonthlyReport", "Failed: reason")), t(QT_TRANSLATE_NOOP("MonthlyReport", "Messages"))}, reasons);
}

QString causeName(const QString& cause) {
    if (cause == u"relay_down") return t(QT_TRANSLATE_NOOP("MonthlyReport", "relay down"));
    if (cause == u"database_unwritable") return t(QT_TRANSLATE_NOOP("MonthlyReport", "database not writable"));
    if (cause == u"sending_stopped") return t(QT_TRANSLATE_NOOP("MonthlyReport", "sending stopped by WhatsApp"));
    if (cause == u"probe_failed") return t(QT_TRANSLATE_NOOP("MonthlyReport", "probe failed"));
    return cause;
}

void availability(ReportPages& pages, const MonthlyReportData& d) {
    pages.heading(t(QT_TRANSLATE_NOOP("MonthlyReport", "8. Service availability")));
    const MonthAvailability& a = d.availability;
    pages.paragraph((a.percent ? t(QT_TRANSLATE_NOOP("MonthlyReport", "Availability in the month: %1 against a target of %2; unavailable %3 minutes, "
                                      "budget left %4 minutes. Target %5."))
                                     .arg(percent(*a.percent, 3), percent(a.targetPercent, 1), count(a.unavailableMinutes),
                                          it().toString(a.budgetLeftMinutes, 'f', 1),
                                          a.targetMet ? t(QT_TRANSLATE_NOOP("MonthlyReport", "met")) : t(QT_TRANSLATE_NOOP("MonthlyReport", "not met")))
                               : t(QT_TRANSLATE_NOOP("MonthlyReport", "Availability in the month: not measured yet (target %1)."))
                                     .arg(percent(a.targetPercent, 1))));
    AvailabilityDaysModel days;
    days.setRows(a.days);
    pages.chart(chartOf(days, QT_TRANSLATE_NOOP("MonthlyReport", "Availability per day against the target"),
                        [&a](QChart& chart, const AvailabilityDaysModel& model) {
        StatsCharts::drawAvailability(chart, model, a.targetPercent);
    }), 0.35);
    QList<QStringList> incidents;
    for (const AvailabilityIncident& i : a.incidents)
        incidents.append({it().toString(i.start.toTimeZone(QTimeZone("Europe/Rome")), QStringLiteral("dd/MM/yyyy HH:mm")),
                          it().toString(i.end.toTimeZone(QTimeZone("Europe/Rome")), QStringLiteral("dd/MM/yyyy HH:mm")),
                          count(i.minutes), causeName(i.cause)});
    if (incidents.isEmpty()) incidents.append({t(QT_TRANSLATE_NOOP("MonthlyReport", "no incidents")), QString(), QString(), QString()});
    pages.table({t(QT_TRANSLATE_NOOP("MonthlyReport", "Start")), t(QT_TRANSLATE_NOOP("MonthlyReport", "End")), t(QT_TRANSLATE_NOOP("MonthlyReport", "Minutes")), t(QT_TRANSLATE_NOOP("MonthlyReport", "Cause"))}, incidents);
}


} // namespace

QString italian(const char* source) {
    static QTranslator* const catalogue = [] {
        auto* translator = new QTranslator;   // for the life of the program
        if (!translator->load(QLocale(QLocale::Italian, QLocale::Italy), QStringLiteral("sportello"),
                              QStringLiteral("_"), embeddedTranslationsPath()))
            qWarning("the Italian catalogue is missing: the monthly report comes out in English");
        return translator;
    }();
    const QString text = catalogue->translate("MonthlyReport", source);
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

void draw(ReportPages& pages, const MonthlyReportData& data) {
    requests(pages, data);
    topics(pages, data);
    busiestHours(pages, data);
    unanswered(pages, data);
    replyTimes(pages, data);
    pushes(pages, data);
    availability(pages, data);
}

} // namespace sportello::desk::MonthlyReportSections
