// BroadcastComposer: validation of what was filled in, the relay's estimate,
// and sending after the confirmation.

#include "ui/broadcasts/broadcast_composer.hpp"

#include "api/api_client.hpp"
#include "text/admin_labels.hpp"
#include "text/template_text.hpp"
#include "ui/dialogs.hpp"
#include "ui/parameter_fields.hpp"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>

namespace sportello::desk {

namespace {

QString estimateText(const BroadcastEstimate& e) {
    const QString who = BroadcastComposer::tr("%n citizen(s) with consent to general information", nullptr,
                                              static_cast<int>(e.recipients));
    if (e.recipients == 0) return who;
    return BroadcastComposer::tr("%1 · about %2 at %3 messages per second")
        .arg(who, AdminLabels::duration(e.etaSeconds), QLocale().toString(e.messagesPerSecond, 'g', 3));
}

} // namespace

std::optional<BroadcastDraft> BroadcastComposer::draft() const {
    if (!problem().isEmpty()) return std::nullopt;
    BroadcastDraft d;
    d.name = name_->text().trimmed();
    if (sourceTemplate_->isChecked()) {
        const MessageTemplate* t = chosenTemplate();
        d.templateName = t->name;
        d.language = t->language;
        for (const QString& value : parameters_->values()) d.parameters.append(value.trimmed());
    } else {
        d.nodeId = chosenAnswer()->id;
    }
    if (scheduleLater_->isChecked()) d.scheduledAt = scheduleEdit_->dateTime().toUTC();
    return d;
}

QString BroadcastComposer::problem() const {
    if (name_->text().trimmed().isEmpty()) return tr("Give the broadcast a name.");
    if (sourceTemplate_->isChecked()) {
        if (!chosenTemplate()) return tr("Choose a template.");
        if (!parameters_->allValid()) return tr("Fill in every parameter: one line of text each.");
    } else if (!chosenAnswer()) {
        return tr("Choose a published answer.");
    }
    if (scheduleLater_->isChecked() && scheduleEdit_->dateTime() <= QDateTime::currentDateTime())
        return tr("The scheduled time has passed: choose a later one, or send now.");
    return {};
}

void BroadcastComposer::changed() {
    const bool byTemplate = sourceTemplate_->isChecked();
    templateCombo_->setEnabled(byTemplate);
    parameters_->setEnabled(byTemplate);
    answerCombo_->setEnabled(!byTemplate);
    scheduleEdit_->setEnabled(scheduleLater_->isChecked());
    parameters_->refreshProblems();
    updatePreview();

    ++estimateSequence_;   // an estimate on its way is for an older request
    estimate_.reset();
    const QString why = problem();
    estimateLabel_->setText(why.isEmpty() ? tr("Counting…") : why);
    sendButton_->setEnabled(why.isEmpty() && !sending_);
    if (why.isEmpty()) estimateTimer_->start();
    else estimateTimer_->stop();
}

void BroadcastComposer::requestEstimate() {
    const std::optional<BroadcastDraft> d = draft();
    if (!d) return;
    const quint64 sequence = ++estimateSequence_;
    api_.estimateBroadcast(*d, this, [this, sequence](ApiResult<BroadcastEstimate> result) {
        if (sequence != estimateSequence_) return;
        if (!result.ok()) {
            if (!handled(result.failure())) estimateLabel_->setText(AdminLabels::failure(result.failure()));
            return;
        }
        estimate_ = result.value();
        estimateLabel_->setText(estimateText(*estimate_));
        Q_EMIT estimateShown();
    });
}

void BroadcastComposer::send() {
    if (sending_) return;
    parameters_->markAllTouched();
    changed();
    const std::optional<BroadcastDraft> d = draft();
    if (!d) return setStatus(problem(), true);
    sending_ = true;
    sendButton_->setEnabled(false);
    setStatus(tr("Counting the recipients…"));
    api_.estimateBroadcast(*d, this, [this, request = *d](ApiResult<BroadcastEstimate> result) {
        if (!result.ok()) {
            sending_ = false;
            changed();
            if (!handled(result.failure())) setStatus(AdminLabels::failure(result.failure()), true);
            return;
        }
        estimate_ = result.value();
        estimateLabel_->setText(estimateText(*estimate_));
        confirmAndCreate(request, result.value());
    });
}

void BroadcastComposer::confirmAndCreate(const BroadcastDraft& request, const BroadcastEstimate& e) {
    const QLocale locale;
    const QString when = request.scheduledAt.isValid()
                             ? tr("on %1").arg(locale.toString(request.scheduledAt.toLocalTime(), QLocale::LongFormat))
                             : tr("now");
    QString text = tr("Send “%1” %2 to %n citizen(s) with consent to general information?", nullptr,
                      static_cast<int>(e.recipients))
                       .arg(request.name, when);
    text += u' ' + tr("At the current rate (%1 messages per second) sending takes about %2.")
                       .arg(locale.toString(e.messagesPerSecond, 'g', 3), AdminLabels::duration(e.etaSeconds));
    if (!Dialogs::confirm(this, tr("Send broadcast"), text, tr("Send"))) {
        sending_ = false;
        changed();
        return setStatus(tr("Not sent."));
    }
    setStatus(tr("Creating the broadcast…"));
    api_.createBroadcast(request, this, [this](ApiResult<Broadcast> result) {
        sending_ = false;
        if (!result.ok()) {
            changed();
            if (!handled(result.failure())) setStatus(AdminLabels::failure(result.failure()), true);
            return;
        }
        name_->clear();   // one broadcast per name: the next one starts fresh
        setStatus(tr("Broadcast “%1” created.").arg(result.value().name));
        Q_EMIT broadcastCreated(result.value());
    });
}

void BroadcastComposer::setStatus(const QString& text, bool isError) {
    status_->setText(text);
    status_->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
}

bool BroadcastComposer::handled(const ApiFailure& failure) {
    if (!failure.endsSession()) return false;
    Q_EMIT sessionEnded(failure.message);
    return true;
}

} // namespace sportello::desk
