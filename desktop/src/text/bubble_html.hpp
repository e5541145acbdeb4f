#pragma once
// The messages a citizen receives, drawn as WhatsApp bubbles in the HTML
// subset of Qt's rich text. Text is formatted as WhatsApp formats it
// (whatsapp_html.hpp); a list message shows its body, the button that opens
// it, and the rows the phone shows once it is opened. Each row is a link
// "reply:<percent-encoded row id>" so that a view can play the choice.

#include "api/content_types.hpp"

#include <QCoreApplication>
#include <QString>

namespace sportello::desk {

class BubbleHtml {
    Q_DECLARE_TR_FUNCTIONS(BubbleHtml)

public:
    static constexpr const char* replyScheme = "reply";

    // One bubble.
    static QString message(const BotMessage& message);
    // A whole conversation document; an empty list gives a hint.
    static QString conversation(const QList<BotMessage>& messages);
};

} // namespace sportello::desk
