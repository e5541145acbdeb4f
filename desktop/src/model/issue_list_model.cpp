#include "model/issue_list_model.hpp"

#include "text/content_labels.hpp"

#include <QColor>

#include <algorithm>

namespace sportello::desk {

IssueListModel::IssueListModel(QObject* parent) : QAbstractListModel(parent) {}

void IssueListModel::setIssues(const QList<ContentIssue>& issues, const TagOf& tagOf) {
    beginResetModel();
    rows_.clear();
    for (const ContentIssue& issue : issues)
        rows_.append(Row{issue, issue.nodeId != 0 && tagOf ? tagOf(issue.nodeId) : QString()});
    std::stable_sort(rows_.begin(), rows_.end(),
                     [](const Row& a, const Row& b) { return a.issue.isError() && !b.issue.isError(); });
    endResetModel();
}

int IssueListModel::errorCount() const {
    return static_cast<int>(std::count_if(rows_.cbegin(), rows_.cend(), [](const Row& r) { return r.issue.isError(); }));
}

int IssueListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant IssueListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Row& row = rows_[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        const QString where = row.issue.nodeId == 0 ? tr("Whole tree")
                              : row.tag.isEmpty()   ? tr("node %1").arg(row.issue.nodeId)
                                                    : QString(u'#' + row.tag);
        return tr("%1: %2").arg(where, ContentLabels::issueText(row.issue));
    }
    case Qt::DecorationRole:
        return row.issue.isError() ? QColor(0xb0, 0x00, 0x20) : QColor(0xe6, 0x8a, 0x00);
    case Qt::ToolTipRole:
        return row.issue.message;
    case NodeIdRole:
        return row.issue.nodeId;
    case IsErrorRole:
        return row.issue.isError();
    default:
        return {};
    }
}

} // namespace sportello::desk
