#include "ui/broadcasts/broadcasts_panel.hpp"

#include "api/api_client.hpp"
#include "model/broadcast_table_model.hpp"
#include "text/admin_labels.hpp"
#include "ui/broadcasts/broadcast_composer.hpp"
#include "ui/broadcasts/progress_delegate.hpp"
#include "ui/dialogs.hpp"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sportello::desk {

BroadcastsPanel::BroadcastsPanel(ApiClient& api, bool canSend, bool canRead, QWidget* parent)
    : QWidget(parent), api_(api), canSend_(canSend), canRead_(canRead), model_(new BroadcastTableModel(this)),
      table_(new QTableView), refresh_(new QPushButton(tr("&Refresh"))),
      cancel_(new QPushButton(tr("&Cancel broadcast…"))), status_(new QLabel), pollTimer_(new QTimer(this)) {
    table_->setObjectName(QStringLiteral("broadcastTable"));
    table_->setModel(model_);
    table_->setItemDelegateForColumn(BroadcastTableModel::ProgressColumn,
                                     new ProgressDelegate(BroadcastTableModel::ProgressRole, table_));
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->horizontalHeader()->setSectionResizeMode(BroadcastTableModel::NameColumn, QHeaderView::Stretch);
    table_->verticalHeader()->hide();
    refresh_->setObjectName(QStringLiteral("refreshBroadcastsButton"));
    cancel_->setObjectName(QStringLiteral("cancelBroadcastButton"));
    cancel_->setToolTip(tr("Cancel the messages of the selected broadcast that are still queued"));
    cancel_->setVisible(canSend_);
    status_->setObjectName(QStringLiteral("broadcastsStatus"));
    status_->setWordWrap(true);
    pollTimer_->setInterval(pollInterval);

    auto* splitter = new QSplitter(Qt::Vertical);
    if (canSend_) {
        composer_ = new BroadcastComposer(api_);
        composer_->setObjectName(QStringLiteral("broadcastComposer"));
        auto* box = new QGroupBox(tr("New broadcast to the citizens who asked for general information"));
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(composer_);
        splitter->addWidget(box);
        connect(composer_, &BroadcastComposer::sessionEnded, this, &BroadcastsPanel::sessionEnded);
        connect(composer_, &BroadcastComposer::broadcastCreated, this, [this](const Broadcast& created) {
            model_->update(created);
            selectBroadcast(created.id);
            updatePolling();
        });
    }
    auto* list = new QWidget;
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(refresh_);
    buttons->addStretch(1);
    buttons->addWidget(cancel_);
    listLayout->addLayout(buttons);
    listLayout->addWidget(table_, 1);
    listLayout->addWidget(status_);
    list->setVisible(canRead_);
    splitter->addWidget(list);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(refresh_, &QPushButton::clicked, this, &BroadcastsPanel::refresh);
    connect(cancel_, &QPushButton::clicked, this, &BroadcastsPanel::cancelSelected);
    connect(pollTimer_, &QTimer::timeout, this, &BroadcastsPanel::poll);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BroadcastsPanel::updateButtons);
    connect(model_, &QAbstractItemModel::dataChanged, this, &BroadcastsPanel::updateButtons);
    updateButtons();
}

bool BroadcastsPanel::isPolling() const { return pollTimer_->isActive(); }

void BroadcastsPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!loadedOnce_) refresh();
    updatePolling();
}

void BroadcastsPanel::hideEvent(QHideEvent* event) {
    QWidget::hideEvent(event);
    updatePolling();
}

void BroadcastsPanel::refresh() {
    loadedOnce_ = true;
    if (composer_) composer_->reloadSources();
    if (!canRead_ || loading_) return;
    loading_ = true;
    refresh_->setEnabled(false);
    api_.fetchBroadcasts(this, [this](ApiResult<QList<Broadcast>> result) {
        loading_ = false;
        refresh_->setEnabled(true);
        if (!result.ok()) return showFailure(result.failure());
        const qint64 selected = selectedId();
        model_->setBroadcasts(result.value());
        selectBroadcast(selected);
        status_->clear();
        updatePolling();
        updateButtons();
        Q_EMIT loaded();
    });
}

void BroadcastsPanel::updatePolling() {
    const bool wanted = canRead_ && isVisible() && !model_->activeIds().isEmpty();
    if (wanted && !pollTimer_->isActive()) pollTimer_->start();
    else if (!wanted) pollTimer_->stop();
}

void BroadcastsPanel::poll() {
    for (qint64 id : model_->activeIds()) {
        if (polling_.contains(id)) continue;   // the previous answer is still on its way
        polling_.insert(id);
        api_.fetchBroadcast(id, this, [this, id](ApiResult<Broadcast> result) {
            polling_.remove(id);
            if (!result.ok()) {
                showFailure(result.failure());
                if (result.failure().endsSession()) pollTimer_->stop();
                return;
            }
            model_->update(result.value());
            updatePolling();
        });
    }
    updatePolling();
}

void BroadcastsPanel::cancelSelected() {
    const Broadcast* b = model_->broadcast(model_->rowOf(selectedId()));
    if (!canSend_ || !b || !b->isActive()) return;
    const qint64 queued = b->count(QStringLiteral("queued"));
    QString question = tr("Cancel the broadcast “%1”?").arg(b->name);
    if (queued > 0) question += u' ' + tr("%n message(s) still queued will not be sent.", nullptr, int(queued));
    question += u' ' + tr("Messages already sent cannot be called back.");
    if (!Dialogs::confirm(this, tr("Cancel broadcast"), question, tr("Cancel broadcast"))) return;
    cancel_->setEnabled(false);
    api_.cancelBroadcast(b->id, this, [this](ApiResult<Broadcast> result) {
        if (!result.ok()) {
            updateButtons();
            return showFailure(result.failure());
        }
        model_->update(result.value());
        status_->setText(tr("Broadcast “%1” cancelled.").arg(result.value().name));
        updatePolling();
        updateButtons();
    });
}

void BroadcastsPanel::showFailure(const ApiFailure& failure) {
    if (failure.endsSession()) Q_EMIT sessionEnded(failure.message);
    else status_->setText(AdminLabels::failure(failure));
}

qint64 BroadcastsPanel::selectedId() const {
    const QModelIndex current = table_->selectionModel()->currentIndex();
    return current.isValid() ? current.data(BroadcastTableModel::IdRole).toLongLong() : 0;
}

void BroadcastsPanel::selectBroadcast(qint64 id) {
    const int row = model_->rowOf(id);
    if (row < 0) return;
    table_->selectionModel()->setCurrentIndex(model_->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void BroadcastsPanel::updateButtons() {
    const Broadcast* b = model_->broadcast(model_->rowOf(selectedId()));
    cancel_->setEnabled(canSend_ && b && b->isActive());
}

} // namespace sportello::desk
