#pragma once
// The integrators' API clients (GET /ops/v1/api-clients) as a table: name,
// scopes, rate, client certificate, created, rotated, revoked. Never holds a
// token. setClients() replaces the list with one reset; update() changes one
// row in place or appends a new client.

#include "api/admin_types.hpp"

#include <QAbstractTableModel>

namespace sportello::desk {

class ApiClientTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn = 0, ScopesColumn, RateColumn, CertificateColumn, CreatedColumn, RotatedColumn,
                  RevokedColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,   // qint64
        RevokedRole,                 // bool
    };

    explicit ApiClientTableModel(QObject* parent = nullptr);

    void setClients(const QList<ApiClientInfo>& clients);
    void update(const ApiClientInfo& client);
    const ApiClientInfo* client(int row) const;
    int rowOf(qint64 id) const;   // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ApiClientInfo> clients_;
};

} // namespace sportello::desk
