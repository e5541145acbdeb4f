#include "model/draft_tree_model.hpp"

#include "text/content_labels.hpp"

#include <QBrush>
#include <QColor>

namespace sportello::desk {

namespace {

const QColor errorColour(0xb0, 0x00, 0x20);
const QColor warningColour(0xe6, 0x8a, 0x00);

} // namespace

DraftTreeModel::DraftTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void DraftTreeModel::clear() {
    beginResetModel();
    items_.clear();
    topLevel_.clear();
    issues_.clear();
    endResetModel();
}

void DraftTreeModel::setEditable(bool editable) {
    if (editable_ == editable) return;
    editable_ = editable;
    if (!topLevel_.isEmpty()) {
        // Flags changed everywhere; views re-read them on any data change.
        for (qint64 id : allIdsInOrder()) {
            const QModelIndex first = indexOfNode(id, TagColumn);
            Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
        }
    }
}

const DraftTreeModel::Item* DraftTreeModel::itemAt(const QModelIndex& index) const {
    if (!index.isValid() || index.model() != this) return nullptr;
    const auto at = items_.constFind(static_cast<qint64>(index.internalId()));
    return at == items_.constEnd() ? nullptr : &*at;
}

const DraftNode* DraftTreeModel::node(const QModelIndex& index) const {
    const Item* item = itemAt(index);
    return item ? &item->data : nullptr;
}

const DraftNode* DraftTreeModel::nodeById(qint64 id) const {
    const auto at = items_.constFind(id);
    return at == items_.constEnd() ? nullptr : &at->data;
}

std::optional<qint64> DraftTreeModel::parentIdOf(qint64 id) const {
    const auto at = items_.constFind(id);
    if (at == items_.constEnd()) return std::nullopt;
    return at->parent;
}

QList<qint64>& DraftTreeModel::childList(qint64 parentKey) {
    return parentKey == TreeLayout::topLevel ? topLevel_ : items_[parentKey].children;
}

const QList<qint64>& DraftTreeModel::childList(qint64 parentKey) const {
    static const QList<qint64> none;
    if (parentKey == TreeLayout::topLevel) return topLevel_;
    const auto at = items_.constFind(parentKey);
    return at == items_.constEnd() ? none : at->children;
}

int DraftTreeModel::rowOf(qint64 id) const {
    const auto at = items_.constFind(id);
    if (at == items_.constEnd()) return -1;
    return static_cast<int>(childList(at->parent).indexOf(id));
}

QList<qint64> DraftTreeModel::childIdsOf(qint64 parentId) const { return childList(parentId); }

QList<qint64> DraftTreeModel::subtreeOf(qint64 id) const {
    QList<qint64> order;
    if (!items_.contains(id)) return order;
    QList<qint64> stack{id};
    while (!stack.isEmpty()) {
        const qint64 at = stack.takeLast();
        order.append(at);
        const QList<qint64>& kids = childList(at);
        for (auto it = kids.crbegin(); it != kids.crend(); ++it) stack.append(*it);
    }
    return order;
}

QList<qint64> DraftTreeModel::allIdsInOrder() const {
    QList<qint64> order;
    for (qint64 top : topLevel_) order.append(subtreeOf(top));
    return order;
}

bool DraftTreeModel::isInSubtree(qint64 candidate, qint64 root) const {
    for (std::optional<qint64> at = candidate; at && *at != TreeLayout::topLevel; at = parentIdOf(*at))
        if (*at == root) return true;
    return false;
}

QList<ContentIssue> DraftTreeModel::issuesOf(qint64 id) const { return issues_.value(id); }

int DraftTreeModel::issueLevel(qint64 id) const {
    int level = NoIssue;
    for (const ContentIssue& issue : issues_.value(id))
        level = std::max(level, issue.isError() ? int(ErrorIssue) : int(WarningIssue));
    return level;
}

QModelIndex DraftTreeModel::indexFor(qint64 parentKey) const {
    return parentKey == TreeLayout::topLevel ? QModelIndex() : indexOfNode(parentKey);
}

QModelIndex DraftTreeModel::indexOfNode(qint64 id, int column) const {
    const int row = rowOf(id);
    if (row < 0 || column < 0 || column >= ColumnCount) return {};
    return createIndex(row, column, static_cast<quintptr>(id));
}

QModelIndex DraftTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (column < 0 || column >= ColumnCount || row < 0) return {};
    if (parent.isValid() && (parent.column() != TagColumn || !itemAt(parent))) return {};
    const QList<qint64>& children = childList(parent.isValid() ? qint64(parent.internalId()) : TreeLayout::topLevel);
    if (row >= children.size()) return {};
    return createIndex(row, column, static_cast<quintptr>(children[row]));
}

