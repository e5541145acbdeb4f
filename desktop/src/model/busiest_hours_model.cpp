#include "model/busiest_hours_model.hpp"

#include <QColor>
#include <QLocale>

#include <algorithm>

namespace sportello::desk {

void BusiestHoursModel::setHours(const BusiestHours& hours) {
    QList<WeekdayHours> rows;
    for (int day = 0; day < 7; ++day)
        rows.append(WeekdayHours{QLocale().dayName(day + 1, QLocale::LongFormat),
                                 hours.requests[static_cast<std::size_t>(day)]});
    setRows(rows);
}

qint64 BusiestHoursModel::busiest() const {
    qint64 most = 0;
    for (const WeekdayHours& row : rows()) most = std::max(most, *std::max_element(row.requests.begin(), row.requests.end()));
    return most;
}

double BusiestHoursModel::heat(int row, int hour) const {
    const qint64 most = busiest();
    if (most == 0 || row < 0 || row >= rowCount() || hour < 0 || hour >= 24) return 0;
    return static_cast<double>(rows()[row].requests[static_cast<std::size_t>(hour)]) / static_cast<double>(most);
}

QVariant BusiestHoursModel::data(const QModelIndex& index, int role) const {
    if (role == Qt::BackgroundRole && index.isValid() && index.column() >= FirstHourColumn) {
        const double h = heat(index.row(), index.column() - FirstHourColumn);
        if (h <= 0) return {};
        // From a pale to a deep blue, the Region's colour for figures.
        return QColor::fromHsvF(0.6f, static_cast<float>(0.1 + 0.8 * h), static_cast<float>(1.0 - 0.45 * h));
    }
    if (role == Qt::ForegroundRole && index.isValid() && index.column() >= FirstHourColumn &&
        heat(index.row(), index.column() - FirstHourColumn) > 0.6)
        return QColor(Qt::white);
    return ReportRowsModel::data(index, role);
}

QString BusiestHoursModel::header(int column) const {
    if (column == WeekdayColumn) return tr("Weekday");
    return QStringLiteral("%1").arg(column - FirstHourColumn, 2, 10, QLatin1Char('0'));
}

QVariant BusiestHoursModel::cell(const WeekdayHours& row, int column) const {
    if (column == WeekdayColumn) return row.weekday;
    return row.requests[static_cast<std::size_t>(column - FirstHourColumn)];
}

} // namespace sportello::desk
