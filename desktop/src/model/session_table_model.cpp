#include "model/session_table_model.hpp"

#include <QFont>
#include <QLocale>

namespace sportello::desk {

SessionTableModel::SessionTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void SessionTableModel::setSessions(const QList<SessionInfo>& sessions) {
    beginResetModel();
    sessions_ = sessions;
    endResetModel();
}

void SessionTableModel::remove(const QString& id) {
    const int row = rowOf(id);
    if (row < 0) return;
    beginRemoveRows({}, row, row);
    sessions_.removeAt(row);
    endRemoveRows();
}

const SessionInfo* SessionTableModel::session(int row) const {
    return row >= 0 && row < sessions_.size() ? &sessions_[row] : nullptr;
}

int SessionTableModel::rowOf(const QString& id) const {
    for (qsizetype row = 0; row < sessions_.size(); ++row)
        if (sessions_[row].id == id) return static_cast<int>(row);
    return -1;
}

int SessionTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(sessions_.size());
}

int SessionTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SessionTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const SessionInfo& s = sessions_[index.row()];
    const auto when = [](const QDateTime& t) { return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat); };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case UserColumn: return s.username;
        case CreatedColumn: return when(s.createdAt);
        case LastSeenColumn: return when(s.lastSeenAt);
        case AddressColumn: return s.remoteAddress.isEmpty() ? tr("Unknown", "address") : s.remoteAddress;
        case CurrentColumn: return s.current ? tr("This desk") : QString();
        default: return {};
        }
    case Qt::ToolTipRole:
        return tr("Ends by %1 at the latest").arg(when(s.expiresAt));
    case Qt::FontRole:
        if (s.current) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case IdRole: return s.id;
    case CurrentRole: return s.current;
    default: return {};
    }
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case UserColumn: return tr("User");
    case CreatedColumn: return tr("Opened");
    case LastSeenColumn: return tr("Last activity");
    case AddressColumn: return tr("From address");
    case CurrentColumn: return tr("This one");
    default: return {};
    }
}

} // namespace sportello::desk
