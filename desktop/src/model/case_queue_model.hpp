#pragma once
// The operators' queue (GET /ops/v1/cases) as a table, in the relay's order
// (least time left in the citizen's 24-hour window first): citizen (masked),
// name, reason, state, owner, time left, preview; and the counts per state.
// setCases() updates rows in place when the same cases come back in the same
// order (dataChanged, so a refresh every few seconds keeps the selection),
// and resets otherwise. The time left is relative to the clock given with
// the cases; setNow() moves it on without a new list.

#include "sportello/api/cases.hpp"

#include <QAbstractTableModel>

#include <cstdint>

namespace sportello::desk {

class CaseQueueModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { CitizenColumn = 0, NameColumn, ReasonColumn, StateColumn, OwnerColumn, TimeLeftColumn,
                  PreviewColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,   // qint64
        StateRole,                   // QString, the wire id ("new", "claimed"…)
        OwnerRole,                   // QString, the owner's username; empty when unassigned
        WindowOpenRole,              // bool: the citizen's 24-hour window is still open
    };

    explicit CaseQueueModel(QObject* parent = nullptr);

    void setCases(const api::CaseList& list, std::int64_t nowMs);
    void setNow(std::int64_t nowMs);
    const api::CaseSummary* caseAt(int row) const;
    int rowOf(qint64 id) const;   // -1 when absent
    // The relay's count for a state ("new", "claimed", "waiting", "closed"); 0 when absent.
    qint64 count(const QString& state) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void countsChanged();

private:
    bool windowOpen(const api::CaseSummary& c) const;

    api::CaseList list_;
    std::int64_t nowMs_ = 0;
};

} // namespace sportello::desk
