#pragma once
// The broadcasts (GET /ops/v1/broadcasts) as a table, newest first: name,
// state, scheduled time, recipients, progress, ETA. setBroadcasts() replaces
// the list with one reset; update() changes one row in place (dataChanged)
// or inserts a new broadcast at the top, so that polling never resets the
// view's selection.

#include "api/admin_types.hpp"

#include <QAbstractTableModel>

namespace sportello::desk {

class BroadcastTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn = 0, StateColumn, ScheduledColumn, RecipientsColumn, ProgressColumn, EtaColumn,
                  ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,   // qint64
        StateRole,                   // QString, the wire id ("sending")
        ProgressRole,                // int, 0…100: sent + delivered + read of the recipients
        ActiveRole,                  // bool: still preparing, scheduled or sending
    };

    explicit BroadcastTableModel(QObject* parent = nullptr);

    void setBroadcasts(const QList<Broadcast>& broadcasts);
    void update(const Broadcast& broadcast);
    const Broadcast* broadcast(int row) const;
    int rowOf(qint64 id) const;   // -1 when absent
    QList<qint64> activeIds() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString countsText(const Broadcast& b) const;

    QList<Broadcast> broadcasts_;
};

} // namespace sportello::desk
