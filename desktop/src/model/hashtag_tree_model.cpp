#include "model/hashtag_tree_model.hpp"

#include <algorithm>

namespace sportello::desk {

HashtagTreeModel::HashtagTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void HashtagTreeModel::setTree(const TreeSnapshot& tree) {
    beginResetModel();
    build(tree);
    endResetModel();
}

void HashtagTreeModel::clear() { setTree(TreeSnapshot{}); }

void HashtagTreeModel::build(const TreeSnapshot& tree) {
    items_.clear();
    topLevel_.clear();
    byId_.clear();
    version_ = tree.version;

    items_.reserve(tree.nodes.size());
    for (const HashtagNode& node : tree.nodes) {
        if (byId_.contains(node.id)) continue;
        byId_.insert(node.id, static_cast<int>(items_.size()));
        items_.append(Item{node, -1, 0, {}});
    }
    for (Item& item : items_) {
        const auto parentAt = item.node.parentId ? byId_.constFind(*item.node.parentId) : byId_.constEnd();
        item.parent = parentAt != byId_.constEnd() ? *parentAt : -1;
    }
    // A parent chain that loops back would hide its nodes and make parent()
    // endless: cut each loop where it is found, making that node top level.
    for (int i = 0; i < items_.size(); ++i) {
        int steps = 0;
        for (int at = items_[i].parent; at >= 0; at = items_[at].parent) {
            if (at == i) {
                items_[i].parent = -1;
                break;
            }
            if (++steps > items_.size()) break;   // leads into a loop cut when its own nodes come
        }
    }
    for (int i = 0; i < items_.size(); ++i) {
        if (items_[i].parent >= 0) items_[items_[i].parent].children.append(i);
        else topLevel_.append(i);
    }
    sortChildren(topLevel_);
    for (Item& item : items_) sortChildren(item.children);
    for (int i = 0; i < topLevel_.size(); ++i) items_[topLevel_[i]].row = i;
    for (const Item& item : items_)
        for (int row = 0; row < item.children.size(); ++row) items_[item.children[row]].row = row;
}

void HashtagTreeModel::sortChildren(QList<int>& children) const {
    std::sort(children.begin(), children.end(), [this](int a, int b) {
        const HashtagNode& x = items_[a].node;
        const HashtagNode& y = items_[b].node;
        return x.position != y.position ? x.position < y.position : x.id < y.id;
    });
}

const HashtagTreeModel::Item* HashtagTreeModel::itemAt(const QModelIndex& index) const {
    if (!index.isValid() || index.model() != this) return nullptr;
    const auto at = static_cast<qsizetype>(index.internalId());
    return at < items_.size() ? &items_[at] : nullptr;
}

const QList<int>& HashtagTreeModel::childrenOf(const QModelIndex& parent) const {
    const Item* item = itemAt(parent);
    return item ? item->children : topLevel_;
}

const HashtagNode* HashtagTreeModel::node(const QModelIndex& index) const {
    const Item* item = itemAt(index);
    return item ? &item->node : nullptr;
}

const HashtagNode* HashtagTreeModel::nodeById(qint64 id) const {
    const auto at = byId_.constFind(id);
    return at == byId_.constEnd() ? nullptr : &items_[*at].node;
}

QModelIndex HashtagTreeModel::indexOfNode(qint64 id, int column) const {
    const auto at = byId_.constFind(id);
    if (at == byId_.constEnd() || column < 0 || column >= ColumnCount) return {};
    return createIndex(items_[*at].row, column, static_cast<quintptr>(*at));
}

QModelIndex HashtagTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (column < 0 || column >= ColumnCount || row < 0) return {};
    if (parent.isValid() && parent.column() != TagColumn) return {};   // only column 0 has children
    const QList<int>& children = childrenOf(parent);
    if (row >= children.size()) return {};
    return createIndex(row, column, static_cast<quintptr>(children[row]));
}

QModelIndex HashtagTreeModel::parent(const QModelIndex& child) const {
    const Item* item = itemAt(child);
    if (!item || item->parent < 0) return {};
    return createIndex(items_[item->parent].row, TagColumn, static_cast<quintptr>(item->parent));
}

int HashtagTreeModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() && parent.column() != TagColumn) return 0;
    if (parent.isValid() && !itemAt(parent)) return 0;
    return static_cast<int>(childrenOf(parent).size());
}

int HashtagTreeModel::columnCount(const QModelIndex& parent) const {
    Q_UNUSED(parent);
    return ColumnCount;
}

QVariant HashtagTreeModel::data(const QModelIndex& index, int role) const {
    const Item* item = itemAt(index);
    if (!item) return {};
    const HashtagNode& n = item->node;
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == TagColumn ? QString(u'#' + n.tag) : n.title;
    case Qt::ToolTipRole:
        if (n.aliases.isEmpty()) return n.title;
        return tr("Also: %1").arg(QString(u'#' + n.aliases.join(QStringLiteral(", #"))));
    case NodeIdRole:
        return n.id;
    case TagRole:
        return n.tag;
    case AnswerRole:
        return n.answerIt;
    default:
        return {};
    }
}

QVariant HashtagTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
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

Qt::ItemFlags HashtagTreeModel::flags(const QModelIndex& index) const {
    if (!itemAt(index)) return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QHash<int, QByteArray> HashtagTreeModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(NodeIdRole, "nodeId");
    names.insert(TagRole, "tag");
    names.insert(AnswerRole, "answer");
    return names;
}

} // namespace sportello::desk
