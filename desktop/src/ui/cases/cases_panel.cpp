#include "ui/cases/cases_panel.hpp"

#include "api/event_stream.hpp"
#include "api/wire_conversion.hpp"
#include "model/canned_answer_model.hpp"
#include "model/case_cache.hpp"
#include "model/case_queue_model.hpp"
#include "model/unread_cases.hpp"
#include "text/admin_labels.hpp"
#include "text/case_labels.hpp"
#include "ui/cases/case_composer.hpp"
#include "ui/cases/case_notifier.hpp"

#include <QAction>
#include <QButtonGroup>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>


namespace sportello::desk {

namespace {

std::int64_t nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

} // namespace

CasesPanel::CasesPanel(ApiClient& api, qint64 userId, const QString& username, bool canReveal, QWidget* parent)
    : QWidget(parent), api_(api), userId_(userId), username_(username), canReveal_(canReveal), model_(new CaseQueueModel(this)),
      canned_(new CannedAnswerModel(this)), filters_(new QButtonGroup(this)), counts_(new QLabel),
      table_(new QTableView), header_(new QLabel), conversation_(new QTextBrowser),
      claim_(new QPushButton(tr("C&laim"))), release_(new QPushButton(tr("&Release"))),
      transfer_(new QPushButton(tr("&Transfer…"))), close_(new QPushButton(tr("Cl&ose…"))),
      next_(new QPushButton(tr("&Next case"))), reveal_(new QPushButton(tr("Reveal &number"))),
      cannedSearch_(new QLineEdit), cannedList_(new QListView), composer_(new CaseComposer(api)),
      status_(new QLabel), events_(new EventStream(api, QStringLiteral("/ops/v1/events"), this)),
      liveTimer_(new QTimer(this)), eventRefresh_(new QTimer(this)), clock_(new QTimer(this)), presenceTimer_(new QTimer(this)),
      searchTimer_(new QTimer(this)), unread_(new UnreadCases(userId, this)), notifier_(new CaseNotifier(this)),
      offlineBanner_(new QLabel) {
    const auto filterButton = [this](const char* name, ApiClient::CaseFilter filter) {
        auto* b = new QToolButton;
        b->setObjectName(QLatin1String(name));
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        filters_->addButton(b, static_cast<int>(filter));
        return b;
    };
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(filterButton("caseFilterMine", ApiClient::CaseFilter::Mine));
    filterRow->addWidget(filterButton("caseFilterUnassigned", ApiClient::CaseFilter::Unassigned));
    filterRow->addWidget(filterButton("caseFilterAll", ApiClient::CaseFilter::All));
    filterRow->addWidget(filterButton("caseFilterClosed", ApiClient::CaseFilter::Closed));
    filterRow->addStretch(1);
    filterRow->addWidget(counts_);
    filters_->button(static_cast<int>(filter_))->setChecked(true);
    counts_->setObjectName(QStringLiteral("caseCounts"));

    table_->setObjectName(QStringLiteral("caseTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->horizontalHeader()->setSectionResizeMode(CaseQueueModel::PreviewColumn, QHeaderView::Stretch);
    table_->verticalHeader()->hide();

    auto* queueSide = new QWidget;
    auto* queueLayout = new QVBoxLayout(queueSide);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    queueLayout->addLayout(filterRow);
    queueLayout->addWidget(table_, 1);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(queueSide);
    splitter->addWidget(buildCaseSide());
    splitter->setStretchFactor(1, 1);
    status_->setObjectName(QStringLiteral("casesStatus"));
    status_->setWordWrap(true);
    offlineBanner_->setObjectName(QStringLiteral("offlineBanner"));
    offlineBanner_->setWordWrap(true);
    offlineBanner_->setStyleSheet(
        QStringLiteral("QLabel { background-color: #fff3cd; color: #664d03; padding: 6px; border: 1px solid #ffe69c; }"));
    offlineBanner_->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(offlineBanner_);
    layout->addWidget(splitter, 1);
    layout->addWidget(status_);

    liveTimer_->setInterval(liveInterval);
    presenceTimer_->setInterval(presenceInterval);
    searchTimer_->setSingleShot(true);
    searchTimer_->setInterval(300);
    connect(liveTimer_, &QTimer::timeout, this, &CasesPanel::refreshLive);
    // Time passes between events: the queue's "window left" follows the clock.
    clock_->setInterval(clockInterval);
    connect(clock_, &QTimer::timeout, this, [this] { model_->setNow(nowMs()); });
    // Events come in bursts (a claim, a reply and its statuses): one refresh for each burst.
    eventRefresh_->setSingleShot(true);
    eventRefresh_->setInterval(150);
    connect(eventRefresh_, &QTimer::timeout, this, &CasesPanel::refreshLive);
    connect(events_, &EventStream::received, this, [this](const QByteArray&, const QString& type, const QByteArray& data) {
        onEvent(type, data);
        if (!eventRefresh_->isActive()) eventRefresh_->start();
    });
    connect(events_, &EventStream::connectedChanged, this, [this] {
        refreshLive();   // connected: what changed while it was closed; broken: is the relay still there?
        updateLive();
    });
    connect(unread_, &UnreadCases::countChanged, notifier_, &CaseNotifier::setUnread);
    connect(unread_, &UnreadCases::countChanged, this, &CasesPanel::unreadChanged);
    connect(presenceTimer_, &QTimer::timeout, this, &CasesPanel::renewPresence);
    connect(searchTimer_, &QTimer::timeout, this, &CasesPanel::searchCanned);
    connect(filters_, &QButtonGroup::idClicked, this,
            [this](int id) { setFilter(static_cast<ApiClient::CaseFilter>(id)); });
    connect(model_, &CaseQueueModel::countsChanged, this, &CasesPanel::updateCounts);
    connect(table_, &QTableView::activated, this,
            [this](const QModelIndex& index) { openCaseById(index.data(CaseQueueModel::IdRole).toLongLong()); });
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!followingOpenCase_ && current.isValid())
                    openCaseById(current.data(CaseQueueModel::IdRole).toLongLong());
            });
    connect(claim_, &QPushButton::clicked, this, &CasesPanel::claimOpen);
    connect(release_, &QPushButton::clicked, this, &CasesPanel::releaseOpen);
    connect(transfer_, &QPushButton::clicked, this, &CasesPanel::transferOpen);
    connect(close_, &QPushButton::clicked, this, &CasesPanel::closeOpen);
    connect(next_, &QPushButton::clicked, this, &CasesPanel::nextCase);
    connect(reveal_, &QPushButton::clicked, this, &CasesPanel::revealNumber);
    connect(cannedSearch_, &QLineEdit::textChanged, searchTimer_, qOverload<>(&QTimer::start));
    connect(cannedList_, &QListView::activated, this, [this](const QModelIndex& index) {
        composer_->insertText(index.data(CannedAnswerModel::TextRole).toString());
    });
    connect(cannedList_, &QListView::clicked, this, [this](const QModelIndex& index) {
        composer_->insertText(index.data(CannedAnswerModel::TextRole).toString());
    });
    connect(composer_, &CaseComposer::replySent, this, [this] { refreshLive(); });
    connect(composer_, &CaseComposer::failed, this, &CasesPanel::showFailure);
    buildActions();
    events_->start();   // hidden or not: the badge and the tray follow the stream
    updateCounts();
    updateButtons();
}

