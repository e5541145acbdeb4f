#include "model/version_list_model.hpp"

#include <QLocale>

#include <algorithm>

namespace sportello::desk {

VersionListModel::VersionListModel(QObject* parent) : QAbstractTableModel(parent) {}

void VersionListModel::setVersions(const QList<VersionInfo>& versions) {
    beginResetModel();
    versions_ = versions;
    std::stable_sort(versions_.begin(), versions_.end(),
                     [](const VersionInfo& a, const VersionInfo& b) { return a.version > b.version; });
    endResetModel();
}

const VersionInfo* VersionListModel::version(int row) const {
    return row >= 0 && row < versions_.size() ? &versions_[row] : nullptr;
}

const VersionInfo* VersionListModel::previousOf(int row) const { return version(row + 1); }

int VersionListModel::rowOfVersion(qint64 version) const {
    for (int row = 0; row < versions_.size(); ++row)
        if (versions_[row].version == version) return row;
    return -1;
}

int VersionListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(versions_.size());
}

int VersionListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant VersionListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const VersionInfo& v = versions_[index.row()];
    if (role == VersionRole) return v.version;
    if (role == Qt::ToolTipRole && index.column() == NoteColumn) return v.note;
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case VersionColumn: return v.version;
    case PublishedAtColumn:
        return v.publishedAt.isValid() ? QLocale().toString(v.publishedAt.toLocalTime(), QLocale::ShortFormat) : QString();
    case PublishedByColumn: return v.publishedBy;
    case NoteColumn: return v.note;
    case NodesColumn: return v.nodeCount;
    default: return {};
    }
}

QVariant VersionListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case VersionColumn: return tr("Version");
    case PublishedAtColumn: return tr("Published");
    case PublishedByColumn: return tr("By", "who published a version");
    case NoteColumn: return tr("Note");
    case NodesColumn: return tr("Hashtags");
    default: return {};
    }
}

} // namespace sportello::desk
