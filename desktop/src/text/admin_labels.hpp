#pragma once
// The words the operator reads for the admin contract's stable ids
// (broadcast states, API scopes, template categories), durations, and the
// relay's refusals of an admin request explained field by field. Through
// tr(); unknown ids are shown as they are.

#include "api/api_result.hpp"

#include <QCoreApplication>
#include <QString>

namespace sportello::desk {

class AdminLabels {
    Q_DECLARE_TR_FUNCTIONS(AdminLabels)

public:
    // "preparing", "scheduled", "sending", "done", "cancelled".
    static QString broadcastState(const QString& state);
    // "consent", "notify", "messages:read".
    static QString scope(const QString& scope);
    // "utility", "marketing", "authentication".
    static QString category(const QString& category);
    // A duration for people: "45 seconds", "12 minutes", "2 h 05 min".
    static QString duration(qint64 seconds);
    // The failure of a template, broadcast or API client request: the
    // offending field explained when the relay named one, else the message.
    static QString failure(const ApiFailure& failure);
};

} // namespace sportello::desk
