#include "text/admin_labels.hpp"

#include <QLocale>

#include <algorithm>

namespace sportello::desk {

using api::ErrorCode;

QString AdminLabels::broadcastState(const QString& state) {
    if (state == u"preparing") return tr("Preparing", "broadcast state");
    if (state == u"scheduled") return tr("Scheduled", "broadcast state");
    if (state == u"sending") return tr("Sending", "broadcast state");
    if (state == u"done") return tr("Done", "broadcast state");
    if (state == u"cancelled") return tr("Cancelled", "broadcast state");
    return state;
}

QString AdminLabels::scope(const QString& scope) {
    if (scope == u"consent") return tr("Consents", "API scope");
    if (scope == u"notify") return tr("Notifications", "API scope");
    if (scope == u"messages:read") return tr("Message status", "API scope");
    return scope;
}

QString AdminLabels::category(const QString& category) {
    if (category == u"utility") return tr("Utility", "template category");
    if (category == u"marketing") return tr("Marketing", "template category");
    if (category == u"authentication") return tr("Authentication", "template category");
    return category;
}

QString AdminLabels::duration(qint64 seconds) {
    if (seconds < 60) return tr("%n second(s)", nullptr, static_cast<int>(std::max<qint64>(seconds, 0)));
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes < 60) return tr("%n minute(s)", nullptr, static_cast<int>(minutes));
    return tr("%1 h %2 min", "hours and minutes")
        .arg(QLocale().toString(minutes / 60))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString AdminLabels::failure(const ApiFailure& failure) {
    const auto code = failure.serverCode;
    const QString& field = failure.field;
    if (code == ErrorCode::validation_failed || code == ErrorCode::invalid_request) {
        if (field == u"name")
            return code == ErrorCode::validation_failed
                       ? tr("The name may contain only lowercase letters, digits and underscores, as on Meta.")
                       : tr("A name is required, and it must not be too long.");
        if (field == u"language") return tr("The language must be a code such as it or en_US.");
        if (field == u"parameter_count") return tr("A template takes from 0 to 20 parameters.");
        if (field == u"category") return tr("The category must be utility, marketing or authentication.");
        if (field == u"parameters") return tr("Every parameter must be one line of text, not empty.");
        if (field == u"scopes") return tr("Choose at least one permission for the client.");
        if (field == u"rate_per_minute") return tr("The rate must be between 1 and 100000 requests per minute.");
        if (field == u"certificate_subject") return tr("The certificate subject is not valid.");
        if (field == u"scheduled_at") return tr("The scheduled time is not valid.");
    }
    if (code == ErrorCode::conflict && field == u"name") return tr("This name is already taken.");
    if (code == ErrorCode::not_found && field == u"node_id")
        return tr("The chosen answer is no longer published. Reload the answers and choose again.");
    if (code == ErrorCode::not_found)
        return tr("It no longer exists on the server (someone else may have removed it). Reload the list.");
    return failure.message;
}

} // namespace sportello::desk
