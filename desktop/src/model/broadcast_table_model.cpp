#include "model/broadcast_table_model.hpp"

#include "text/admin_labels.hpp"

#include <QLocale>

namespace sportello::desk {

BroadcastTableModel::BroadcastTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void BroadcastTableModel::setBroadcasts(const QList<Broadcast>& broadcasts) {
    beginResetModel();
    broadcasts_ = broadcasts;
    endResetModel();
}

void BroadcastTableModel::update(const Broadcast& broadcast) {
    const int row = rowOf(broadcast.id);
    if (row >= 0) {
        if (broadcasts_[row] == broadcast) return;
        broadcasts_[row] = broadcast;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, 0, 0);
    broadcasts_.prepend(broadcast);
    endInsertRows();
}

const Broadcast* BroadcastTableModel::broadcast(int row) const {
    return row >= 0 && row < broadcasts_.size() ? &broadcasts_[row] : nullptr;
}

int BroadcastTableModel::rowOf(qint64 id) const {
    for (qsizetype row = 0; row < broadcasts_.size(); ++row)
        if (broadcasts_[row].id == id) return static_cast<int>(row);
    return -1;
}

QList<qint64> BroadcastTableModel::activeIds() const {
    QList<qint64> ids;
    for (const Broadcast& b : broadcasts_)
        if (b.isActive()) ids.append(b.id);
    return ids;
}

int BroadcastTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(broadcasts_.size());
}

int BroadcastTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString BroadcastTableModel::countsText(const Broadcast& b) const {
    const QLocale locale;
    return tr("Sent %1, delivered %2, read %3, failed %4, cancelled %5, still queued %6")
        .arg(locale.toString(b.count(QStringLiteral("sent"))), locale.toString(b.count(QStringLiteral("delivered"))),
             locale.toString(b.count(QStringLiteral("read"))), locale.toString(b.count(QStringLiteral("failed"))),
             locale.toString(b.count(QStringLiteral("cancelled"))),
             locale.toString(b.count(QStringLiteral("queued")) + b.count(QStringLiteral("sending"))));
}

QVariant BroadcastTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Broadcast& b = broadcasts_[index.row()];
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return b.name;
        case StateColumn: return AdminLabels::broadcastState(b.state);
        case ScheduledColumn:
            return b.scheduledAt.isValid() ? locale.toString(b.scheduledAt.toLocalTime(), QLocale::ShortFormat)
                                           : QString();
        case RecipientsColumn: return locale.toString(b.recipients);
        case ProgressColumn: return tr("%1%", "progress percentage").arg(b.progressPercent());
        case EtaColumn: return b.isActive() && b.etaSeconds > 0 ? AdminLabels::duration(b.etaSeconds) : QString();
        default: return {};
        }
    case Qt::ToolTipRole:
        return index.column() == ProgressColumn || index.column() == RecipientsColumn ? countsText(b) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == RecipientsColumn || index.column() == ProgressColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case IdRole: return b.id;
    case StateRole: return b.state;
    case ProgressRole: return b.progressPercent();
    case ActiveRole: return b.isActive();
    default: return {};
    }
}

QVariant BroadcastTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case StateColumn: return tr("State");
    case ScheduledColumn: return tr("Scheduled for");
    case RecipientsColumn: return tr("Recipients");
    case ProgressColumn: return tr("Progress");
    case EtaColumn: return tr("Time left");
    default: return {};
    }
}

} // namespace sportello::desk
