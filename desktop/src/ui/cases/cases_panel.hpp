#pragma once
// The "Assistenza" tab (answer_requests): the operators' inbox.
//   - the filter (mine / unassigned / all / closed) with the relay's counts;
//   - the queue (CaseQueueModel), most urgent first;
//   - the open case: who and why, the citizen's whole thread as bubbles
//     (with status, author, and failures explained), Claim / Release /
//     Transfer… / Close… / Next case / Reveal number (reveal_phone only);
//   - canned answers: the case's suggestions and a search over the published
//     answers (CannedAnswerModel), inserted into the reply with one click;
//   - the reply box (CaseComposer).
// Live updates: refreshLive() fetches the queue and the open case, the one
// place that brings the tab up to date. From construction the panel follows
// the relay's event stream (/ops/v1/events, EventStream), hidden or not, so
// that the unread badge and the tray follow it: each burst of events calls
// refreshLive() once; while the stream is not open (connecting, broken, an
// older relay) and the tab is visible it runs every liveInterval instead.
// While a case is open and the tab visible, presence is renewed every
// presenceInterval and withdrawn when the operator leaves the case.
//
// Offline (cases_panel_live.cpp): when a call fails at network level the tab
// says so (offlineBanner, offlineChanged), shows the last known queue and
// conversation from the CaseCache, disables replies and case actions (with a
// tooltip saying why), and retries by itself after 1 s, 2 s, 4 s… up to 30 s;
// the first success brings it back (the stream resumes with Last-Event-ID,
// and the queue is fetched afresh). Unread news (UnreadCases) is counted
// from the stream's events and cleared by opening the case; CaseNotifier
// shows each new case in the tray.
//
// Object names: caseFilterMine, caseFilterUnassigned, caseFilterAll,
// caseFilterClosed, caseCounts, caseTable, caseHeader, conversationView,
// claimCaseButton, releaseCaseButton, transferCaseButton, closeCaseButton,
// nextCaseButton, revealNumberButton, offlineBanner, cannedSearch, cannedList,
// caseComposer, casesStatus; the actions nextCaseAction, claimCaseAction,
// focusReplyAction, sendReplyAction, closeCaseAction (actions()).

#include "api/api_client.hpp"
#include "api/reconnect_backoff.hpp"
#include "sportello/api/cases.hpp"

#include <QList>
#include <QWidget>

#include <chrono>
#include <memory>
#include <optional>

class QAction;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTimer;

namespace sportello::desk {
struct ApiFailure;
// The relay could not be reached (no connection, refused, timed out): offline, not an error of the call.
bool isNetworkFailure(const ApiFailure& failure);
}

namespace sportello::desk {

class CannedAnswerModel;
class CaseCache;
class CaseNotifier;
class EventStream;
class UnreadCases;
class CaseComposer;
class CaseQueueModel;

class CasesPanel : public QWidget {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds liveInterval{2000};
    static constexpr std::chrono::milliseconds presenceInterval{15000};
    static constexpr std::chrono::milliseconds clockInterval{30000};   // the queue's time left
    static constexpr std::chrono::milliseconds firstRetry{1000};       // offline: then doubling
    static constexpr std::chrono::milliseconds maxRetry{30000};

    // api must outlive the panel; userId and username are the operator's own.
    CasesPanel(ApiClient& api, qint64 userId, const QString& username, bool canReveal, QWidget* parent = nullptr);
    ~CasesPanel() override;

