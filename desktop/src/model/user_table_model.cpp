#include "model/user_table_model.hpp"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace sportello::desk {

UserTableModel::UserTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void UserTableModel::setUsers(const QList<UserAccount>& users) {
    beginResetModel();
    users_ = users;
    endResetModel();
}

void UserTableModel::update(const UserAccount& user) {
    const int row = rowOf(user.id);
    if (row >= 0) {
        if (users_[row] == user) return;
        users_[row] = user;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int end = static_cast<int>(users_.size());
    beginInsertRows({}, end, end);
    users_.append(user);
    endInsertRows();
}

const UserAccount* UserTableModel::user(int row) const {
    return row >= 0 && row < users_.size() ? &users_[row] : nullptr;
}

int UserTableModel::rowOf(qint64 id) const {
    for (qsizetype row = 0; row < users_.size(); ++row)
        if (users_[row].id == id) return static_cast<int>(row);
    return -1;
}

QString UserTableModel::roleName(sportello::Role role) {
    switch (role) {
    case sportello::Role::viewer: return tr("Viewer");
    case sportello::Role::operator_: return tr("Operator");
    case sportello::Role::editor: return tr("Editor");
    case sportello::Role::supervisor: return tr("Supervisor");
    case sportello::Role::admin: return tr("Administrator");
    }
    return {};
}

QString UserTableModel::stateOf(const UserAccount& u) {
    if (u.disabled) return tr("Disabled");
    if (u.isLocked())
        return tr("Locked until %1").arg(QLocale().toString(u.lockedUntil.toLocalTime(), QLocale::ShortFormat));
    if (u.mustChangePassword) return tr("Active, temporary password");
    return tr("Active");
}

int UserTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(users_.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant UserTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const UserAccount& u = users_[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return u.displayName;
        case UsernameColumn: return u.username;
        case RoleColumn: return roleName(u.role);
        case StateColumn: return stateOf(u);
        case TwoFactorColumn: return u.twoFactorEnrolled ? tr("Enrolled") : tr("Not enrolled");
        case LastLoginColumn:
            return u.lastLoginAt.isValid() ? QLocale().toString(u.lastLoginAt.toLocalTime(), QLocale::ShortFormat)
                                           : tr("Never", "last login");
        case CreatedColumn: return QLocale().toString(u.createdAt.toLocalTime(), QLocale::ShortFormat);
        default: return {};
        }
    case Qt::ForegroundRole:
        return u.disabled ? QVariant(QBrush(QPalette().color(QPalette::Disabled, QPalette::Text))) : QVariant();
    case IdRole: return u.id;
    case DisabledRole: return u.disabled;
    case LockedRole: return u.isLocked();
    case UsernameRole: return u.username;
    case TwoFactorRole: return u.twoFactorEnrolled;
    default: return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case UsernameColumn: return tr("Username");
    case RoleColumn: return tr("Role");
    case StateColumn: return tr("State");
    case TwoFactorColumn: return tr("Two-factor");
    case LastLoginColumn: return tr("Last login");
    case CreatedColumn: return tr("Created");
    default: return {};
    }
}

} // namespace sportello::desk
