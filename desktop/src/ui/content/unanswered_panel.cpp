#include "ui/content/unanswered_panel.hpp"

#include "api/api_client.hpp"
#include "editor/draft_controller.hpp"
#include "model/draft_tree_model.hpp"
#include "model/unanswered_model.hpp"
#include "ui/dialogs.hpp"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace sportello::desk {

UnansweredPanel::UnansweredPanel(ApiClient& api, DraftController& drafts, QWidget* parent)
    : QWidget(parent), api_(api), drafts_(drafts), model_(new UnansweredModel(this)),
      sorted_(new QSortFilterProxyModel(this)), days_(new QComboBox),
      refreshButton_(new QPushButton(tr("&Refresh"))), table_(new QTableView), total_(new QLabel),
      addAlias_(new QPushButton(tr("Add as &alias…"))) {
    days_->setObjectName(QStringLiteral("unansweredDaysCombo"));
    for (int days : {7, 30, 90, 365}) days_->addItem(tr("Last %n day(s)", nullptr, days), days);
    days_->setCurrentIndex(1);
    refreshButton_->setObjectName(QStringLiteral("unansweredRefreshButton"));
    total_->setObjectName(QStringLiteral("unansweredTotalLabel"));
    addAlias_->setObjectName(QStringLiteral("addAliasButton"));

    sorted_->setSourceModel(model_);
    sorted_->setSortRole(UnansweredModel::SortRole);
    table_->setObjectName(QStringLiteral("unansweredTable"));
    table_->setModel(sorted_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(UnansweredModel::CountColumn, Qt::DescendingOrder);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->horizontalHeader()->setSectionResizeMode(UnansweredModel::KeyColumn, QHeaderView::Stretch);
    table_->verticalHeader()->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(days_);
    top->addWidget(refreshButton_);
    top->addStretch(1);
    top->addWidget(addAlias_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(table_, 1);
    layout->addWidget(total_);

    connect(days_, &QComboBox::currentIndexChanged, this, &UnansweredPanel::refresh);
    connect(refreshButton_, &QPushButton::clicked, this, &UnansweredPanel::refresh);
    connect(addAlias_, &QPushButton::clicked, this, &UnansweredPanel::addSelectedAsAlias);
    connect(table_, &QTableView::doubleClicked, this, [this] {
        if (editable_) addSelectedAsAlias();
    });
    connect(table_->selectionModel(), &QItemSelectionModel::currentChanged, this, &UnansweredPanel::updateAliasButton);
    setEditable(false);
    updateAliasButton();
}

void UnansweredPanel::updateAliasButton() {
    const UnansweredItem* item = model_->item(selectedRow());
    addAlias_->setEnabled(item && !item->masked);
    addAlias_->setToolTip(item && item->masked
                              ? tr("This request holds masked personal data: it cannot become an alias")
                              : tr("Make the selected request an alias of a hashtag in the draft"));
}

void UnansweredPanel::setEditable(bool editable) {
    editable_ = editable;
    addAlias_->setVisible(editable);
}

int UnansweredPanel::selectedRow() const {
    const QModelIndex current = table_->selectionModel()->currentIndex();
    return current.isValid() ? sorted_->mapToSource(current).row() : -1;
}

void UnansweredPanel::refresh() {
    if (loading_) return;
    loading_ = true;
    refreshButton_->setEnabled(false);
    const int days = days_->currentData().toInt();
    api_.fetchUnanswered(days, rowLimit, this, [this](ApiResult<UnansweredReport> result) {
        loading_ = false;
        refreshButton_->setEnabled(true);
        if (!result.ok()) {
            total_->setText(result.failure().message);
            Q_EMIT failed(result.failure().message);
            return;
        }
        const UnansweredReport& report = result.value();
        model_->setReport(report);
        QString summary = tr("%n unanswered request(s) in the period.", nullptr, int(report.total));
        if (report.otherPhraseRequests > 0)
            summary.append(u' ').append(tr("%n request(s) with a phrase written by fewer than %1 citizens: "
                                           "counted, not listed.", nullptr, int(report.otherPhraseRequests))
                                            .arg(report.minCitizens));
        total_->setText(summary);
        updateAliasButton();
        Q_EMIT loaded();
    });
}

void UnansweredPanel::addSelectedAsAlias() {
    const UnansweredItem* item = model_->item(selectedRow());
    if (!item || item->masked || !editable_) return;
    const DraftTreeModel& tree = *drafts_.model();
    const QList<qint64> ids = tree.allIdsInOrder();
    QStringList labels;
    for (qint64 id : ids) {
        const HashtagNode& n = tree.nodeById(id)->node;
        labels.append(n.title.isEmpty() ? QString(u'#' + n.tag) : QString(u'#' + n.tag + QStringLiteral(" — ") + n.title));
    }
    int initial = 0;
    for (qint64 suggestion : item->suggestions)
        if (const auto at = ids.indexOf(suggestion); at >= 0) {
            initial = static_cast<int>(at);
            break;
        }
    const QString shown = item->kind == u"tag" ? QString(u'#' + item->key) : QString(u'“' + item->key + u'”');
    const std::optional<int> chosen =
        Dialogs::choose(this, tr("Add as alias"), tr("Which hashtag should answer %1?").arg(shown), labels, initial);
    if (!chosen) return;
    drafts_.addAlias(ids[*chosen], item->key);
}

} // namespace sportello::desk
