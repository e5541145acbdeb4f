#include "ui/alerts/alert_banner.hpp"

#include "api/api_client.hpp"
#include "sportello/whatsapp/error_codes.hpp"
#include "text/admin_labels.hpp"
#include "ui/dialogs.hpp"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

#include <algorithm>

namespace sportello::desk {

AlertBanner::AlertBanner(ApiClient& api, bool canResume, QWidget* parent)
    : QFrame(parent), api_(api), canResume_(canResume), text_(new QLabel),
      resume_(new QPushButton(tr("&Resume sending…"))), timer_(new QTimer(this)) {
    setObjectName(QStringLiteral("alertBanner"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#alertBanner { background-color: #fde7e9; border: 1px solid #b00020; }"
                                 "#alertBanner QLabel { color: #8a0016; font-weight: bold; }"));
    text_->setObjectName(QStringLiteral("alertText"));
    text_->setWordWrap(true);
    text_->setTextFormat(Qt::PlainText);
    resume_->setObjectName(QStringLiteral("resumeSendingButton"));
    resume_->setToolTip(tr("The cause is fixed (e.g. a new access token): send the queued messages again"));
    resume_->setVisible(canResume_);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(text_, 1);
    layout->addWidget(resume_);
    connect(resume_, &QPushButton::clicked, this, &AlertBanner::resumeSending);
    connect(timer_, &QTimer::timeout, this, &AlertBanner::check);
    setVisible(false);
}

void AlertBanner::start(std::chrono::milliseconds interval) {
    timer_->start(interval);
    check();
}

QString AlertBanner::text() const { return isVisible() ? text_->text() : QString(); }

QString AlertBanner::describe(const SendingAlert& alert) {
    const QString since =
        alert.since.isValid() ? QLocale().toString(alert.since.toLocalTime(), QLocale::ShortFormat) : QString();
    QString cause;
    if (alert.code == wa::error_code::access_token)
        cause = tr("WhatsApp refused the access token (error %1).").arg(alert.code);
    else if (alert.code == 0)
        cause = tr("WhatsApp refused the relay's credentials.");
    else if (alert.code == wa::error_code::policy_block || alert.code == wa::error_code::account_locked)
        cause = tr("WhatsApp blocked or restricted the account (error %1).").arg(alert.code);
    else
        cause = tr("WhatsApp error %1.").arg(alert.code);
    QString text = tr("Sending suspended: %1").arg(cause);
    if (!since.isEmpty()) text += u' ' + tr("Since %1; no message is sent, the queue is kept.").arg(since);
    return text;
}

void AlertBanner::check() {
    if (checking_) return;
    checking_ = true;
    api_.fetchAlerts(this, [this](ApiResult<QList<SendingAlert>> result) {
        checking_ = false;
        if (!result.ok()) {
            // Not an alert by itself: the next check may succeed. Only a lost session matters now.
            if (result.failure().endsSession()) {
                timer_->stop();
                Q_EMIT sessionEnded(result.failure().message);
            }
            return;
        }
        setAlerts(result.value());
    });
}

void AlertBanner::setAlerts(const QList<SendingAlert>& alerts) {
    const bool changed = alerts.size() != alerts_.size() ||
                         std::any_of(alerts.begin(), alerts.end(), [this](const SendingAlert& a) {
                             return std::none_of(alerts_.begin(), alerts_.end(), [&a](const SendingAlert& b) {
                                 return a.id == b.id && a.code == b.code && a.since == b.since;
                             });
                         });
    alerts_ = alerts;
    QStringList lines;
    for (const SendingAlert& a : alerts_) lines.append(describe(a));
    text_->setText(lines.join(u'\n'));
    setVisible(!alerts_.isEmpty());
    resume_->setEnabled(true);
    if (changed) Q_EMIT alertsChanged();
}

void AlertBanner::resumeSending() {
    if (!canResume_ || alerts_.isEmpty()) return;
    if (!Dialogs::confirm(this, tr("Resume sending"),
                          tr("Resume sending? Do it only once the cause is fixed (for example a new access token "
                             "in the relay's configuration); otherwise WhatsApp refuses again and sending stops "
                             "again."),
                          tr("Resume sending")))
        return;
    resume_->setEnabled(false);
    api_.clearSendingAlert(this, [this](ApiResult<NoContent> result) {
        if (!result.ok()) {
            resume_->setEnabled(true);
            if (result.failure().endsSession()) Q_EMIT sessionEnded(result.failure().message);
            else text_->setText(text_->text() + u'\n' + AdminLabels::failure(result.failure()));
            return;
        }
        check();   // the relay's word, not ours, decides whether the banner goes
    });
}

} // namespace sportello::desk