CasesPanel::~CasesPanel() = default;

QWidget* CasesPanel::buildCaseSide() {
    header_->setObjectName(QStringLiteral("caseHeader"));
    header_->setWordWrap(true);
    header_->setTextFormat(Qt::PlainText);
    conversation_->setObjectName(QStringLiteral("conversationView"));
    conversation_->setOpenLinks(false);
    conversation_->setStyleSheet(QStringLiteral("QTextBrowser { background-color: #efeae2; }"));
    claim_->setObjectName(QStringLiteral("claimCaseButton"));
    release_->setObjectName(QStringLiteral("releaseCaseButton"));
    transfer_->setObjectName(QStringLiteral("transferCaseButton"));
    close_->setObjectName(QStringLiteral("closeCaseButton"));
    next_->setObjectName(QStringLiteral("nextCaseButton"));
    reveal_->setObjectName(QStringLiteral("revealNumberButton"));
    reveal_->setVisible(canReveal_);
    reveal_->setToolTip(tr("Show the citizen's full number (recorded in the audit trail)"));
    cannedSearch_->setObjectName(QStringLiteral("cannedSearch"));
    cannedSearch_->setPlaceholderText(tr("Search the published answers"));
    cannedSearch_->setClearButtonEnabled(true);
    cannedList_->setObjectName(QStringLiteral("cannedList"));
    cannedList_->setModel(canned_);
    cannedList_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    cannedList_->setToolTip(tr("Click an answer to insert it into the reply"));
    composer_->setObjectName(QStringLiteral("caseComposer"));

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {claim_, release_, transfer_, close_, reveal_}) buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(next_);

    auto* cannedSide = new QWidget;
    auto* cannedLayout = new QVBoxLayout(cannedSide);
    cannedLayout->setContentsMargins(0, 0, 0, 0);
    cannedLayout->addWidget(new QLabel(tr("Ready answers")));
    cannedLayout->addWidget(cannedSearch_);
    cannedLayout->addWidget(cannedList_, 1);
    auto* replyRow = new QSplitter(Qt::Horizontal);
    replyRow->addWidget(composer_);
    replyRow->addWidget(cannedSide);
    replyRow->setStretchFactor(0, 2);
    replyRow->setStretchFactor(1, 1);

    auto* vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(conversation_);
    vertical->addWidget(replyRow);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);

    auto* side = new QWidget;
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(header_);
    layout->addLayout(buttons);
    layout->addWidget(vertical, 1);
    return side;
}

