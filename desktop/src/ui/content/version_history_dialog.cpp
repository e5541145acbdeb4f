#include "ui/content/version_history_dialog.hpp"

#include "api/api_client.hpp"
#include "editor/draft_controller.hpp"
#include "model/draft_tree_model.hpp"
#include "model/version_list_model.hpp"
#include "text/diff_text.hpp"
#include "ui/dialogs.hpp"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>

namespace sportello::desk {

VersionHistoryDialog::VersionHistoryDialog(ApiClient& api, DraftController& drafts, bool canRollback, QWidget* parent)
    : QDialog(parent), api_(api), drafts_(drafts), versions_(new VersionListModel(this)),
      diff_(new QStringListModel(this)), table_(new QTableView), compare_(new QComboBox), diffView_(new QListView),
      rollback_(new QPushButton(tr("&Roll back to this version…"))), status_(new QLabel) {
    setObjectName(QStringLiteral("versionHistoryDialog"));
    setWindowTitle(tr("Version history"));
    table_->setObjectName(QStringLiteral("versionTable"));
    table_->setModel(versions_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->horizontalHeader()->setSectionResizeMode(VersionListModel::NoteColumn, QHeaderView::Stretch);
    table_->verticalHeader()->hide();
    compare_->setObjectName(QStringLiteral("compareCombo"));
    compare_->addItem(tr("Changes from the version before"));
    compare_->addItem(tr("Unpublished changes in the draft"));
    diffView_->setObjectName(QStringLiteral("diffList"));
    diffView_->setModel(diff_);
    diffView_->setWordWrap(true);
    diffView_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    rollback_->setObjectName(QStringLiteral("rollbackButton"));
    rollback_->setVisible(canRollback);
    status_->setObjectName(QStringLiteral("historyStatus"));
    status_->setWordWrap(true);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(table_);
    auto* lower = new QWidget;
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(compare_);
    lowerLayout->addWidget(diffView_, 1);
    splitter->addWidget(lower);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(rollback_, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(status_);
    layout->addWidget(buttons);
    resize(760, 560);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &VersionHistoryDialog::showDiff);
    connect(compare_, &QComboBox::currentIndexChanged, this, &VersionHistoryDialog::showDiff);
    connect(rollback_, &QPushButton::clicked, this, &VersionHistoryDialog::rollbackSelected);
    connect(&drafts_, &DraftController::rolledBack, this, &VersionHistoryDialog::reload);
    connect(&drafts_, &DraftController::published, this, &VersionHistoryDialog::reload);
}

QStringList VersionHistoryDialog::diffLines() const { return diff_->stringList(); }

qint64 VersionHistoryDialog::selectedVersion() const {
    const VersionInfo* v = versions_->version(table_->selectionModel()->currentIndex().row());
    return v ? v->version : 0;
}

void VersionHistoryDialog::selectVersion(qint64 version) {
    const int row = versions_->rowOfVersion(version);
    if (row >= 0)
        table_->selectionModel()->setCurrentIndex(versions_->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void VersionHistoryDialog::setCompare(Compare compare) { compare_->setCurrentIndex(compare); }

void VersionHistoryDialog::reload() {
    status_->setText(tr("Loading the versions…"));
    api_.fetchVersions(this, [this](ApiResult<QList<VersionInfo>> result) {
        if (!result.ok()) return status_->setText(result.failure().message);
        const qint64 selected = selectedVersion();
        versions_->setVersions(result.value());
        status_->clear();
        selectVersion(selected != 0 && versions_->rowOfVersion(selected) >= 0 ? selected
                      : versions_->rowCount() > 0 ? versions_->version(0)->version : 0);
        Q_EMIT versionsLoaded();
    });
}

void VersionHistoryDialog::showDiff() {
    const quint64 mine = ++sequence_;
    const auto done = [this, mine](ApiResult<TreeDiff> result) {
        if (mine == sequence_) setDiff(result);
    };
    rollback_->setEnabled(selectedVersion() != 0);
    if (compare_->currentIndex() == DraftWithNewest) return api_.fetchDraftDiff(this, done);
    const int row = versions_->rowOfVersion(selectedVersion());
    const VersionInfo* previous = versions_->previousOf(row);
    if (row < 0) return diff_->setStringList({});
    if (!previous) {
        diff_->setStringList({tr("The first version: nothing to compare it with.")});
        return Q_EMIT diffShown();
    }
    api_.fetchVersionDiff(previous->version, selectedVersion(), this, done);
}

void VersionHistoryDialog::setDiff(const ApiResult<TreeDiff>& result) {
    if (!result.ok()) {
        diff_->setStringList({result.failure().message});
    } else {
        const DraftTreeModel* tree = drafts_.model();
        diff_->setStringList(DiffText::lines(result.value(), [tree](qint64 id) {
            const DraftNode* n = tree->nodeById(id);
            return n ? n->node.tag : QString();
        }));
    }
    Q_EMIT diffShown();
}

void VersionHistoryDialog::rollbackSelected() {
    const qint64 version = selectedVersion();
    if (version == 0) return;
    const std::optional<QString> note =
        Dialogs::askText(this, tr("Roll back"), tr("Note for the new version (required):"),
                         tr("Back to version %1").arg(version));
    if (!note) return;
    if (note->isEmpty()) return status_->setText(tr("A note is required to roll back."));
    if (!Dialogs::confirm(this, tr("Roll back"),
                          tr("Publish the content of version %1 again as a new version? Citizens receive it at "
                             "once, and the draft is replaced by it.").arg(version),
                          tr("Roll back")))
        return;
    status_->setText(tr("Rolling back…"));
    drafts_.rollback(version, *note);
}

} // namespace sportello::desk
