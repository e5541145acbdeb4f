#pragma once
// The published versions (GET /ops/v1/versions), newest first, as a table.

#include "api/content_types.hpp"

#include <QAbstractTableModel>

namespace sportello::desk {

class VersionListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { VersionColumn = 0, PublishedAtColumn, PublishedByColumn, NoteColumn, NodesColumn, ColumnCount };
    enum Role { VersionRole = Qt::UserRole + 1 };   // qint64

    explicit VersionListModel(QObject* parent = nullptr);

    void setVersions(const QList<VersionInfo>& versions);
    const VersionInfo* version(int row) const;
    // The version published just before the one at row; null for the oldest.
    const VersionInfo* previousOf(int row) const;
    int rowOfVersion(qint64 version) const;   // -1 if absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<VersionInfo> versions_;   // newest first
};

} // namespace sportello::desk
