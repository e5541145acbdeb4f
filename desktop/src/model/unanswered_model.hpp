#pragma once
// The unanswered-requests ranking (GET /ops/v1/unanswered) as a table:
// key, kind, count, citizens, last seen. setReport() replaces it with one
// reset. Phrases too few citizens wrote are not in it: the relay only
// counts them (report().otherPhraseRequests).

#include "api/content_types.hpp"

#include <QAbstractTableModel>

namespace sportello::desk {

class UnansweredModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { KeyColumn = 0, KindColumn, CountColumn, CitizensColumn, LastSeenColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1,   // QString, the key as the relay gives it
        SuggestionsRole,              // QList<qint64>, closest nodes first
        SortRole,                     // the column's value for sorting (count and time as numbers)
    };

    explicit UnansweredModel(QObject* parent = nullptr);

    void setReport(const UnansweredReport& report);
    const UnansweredReport& report() const { return report_; }
    const UnansweredItem* item(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindLabel(const QString& kind);

private:
    UnansweredReport report_;
};

} // namespace sportello::desk