void CasesPanel::buildActions() {
    const auto add = [this](const char* name, const QString& text, const QKeySequence& keys, auto slot) {
        auto* a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        connect(a, &QAction::triggered, this, slot);
        keyboardActions_.append(a);
        return a;
    };
    add("nextCaseAction", tr("&Next case"), QKeySequence(Qt::CTRL | Qt::Key_J), &CasesPanel::nextCase);
    add("claimCaseAction", tr("&Claim the case"), QKeySequence(Qt::CTRL | Qt::Key_K), &CasesPanel::claimOpen);
    add("focusReplyAction", tr("&Write the reply"), QKeySequence(Qt::CTRL | Qt::Key_L),
        [this] { composer_->focusEditor(); });
    add("sendReplyAction", tr("&Send the reply"), QKeySequence(Qt::CTRL | Qt::Key_Return),
        [this] { composer_->send(); });
    add("closeCaseAction", tr("Cl&ose the case…"), QKeySequence(Qt::CTRL | Qt::Key_E), &CasesPanel::closeOpen);
}

void CasesPanel::setFilter(ApiClient::CaseFilter filter) {
    if (auto* b = filters_->button(static_cast<int>(filter))) b->setChecked(true);
    if (filter == filter_) return;
    filter_ = filter;
    model_->setCases({}, nowMs());
    refreshLive();
}

bool CasesPanel::isLive() const { return isStreaming() || isPolling(); }
bool CasesPanel::isStreaming() const { return events_->isConnected(); }
bool CasesPanel::isPolling() const { return liveTimer_->isActive(); }
bool CasesPanel::presenceActive() const { return presenceFor_ != 0; }
QString CasesPanel::statusText() const { return status_->text(); }

void CasesPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refreshLive();
    updateLive();
}

void CasesPanel::hideEvent(QHideEvent* event) {
    QWidget::hideEvent(event);
    updateLive();
}

void CasesPanel::updateLive() {
    scheduleLiveTimer();
    if (isVisible()) {
        clock_->start();
        if (open_ && presenceFor_ != open_->summary.id) renewPresence();
        if (open_) presenceTimer_->start();
        return;
    }
    clock_->stop();
    presenceTimer_->stop();
    if (presenceFor_ != 0) {
        api_.setPresence(presenceFor_, false, this, [](ApiResult<NoContent>) {});
        presenceFor_ = 0;
    }
}

void CasesPanel::renewPresence() {
    if (!open_ || !isVisible()) return;
    const qint64 id = open_->summary.id;
    if (presenceFor_ != 0 && presenceFor_ != id) api_.setPresence(presenceFor_, false, this, [](ApiResult<NoContent>) {});
    presenceFor_ = id;
    api_.setPresence(id, true, this, [this](ApiResult<NoContent> result) {
        if (!result.ok() && result.failure().endsSession()) showFailure(result.failure());
    });
}

