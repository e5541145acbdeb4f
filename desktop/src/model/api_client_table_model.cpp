#include "model/api_client_table_model.hpp"

#include "text/admin_labels.hpp"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace sportello::desk {

namespace {

QString localTime(const QDateTime& utc) {
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

ApiClientTableModel::ApiClientTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ApiClientTableModel::setClients(const QList<ApiClientInfo>& clients) {
    beginResetModel();
    clients_ = clients;
    endResetModel();
}

void ApiClientTableModel::update(const ApiClientInfo& client) {
    const int row = rowOf(client.id);
    if (row >= 0) {
        if (clients_[row] == client) return;
        clients_[row] = client;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int end = static_cast<int>(clients_.size());
    beginInsertRows({}, end, end);
    clients_.append(client);
    endInsertRows();
}

const ApiClientInfo* ApiClientTableModel::client(int row) const {
    return row >= 0 && row < clients_.size() ? &clients_[row] : nullptr;
}

int ApiClientTableModel::rowOf(qint64 id) const {
    for (qsizetype row = 0; row < clients_.size(); ++row)
        if (clients_[row].id == id) return static_cast<int>(row);
    return -1;
}

int ApiClientTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(clients_.size());
}

int ApiClientTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ApiClientTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const ApiClientInfo& c = clients_[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return c.name;
        case ScopesColumn: {
            QStringList labels;
            for (const QString& scope : c.scopes) labels.append(AdminLabels::scope(scope));
            return labels.join(QStringLiteral(", "));
        }
        case RateColumn: return tr("%1/min", "requests per minute").arg(QLocale().toString(c.ratePerMinute));
        case CertificateColumn:
            return c.requireClientCertificate ? tr("Required: %1").arg(c.certificateSubject) : tr("Not required");
        case CreatedColumn: return localTime(c.createdAt);
        case RotatedColumn: return localTime(c.rotatedAt);
        case RevokedColumn: return localTime(c.revokedAt);
        default: return {};
        }
    case Qt::ForegroundRole:
        return c.isRevoked() ? QVariant(QBrush(QPalette().color(QPalette::Disabled, QPalette::Text))) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == RateColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case IdRole: return c.id;
    case RevokedRole: return c.isRevoked();
    default: return {};
    }
}

QVariant ApiClientTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case ScopesColumn: return tr("Permissions");
    case RateColumn: return tr("Rate");
    case CertificateColumn: return tr("Client certificate");
    case CreatedColumn: return tr("Created");
    case RotatedColumn: return tr("Token rotated");
    case RevokedColumn: return tr("Revoked");
    default: return {};
    }
}

} // namespace sportello::desk
