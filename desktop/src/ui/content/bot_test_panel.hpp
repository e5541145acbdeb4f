#pragma once
// "Prova il bot": the operator writes what a citizen would, and sees exactly
// the reply the relay would send (its dry run, POST /ops/v1/bot/preview),
// the rule that decided it and the nodes answered, against the draft or the
// published tree. Clicking a menu row plays that choice.
//
// Object names: botInput, botSendButton, botSourceCombo, botRuleLabel,
// botNodesLabel, botView (BubbleView), botStatus.

#include "api/content_types.hpp"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sportello::desk {

class ApiClient;
class BubbleView;

class BotTestPanel : public QWidget {
    Q_OBJECT

public:
    // Names a node id (without '#'); empty when unknown.
    using TagOf = std::function<QString(qint64)>;

    // api must outlive the panel.
    BotTestPanel(ApiClient& api, TagOf tagOf, QWidget* parent = nullptr);

    void setSource(ContentSource source);
    // What the panel shows for an answer (also used by tests).
    static QString ruleText(const BotPreview& preview);
    static QString nodesText(const BotPreview& preview, const TagOf& tagOf);

public Q_SLOTS:
    void send();                               // the text in botInput
    void sendReply(const QString& replyId);    // a menu choice

Q_SIGNALS:
    void answered(const sportello::desk::BotPreview& preview);

private:
    void ask(BotQuery query);
    void display(const BotPreview& preview);

    ApiClient& api_;
    TagOf tagOf_;
    QLineEdit* input_;
    QPushButton* sendButton_;
    QComboBox* source_;
    QLabel* rule_;
    QLabel* nodes_;
    QLabel* status_;
    BubbleView* view_;
    quint64 sequence_ = 0;
};

} // namespace sportello::desk
