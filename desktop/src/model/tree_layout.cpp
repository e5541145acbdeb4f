#include "model/tree_layout.hpp"

#include <algorithm>

namespace sportello::desk {

QList<qint64> TreeLayout::preorder() const {
    QList<qint64> order;
    order.reserve(parentOf.size());
    QList<qint64> stack;
    const QList<qint64> top = children(topLevel);
    for (auto it = top.crbegin(); it != top.crend(); ++it) stack.append(*it);
    while (!stack.isEmpty()) {
        const qint64 id = stack.takeLast();
        order.append(id);
        const QList<qint64> kids = children(id);
        for (auto it = kids.crbegin(); it != kids.crend(); ++it) stack.append(*it);
    }
    return order;
}

TreeLayout TreeLayout::of(const QList<DraftNode>& nodes) {
    TreeLayout layout;
    for (int i = 0; i < nodes.size(); ++i) {
        const qint64 id = nodes[i].node.id;
        if (id <= 0 || layout.indexOf.contains(id)) continue;
        layout.indexOf.insert(id, i);
    }
    for (auto it = layout.indexOf.cbegin(); it != layout.indexOf.cend(); ++it) {
        const auto& parent = nodes[it.value()].node.parentId;
        const bool known = parent && *parent != it.key() && layout.indexOf.contains(*parent);
        layout.parentOf.insert(it.key(), known ? *parent : topLevel);
    }
    // A chain that loops back would hide its nodes: cut each loop at the node
    // where it is found, which becomes top level.
    const auto count = layout.parentOf.size();
    for (auto it = layout.parentOf.begin(); it != layout.parentOf.end(); ++it) {
        qsizetype steps = 0;
        for (qint64 at = it.value(); at != topLevel; at = layout.parentOf.value(at, topLevel)) {
            if (at == it.key()) {
                it.value() = topLevel;
                break;
            }
            if (++steps > count) break;   // leads into a loop cut when its own nodes come
        }
    }
    for (auto it = layout.parentOf.cbegin(); it != layout.parentOf.cend(); ++it)
        layout.childrenOf[it.value()].append(it.key());
    for (auto& children : layout.childrenOf)
        std::sort(children.begin(), children.end(), [&](qint64 a, qint64 b) {
            const HashtagNode& x = nodes[layout.indexOf.value(a)].node;
            const HashtagNode& y = nodes[layout.indexOf.value(b)].node;
            return x.position != y.position ? x.position < y.position : x.id < y.id;
        });
    return layout;
}

} // namespace sportello::desk
