#include "model/availability_models.hpp"

#include <QTimeZone>

namespace sportello::desk {

namespace {

// Incidents are shown in the service's own time, as the days are.
QString romeTime(const QDateTime& utc) {
    return utc.toTimeZone(QTimeZone("Europe/Rome")).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

QString AvailabilityDaysModel::header(int column) const {
    switch (column) {
    case DateColumn: return tr("Day");
    case MeasuredColumn: return tr("Minutes measured");
    case UnavailableColumn: return tr("Minutes unavailable");
    case AvailabilityColumn: return tr("Availability (%)");
    default: return {};
    }
}

QVariant AvailabilityDaysModel::cell(const AvailabilityDay& row, int column) const {
    switch (column) {
    case DateColumn: return row.date.toString(Qt::ISODate);
    case MeasuredColumn: return row.measuredMinutes;
    case UnavailableColumn: return row.unavailableMinutes;
    case AvailabilityColumn: return row.percent ? QVariant(*row.percent) : QVariant();
    default: return {};
    }
}

QString IncidentTableModel::causeName(const QString& cause) {
    if (cause == u"relay_down") return tr("Relay down");
    if (cause == u"database_unwritable") return tr("Database not writable");
    if (cause == u"sending_stopped") return tr("Sending stopped");
    if (cause == u"probe_failed") return tr("Probe failed");
    return cause;
}

QString IncidentTableModel::header(int column) const {
    switch (column) {
    case StartColumn: return tr("From");
    case EndColumn: return tr("To");
    case MinutesColumn: return tr("Minutes");
    case CauseColumn: return tr("Cause");
    case DetailColumn: return tr("Detail");
    default: return {};
    }
}

QVariant IncidentTableModel::cell(const AvailabilityIncident& row, int column) const {
    switch (column) {
    case StartColumn: return romeTime(row.start);
    case EndColumn: return romeTime(row.end);
    case MinutesColumn: return row.minutes;
    case CauseColumn: return causeName(row.cause);
    case DetailColumn: return row.detail;
    default: return {};
    }
}

} // namespace sportello::desk
