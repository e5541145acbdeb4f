// DraftTreeModel's drag and drop. The payload is the dragged node's id; a
// drop never changes the model: it asks for the move (moveRequested), and the
// relay's answer updates the tree. For the same reason removeRows() is
// deliberately not overridden: the view's "remove the source after a move"
// gets the base class's refusal and leaves the rows to the relay's answer.

#include "model/draft_tree_model.hpp"

#include <QMimeData>

namespace sportello::desk {

namespace {

QString mimeType() { return QLatin1String(DraftTreeModel::nodeMimeType); }

std::optional<qint64> draggedId(const QMimeData* data) {
    if (!data || !data->hasFormat(mimeType())) return std::nullopt;
    bool ok = false;
    const qint64 id = QString::fromLatin1(data->data(mimeType())).toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

} // namespace

QStringList DraftTreeModel::mimeTypes() const { return {mimeType()}; }

QMimeData* DraftTreeModel::mimeData(const QModelIndexList& indexes) const {
    std::optional<qint64> id;
    for (const QModelIndex& index : indexes) {
        const DraftNode* n = node(index);
        if (!n) continue;
        if (id && *id != n->node.id) return nullptr;   // one node at a time
        id = n->node.id;
    }
    if (!id) return nullptr;
    auto* data = new QMimeData;
    data->setData(mimeType(), QByteArray::number(*id));
    return data;
}

Qt::DropActions DraftTreeModel::supportedDropActions() const { return Qt::MoveAction; }

Qt::DropActions DraftTreeModel::supportedDragActions() const { return Qt::MoveAction; }

std::optional<DraftTreeModel::MoveTarget> DraftTreeModel::dropTarget(qint64 nodeId, int row,
                                                                     const QModelIndex& parent) const {
    const DraftNode* target = node(parent);
    const std::optional<qint64> oldParent = parentIdOf(nodeId);
    // Only under an existing node (one root), never the root, never into itself.
    if (!target || !oldParent || *oldParent == TreeLayout::topLevel) return std::nullopt;
    const qint64 newParent = target->node.id;
    if (isInSubtree(newParent, nodeId)) return std::nullopt;

    const int siblings = static_cast<int>(childList(newParent).size());
    int position = row < 0 || row > siblings ? siblings : row;   // on the node: last child
    const int oldRow = rowOf(nodeId);
    if (newParent == *oldParent) {
        if (position > oldRow) --position;   // its own row closes up first
        if (position == oldRow) return std::nullopt;
    }
    return MoveTarget{newParent, position};
}

bool DraftTreeModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                     const QModelIndex& parent) const {
    Q_UNUSED(column);
    if (!editable_ || action != Qt::MoveAction) return false;
    const std::optional<qint64> id = draggedId(data);
    return id && dropTarget(*id, row, parent.siblingAtColumn(TagColumn)).has_value();
}

bool DraftTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                  const QModelIndex& parent) {
    if (!canDropMimeData(data, action, row, column, parent)) return false;
    const qint64 id = *draggedId(data);
    const MoveTarget target = *dropTarget(id, row, parent.siblingAtColumn(TagColumn));
    Q_EMIT moveRequested(id, target.parentId, target.position);
    return true;
}

} // namespace sportello::desk
