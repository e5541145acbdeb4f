#pragma once
// Open sessions (GET /ops/v1/sessions or /users/{id}/sessions) as a table:
// user, opened, last seen, address, and "this desk" for the session asking.
// setSessions() replaces the list with one reset; remove() drops one ended.

#include "api/user_types.hpp"

#include <QAbstractTableModel>

namespace sportello::desk {

class SessionTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { UserColumn = 0, CreatedColumn, LastSeenColumn, AddressColumn, CurrentColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,   // QString, the public id
        CurrentRole,                 // bool
    };

    explicit SessionTableModel(QObject* parent = nullptr);

    void setSessions(const QList<SessionInfo>& sessions);
    void remove(const QString& id);
    const SessionInfo* session(int row) const;
    int rowOf(const QString& id) const;   // -1 when absent
    const QList<SessionInfo>& sessions() const { return sessions_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SessionInfo> sessions_;
};

} // namespace sportello::desk
