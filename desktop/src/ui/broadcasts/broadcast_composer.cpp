// BroadcastComposer: its fields, the sources it offers (templates and
// published answers) and the preview. Validation, estimate and sending are
// in broadcast_composer_send.cpp.

#include "ui/broadcasts/broadcast_composer.hpp"

#include "api/api_client.hpp"
#include "text/template_text.hpp"
#include "ui/content/bubble_view.hpp"
#include "ui/parameter_fields.hpp"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

namespace sportello::desk {

namespace {

constexpr int estimateDelayMs = 400;   // after the last keystroke
constexpr int maxNameLength = 200;     // as the relay accepts

QHBoxLayout* row(std::initializer_list<QWidget*> widgets) {
    auto* layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* w : widgets) layout->addWidget(w);
    layout->addStretch(1);
    return layout;
}

} // namespace

BroadcastComposer::BroadcastComposer(ApiClient& api, QWidget* parent)
    : QWidget(parent), api_(api), name_(new QLineEdit), sourceTemplate_(new QRadioButton(tr("A &template"))),
      sourceAnswer_(new QRadioButton(tr("A published &answer"))), templateCombo_(new QComboBox),
      parameters_(new ParameterFields(QStringLiteral("parameter"))), answerCombo_(new QComboBox),
      scheduleNow_(new QRadioButton(tr("&Now"))), scheduleLater_(new QRadioButton(tr("&Later, on:"))),
      scheduleEdit_(new QDateTimeEdit), estimateLabel_(new QLabel), preview_(new BubbleView),
      sendButton_(new QPushButton(tr("&Send…"))), status_(new QLabel), estimateTimer_(new QTimer(this)) {
    name_->setObjectName(QStringLiteral("broadcastNameEdit"));
    name_->setMaxLength(maxNameLength);
    name_->setPlaceholderText(tr("For the history, e.g. “New opening hours of the hubs”"));
    sourceTemplate_->setObjectName(QStringLiteral("sourceTemplateRadio"));
    sourceAnswer_->setObjectName(QStringLiteral("sourceAnswerRadio"));
    sourceTemplate_->setChecked(true);
    auto* sources = new QButtonGroup(this);
    sources->addButton(sourceTemplate_);
    sources->addButton(sourceAnswer_);
    templateCombo_->setObjectName(QStringLiteral("templateCombo"));
    answerCombo_->setObjectName(QStringLiteral("answerCombo"));
    scheduleNow_->setObjectName(QStringLiteral("scheduleNowRadio"));
    scheduleLater_->setObjectName(QStringLiteral("scheduleLaterRadio"));
    scheduleNow_->setChecked(true);
    auto* schedule = new QButtonGroup(this);
    schedule->addButton(scheduleNow_);
    schedule->addButton(scheduleLater_);
    scheduleEdit_->setObjectName(QStringLiteral("scheduleEdit"));
    scheduleEdit_->setTimeSpec(Qt::LocalTime);   // shown in local time; sent in UTC
    scheduleEdit_->setCalendarPopup(true);
    scheduleEdit_->setDateTime(QDateTime::currentDateTime().addSecs(3600));
    scheduleEdit_->setToolTip(tr("Local time of this computer"));
    estimateLabel_->setObjectName(QStringLiteral("estimateLabel"));
    estimateLabel_->setWordWrap(true);
    preview_->setObjectName(QStringLiteral("broadcastPreview"));
    preview_->setMinimumWidth(320);
    sendButton_->setObjectName(QStringLiteral("sendBroadcastButton"));
    sendButton_->setToolTip(tr("Shows recipients and duration, and asks before sending"));
    status_->setObjectName(QStringLiteral("composerStatus"));
    status_->setWordWrap(true);
    estimateTimer_->setSingleShot(true);
    estimateTimer_->setInterval(estimateDelayMs);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), name_);
    form->addRow(tr("Content:"), row({sourceTemplate_, sourceAnswer_}));
    form->addRow(tr("Te&mplate:"), templateCombo_);
    form->addRow(parameters_);
    form->addRow(tr("Published ans&wer:"), answerCombo_);
    form->addRow(tr("When:"), row({scheduleNow_, scheduleLater_, scheduleEdit_}));
    form->addRow(tr("Recipients:"), estimateLabel_);
    auto* left = new QVBoxLayout;
    left->addLayout(form);
    left->addStretch(1);
    left->addWidget(status_);
    left->addLayout(row({sendButton_}));
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("What the citizen reads:")));
    right->addWidget(preview_, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);

    connect(name_, &QLineEdit::textChanged, this, &BroadcastComposer::changed);
    connect(parameters_, &ParameterFields::edited, this, &BroadcastComposer::changed);
    for (QRadioButton* b : {sourceTemplate_, sourceAnswer_, scheduleNow_, scheduleLater_})
        connect(b, &QRadioButton::toggled, this, &BroadcastComposer::changed);
    connect(templateCombo_, &QComboBox::currentIndexChanged, this, [this] {
        parameters_->setCount(chosenTemplate() ? chosenTemplate()->parameterCount : 0);
        changed();
    });
    connect(answerCombo_, &QComboBox::currentIndexChanged, this, &BroadcastComposer::changed);
    connect(scheduleEdit_, &QDateTimeEdit::dateTimeChanged, this, &BroadcastComposer::changed);
    connect(estimateTimer_, &QTimer::timeout, this, &BroadcastComposer::requestEstimate);
    connect(sendButton_, &QPushButton::clicked, this, &BroadcastComposer::send);
    changed();
}