void CasesPanel::refreshLive() {
    // An answer on its way may predate the change that asked for this refresh: ask again after it.
    if (queueLoading_ || caseLoading_) stale_ = true;
    if (!queueLoading_) {
        queueLoading_ = true;
        const auto filter = filter_;
        api_.fetchCases(filter, this, [this, filter](ApiResult<api::CaseList> result) {
            queueLoading_ = false;
            refreshIfStale();
            if (!result.ok()) return queueFailed(result.failure());
            setOffline(false);
            unread_->noteOwners(result.value());
            if (cache_) cache_->saveQueue(ApiClient::caseFilterName(filter), result.value());
            if (filter != filter_) return;   // the operator changed the filter meanwhile
            const qint64 selected = open_ ? open_->summary.id : 0;
            if (filter == ApiClient::CaseFilter::Mine) mineCount_ = qint64(result.value().cases.size());
            else if (filter == ApiClient::CaseFilter::All) {
                qint64 mine = 0;
                for (const auto& c : result.value().cases) mine += c.owner && toQString(c.owner->username) == username_;
                mineCount_ = mine;
            }
            model_->setCases(result.value(), nowMs());
            updateCounts();
            selectRow(selected);
            Q_EMIT queueLoaded();
        });
    }
    if (open_ && !caseLoading_ && !acting_) {
        caseLoading_ = true;
        const qint64 id = open_->summary.id;
        api_.fetchCase(id, this, [this, id](ApiResult<api::CaseDetail> result) {
            caseLoading_ = false;
            refreshIfStale();
            // The operator moved on, or asked for another case (whose answer showCase() waits for).
            if (!open_ || open_->summary.id != id || wanted_ != id || acting_) return;
            if (!result.ok()) return caseFailed(result.failure());
            showCase(result.value());
        });
    }
}

void CasesPanel::refreshIfStale() {
    if (!stale_ || queueLoading_ || caseLoading_) return;
    stale_ = false;
    QTimer::singleShot(0, this, &CasesPanel::refreshLive);
}

void CasesPanel::openCaseById(qint64 id) {
    if (id == 0 || (open_ && open_->summary.id == id)) return;
    wanted_ = id;
    api_.fetchCase(id, this, [this, id](ApiResult<api::CaseDetail> result) {
        if (id != wanted_) return;   // the operator chose another case meanwhile
        if (!result.ok()) {
            if (cache_ && isNetworkFailure(result.failure()))
                if (auto cached = cache_->conversation(id)) showCase(*cached, false);
            return caseFailed(result.failure());
        }
        showCase(result.value());
    });
}

