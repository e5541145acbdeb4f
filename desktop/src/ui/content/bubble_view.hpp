#pragma once
// Shows messages as the citizen's phone does (BubbleHtml). Never opens
// links; a click on a list row emits rowChosen with the row's reply id.

#include "api/content_types.hpp"

#include <QTextBrowser>

namespace sportello::desk {

class BubbleView : public QTextBrowser {
    Q_OBJECT

public:
    explicit BubbleView(QWidget* parent = nullptr);

    void showMessages(const QList<BotMessage>& messages);
    void showNote(const QString& text);   // a hint or an error instead of messages
    const QList<BotMessage>& messages() const { return messages_; }

Q_SIGNALS:
    void rowChosen(const QString& replyId);

private:
    QList<BotMessage> messages_;
};

} // namespace sportello::desk