void BroadcastComposer::reloadSources() {
    if (sourcesPending_ > 0) return;   // the answers on their way are fresh enough
    sourcesPending_ = 2;
    const auto finished = [this] {
        if (--sourcesPending_ == 0) {
            changed();
            Q_EMIT sourcesLoaded();
        }
    };
    api_.fetchTemplates(this, [this, finished](ApiResult<QList<MessageTemplate>> result) {
        if (!result.ok()) {
            if (!handled(result.failure())) setStatus(result.failure().message, true);
        } else {
            const QString previous = templateCombo_->currentText();
            templates_ = result.value();
            const QSignalBlocker quiet(templateCombo_);
            templateCombo_->clear();
            for (const MessageTemplate& t : templates_)
                templateCombo_->addItem(QStringLiteral("%1 (%2)").arg(t.name, t.language));
            templateCombo_->setCurrentIndex(std::max(0, templateCombo_->findText(previous)));
            parameters_->setCount(chosenTemplate() ? chosenTemplate()->parameterCount : 0);
        }
        finished();
    });
    api_.fetchTree(this, [this, finished](ApiResult<TreeSnapshot> result) {
        if (!result.ok()) {
            if (!handled(result.failure())) setStatus(result.failure().message, true);
        } else {
            const QVariant previous = answerCombo_->currentData();
            answers_.clear();
            const QSignalBlocker quiet(answerCombo_);
            answerCombo_->clear();
            for (const HashtagNode& n : result.value().nodes) {
                if (n.answerIt.trimmed().isEmpty()) continue;
                answers_.append(n);
                QString label = u'#' + n.tag;
                if (!n.title.isEmpty()) label += QStringLiteral(" — ") + n.title;
                answerCombo_->addItem(label, n.id);
            }
            answerCombo_->setCurrentIndex(std::max(0, answerCombo_->findData(previous)));
        }
        finished();
    });
}

const MessageTemplate* BroadcastComposer::chosenTemplate() const {
    const int index = templateCombo_->currentIndex();
    return index >= 0 && index < templates_.size() ? &templates_[index] : nullptr;
}

const MessageTemplate* BroadcastComposer::findTemplate(const QString& name, const QString& language) const {
    for (const MessageTemplate& t : templates_)
        if (t.name == name && t.language == language) return &t;
    return nullptr;
}

const HashtagNode* BroadcastComposer::chosenAnswer() const {
    const qint64 id = answerCombo_->currentData().toLongLong();
    for (const HashtagNode& n : answers_)
        if (n.id == id) return &n;
    return nullptr;
}

void BroadcastComposer::updatePreview() {
    QString text;
    if (sourceTemplate_->isChecked()) {
        const MessageTemplate* t = chosenTemplate();
        if (!t) return preview_->showNote(tr("Choose a template."));
        if (t->body.isEmpty())
            return preview_->showNote(tr("The registry has no text for this template: the citizen reads the text "
                                         "approved on Meta."));
        QStringList parameters;
        const QStringList typed = parameters_->values();
        for (qsizetype i = 0; i < typed.size(); ++i)
            parameters.append(typed[i].isEmpty() ? QStringLiteral("{{%1}}").arg(i + 1) : typed[i]);
        text = TemplateText::render(t->body, parameters);
    } else {
        const HashtagNode* n = chosenAnswer();
        if (!n) return preview_->showNote(tr("Choose a published answer."));
        const QString parameter = TemplateText::answerParameter(n->title, n->answerIt);
        const MessageTemplate* info = findTemplate(QLatin1String(informationTemplate), QStringLiteral("it"));
        text = info && !info->body.isEmpty() ? TemplateText::render(info->body, {parameter}) : parameter;
    }
    BotMessage message;
    message.kind = BotMessage::Kind::Text;
    message.body = text;
    preview_->showMessages({message});
}

} // namespace sportello::desk
