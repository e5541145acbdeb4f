#pragma once
// The busiest hours (docs/desktop.md, "Statistics (Statistiche)"): requests
// per local weekday (rows, Monday first) and local hour (columns 0–23,
// Europe/Rome), shown as a heat map: each count's background darkens with
// its share of the busiest cell.

#include "api/report_types.hpp"
#include "model/report_rows_model.hpp"

#include <array>

namespace sportello::desk {

struct WeekdayHours {
    QString weekday;
    std::array<qint64, 24> requests{};
};

class BusiestHoursModel : public ReportRowsModel<WeekdayHours> {
    Q_OBJECT
public:
    enum Column { WeekdayColumn = 0, FirstHourColumn, ColumnCount = FirstHourColumn + 24 };
    using ReportRowsModel::ReportRowsModel;

    void setHours(const BusiestHours& hours);
    qint64 busiest() const;   // the largest cell, 0 when there are no requests
    // A cell's heat from 0 (no requests) to 1 (the busiest cell).
    double heat(int row, int hour) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const WeekdayHours& row, int column) const override;
    bool isCount(int column) const override { return column >= FirstHourColumn; }
};

} // namespace sportello::desk
