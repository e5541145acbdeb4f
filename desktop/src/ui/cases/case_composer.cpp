#include "ui/cases/case_composer.hpp"

#include "api/api_client.hpp"
#include "api/wire_conversion.hpp"
#include "text/case_labels.hpp"
#include "text/template_text.hpp"
#include "ui/parameter_fields.hpp"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

namespace sportello::desk {

CaseComposer::CaseComposer(ApiClient& api, QWidget* parent)
    : QWidget(parent), api_(api), countdown_(new QLabel), modes_(new QStackedWidget), text_(new QPlainTextEdit),
      templateCombo_(new QComboBox), parameters_(new ParameterFields(QStringLiteral("replyParameter"))), templatePreview_(new QLabel),
      sendButton_(new QPushButton(tr("&Send"))), status_(new QLabel), clock_(new QTimer(this)) {
    countdown_->setObjectName(QStringLiteral("windowCountdown"));
    text_->setObjectName(QStringLiteral("replyEdit"));
    text_->setTabChangesFocus(true);
    templateCombo_->setObjectName(QStringLiteral("replyTemplateCombo"));
    templatePreview_->setObjectName(QStringLiteral("replyTemplatePreview"));
    templatePreview_->setWordWrap(true);
    templatePreview_->setTextFormat(Qt::PlainText);
    sendButton_->setObjectName(QStringLiteral("sendReplyButton"));
    status_->setObjectName(QStringLiteral("replyStatus"));
    status_->setWordWrap(true);
    clock_->setInterval(1000);

    auto* templatePage = new QWidget;
    auto* templateLayout = new QVBoxLayout(templatePage);
    templateLayout->setContentsMargins(0, 0, 0, 0);
    auto* explanation = new QLabel(tr("The citizen's 24-hour window is closed: only an approved template can be sent."));
    explanation->setWordWrap(true);
    templateLayout->addWidget(explanation);
    templateLayout->addWidget(templateCombo_);
    templateLayout->addWidget(parameters_);
    templateLayout->addWidget(templatePreview_);
    templateLayout->addStretch(1);
    modes_->addWidget(text_);
    modes_->addWidget(templatePage);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(status_, 1);
    bottom->addWidget(sendButton_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(countdown_);
    layout->addWidget(modes_, 1);
    layout->addLayout(bottom);

    connect(clock_, &QTimer::timeout, this, &CaseComposer::tick);
    connect(text_, &QPlainTextEdit::textChanged, this, &CaseComposer::updateState);
    connect(templateCombo_, &QComboBox::currentIndexChanged, this, [this] {
        parameters_->setCount(chosenTemplate() ? chosenTemplate()->parameterCount : 0);
        updateState();
    });
    connect(parameters_, &ParameterFields::edited, this, &CaseComposer::updateState);
    connect(sendButton_, &QPushButton::clicked, this, &CaseComposer::send);
    setCase(0, false, std::nullopt);
}

void CaseComposer::setCase(qint64 caseId, bool owned, const std::optional<std::int64_t>& windowClosesAtMs) {
    if (caseId != caseId_) {
        text_->clear();
        status_->clear();
        parameters_->clearValues();
    }
    caseId_ = caseId;
    owned_ = owned;
    closesAtMs_ = windowClosesAtMs;
    if (caseId_ != 0) clock_->start();
    else clock_->stop();
    tick();
}

void CaseComposer::tick() {
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    const bool open = closesAtMs_ && *closesAtMs_ > now;
    if (caseId_ == 0) countdown_->clear();
    else if (open)
        countdown_->setText(tr("The citizen's 24-hour window closes in %1.").arg(CaseLabels::timeLeft(closesAtMs_, now)));
    else countdown_->setText(tr("The citizen's 24-hour window is closed."));
    setTemplatesOnly(caseId_ != 0 && !open);
}

void CaseComposer::setTemplatesOnly(bool only) {
    if (only == templatesOnly_ && modes_->currentIndex() == (only ? 1 : 0)) return updateState();
    templatesOnly_ = only;
    modes_->setCurrentIndex(only ? 1 : 0);
    if (only) loadTemplates();
    updateState();
}

void CaseComposer::loadTemplates() {
    if (templatesLoaded_) return;
    templatesLoaded_ = true;
    api_.fetchTemplates(this, [this](ApiResult<QList<MessageTemplate>> result) {
        if (!result.ok()) {
            templatesLoaded_ = false;   // try again next time
            status_->setText(result.failure().message);
            Q_EMIT failed(result.failure());
            return;
        }
        templates_ = result.value();
        const QSignalBlocker quiet(templateCombo_);
        templateCombo_->clear();
        for (const MessageTemplate& t : templates_)
            templateCombo_->addItem(QStringLiteral("%1 (%2)").arg(t.name, t.language));
        parameters_->setCount(chosenTemplate() ? chosenTemplate()->parameterCount : 0);
        updateState();
    });
}

const MessageTemplate* CaseComposer::chosenTemplate() const {
    const int i = templateCombo_->currentIndex();
    return i >= 0 && i < templates_.size() ? &templates_[i] : nullptr;
}

std::optional<api::CaseReply> CaseComposer::reply() const {
    if (caseId_ == 0 || !owned_) return std::nullopt;
    api::CaseReply r;
    if (!templatesOnly_) {
        if (text_->toPlainText().trimmed().isEmpty()) return std::nullopt;
        r.text = toUtf8(text_->toPlainText());
        return r;
    }
    const MessageTemplate* t = chosenTemplate();
    if (!t) return std::nullopt;
    r.template_name = toUtf8(t->name);
    r.template_language = toUtf8(t->language);
    if (!parameters_->allValid()) return std::nullopt;
    for (const QString& value : parameters_->values()) r.parameters.push_back(toUtf8(value.trimmed()));
    return r;
}

void CaseComposer::updateState() {
    parameters_->refreshProblems();
    const MessageTemplate* t = chosenTemplate();
    templatePreview_->setText(t ? TemplateText::render(t->body, parameters_->values()) : QString());
    text_->setEnabled(caseId_ != 0 && owned_);
    templateCombo_->setEnabled(caseId_ != 0 && owned_);
    sendButton_->setEnabled(!offline_ && !sending_ && reply().has_value());
    sendButton_->setToolTip(offline_ ? tr("The relay cannot be reached: the reply cannot be sent now.") : QString());
    text_->setPlaceholderText(caseId_ != 0 && !owned_
                                  ? tr("Claim the case to reply.")
                                  : tr("Write the reply to the citizen (Ctrl+Enter sends it)"));
}

void CaseComposer::setOffline(bool offline) {
    if (offline == offline_) return;
    offline_ = offline;
    updateState();
}

void CaseComposer::insertText(const QString& text) {
    if (templatesOnly_ || !text_->isEnabled()) return;
    text_->insertPlainText(text);
    text_->setFocus();
}

void CaseComposer::focusEditor() {
    if (templatesOnly_) {
        if (parameters_->count() > 0) parameters_->focusFirst();
        else templateCombo_->setFocus();
    } else {
        text_->setFocus();
    }
}

void CaseComposer::send() {
    parameters_->markAllTouched();
    parameters_->refreshProblems();
    auto r = reply();
    if (!r || sending_) return;
    if (offline_) {
        status_->setText(tr("Not sent: the relay cannot be reached. Your text stays here."));
        return;
    }
    r->idempotency_key = toUtf8(QUuid::createUuid().toString(QUuid::WithoutBraces));
    sending_ = true;
    updateState();
    status_->setText(tr("Sending…"));
    const qint64 caseId = caseId_;
    api_.replyToCase(caseId, *r, this, [this, caseId](ApiResult<api::CaseReplyAccepted> result) {
        sending_ = false;
        if (!result.ok()) {
            const ApiFailure& f = result.failure();
            status_->setText(f.message);
            if (f.serverCode == api::ErrorCode::outside_window) {
                closesAtMs_.reset();   // the relay knows better than our clock
                tick();
            }
            updateState();
            Q_EMIT failed(f);
            return;
        }
        if (caseId == caseId_) {
            text_->clear();
            parameters_->clearValues();
        }
        status_->setText(tr("Reply queued for sending."));
        updateState();
        Q_EMIT replySent(caseId);
    });
}

} // namespace sportello::desk
