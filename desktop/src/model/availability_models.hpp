#pragma once
// The month's availability for the "Statistiche" tab: per day (the chart
// against the target line) and its incidents (the table under it).

#include "api/report_types.hpp"
#include "model/report_rows_model.hpp"

namespace sportello::desk {

class AvailabilityDaysModel : public ReportRowsModel<AvailabilityDay> {
    Q_OBJECT
public:
    enum Column { DateColumn = 0, MeasuredColumn, UnavailableColumn, AvailabilityColumn, ColumnCount };
    using ReportRowsModel::ReportRowsModel;

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const AvailabilityDay& row, int column) const override;
};

class IncidentTableModel : public ReportRowsModel<AvailabilityIncident> {
    Q_OBJECT
public:
    enum Column { StartColumn = 0, EndColumn, MinutesColumn, CauseColumn, DetailColumn, ColumnCount };
    using ReportRowsModel::ReportRowsModel;

    static QString causeName(const QString& cause);   // translated

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const AvailabilityIncident& row, int column) const override;
};

} // namespace sportello::desk