    CaseQueueModel* model() const { return model_; }
    CannedAnswerModel* cannedModel() const { return canned_; }
    CaseComposer* composer() const { return composer_; }
    QTableView* table() const { return table_; }
    QTextBrowser* conversation() const { return conversation_; }
    // The keyboard actions, for the window's menu.
    QList<QAction*> keyboardActions() const { return keyboardActions_; }
    ApiClient::CaseFilter filter() const { return filter_; }
    void setFilter(ApiClient::CaseFilter filter);
    // The case shown on the right; nullopt when none.
    const std::optional<api::CaseDetail>& openCase() const { return open_; }
    bool isLive() const;        // streaming or polling
    bool isStreaming() const;   // following the relay's event stream
    bool isPolling() const;     // the fallback timer runs
    bool presenceActive() const;
    // The offline cache (null: none); the cached queue is shown at once.
    void setCache(std::unique_ptr<CaseCache> cache);
    CaseCache* cache() const { return cache_.get(); }
    // The relay could not be reached; the last known queue is shown.
    bool isOffline() const { return offline_; }
    // When the next attempt to reach the relay is due while offline.
    std::chrono::milliseconds nextRetry() const;
    void setLiveInterval(std::chrono::milliseconds interval);   // the polling fallback's period
    UnreadCases* unread() const { return unread_; }
    CaseNotifier* notifier() const { return notifier_; }
    // The last problem or result shown under the tab.
    QString statusText() const;

public Q_SLOTS:
    // The queue and the open case, from the relay: the one place that brings
    // the tab up to date (today on a timer, later on the relay's events).
    void refreshLive();
    void openCaseById(qint64 id);
    void claimOpen();
    void releaseOpen();
    void transferOpen();
    void closeOpen();
    void nextCase();
    void revealNumber();

Q_SIGNALS:
    void queueLoaded();
    void caseLoaded(qint64 id);
    void sessionEnded(const QString& message);
    void offlineChanged(bool offline);
    void unreadChanged(int count);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* buildCaseSide();
    void buildActions();
    // fromRelay: a fresh answer, kept in the cache; false: shown from the cache.
    void showCase(const api::CaseDetail& detail, bool fromRelay = true);
    void leaveCase();
    void selectRow(qint64 id);   // the queue's row of the open case, without fetching it again
    void updateLive();
    // cases_panel_live.cpp
    void onEvent(const QString& type, const QByteArray& data);
    void notifyNewCase(qint64 id);
    void queueFailed(const ApiFailure& failure);
    void caseFailed(const ApiFailure& failure);
    void setOffline(bool offline);
    void showCachedQueue();
    void updateOfflineBanner();
    void scheduleLiveTimer();
    void transferTo(const QList<api::CaseOperator>& colleagues);
    void renewPresence();
    void refreshIfStale();
    void updateCounts();
    void updateButtons();
    void searchCanned();
    // For release, transfer and close (204): the buttons rest while the call
    // runs; then message, or the failure, and a refresh.
    ApiClient::Callback<NoContent> whenDone(const QString& message);
    void showFailure(const ApiFailure& failure);
    void setStatus(const QString& text);
    bool ownsOpenCase() const;

    ApiClient& api_;
    qint64 userId_;
    QString username_;
    bool canReveal_;
    ApiClient::CaseFilter filter_ = ApiClient::CaseFilter::All;
    std::optional<api::CaseDetail> open_;
    qint64 presenceFor_ = 0;       // the case our presence mark is on
    bool queueLoading_ = false;
    bool caseLoading_ = false;
    bool stale_ = false;           // a refresh was asked for while answers were on their way
    bool acting_ = false;          // a claim, release, transfer, close or next is on its way
    std::optional<qint64> mineCount_;
    qint64 wanted_ = 0;            // the case whose answer showCase() waits for
    bool followingOpenCase_ = false;
    bool offline_ = false;
    ReconnectBackoff retry_{firstRetry, maxRetry};
    std::chrono::milliseconds liveInterval_ = liveInterval;

    CaseQueueModel* model_;
    CannedAnswerModel* canned_;
    QButtonGroup* filters_;
    QLabel* counts_;
    QTableView* table_;
    QLabel* header_;
    QTextBrowser* conversation_;
    QPushButton* claim_;
    QPushButton* release_;
    QPushButton* transfer_;
    QPushButton* close_;
    QPushButton* next_;
    QPushButton* reveal_;
    QLineEdit* cannedSearch_;
    QListView* cannedList_;
    CaseComposer* composer_;
    QLabel* status_;
    EventStream* events_;
    QTimer* liveTimer_;
    QTimer* eventRefresh_;
    QTimer* clock_;
    QTimer* presenceTimer_;
    QTimer* searchTimer_;
    QList<QAction*> keyboardActions_;
    std::unique_ptr<CaseCache> cache_;
    UnreadCases* unread_;
    CaseNotifier* notifier_;
    QLabel* offlineBanner_;
};

} // namespace sportello::desk
