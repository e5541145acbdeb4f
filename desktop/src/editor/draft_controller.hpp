#pragma once
// The operator's editing session on the relay's draft: it owns the draft tree
// model, knows the draft's revision, runs every write through ApiClient, and
// keeps the undo history.
//
// Writes run one at a time, in the order they were asked for (a queue), each
// built when its turn comes so that it carries the newest revision this
// desktop knows. After every write the model is brought to the server's
// answer (the draft it returns, or a fresh GET /draft), so the model only
// ever shows what the relay holds.
//
// Conflicts: any 409 (someone else changed what a write was based on) drops
// the queued writes and the undo history, reloads the draft, and then emits
// conflicted() with a translated explanation. Nothing is ever retried over
// someone else's change. Undo and redo are writes like any other, and an
// undo whose node no longer holds what this desktop wrote is a conflict too.

#include "api/api_result.hpp"
#include "api/content_types.hpp"

#include <QObject>

#include <deque>
#include <functional>
#include <optional>

class QUndoStack;

namespace sportello::desk {

class ApiClient;
class DraftTreeModel;

class DraftController : public QObject {
    Q_OBJECT

public:
    // A queued write: it calls Done once, with the failure if there was one.
    using Done = std::function<void(std::optional<ApiFailure>)>;
    using Step = std::function<void(Done)>;
    enum class Origin { Operator, UndoStack };

    // api must outlive the controller.
    explicit DraftController(ApiClient& api, QObject* parent = nullptr);
    ~DraftController() override;

    DraftTreeModel* model() const { return model_; }
    QUndoStack* undoStack() const { return undo_; }
    bool isLoaded() const { return loaded_; }
    bool isBusy() const { return running_ || !queue_.empty(); }
    qint64 revision() const { return draft_.revision; }
    qint64 baseVersion() const { return draft_.baseVersion; }
    bool isDirty() const { return draft_.dirty; }
    const QList<ContentIssue>& issues() const { return draft_.issues; }
    // The first node with an error, in tree order.
    std::optional<qint64> firstErrorNode() const;

    // Each of these queues a write (or a reload) and returns at once.
    void reload();
    void saveNode(qint64 id, qint64 basedOnRevision, const HashtagNode& fields);
    void createNode(qint64 parentId, int position, const HashtagNode& fields);
    void deleteNode(qint64 id);
    void moveNode(qint64 id, qint64 parentId, int position);
    void addAlias(qint64 id, const QString& alias);
    void publish(const QString& note);
    void discard();
    void rollback(qint64 version, const QString& note);

    // Whether two nodes hold the same editable content (place and id aside).
    static bool sameContent(const HashtagNode& a, const HashtagNode& b);

Q_SIGNALS:
    void draftChanged();                       // a draft from the server was applied
    void busyChanged(bool busy);
    void nodeSaved(qint64 id);
    void nodeCreated(qint64 id);
    void published(qint64 version);
    // Publishing was refused for validation errors; the draft (and its issues) is reloaded.
    void publishRefused(const QString& message, qint64 firstErrorNodeId);
    void rolledBack(qint64 newVersion);
    void discarded();
    void failed(const QString& message);       // translated; the draft has been reloaded
    void conflicted(const QString& message);   // translated; the draft has been reloaded
    void sessionEnded(const QString& message);

private:
    friend class DraftCommand;
    friend class EditNodeCommand;
    friend class CreateNodeCommand;
    friend class DeleteNodeCommand;
    friend class MoveNodeCommand;

    void enqueue(Step step, Origin origin = Origin::Operator);
    void runNext();
    void finish(std::optional<ApiFailure> failure, Origin origin);
    void applyDraft(const DraftSnapshot& draft);
    // GET /draft and apply it, then done.
    void refresh(Done done);
    void setRunning(bool running);

    // The primitive writes, for operations and undo commands alike. Each
    // refreshes the model before calling done.
    // PUT fields, provided the node still holds `expected` (else a conflict).
    void putFields(qint64 id, const HashtagNode& fields, const HashtagNode& expected,
                   std::function<void(ApiResult<DraftNode>)> done);
    void postNode(qint64 parentId, int position, const HashtagNode& fields, std::optional<qint64> restoreId,
                  std::function<void(ApiResult<DraftNode>)> done);
    void removeNode(qint64 id, Done done);
    void placeNode(qint64 id, qint64 parentId, int position, Done done);

    // Positions here are indexes among the other children of the parent. The
    // relay puts a node at `position` and shifts the siblings at and after
    // that position value: so it must get the position value of the
    // sibling the node is to precede (one past the last to append).
    int relayPosition(qint64 parentId, std::optional<qint64> movingId, int index) const;
    static ApiFailure changedElsewhere();
    QString conflictMessage() const;

    ApiClient& api_;
    DraftTreeModel* model_;
    QUndoStack* undo_;
    DraftSnapshot draft_;   // nodes are not kept here: the model has them
    bool loaded_ = false;
    bool running_ = false;
    std::deque<std::pair<Step, Origin>> queue_;
};

} // namespace sportello::desk
