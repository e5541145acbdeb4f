#pragma once
// The audit trail (GET /ops/v1/audit) as a table, newest first: time, user,
// action (translated; the id in ActionIdRole), target, detail. Fetched
// lazily: the view's fetchMore() asks for the next page through
// moreRequested(beforeId) while the relay has more (canFetchMore); the owner
// answers with appendPage(). setQuery() starts over for another filter and
// drops any page still on its way (its generation no longer matches).

#include "api/user_types.hpp"

#include <QAbstractTableModel>

#include <optional>

namespace sportello::desk {

class AuditTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TimeColumn = 0, ActorColumn, ActionColumn, TargetColumn, DetailColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,   // qint64
        ActionIdRole,                // QString, e.g. "user_created"
    };

    explicit AuditTableModel(QObject* parent = nullptr);

    // Clears the rows for a new filter; returns its generation, which
    // appendPage() must carry.
    int setQuery(const AuditQuery& query);
    const AuditQuery& query() const { return query_; }
    int generation() const { return generation_; }
    // A page for generation `generation`; ignored when stale.
    void appendPage(int generation, const AuditRecordPage& page);
    // The request for a page failed: stop asking until the next setQuery().
    void stopFetching(int generation);
    bool isFetching() const { return fetching_; }
    bool hasMore() const { return nextBeforeId_.has_value(); }
    const QList<AuditRecord>& records() const { return records_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    // The next page is wanted: entries older than beforeId (nullopt: the newest).
    void moreRequested(int generation, std::optional<qint64> beforeId);

private:
    AuditQuery query_;
    QList<AuditRecord> records_;
    std::optional<qint64> nextBeforeId_;
    bool started_ = false;    // the first page was asked for
    bool fetching_ = false;
    bool failed_ = false;
    int generation_ = 0;
};

} // namespace sportello::desk
