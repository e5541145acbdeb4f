#pragma once
// The common part of the "Statistiche" tab's tables: a list of report rows
// replaced whole with setRows() (one model reset per answer). A subclass
// says how many columns it has, their headers and each cell; counts are
// returned as numbers (sorting and CSV see the figures), right-aligned.
// Columns of counts and the figures depending on them are declared for
// small-cell suppression in CSV (model/small_cells.hpp).

#include "model/small_cells.hpp"

#include <QAbstractTableModel>
#include <QList>

#include <utility>

namespace sportello::desk {

template <class Row>
class ReportRowsModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<Row> rows) {
        beginResetModel();
        rows_ = std::move(rows);
        endResetModel();
    }
    const QList<Row>& rows() const { return rows_; }

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : static_cast<int>(rows_.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : columns(); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
        if (role == Qt::DisplayRole) return cell(rows_[index.row()], index.column());
        if (role == Qt::TextAlignmentRole && index.column() > 0)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return roleData(rows_[index.row()], role);
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override {
        if (orientation != Qt::Horizontal || section < 0 || section >= columns()) return {};
        if (role == SmallCells::CountRole) return isCount(section);
        if (role == SmallCells::GateColumnRole) return gateColumn(section) >= 0 ? QVariant(gateColumn(section)) : QVariant();
        if (role != Qt::DisplayRole) return {};
        return header(section);
    }

protected:
    virtual int columns() const = 0;
    virtual QString header(int column) const = 0;
    virtual QVariant cell(const Row& row, int column) const = 0;
    virtual QVariant roleData(const Row&, int) const { return {}; }
    // A count of citizens' messages or cases (suppressed when small in CSV).
    virtual bool isCount(int) const { return false; }
    // The count column this column's figure depends on, or -1.
    virtual int gateColumn(int) const { return -1; }

private:
    QList<Row> rows_;
};

} // namespace sportello::desk
