#include "ui/content/bubble_view.hpp"

#include "text/bubble_html.hpp"

#include <QUrl>

namespace sportello::desk {

BubbleView::BubbleView(QWidget* parent) : QTextBrowser(parent) {
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    // WhatsApp's chat background, whatever the desktop theme.
    setStyleSheet(QStringLiteral("QTextBrowser { background-color: #efeae2; color: #111b21; }"));
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        const QString text = url.toString(QUrl::FullyEncoded);
        const QString prefix = QLatin1String(BubbleHtml::replyScheme) + u':';
        if (text.startsWith(prefix))
            Q_EMIT rowChosen(QUrl::fromPercentEncoding(text.sliced(prefix.size()).toLatin1()));
    });
}

void BubbleView::showMessages(const QList<BotMessage>& messages) {
    messages_ = messages;
    setHtml(BubbleHtml::conversation(messages));
}

void BubbleView::showNote(const QString& text) {
    messages_.clear();
    setHtml(QStringLiteral("<p><i>") + text.toHtmlEscaped() + QStringLiteral("</i></p>"));
}

} // namespace sportello::desk
