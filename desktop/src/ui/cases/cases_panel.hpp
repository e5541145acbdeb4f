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
// place that brings the tab up to date. While the tab is visible it follows
// the relay's event stream (/ops/v1/events, EventStream): each burst of
// events calls it once; while the stream is not open (connecting, broken,
// an older relay) it runs every liveInterval instead. While a case is open
// and the tab visible, presence is renewed every presenceInterval and
// withdrawn when the operator leaves the case.
//
// Object names: caseFilterMine, caseFilterUnassigned, caseFilterAll,
// caseFilterClosed, caseCounts, caseTable, caseHeader, conversationView,
// claimCaseButton, releaseCaseButton, transferCaseButton, closeCaseButton,
// nextCaseButton, revealNumberButton, cannedSearch, cannedList,
// caseComposer, casesStatus; the actions nextCaseAction, claimCaseAction,
// focusReplyAction, sendReplyAction, closeCaseAction (actions()).

#include "api/api_client.hpp"
#include "sportello/api/cases.hpp"

#include <QList>
#include <QWidget>

#include <chrono>
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

class CannedAnswerModel;
class EventStream;
class CaseComposer;
class CaseQueueModel;

class CasesPanel : public QWidget {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds liveInterval{2000};
    static constexpr std::chrono::milliseconds presenceInterval{15000};
    static constexpr std::chrono::milliseconds clockInterval{30000};   // the queue's time left

    // api must outlive the panel; username is the operator's own.
    CasesPanel(ApiClient& api, const QString& username, bool canReveal, QWidget* parent = nullptr);
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

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* buildCaseSide();
    void buildActions();
    void showCase(const api::CaseDetail& detail);
    void leaveCase();
    void selectRow(qint64 id);   // the queue's row of the open case, without fetching it again
    void updateLive();
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
};

} // namespace sportello::desk
