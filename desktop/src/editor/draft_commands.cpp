#include "editor/draft_commands.hpp"

#include "editor/draft_controller.hpp"

namespace sportello::desk {

using Origin = DraftController::Origin;
using Done = DraftController::Done;

namespace {

std::function<void(ApiResult<DraftNode>)> asDone(Done done) {
    return [done = std::move(done)](ApiResult<DraftNode> result) {
        done(result.ok() ? std::nullopt : std::optional<ApiFailure>(result.failure()));
    };
}

} // namespace

void DraftCommand::undo() { queueUndo(); }

void DraftCommand::redo() {
    if (done_) {
        done_ = false;
        return;
    }
    queueRedo();
}

EditNodeCommand::EditNodeCommand(DraftController& controller, qint64 id, HashtagNode before, HashtagNode after)
    : DraftCommand(controller), id_(id), before_(std::move(before)), after_(std::move(after)) {
    setText(DraftCommand::tr("Edit #%1").arg(after_.tag));
}

void EditNodeCommand::queuePut(const HashtagNode& fields, const HashtagNode& expected) {
    DraftController& c = controller_;
    c.enqueue([&c, id = id_, fields, expected](Done done) { c.putFields(id, fields, expected, asDone(std::move(done))); },
              Origin::UndoStack);
}

void EditNodeCommand::queueUndo() { queuePut(before_, after_); }

void EditNodeCommand::queueRedo() { queuePut(after_, before_); }

CreateNodeCommand::CreateNodeCommand(DraftController& controller, qint64 parentId, int position, HashtagNode created)
    : DraftCommand(controller), parentId_(parentId), position_(position), node_(std::move(created)) {
    setText(DraftCommand::tr("Add #%1").arg(node_.tag));
}

void CreateNodeCommand::queueUndo() {
    DraftController& c = controller_;
    c.enqueue([&c, id = node_.id](Done done) { c.removeNode(id, std::move(done)); }, Origin::UndoStack);
}

void CreateNodeCommand::queueRedo() {
    DraftController& c = controller_;
    c.enqueue([&c, parent = parentId_, position = position_, node = node_](Done done) {
        c.postNode(parent, position, node, node.id, asDone(std::move(done)));
    }, Origin::UndoStack);
}

DeleteNodeCommand::DeleteNodeCommand(DraftController& controller, QList<Saved> subtree)
    : DraftCommand(controller), subtree_(std::move(subtree)) {
    setText(subtree_.size() > 1 ? DraftCommand::tr("Delete #%1 and %n sub-topic(s)", nullptr, int(subtree_.size() - 1))
                                      .arg(subtree_.constFirst().node.tag)
                                : DraftCommand::tr("Delete #%1").arg(subtree_.constFirst().node.tag));
}

void DeleteNodeCommand::restoreFrom(DraftController& c, QList<Saved> nodes, qsizetype i, Done done) {
    // One node after the other, parents first: each create needs the draft
    // revision that the previous one produced.
    if (i == nodes.size()) return done(std::nullopt);
    const Saved s = nodes[i];
    c.postNode(s.parentId, s.row, s.node, s.node.id, [&c, nodes, i, done](ApiResult<DraftNode> r) {
        if (!r.ok()) return done(r.failure());
        restoreFrom(c, nodes, i + 1, done);
    });
}

void DeleteNodeCommand::queueUndo() {
    DraftController& c = controller_;
    c.enqueue([&c, nodes = subtree_](Done done) { restoreFrom(c, nodes, 0, std::move(done)); }, Origin::UndoStack);
}

void DeleteNodeCommand::queueRedo() {
    DraftController& c = controller_;
    c.enqueue([&c, id = subtree_.constFirst().node.id](Done done) { c.removeNode(id, std::move(done)); },
              Origin::UndoStack);
}

MoveNodeCommand::MoveNodeCommand(DraftController& controller, qint64 id, const QString& tag, Place from, Place to)
    : DraftCommand(controller), id_(id), from_(from), to_(to) {
    setText(DraftCommand::tr("Move #%1").arg(tag));
}

void MoveNodeCommand::queuePlace(Place place) {
    DraftController& c = controller_;
    c.enqueue([&c, id = id_, place](Done done) { c.placeNode(id, place.parentId, place.position, std::move(done)); },
              Origin::UndoStack);
}

void MoveNodeCommand::queueUndo() { queuePlace(from_); }

void MoveNodeCommand::queueRedo() { queuePlace(to_); }

} // namespace sportello::desk
