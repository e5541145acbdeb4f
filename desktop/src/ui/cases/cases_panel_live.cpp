// CasesPanel's life with the relay: the stream's events (unread news, tray
// notifications), being offline (the cache, the banner, retries with
// backoff), and the transfer picker's colleagues.

#include "ui/cases/cases_panel.hpp"

#include "api/event_stream.hpp"
#include "api/wire_conversion.hpp"
#include "model/case_cache.hpp"
#include "model/case_queue_model.hpp"
#include "model/unread_cases.hpp"
#include "ui/cases/case_notifier.hpp"
#include "ui/dialogs.hpp"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QTimer>

namespace sportello::desk {

bool isNetworkFailure(const ApiFailure& failure) {
    return failure.kind == ApiFailure::Kind::Network || failure.kind == ApiFailure::Kind::Timeout;
}

void CasesPanel::setCache(std::unique_ptr<CaseCache> cache) {
    cache_ = std::move(cache);
    if (model_->rowCount() == 0) showCachedQueue();
}

std::chrono::milliseconds CasesPanel::nextRetry() const { return retry_.peek(); }

void CasesPanel::setLiveInterval(std::chrono::milliseconds interval) {
    liveInterval_ = interval;
    scheduleLiveTimer();
}

// The timer polls while the tab is visible and the stream is not open, and
// retries while offline (visible or not), after a growing pause.
void CasesPanel::scheduleLiveTimer() {
    const bool wanted = offline_ || (isVisible() && !events_->isConnected());
    if (!wanted) return liveTimer_->stop();
    if (offline_) {
        if (!liveTimer_->isActive()) {
            liveTimer_->setInterval(retry_.peek());
            liveTimer_->start();
        }
        return;
    }
    liveTimer_->setInterval(liveInterval_);
    if (!liveTimer_->isActive()) liveTimer_->start();
}

void CasesPanel::onEvent(const QString& type, const QByteArray& data) {
    const auto event = UnreadCases::parse(type, data);
    if (!event) return;
    const qint64 viewing = open_ && isVisible() ? open_->summary.id : 0;
    if (unread_->onEvent(*event, viewing)) notifyNewCase(event->caseId);
}

// The notification names the citizen (masked) and their words: one fetch of the case.
void CasesPanel::notifyNewCase(qint64 id) {
    api_.fetchCase(id, this, [this, id](ApiResult<api::CaseDetail> result) {
        if (!result.ok()) return notifier_->newCase(id, {}, {});
        const api::CaseSummary& c = result.value().summary;
        QString who = toQString(c.citizen);
        if (!c.profile_name.empty()) who = toQString(c.profile_name) + QStringLiteral(" · ") + who;
        notifier_->newCase(id, who, toQString(c.preview));
    });
}

void CasesPanel::queueFailed(const ApiFailure& failure) {
    if (!isNetworkFailure(failure)) return showFailure(failure);
    // Each failed attempt waits longer before the next (1 s, 2 s… 30 s).
    const auto pause = retry_.next();
    setOffline(true);
    liveTimer_->start(pause);
    updateOfflineBanner();
}

void CasesPanel::caseFailed(const ApiFailure& failure) {
    if (isNetworkFailure(failure)) return setOffline(true);
    showFailure(failure);
}

void CasesPanel::setOffline(bool offline) {
    if (offline == offline_) return;
    offline_ = offline;
    if (offline) {
        if (model_->rowCount() == 0) showCachedQueue();
    } else {
        retry_.reset();
        liveTimer_->stop();
        // Back: the stream (if it is not already) and a fresh look at everything.
        if (!events_->isConnected()) {
            events_->stop();
            events_->start();
        }
    }
    updateOfflineBanner();
    updateButtons();
    scheduleLiveTimer();
    Q_EMIT offlineChanged(offline);
}

void CasesPanel::showCachedQueue() {
    if (!cache_) return;
    const auto cached = cache_->queue(ApiClient::caseFilterName(filter_));
    if (!cached) return;
    model_->setCases(*cached, QDateTime::currentMSecsSinceEpoch());
    updateCounts();
    Q_EMIT queueLoaded();
}

void CasesPanel::updateOfflineBanner() {
    offlineBanner_->setVisible(offline_);
    if (!offline_) return offlineBanner_->clear();
    QString text = tr("Offline: the relay cannot be reached. Replies and case actions are disabled until the "
                      "connection is back; the desk reconnects by itself.");
    const QDateTime saved = cache_ ? cache_->queueSavedAt(ApiClient::caseFilterName(filter_)) : QDateTime();
    if (saved.isValid())
        text += u' ' + tr("The queue shown is the last known, from %1.")
                           .arg(QLocale().toString(saved.toLocalTime(), QLocale::ShortFormat));
    offlineBanner_->setText(text);
}

void CasesPanel::transferTo(const QList<api::CaseOperator>& colleagues) {
    if (!ownsOpenCase()) return;
    QList<api::CaseOperator> others;
    QStringList names;
    for (const auto& c : colleagues) {
        if (c.id == userId_ || toQString(c.username) == username_) continue;
        others.append(c);
        names.append(c.display_name.empty() || c.display_name == c.username
                         ? toQString(c.username)
                         : tr("%1 (%2)", "display name (username)").arg(toQString(c.display_name), toQString(c.username)));
    }
    if (others.isEmpty()) return setStatus(tr("No colleague who may answer requests can take the case."));
    const auto chosen = Dialogs::choose(this, tr("Transfer the case"), tr("Colleague who takes the case:"), names, 0);
    if (!chosen || *chosen < 0 || *chosen >= others.size() || !ownsOpenCase()) return;
    const qint64 id = open_->summary.id;
    const api::CaseOperator& to = others[*chosen];
    api_.transferCase(id, toQString(to.username), this,
                      whenDone(tr("Case %1 transferred to %2.").arg(id).arg(names[*chosen])));
}

} // namespace sportello::desk
