// DraftTreeModel::setDraft: from the tree shown to the server's new draft in
// four passes, each notified as it happens so that views keep their
// selection and expansion:
//   1. remove the nodes that are gone (whole subtrees at once);
//   2. walking the new tree from the top, move every surviving node that is
//      not already in order under its new parent (a parent is always in
//      place before its children, so a node never moves into its subtree);
//   3. walking again, insert the new nodes at their final rows;
//   4. dataChanged for the nodes whose content or issues changed.
// When a surviving node sits under a node that is new or gone, pass 1 or 3
// would take it along: then the model is reset instead.

#include "model/draft_tree_model.hpp"

namespace sportello::desk {

void DraftTreeModel::setDraft(const DraftSnapshot& draft) {
    const TreeLayout next = TreeLayout::of(draft.nodes);
    QHash<qint64, QList<ContentIssue>> issues;
    for (const ContentIssue& issue : draft.issues)
        if (next.contains(issue.nodeId)) issues[issue.nodeId].append(issue);

    if (!canSyncIncrementally(next)) return rebuild(next, draft.nodes, std::move(issues));
    removeVanished(next);
    if (!moveSurvivors(next)) return rebuild(next, draft.nodes, std::move(issues));
    insertNew(next, draft.nodes);
    updateContent(next, draft.nodes, std::move(issues));
}

bool DraftTreeModel::canSyncIncrementally(const TreeLayout& next) const {
    for (auto it = items_.cbegin(); it != items_.cend(); ++it) {
        if (!next.contains(it.key())) continue;
        // Now under a node that is new?
        const qint64 newParent = next.parentOf.value(it.key());
        if (newParent != TreeLayout::topLevel && !items_.contains(newParent)) return false;
        // Now under a node that goes away?
        for (qint64 at = it->parent; at != TreeLayout::topLevel; at = items_.value(at).parent)
            if (!next.contains(at)) return false;
    }
    return true;
}

void DraftTreeModel::removeVanished(const TreeLayout& next) {
    // The highest vanished nodes; their subtrees go with them.
    QList<qint64> doomed;
    for (auto it = items_.cbegin(); it != items_.cend(); ++it)
        if (!next.contains(it.key()) && (it->parent == TreeLayout::topLevel || next.contains(it->parent)))
            doomed.append(it.key());
    for (qint64 id : doomed) {
        const qint64 parentKey = items_.value(id).parent;
        const int row = rowOf(id);
        beginRemoveRows(indexFor(parentKey), row, row);
        const QList<qint64> subtree = subtreeOf(id);
        childList(parentKey).removeAt(row);
        for (qint64 gone : subtree) {
            items_.remove(gone);
            issues_.remove(gone);
        }
        endRemoveRows();
    }
}

bool DraftTreeModel::moveSurvivors(const TreeLayout& next) {
    QList<qint64> parents{TreeLayout::topLevel};
    for (qsizetype p = 0; p < parents.size(); ++p) {
        const qint64 parentKey = parents[p];
        // Rows before `cursor` hold this parent's children already in order,
        // and nodes that belong elsewhere and leave when their new parent's
        // turn comes; those may stay in between meanwhile.
        int cursor = 0;
        for (qint64 id : next.children(parentKey)) {
            if (!items_.contains(id)) continue;   // new: inserted in pass 3
            parents.append(id);
            const QList<qint64>& here = childList(parentKey);
            const auto at = items_.value(id).parent == parentKey ? here.indexOf(id) : -1;
            bool inPlace = at >= cursor;
            for (qsizetype between = cursor; inPlace && between < at; ++between)
                inPlace = next.parentOf.value(here[between]) != parentKey;
            if (inPlace) {
                cursor = static_cast<int>(at) + 1;
                continue;
            }
            // A node already under this parent sits at or after the cursor,
            // so the move is always upwards or across.
            const qint64 fromKey = items_.value(id).parent;
            const int fromRow = rowOf(id);
            if (!beginMoveRows(indexFor(fromKey), fromRow, fromRow, indexFor(parentKey), cursor)) return false;
            childList(fromKey).removeAt(fromRow);
            childList(parentKey).insert(cursor, id);
            items_[id].parent = parentKey;
            endMoveRows();
            ++cursor;
        }
    }
    return true;
}

void DraftTreeModel::insertNew(const TreeLayout& next, const QList<DraftNode>& nodes) {
    QList<qint64> parents{TreeLayout::topLevel};
    for (qsizetype p = 0; p < parents.size(); ++p) {
        const qint64 parentKey = parents[p];
        const QList<qint64> wanted = next.children(parentKey);
        for (int row = 0; row < wanted.size(); ++row) {
            const qint64 id = wanted[row];
            parents.append(id);
            if (items_.contains(id)) continue;
            beginInsertRows(indexFor(parentKey), row, row);
            items_.insert(id, Item{nodes[next.indexOf.value(id)], parentKey, {}});
            childList(parentKey).insert(row, id);
            endInsertRows();
        }
    }
}

void DraftTreeModel::updateContent(const TreeLayout& next, const QList<DraftNode>& nodes,
                                   QHash<qint64, QList<ContentIssue>> issues) {
    for (qint64 id : next.preorder()) {
        Item& item = items_[id];
        const DraftNode& fresh = nodes[next.indexOf.value(id)];
        const QList<ContentIssue> freshIssues = issues.value(id);
        if (item.data == fresh && issues_.value(id) == freshIssues) continue;
        item.data = fresh;
        if (freshIssues.isEmpty()) issues_.remove(id);
        else issues_.insert(id, freshIssues);
        const QModelIndex first = indexOfNode(id, TagColumn);
        Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    }
}

void DraftTreeModel::rebuild(const TreeLayout& next, const QList<DraftNode>& nodes,
                             QHash<qint64, QList<ContentIssue>> issues) {
    beginResetModel();
    items_.clear();
    for (auto it = next.parentOf.cbegin(); it != next.parentOf.cend(); ++it)
        items_.insert(it.key(), Item{nodes[next.indexOf.value(it.key())], it.value(), next.children(it.key())});
    topLevel_ = next.children(TreeLayout::topLevel);
    issues_ = std::move(issues);
    endResetModel();
}

} // namespace sportello::desk
