#include "ui/content/bot_test_panel.hpp"

#include "api/api_client.hpp"
#include "text/content_labels.hpp"
#include "ui/content/bubble_view.hpp"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sportello::desk {

BotTestPanel::BotTestPanel(ApiClient& api, TagOf tagOf, QWidget* parent)
    : QWidget(parent), api_(api), tagOf_(std::move(tagOf)), input_(new QLineEdit),
      sendButton_(new QPushButton(tr("&Send"))), source_(new QComboBox), rule_(new QLabel), nodes_(new QLabel),
      status_(new QLabel), view_(new BubbleView) {
    input_->setObjectName(QStringLiteral("botInput"));
    input_->setPlaceholderText(tr("Write as a citizen would, e.g. #centrivaccinali or ciao"));
    input_->setMaxLength(4096);
    sendButton_->setObjectName(QStringLiteral("botSendButton"));
    source_->setObjectName(QStringLiteral("botSourceCombo"));
    source_->addItem(tr("Draft (not yet published)"), int(ContentSource::Draft));
    source_->addItem(tr("Published tree (what citizens get now)"), int(ContentSource::Published));
    rule_->setObjectName(QStringLiteral("botRuleLabel"));
    nodes_->setObjectName(QStringLiteral("botNodesLabel"));
    status_->setObjectName(QStringLiteral("botStatus"));
    view_->setObjectName(QStringLiteral("botView"));
    for (QLabel* label : {rule_, nodes_, status_}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }

    auto* top = new QHBoxLayout;
    top->addWidget(input_, 1);
    top->addWidget(source_);
    top->addWidget(sendButton_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(rule_);
    layout->addWidget(nodes_);
    layout->addWidget(view_, 1);
    layout->addWidget(status_);

    connect(input_, &QLineEdit::returnPressed, this, &BotTestPanel::send);
    connect(sendButton_, &QPushButton::clicked, this, &BotTestPanel::send);
    connect(view_, &BubbleView::rowChosen, this, &BotTestPanel::sendReply);
    view_->showNote(tr("Write a message and press Send to see the bot's reply."));
}

void BotTestPanel::setSource(ContentSource source) {
    source_->setCurrentIndex(source_->findData(int(source)));
}

void BotTestPanel::send() {
    BotQuery query;
    query.text = input_->text();
    ask(query);
}

void BotTestPanel::sendReply(const QString& replyId) {
    BotQuery query;
    query.replyId = replyId;
    ask(query);
}

void BotTestPanel::ask(BotQuery query) {
    query.source = static_cast<ContentSource>(source_->currentData().toInt());
    const quint64 mine = ++sequence_;
    status_->setText(tr("Asking the relay…"));
    api_.previewBot(query, this, [this, mine](ApiResult<BotPreview> result) {
        if (mine != sequence_) return;
        if (!result.ok()) {
            status_->setText(result.failure().message);
            return;
        }
        display(result.value());
    });
}

QString BotTestPanel::ruleText(const BotPreview& preview) {
    return tr("Rule: %1 — %2").arg(ContentLabels::ruleLabel(preview.rule), ContentLabels::ruleExplanation(preview.rule));
}

QString BotTestPanel::nodesText(const BotPreview& preview, const TagOf& tagOf) {
    const auto name = [&tagOf](qint64 id) {
        const QString tag = tagOf ? tagOf(id) : QString();
        return tag.isEmpty() ? tr("node %1").arg(id) : QString(u'#' + tag);
    };
    QStringList answered, suggested;
    for (const BotStep& step : preview.steps) {
        if (step.nodeId && !answered.contains(name(*step.nodeId))) answered.append(name(*step.nodeId));
        for (qint64 id : step.suggestions) suggested.append(name(id));
    }
    QStringList parts;
    parts.append(answered.isEmpty() ? tr("No topic answered.") : tr("Answered: %1").arg(answered.join(QStringLiteral(", "))));
    if (!suggested.isEmpty()) parts.append(tr("Suggested: %1").arg(suggested.join(QStringLiteral(", "))));
    if (preview.unanswered) parts.append(tr("Counted as unanswered."));
    if (preview.escalate) parts.append(tr("Forwarded to the operators."));
    return parts.join(u' ');
}

void BotTestPanel::display(const BotPreview& preview) {
    rule_->setText(ruleText(preview));
    nodes_->setText(nodesText(preview, tagOf_));
    status_->setText(preview.source == ContentSource::Draft ? tr("Answered from the draft (revision %1).").arg(preview.revision)
                                                            : tr("Answered from published version %1.").arg(preview.revision));
    view_->showMessages(preview.messages);
    Q_EMIT answered(preview);
}

} // namespace sportello::desk
