#pragma once
// Where each node of a flat node list goes in the displayed tree: children
// under their parent ordered by position then id. Nodes whose parent is
// missing are placed at the top level beside the root so that no content is
// hidden; a node repeated with the same id is kept once (the first); a parent
// chain that loops is cut where it is found; ids ≤ 0 are not node ids and are
// dropped.

#include "api/content_types.hpp"

#include <QHash>
#include <QList>

namespace sportello::desk {

struct TreeLayout {
    static constexpr qint64 topLevel = 0;     // the parent key of top-level nodes

    QHash<qint64, qint64> parentOf;           // node id → parent id (topLevel at the top)
    QHash<qint64, QList<qint64>> childrenOf;  // parent id (or topLevel) → children, in display order
    QHash<qint64, int> indexOf;               // node id → its index in the input list

    bool contains(qint64 id) const { return parentOf.contains(id); }
    QList<qint64> children(qint64 parent) const { return childrenOf.value(parent); }
    // Parents before children, siblings in display order.
    QList<qint64> preorder() const;

    static TreeLayout of(const QList<DraftNode>& nodes);
};

} // namespace sportello::desk
