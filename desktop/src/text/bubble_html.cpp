#include "text/bubble_html.hpp"

#include "text/whatsapp_html.hpp"

#include <QUrl>

namespace sportello::desk {

namespace {

QString escaped(const QString& text) { return text.toHtmlEscaped(); }

const QLatin1String bubbleOpen(
    "<table width=\"88%\" cellspacing=\"0\" cellpadding=\"8\" "
    "style=\"background-color:#ffffff; margin-top:4px; margin-bottom:8px;\">");

QString row(const QString& cell, const QString& style = {}) {
    return QStringLiteral("<tr><td style=\"") + style + QStringLiteral("\">") + cell + QStringLiteral("</td></tr>");
}

QString small(const QString& html) {
    return QStringLiteral("<span style=\"color:#667781; font-size:small;\">") + html + QStringLiteral("</span>");
}

QString listRows(const BotMessage& m) {
    QString html;
    if (!m.sectionTitle.isEmpty()) html += small(escaped(m.sectionTitle)) + QStringLiteral("<br>");
    for (const BotRow& r : m.rows) {
        const QString href = QLatin1String(BubbleHtml::replyScheme) + u':' +
                             QString::fromLatin1(QUrl::toPercentEncoding(r.id));
        html += QStringLiteral("○ <a href=\"") + escaped(href) + QStringLiteral("\"><b>") + escaped(r.title) +
                QStringLiteral("</b></a>");
        if (!r.description.isEmpty()) html += QStringLiteral("<br>&nbsp;&nbsp;&nbsp;") + small(escaped(r.description));
        html += QStringLiteral("<br>");
    }
    return html;
}

} // namespace

QString BubbleHtml::message(const BotMessage& m) {
    QString html = bubbleOpen;
    switch (m.kind) {
    case BotMessage::Kind::Text:
        html += row(whatsAppToHtml(m.body));
        break;
    case BotMessage::Kind::List: {
        QString top;
        if (!m.header.isEmpty()) top += QStringLiteral("<b>") + escaped(m.header) + QStringLiteral("</b><br>");
        top += whatsAppToHtml(m.body);
        if (!m.footer.isEmpty()) top += QStringLiteral("<br>") + small(escaped(m.footer));
        html += row(top);
        html += row(QStringLiteral("<b>☰ ") + escaped(m.button) + QStringLiteral("</b>"),
                    QStringLiteral("color:#027eb5; text-align:center;"));
        html += row(listRows(m), QStringLiteral("background-color:#f7f8fa;"));
        break;
    }
    case BotMessage::Kind::Template:
        html += row(small(escaped(tr("Template message “%1”").arg(m.templateName))) + QStringLiteral("<br>") +
                    escaped(m.parameters.join(QStringLiteral(" · "))));
        break;
    }
    return html + QStringLiteral("</table>");
}

QString BubbleHtml::conversation(const QList<BotMessage>& messages) {
    QString html = QStringLiteral("<html><body>");
    if (messages.isEmpty())
        html += QStringLiteral("<p><i>") + escaped(tr("The bot sends nothing.")) + QStringLiteral("</i></p>");
    for (const BotMessage& m : messages) html += message(m);
    return html + QStringLiteral("</body></html>");
}

} // namespace sportello::desk
