#pragma once
// Operator accounts (GET /ops/v1/users) as a table for the administrators'
// "Utenti" tab: name, username, role, state, two-factor enrolment, last login,
// created (add a
// column by adding it to Column before ColumnCount). setUsers() replaces
// the list with one reset; update() changes one row in place or appends a
// new account. Never holds a password.

#include "api/user_types.hpp"

#include <QAbstractTableModel>

namespace sportello::desk {

class UserTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn = 0,
        UsernameColumn,
        RoleColumn,
        StateColumn,
        TwoFactorColumn,
        LastLoginColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,   // qint64
        DisabledRole,                // bool
        LockedRole,                  // bool
        UsernameRole,                // QString
        TwoFactorRole,               // bool: enrolled in two-factor authentication
    };

    explicit UserTableModel(QObject* parent = nullptr);

    void setUsers(const QList<UserAccount>& users);
    void update(const UserAccount& user);
    const UserAccount* user(int row) const;
    int rowOf(qint64 id) const;   // -1 when absent

    // Translated names, for this table and the dialogs.
    static QString roleName(sportello::Role role);
    static QString stateOf(const UserAccount& user);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<UserAccount> users_;
};

} // namespace sportello::desk
