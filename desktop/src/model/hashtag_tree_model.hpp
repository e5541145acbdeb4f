#pragma once
// The published hashtag tree as a Qt item model: one row per node, children
// under their parent ordered by position then id. Column Tag shows "#tag",
// column Title the Italian menu title. setTree() replaces everything with one
// model reset; the model never changes otherwise.
//
// Nodes whose parent is missing from the snapshot are shown at the top level
// beside the root, so that no content is hidden; a node repeated with the
// same id is shown once (the first).

#include "api/desk_types.hpp"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace sportello::desk {

class HashtagTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { TagColumn = 0, TitleColumn, ColumnCount };
    enum Role {
        NodeIdRole = Qt::UserRole + 1,   // qint64
        TagRole,                         // QString, without '#'
        AnswerRole,                      // QString, the Italian answer
    };

    explicit HashtagTreeModel(QObject* parent = nullptr);

    void setTree(const TreeSnapshot& tree);
    void clear();

    qint64 treeVersion() const { return version_; }
    int nodeCount() const { return static_cast<int>(items_.size()); }
    // Null for an invalid index or unknown id. Valid until the next setTree/clear.
    const HashtagNode* node(const QModelIndex& index) const;
    const HashtagNode* nodeById(qint64 id) const;
    // Invalid if there is no such node.
    QModelIndex indexOfNode(qint64 id, int column = TagColumn) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Item {
        HashtagNode node;
        int parent = -1;        // index into items_, -1: top level
        int row = 0;            // position under its parent
        QList<int> children;    // indexes into items_, in display order
    };

    void build(const TreeSnapshot& tree);
    void sortChildren(QList<int>& children) const;
    const Item* itemAt(const QModelIndex& index) const;
    const QList<int>& childrenOf(const QModelIndex& parent) const;

    QList<Item> items_;          // internalId() of an index is its position here
    QList<int> topLevel_;
    QHash<qint64, int> byId_;
    qint64 version_ = 0;
};

} // namespace sportello::desk
