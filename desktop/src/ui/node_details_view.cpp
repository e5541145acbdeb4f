#include "ui/node_details_view.hpp"

#include <QLocale>

namespace sportello::desk {

namespace {

QString escaped(const QString& text) { return text.toHtmlEscaped(); }

QString hashtags(const QStringList& tags) {
    QStringList shown;
    for (const QString& tag : tags) shown.append(u'#' + tag);
    return shown.join(QStringLiteral(", "));
}

QString longDate(const QDate& date) { return QLocale().toString(date, QLocale::LongFormat); }

// Keeps the answer's line breaks and spacing: citizens see it that way.
QString answerBlock(const QString& text) {
    return QStringLiteral("<p style=\"white-space: pre-wrap;\">") + escaped(text) + QStringLiteral("</p>");
}

QString section(const QString& heading) { return QStringLiteral("<h3>") + escaped(heading) + QStringLiteral("</h3>"); }

} // namespace

NodeDetailsView::NodeDetailsView(QWidget* parent) : QTextBrowser(parent) {
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    showNode(nullptr);
}

void NodeDetailsView::showNode(const HashtagNode* node) {
    if (!node) {
        setHtml(QStringLiteral("<p><i>") + escaped(tr("Select a hashtag to see its answer.")) +
                QStringLiteral("</i></p>"));
        return;
    }
    setHtml(renderHtml(*node));
}

QString NodeDetailsView::validityText(const HashtagNode& node) {
    if (node.validFrom.isValid() && node.validUntil.isValid())
        return tr("Valid from %1 to %2").arg(longDate(node.validFrom), longDate(node.validUntil));
    if (node.validFrom.isValid()) return tr("Valid from %1").arg(longDate(node.validFrom));
    if (node.validUntil.isValid()) return tr("Valid until %1").arg(longDate(node.validUntil));
    return tr("Always valid");
}

QString NodeDetailsView::renderHtml(const HashtagNode& node) {
    QString html = QStringLiteral("<h2>") + escaped(u'#' + node.tag);
    if (!node.title.isEmpty()) html += QStringLiteral(" — ") + escaped(node.title);
    html += QStringLiteral("</h2>");

    QStringList facts;
    facts.append(node.aliases.isEmpty() ? tr("No aliases")
                                        : tr("Aliases: %1").arg(escaped(hashtags(node.aliases))));
    facts.append(escaped(validityText(node)));
    if (node.reviewedAt.isValid())
        facts.append(node.reviewer.isEmpty()
                         ? tr("Reviewed on %1").arg(escaped(longDate(node.reviewedAt)))
                         : tr("Reviewed on %1 by %2").arg(escaped(longDate(node.reviewedAt)), escaped(node.reviewer)));
    else
        facts.append(tr("Never reviewed"));
    html += QStringLiteral("<p>") + facts.join(QStringLiteral("<br>")) + QStringLiteral("</p>");

    html += section(tr("Answer (Italian)"));
    if (node.answerIt.isEmpty())
        html += QStringLiteral("<p><i>") + escaped(tr("No answer yet.")) + QStringLiteral("</i></p>");
    else
        html += answerBlock(node.answerIt);
    if (!node.answerEn.isEmpty()) {
        html += section(tr("Answer (English)"));
        html += answerBlock(node.answerEn);
    }
    return html;
}

} // namespace sportello::desk
