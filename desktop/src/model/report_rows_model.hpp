#pragma once
// The common part of the "Statistiche" tab's tables: a list of report rows
// replaced whole with setRows() (one model reset per answer). A subclass
// says how many columns it has, their headers and each cell; counts are
// returned as numbers (sorting and CSV see the figures), right-aligned.

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
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columns()) return {};
        return header(section);
    }

protected:
    virtual int columns() const = 0;
    virtual QString header(int column) const = 0;
    virtual QVariant cell(const Row& row, int column) const = 0;
    virtual QVariant roleData(const Row&, int) const { return {}; }

private:
    QList<Row> rows_;
};

} // namespace sportello::desk
