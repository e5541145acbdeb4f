#pragma once
// The relay's draft hashtag tree as an editable Qt item model. Column Tag
// shows "#tag", column Title the Italian menu title; the nodes' validation
// issues are shown on them (decoration colour, red text for errors, tooltip).
//
// The model is fed only by the server's answers: setDraft() brings it to the
// new draft with the finest notifications it can (rows removed, moved and
// inserted, dataChanged for changed nodes), and falls back to one model reset
// when a change cannot be expressed that way (a surviving node under a new or
// removed one). Editing gestures never change the model directly: a drop
// emits moveRequested and an inline rename emits renameRequested, and the
// server's answer then updates the model. Layout rules: tree_layout.hpp.

#include "api/content_types.hpp"
#include "model/tree_layout.hpp"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace sportello::desk {

class DraftTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { TagColumn = 0, TitleColumn, ColumnCount };
    enum Role {
        NodeIdRole = Qt::UserRole + 1,   // qint64
        TagRole,                         // QString, without '#'
        AnswerRole,                      // QString, the Italian answer
        RevisionRole,                    // qint64, the node's revision
        IssueLevelRole,                  // int: IssueLevel
        IssueTextRole,                   // QString: the node's issues, translated, one per line
    };
    enum IssueLevel { NoIssue = 0, WarningIssue = 1, ErrorIssue = 2 };
    static constexpr const char* nodeMimeType = "application/x-sportello-node-id";

    explicit DraftTreeModel(QObject* parent = nullptr);

    void setDraft(const DraftSnapshot& draft);
    void clear();
    // Whether drags, drops and inline renames are offered (the operator may edit).
    void setEditable(bool editable);
    bool isEditable() const { return editable_; }

    int nodeCount() const { return static_cast<int>(items_.size()); }
    // Null for an invalid index or unknown id. Valid until the next setDraft/clear.
    const DraftNode* node(const QModelIndex& index) const;
    const DraftNode* nodeById(qint64 id) const;
    QModelIndex indexOfNode(qint64 id, int column = TagColumn) const;
    // TreeLayout::topLevel for a top-level node; nullopt for an unknown id.
    std::optional<qint64> parentIdOf(qint64 id) const;
    int rowOf(qint64 id) const;                        // -1 for an unknown id
    QList<qint64> childIdsOf(qint64 parentId) const;   // TreeLayout::topLevel: the top level
    QList<qint64> subtreeOf(qint64 id) const;          // id first, then descendants in preorder
    QList<qint64> allIdsInOrder() const;               // preorder of the whole tree
    bool isInSubtree(qint64 candidate, qint64 root) const;
    QList<ContentIssue> issuesOf(qint64 id) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Drag and drop (draft_tree_dnd.cpp): one node at a time, moved under
    // another node (not into its own subtree; the root stays where it is).
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

    // Where a drop at (row, parent) puts the dragged node, as the relay's
    // move expects it: the new parent and the index among its other children.
    // nullopt when the drop is not allowed or changes nothing.
    struct MoveTarget {
        qint64 parentId = 0;
        int position = 0;
    };
    std::optional<MoveTarget> dropTarget(qint64 nodeId, int row, const QModelIndex& parent) const;

Q_SIGNALS:
    // The operator dropped a node: ask the relay to move it.
    void moveRequested(qint64 nodeId, qint64 parentId, int position);
    // The operator renamed a node in place (column Tag: the tag, Title: the title).
    void renameRequested(qint64 nodeId, int column, const QString& text);

private:
    struct Item {
        DraftNode data;
        qint64 parent = TreeLayout::topLevel;
        QList<qint64> children;   // display order
    };

    // draft_tree_sync.cpp
    bool canSyncIncrementally(const TreeLayout& next) const;
    void removeVanished(const TreeLayout& next);
    bool moveSurvivors(const TreeLayout& next);
    void insertNew(const TreeLayout& next, const QList<DraftNode>& nodes);
    void updateContent(const TreeLayout& next, const QList<DraftNode>& nodes, QHash<qint64, QList<ContentIssue>> issues);
    void rebuild(const TreeLayout& next, const QList<DraftNode>& nodes, QHash<qint64, QList<ContentIssue>> issues);

    QModelIndex indexFor(qint64 parentKey) const;   // the index of a parent key (invalid for the top level)
    QList<qint64>& childList(qint64 parentKey);
    const QList<qint64>& childList(qint64 parentKey) const;
    const Item* itemAt(const QModelIndex& index) const;
    int issueLevel(qint64 id) const;

    QHash<qint64, Item> items_;   // by node id; internalId() of an index is the node id
    QList<qint64> topLevel_;
    QHash<qint64, QList<ContentIssue>> issues_;   // by node id
    bool editable_ = false;
};

} // namespace sportello::desk
