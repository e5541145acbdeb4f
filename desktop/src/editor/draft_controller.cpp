#include "editor/draft_controller.hpp"

#include "api/api_client.hpp"
#include "editor/draft_commands.hpp"
#include "model/draft_tree_model.hpp"

#include <QMetaObject>
#include <QUndoStack>

namespace sportello::desk {

DraftController::DraftController(ApiClient& api, QObject* parent)
    : QObject(parent), api_(api), model_(new DraftTreeModel(this)), undo_(new QUndoStack(this)) {
    undo_->setUndoLimit(200);
}

DraftController::~DraftController() = default;

bool DraftController::sameContent(const HashtagNode& a, const HashtagNode& b) {
    return a.tag == b.tag && a.aliases == b.aliases && a.title == b.title && a.titleEn == b.titleEn &&
           a.answerIt == b.answerIt && a.answerEn == b.answerEn && a.validFrom == b.validFrom &&
           a.validUntil == b.validUntil && a.reviewedAt == b.reviewedAt && a.reviewer == b.reviewer;
}

std::optional<qint64> DraftController::firstErrorNode() const {
    for (qint64 id : model_->allIdsInOrder())
        for (const ContentIssue& issue : model_->issuesOf(id))
            if (issue.isError()) return id;
    return std::nullopt;
}

ApiFailure DraftController::changedElsewhere() {
    // Shaped like the relay's 409, so that it takes the conflict path.
    return ApiFailure{ApiFailure::Kind::Server, {}, api::ErrorCode::conflict, 409, {}, {}};
}

QString DraftController::conflictMessage() const {
    return tr("Someone else changed the content in the meantime. The draft has been reloaded with their "
              "changes: check it and make your change again.");
}

int DraftController::relayPosition(qint64 parentId, std::optional<qint64> movingId, int index) const {
    QList<qint64> others = model_->childIdsOf(parentId);
    if (movingId) others.removeAll(*movingId);
    if (others.isEmpty()) return 0;
    if (index >= 0 && index < others.size()) return model_->nodeById(others[index])->node.position;
    return model_->nodeById(others.constLast())->node.position + 1;
}

// --- the queue ---------------------------------------------------------------

void DraftController::setRunning(bool running) {
    const bool wasBusy = isBusy();
    running_ = running;
    if (wasBusy != isBusy()) Q_EMIT busyChanged(isBusy());
}

void DraftController::enqueue(Step step, Origin origin) {
    const bool wasBusy = isBusy();
    queue_.emplace_back(std::move(step), origin);
    if (!wasBusy) Q_EMIT busyChanged(true);
    // Always later, never inside the caller (QUndoStack::undo() among them).
    if (!running_) QMetaObject::invokeMethod(this, &DraftController::runNext, Qt::QueuedConnection);
}

void DraftController::runNext() {
    if (running_ || queue_.empty()) return;
    auto [step, origin] = std::move(queue_.front());
    queue_.pop_front();
    running_ = true;
    step([this, origin = origin](std::optional<ApiFailure> failure) { finish(std::move(failure), origin); });
}

void DraftController::finish(std::optional<ApiFailure> failure, Origin origin) {
    if (!failure) {
        setRunning(false);
        runNext();
        return;
    }
    queue_.clear();
    if (failure->endsSession()) {
        setRunning(false);
        Q_EMIT sessionEnded(failure->message);
        return;
    }
    // The history cannot be trusted after a conflict, or after an undo or
    // redo that did not complete.
    if (failure->isConflict() || origin == Origin::UndoStack) undo_->clear();
    const bool conflict = failure->isConflict();
    const QString message = conflict ? conflictMessage() : failure->message;
    refresh([this, conflict, message](std::optional<ApiFailure> reloadFailure) {
        setRunning(false);
        if (reloadFailure && reloadFailure->endsSession()) return Q_EMIT sessionEnded(reloadFailure->message);
        if (conflict) Q_EMIT conflicted(message);
        else Q_EMIT failed(message);
        runNext();
    });
}

void DraftController::applyDraft(const DraftSnapshot& draft) {
    model_->setDraft(draft);
    draft_ = draft;
    draft_.nodes.clear();
    loaded_ = true;
    Q_EMIT draftChanged();
}

void DraftController::refresh(Done done) {
    api_.fetchDraft(this, [this, done = std::move(done)](ApiResult<DraftSnapshot> result) {
        if (!result.ok()) return done(result.failure());
        applyDraft(result.value());
        done(std::nullopt);
    });
}

// --- primitive writes ----------------------------------------------------------

void DraftController::putFields(qint64 id, const HashtagNode& fields, const HashtagNode& expected,
                                std::function<void(ApiResult<DraftNode>)> done) {
    const DraftNode* now = model_->nodeById(id);
    if (!now || !sameContent(now->node, expected)) return done(changedElsewhere());
    api_.saveNode(id, now->revision, fields, this, [this, done = std::move(done)](ApiResult<DraftNode> result) {
        if (!result.ok()) return done(result);
        refresh([done, saved = result.value()](std::optional<ApiFailure> f) { f ? done(*f) : done(saved); });
    });
}

void DraftController::postNode(qint64 parentId, int position, const HashtagNode& fields,
                               std::optional<qint64> restoreId, std::function<void(ApiResult<DraftNode>)> done) {
    api_.createNode(draft_.revision, parentId, relayPosition(parentId, std::nullopt, position), fields, restoreId, this,
                    [this, done = std::move(done)](ApiResult<DraftNode> result) {
                        if (!result.ok()) return done(result);
                        refresh([done, made = result.value()](std::optional<ApiFailure> f) {
                            f ? done(*f) : done(made);
                        });
                    });
}

void DraftController::removeNode(qint64 id, Done done) {
    api_.deleteNode(id, draft_.revision, this, [this, done = std::move(done)](ApiResult<DraftSnapshot> result) {
        if (!result.ok()) return done(result.failure());
        applyDraft(result.value());
        done(std::nullopt);
    });
}

void DraftController::placeNode(qint64 id, qint64 parentId, int position, Done done) {
    api_.moveNode(id, draft_.revision, parentId, relayPosition(parentId, id, position), this,
                  [this, done = std::move(done)](ApiResult<DraftSnapshot> result) {
                      if (!result.ok()) return done(result.failure());
                      applyDraft(result.value());
                      done(std::nullopt);
                  });
}

// --- operations ------------------------------------------------------------------

void DraftController::reload() {
    enqueue([this](Done done) { refresh(std::move(done)); });
}

void DraftController::saveNode(qint64 id, qint64 basedOnRevision, const HashtagNode& fields) {
    enqueue([this, id, basedOnRevision, fields](Done done) {
        const DraftNode* before = model_->nodeById(id);
        if (!before || before->revision != basedOnRevision) return done(changedElsewhere());
        const HashtagNode previous = before->node;
        api_.saveNode(id, basedOnRevision, fields, this, [this, id, previous, done](ApiResult<DraftNode> result) {
            if (!result.ok()) return done(result.failure());
            const HashtagNode after = result.value().node;
            refresh([this, id, previous, after, done](std::optional<ApiFailure> f) {
                if (!f) {
                    undo_->push(new EditNodeCommand(*this, id, previous, after));
                    Q_EMIT nodeSaved(id);
                }
                done(f);
            });
        });
    });
}

void DraftController::createNode(qint64 parentId, int position, const HashtagNode& fields) {
    enqueue([this, parentId, position, fields](Done done) {
        postNode(parentId, position, fields, std::nullopt, [this, parentId, position, done](ApiResult<DraftNode> r) {
            if (!r.ok()) return done(r.failure());
            undo_->push(new CreateNodeCommand(*this, parentId, position, r.value().node));
            Q_EMIT nodeCreated(r.value().node.id);
            done(std::nullopt);
        });
    });
}

void DraftController::deleteNode(qint64 id) {
    enqueue([this, id](Done done) {
        QList<DeleteNodeCommand::Saved> saved;
        for (qint64 at : model_->subtreeOf(id))
            saved.append({model_->nodeById(at)->node, *model_->parentIdOf(at), model_->rowOf(at)});
        if (saved.isEmpty()) return done(changedElsewhere());
        removeNode(id, [this, saved, done](std::optional<ApiFailure> f) {
            if (!f) undo_->push(new DeleteNodeCommand(*this, saved));
            done(f);
        });
    });
}

void DraftController::moveNode(qint64 id, qint64 parentId, int position) {
    enqueue([this, id, parentId, position](Done done) {
        const std::optional<qint64> oldParent = model_->parentIdOf(id);
        if (!oldParent) return done(changedElsewhere());
        const int oldRow = model_->rowOf(id);
        const QString tag = model_->nodeById(id)->node.tag;
        placeNode(id, parentId, position, [this, id, tag, oldParent, oldRow, parentId, position, done](auto f) {
            if (!f) undo_->push(new MoveNodeCommand(*this, id, tag, {*oldParent, oldRow}, {parentId, position}));
            done(f);
        });
    });
}

void DraftController::addAlias(qint64 id, const QString& alias) {
    enqueue([this, id, alias](Done done) {
        const DraftNode* before = model_->nodeById(id);
        if (!before) return done(changedElsewhere());
        const HashtagNode previous = before->node;
        api_.addAlias(id, before->revision, alias, this, [this, id, previous, done](ApiResult<DraftNode> result) {
            if (!result.ok()) return done(result.failure());
            const HashtagNode after = result.value().node;
            refresh([this, id, previous, after, done](std::optional<ApiFailure> f) {
                if (!f) {
                    undo_->push(new EditNodeCommand(*this, id, previous, after));
                    Q_EMIT nodeSaved(id);
                }
                done(f);
            });
        });
    });
}

void DraftController::publish(const QString& note) {
    enqueue([this, note](Done done) {
        api_.publish(draft_.revision, note, this, [this, done](ApiResult<TreeSnapshot> result) {
            if (result.ok()) {
                const qint64 version = result.value().version;
                return refresh([this, version, done](std::optional<ApiFailure> f) {
                    if (!f) Q_EMIT published(version);
                    done(f);
                });
            }
            if (result.failure().serverCode != api::ErrorCode::validation_failed) return done(result.failure());
            const QString message = result.failure().message;
            refresh([this, message, done](std::optional<ApiFailure> f) {
                if (!f) Q_EMIT publishRefused(message, firstErrorNode().value_or(0));
                done(f);
            });
        });
    });
}

void DraftController::discard() {
    enqueue([this](Done done) {
        api_.discardDraft(draft_.revision, this, [this, done](ApiResult<DraftSnapshot> result) {
            if (!result.ok()) return done(result.failure());
            undo_->clear();
            applyDraft(result.value());
            Q_EMIT discarded();
            done(std::nullopt);
        });
    });
}

void DraftController::rollback(qint64 version, const QString& note) {
    enqueue([this, version, note](Done done) {
        api_.rollback(version, draft_.revision, note, this, [this, done](ApiResult<TreeSnapshot> result) {
            if (!result.ok()) return done(result.failure());
            const qint64 newVersion = result.value().version;
            undo_->clear();
            refresh([this, newVersion, done](std::optional<ApiFailure> f) {
                if (!f) Q_EMIT rolledBack(newVersion);
                done(f);
            });
        });
    });
}

} // namespace sportello::desk
