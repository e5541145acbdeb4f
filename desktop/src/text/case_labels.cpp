#include "text/case_labels.hpp"

#include "api/wire_conversion.hpp"
#include "text/admin_labels.hpp"
#include "text/whatsapp_html.hpp"

#include <QLocale>

namespace sportello::desk {

namespace {

QString escaped(const std::string& text) { return toQString(text).toHtmlEscaped(); }

QString small(const QString& html) {
    return QStringLiteral("<span style=\"color:#667781; font-size:small;\">") + html + QStringLiteral("</span>");
}

QString clock(std::int64_t ms) {
    return QLocale().toString(utcFromMs(ms).toLocalTime(), QLocale::ShortFormat);
}

// WhatsApp error codes that mean the 24-hour window was closed.
bool meansOutsideWindow(const QString& error) {
    return error.contains(u"outside_window") || error.contains(u"131047") || error == u"470" ||
           error.contains(u"Re-engagement", Qt::CaseInsensitive);
}

} // namespace

QString CaseLabels::state(api::CaseState state) {
    switch (state) {
    case api::CaseState::fresh: return tr("New");
    case api::CaseState::claimed: return tr("Claimed");
    case api::CaseState::waiting: return tr("Waiting for the citizen");
    case api::CaseState::closed: return tr("Closed");
    }
    return {};
}

QString CaseLabels::stateId(const QString& wireState) {
    if (auto s = api::case_state_from_string(toUtf8(wireState))) return state(*s);
    return wireState;
}

QString CaseLabels::reason(api::CaseReason reason) {
    switch (reason) {
    case api::CaseReason::unknown_tag: return tr("Unknown hashtag");
    case api::CaseReason::question: return tr("Question");
    case api::CaseReason::free_text: return tr("Free text");
    case api::CaseReason::unsupported_type: return tr("Photo, audio or document");
    case api::CaseReason::asked_for_operator: return tr("Asked for an operator");
    }
    return {};
}

QString CaseLabels::outcome(api::CaseOutcome outcome) {
    switch (outcome) {
    case api::CaseOutcome::answered: return tr("Answered");
    case api::CaseOutcome::not_pertinent: return tr("Not pertinent");
    case api::CaseOutcome::duplicate: return tr("Duplicate");
    case api::CaseOutcome::spam: return tr("Spam");
    }
    return {};
}

QString CaseLabels::timeLeft(const std::optional<std::int64_t>& closesAtMs, std::int64_t nowMs) {
    if (!closesAtMs || *closesAtMs <= nowMs) return tr("closed", "24-hour window");
    return AdminLabels::duration((*closesAtMs - nowMs) / 1000);
}

QString CaseLabels::operatorName(const api::CaseOperator& op) {
    return op.display_name.empty() ? toQString(op.username) : toQString(op.display_name);
}

QString CaseLabels::deliveryStatus(const QString& status) {
    if (status == u"queued" || status == u"sending") return tr("queued");
    if (status == u"sent") return tr("sent");
    if (status == u"delivered") return tr("delivered");
    if (status == u"read") return tr("read");
    if (status == u"failed") return tr("not delivered");
    if (status == u"cancelled") return tr("cancelled");
    return status;
}

QString CaseLabels::failureExplanation(const QString& error) {
    if (meansOutsideWindow(error))
        return tr("Not delivered: outside the 24-hour window. Only an approved template can reach the citizen now.");
    if (error.contains(u"131026")) return tr("Not delivered: the number cannot receive WhatsApp messages.");
    if (error.contains(u"131051")) return tr("Not delivered: WhatsApp does not support this type of message.");
    if (error.isEmpty()) return tr("Not delivered.");
    return tr("Not delivered: %1").arg(error);
}

QString CaseLabels::threadHtml(const api::CaseDetail& detail) {
    QString html = QStringLiteral("<html><body>");
    if (detail.thread.empty())
        html += QStringLiteral("<p><i>") + tr("No messages yet.").toHtmlEscaped() + QStringLiteral("</i></p>");
    for (const api::ThreadItem& item : detail.thread) {
        if (item.direction == "event") {
            html += QStringLiteral("<p align=\"center\">") + small(escaped(item.text) + QStringLiteral(" · ") +
                                                                    clock(item.at_ms).toHtmlEscaped()) +
                    QStringLiteral("</p>");
            continue;
        }
        const bool inbound = item.direction == "in";
        QString meta = clock(item.at_ms).toHtmlEscaped();
        if (!inbound) {
            if (!item.author.empty()) meta = escaped(item.author) + QStringLiteral(" · ") + meta;
            else if (item.kind == "auto_reply") meta = tr("bot").toHtmlEscaped() + QStringLiteral(" · ") + meta;
            if (!item.status.empty())
                meta += QStringLiteral(" · ") + deliveryStatus(toQString(item.status)).toHtmlEscaped();
        }
        QString cell = whatsAppToHtml(toQString(item.text)) + QStringLiteral("<br>") + small(meta);
        if (!inbound && (item.status == "failed" || !item.error.empty()))
            cell += QStringLiteral("<br><span style=\"color:#b00020;\">") +
                    failureExplanation(toQString(item.error)).toHtmlEscaped() + QStringLiteral("</span>");
        html += QStringLiteral("<table width=\"80%\" align=\"") +
                (inbound ? QStringLiteral("left") : QStringLiteral("right")) +
                QStringLiteral("\" cellspacing=\"0\" cellpadding=\"8\" style=\"background-color:") +
                (inbound ? QStringLiteral("#ffffff") : QStringLiteral("#d9fdd3")) +
                QStringLiteral("; margin-top:4px; margin-bottom:8px;\"><tr><td>") + cell +
                QStringLiteral("</td></tr></table><br clear=\"all\">");
    }
    return html + QStringLiteral("</body></html>");
}

} // namespace sportello::desk
