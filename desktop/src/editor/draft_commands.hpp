#pragma once
// The undo history of draft edits. A command is pushed only after the relay
// accepted the operation, so its first redo() does nothing; later undo() and
// redo() queue the inverse or the same operation on the DraftController
// (asynchronously: the stack's index moves at once, the draft follows when
// the relay answers).
//
// Undo of a delete re-creates the deleted nodes under their original ids,
// parents first (POST /draft/nodes with "id").

#include "api/api_result.hpp"
#include "api/content_types.hpp"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace sportello::desk {

class DraftController;

class DraftCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(DraftCommand)

public:
    explicit DraftCommand(DraftController& controller) : controller_(controller) {}
    void undo() final;
    void redo() final;

protected:
    virtual void queueUndo() = 0;
    virtual void queueRedo() = 0;
    DraftController& controller_;

private:
    bool done_ = true;   // the operation already happened when the command was pushed
};

class EditNodeCommand final : public DraftCommand {
public:
    EditNodeCommand(DraftController& controller, qint64 id, HashtagNode before, HashtagNode after);

private:
    void queueUndo() override;
    void queueRedo() override;
    void queuePut(const HashtagNode& fields, const HashtagNode& expected);
    qint64 id_;
    HashtagNode before_, after_;
};

class CreateNodeCommand final : public DraftCommand {
public:
    CreateNodeCommand(DraftController& controller, qint64 parentId, int position, HashtagNode created);

private:
    void queueUndo() override;
    void queueRedo() override;
    qint64 parentId_;
    int position_;
    HashtagNode node_;
};

class DeleteNodeCommand final : public DraftCommand {
public:
    // A deleted node: its content, its parent and its row there, parents first.
    struct Saved {
        HashtagNode node;
        qint64 parentId = 0;
        int row = 0;
    };
    DeleteNodeCommand(DraftController& controller, QList<Saved> subtree);

private:
    void queueUndo() override;
    void queueRedo() override;
    static void restoreFrom(DraftController& c, QList<Saved> nodes, qsizetype i,
                            std::function<void(std::optional<ApiFailure>)> done);
    QList<Saved> subtree_;
};

class MoveNodeCommand final : public DraftCommand {
public:
    struct Place {
        qint64 parentId = 0;
        int position = 0;
    };
    MoveNodeCommand(DraftController& controller, qint64 id, const QString& tag, Place from, Place to);

private:
    void queueUndo() override;
    void queueRedo() override;
    void queuePlace(Place place);
    qint64 id_;
    Place from_, to_;
};

} // namespace sportello::desk