void CasesPanel::selectRow(qint64 id) {
    const int row = model_->rowOf(id);
    if (row < 0 || table_->selectionModel()->currentIndex().row() == row) return;
    followingOpenCase_ = true;   // the view follows the open case: nothing to fetch
    table_->selectionModel()->setCurrentIndex(model_->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    followingOpenCase_ = false;
}

void CasesPanel::showCase(const api::CaseDetail& detail, bool fromRelay) {
    if (fromRelay && cache_) cache_->saveCase(detail);
    if (isVisible()) unread_->markSeen(detail.summary.id);
    const bool sameCase = open_ && open_->summary.id == detail.summary.id;
    wanted_ = detail.summary.id;
    const bool changed = !sameCase || !(*open_ == detail);
    open_ = detail;
    if (!changed) return;
    const api::CaseSummary& c = detail.summary;
    QString who = toQString(c.citizen);
    if (!c.profile_name.empty()) who = toQString(c.profile_name) + QStringLiteral(" · ") + who;
    QStringList lines{tr("Case %1 · %2 · %3").arg(c.id).arg(who, CaseLabels::reason(c.reason))};
    QString state = CaseLabels::state(c.state);
    if (c.outcome) state += QStringLiteral(" (") + CaseLabels::outcome(*c.outcome) + u')';
    if (c.owner) state += QStringLiteral(" · ") + tr("held by %1").arg(CaseLabels::operatorName(*c.owner));
    state += QStringLiteral(" · ") + tr("window: %1").arg(CaseLabels::timeLeft(c.window_closes_at_ms, nowMs()));
    lines.append(state);
    if (detail.timing.first_reply_at_ms) {
        const qint64 seconds = (*detail.timing.first_reply_at_ms - detail.timing.opened_at_ms) / 1000;
        lines.append(tr("First reply after %1").arg(AdminLabels::duration(seconds)));
    }
    header_->setText(lines.join(u'\n'));

    // Keep the reader's place unless they were at the bottom.
    QScrollBar* bar = conversation_->verticalScrollBar();
    const bool atBottom = !sameCase || bar->value() >= bar->maximum() - 4;
    const int position = bar->value();
    conversation_->setHtml(CaseLabels::threadHtml(detail));
    bar->setValue(atBottom ? bar->maximum() : position);

    canned_->setSuggestions(detail.suggestions);
    composer_->setCase(c.id, ownsOpenCase(), c.window_closes_at_ms);
    updateButtons();
    if (!sameCase) {
        selectRow(c.id);
        if (isVisible()) {
            renewPresence();
            presenceTimer_->start();
        }
    }
    Q_EMIT caseLoaded(c.id);
}

void CasesPanel::leaveCase() {
    if (presenceFor_ != 0) api_.setPresence(presenceFor_, false, this, [](ApiResult<NoContent>) {});
    presenceFor_ = 0;
    presenceTimer_->stop();
    open_.reset();
    header_->setText(tr("No case open. Choose one in the queue, or take the next one."));
    conversation_->clear();
    canned_->setSuggestions({});
    composer_->setCase(0, false, std::nullopt);
    updateButtons();
}

bool CasesPanel::ownsOpenCase() const {
    return open_ && open_->summary.owner && toQString(open_->summary.owner->username) == username_ &&
           open_->summary.state != api::CaseState::closed;
}

void CasesPanel::updateButtons() {
    const bool any = open_.has_value() && !acting_ && !offline_;
    const bool closed = open_ && open_->summary.state == api::CaseState::closed;
    const bool mine = ownsOpenCase() && !acting_ && !offline_;
    claim_->setEnabled(any && !closed && !ownsOpenCase());
    release_->setEnabled(mine);
    transfer_->setEnabled(mine);
    close_->setEnabled(mine);
    reveal_->setEnabled(any && canReveal_);
    next_->setEnabled(!acting_ && !offline_);
    const QString why = offline_ ? tr("Not available while the relay cannot be reached.") : QString();
    for (QPushButton* b : {claim_, release_, transfer_, close_, next_}) b->setToolTip(why);
    reveal_->setToolTip(offline_ ? why : tr("Show the citizen's full number (recorded in the audit trail)"));
    for (QAction* a : keyboardActions_)
        if (a->objectName() != u"focusReplyAction") a->setEnabled(!offline_);
    composer_->setOffline(offline_);
}

void CasesPanel::updateCounts() {
    const QLocale locale;
    const auto label = [&](ApiClient::CaseFilter f, const QString& text, std::optional<qint64> n) {
        filters_->button(static_cast<int>(f))->setText(n ? tr("%1 (%2)", "filter (count)").arg(text, locale.toString(*n))
                                                         : text);
    };
    const qint64 fresh = model_->count(QStringLiteral("new"));
    const qint64 claimed = model_->count(QStringLiteral("claimed"));
    const qint64 waiting = model_->count(QStringLiteral("waiting"));
    const qint64 closed = model_->count(QStringLiteral("closed"));
    label(ApiClient::CaseFilter::Mine, tr("&Mine"), mineCount_);
    label(ApiClient::CaseFilter::Unassigned, tr("Unassi&gned"), fresh);
    label(ApiClient::CaseFilter::All, tr("&All open"), fresh + claimed + waiting);
    label(ApiClient::CaseFilter::Closed, tr("Closed &today"), closed);
    counts_->setText(tr("New %1 · claimed %2 · waiting %3")
                         .arg(locale.toString(fresh), locale.toString(claimed), locale.toString(waiting)));
}

void CasesPanel::searchCanned() {
    const QString query = cannedSearch_->text().trimmed();
    if (query.isEmpty()) return canned_->setSearchResults({});
    api_.searchCannedAnswers(query, this, [this, query](ApiResult<std::vector<api::CannedAnswer>> result) {
        if (query != cannedSearch_->text().trimmed()) return;   // typed on meanwhile
        if (!result.ok()) return showFailure(result.failure());
        canned_->setSearchResults(result.value());
    });
}

void CasesPanel::showFailure(const ApiFailure& failure) {
    if (isNetworkFailure(failure)) setOffline(true);
    if (failure.endsSession()) {
        events_->stop();
        liveTimer_->stop();
        presenceTimer_->stop();
        Q_EMIT sessionEnded(failure.message);
        return;
    }
    setStatus(failure.message);
}

void CasesPanel::setStatus(const QString& text) { status_->setText(text); }

} // namespace sportello::desk
