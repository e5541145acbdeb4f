#include "model/audit_table_model.hpp"

#include "text/user_labels.hpp"

#include <QLocale>

namespace sportello::desk {

AuditTableModel::AuditTableModel(QObject* parent) : QAbstractTableModel(parent) {}

int AuditTableModel::setQuery(const AuditQuery& query) {
    beginResetModel();
    query_ = query;
    records_.clear();
    nextBeforeId_.reset();
    started_ = fetching_ = failed_ = false;
    ++generation_;
    endResetModel();
    return generation_;
}

void AuditTableModel::appendPage(int generation, const AuditRecordPage& page) {
    if (generation != generation_) return;
    fetching_ = false;
    nextBeforeId_ = page.nextBeforeId;
    if (page.entries.isEmpty()) return;
    const int first = static_cast<int>(records_.size());
    beginInsertRows({}, first, first + static_cast<int>(page.entries.size()) - 1);
    records_.append(page.entries);
    endInsertRows();
}

void AuditTableModel::stopFetching(int generation) {
    if (generation != generation_) return;
    fetching_ = false;
    failed_ = true;
}

bool AuditTableModel::canFetchMore(const QModelIndex& parent) const {
    if (parent.isValid() || fetching_ || failed_) return false;
    return !started_ || nextBeforeId_.has_value();
}

void AuditTableModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent)) return;
    started_ = true;
    fetching_ = true;
    Q_EMIT moreRequested(generation_, nextBeforeId_);
}

int AuditTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(records_.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AuditTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const AuditRecord& r = records_[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return QLocale().toString(r.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case ActorColumn: return r.actor;
        case ActionColumn: return UserLabels::action(r.action);
        case TargetColumn: return r.target;
        case DetailColumn: return r.detail;
        default: return {};
        }
    case Qt::ToolTipRole:
        return index.column() == ActionColumn ? r.action : QVariant();
    case IdRole: return r.id;
    case ActionIdRole: return r.action;
    default: return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case ActorColumn: return tr("User");
    case ActionColumn: return tr("Action");
    case TargetColumn: return tr("About");
    case DetailColumn: return tr("Detail");
    default: return {};
    }
}

} // namespace sportello::desk