QModelIndex DraftTreeModel::parent(const QModelIndex& child) const {
    const Item* item = itemAt(child);
    if (!item || item->parent == TreeLayout::topLevel) return {};
    return indexOfNode(item->parent);
}

int DraftTreeModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid()) return static_cast<int>(topLevel_.size());
    const Item* item = parent.column() == TagColumn ? itemAt(parent) : nullptr;
    return item ? static_cast<int>(item->children.size()) : 0;
}

int DraftTreeModel::columnCount(const QModelIndex& parent) const {
    Q_UNUSED(parent);
    return ColumnCount;
}

QVariant DraftTreeModel::data(const QModelIndex& index, int role) const {
    const Item* item = itemAt(index);
    if (!item) return {};
    const HashtagNode& n = item->data.node;
    const bool tagColumn = index.column() == TagColumn;
    switch (role) {
    case Qt::DisplayRole:
        return tagColumn ? QString(u'#' + n.tag) : n.title;
    case Qt::EditRole:
        return tagColumn ? n.tag : n.title;
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!n.aliases.isEmpty()) lines.append(tr("Also: %1").arg(QString(u'#' + n.aliases.join(QStringLiteral(", #")))));
        const QString issues = data(index, IssueTextRole).toString();
        if (!issues.isEmpty()) lines.append(issues);
        return lines.isEmpty() ? QVariant(n.title) : QVariant(lines.join(u'\n'));
    }
    case Qt::DecorationRole:
        if (!tagColumn) return {};
        switch (issueLevel(n.id)) {
        case ErrorIssue: return errorColour;
        case WarningIssue: return warningColour;
        default: return {};
        }
    case Qt::ForegroundRole:
        return issueLevel(n.id) == ErrorIssue ? QVariant(QBrush(errorColour)) : QVariant();
    case NodeIdRole:
        return n.id;
    case TagRole:
        return n.tag;
    case AnswerRole:
        return n.answerIt;
    case RevisionRole:
        return item->data.revision;
    case IssueLevelRole:
        return issueLevel(n.id);
    case IssueTextRole: {
        QStringList lines;
        for (const ContentIssue& issue : issues_.value(n.id)) lines.append(ContentLabels::issueText(issue));
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

bool DraftTreeModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    // The change is only requested here; the server's answer brings it back.
    const Item* item = itemAt(index);
    if (!item || !editable_ || role != Qt::EditRole) return false;
    const QString text = value.toString().trimmed();
    if (text.isEmpty() || text == data(index, Qt::EditRole).toString()) return false;
    Q_EMIT renameRequested(item->data.node.id, index.column(), text);
    return true;
}

QVariant DraftTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case TagColumn:
        return tr("Hashtag");
    case TitleColumn:
        return tr("Title", "menu title of a hashtag");
    default:
        return {};
    }
}

Qt::ItemFlags DraftTreeModel::flags(const QModelIndex& index) const {
    const Item* item = itemAt(index);
    if (!item) return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!editable_) return flags;
    flags |= Qt::ItemIsEditable | Qt::ItemIsDropEnabled;
    if (item->parent != TreeLayout::topLevel) flags |= Qt::ItemIsDragEnabled;   // the root stays
    return flags;
}

QHash<int, QByteArray> DraftTreeModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(NodeIdRole, "nodeId");
    names.insert(TagRole, "tag");
    names.insert(AnswerRole, "answer");
    names.insert(RevisionRole, "revision");
    names.insert(IssueLevelRole, "issueLevel");
    names.insert(IssueTextRole, "issueText");
    return names;
}

} // namespace sportello::desk
