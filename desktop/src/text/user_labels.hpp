#pragma once
// The words for accounts and accountability: audit action ids as people
// read them, and the relay's refusals of a user-management request (the
// last active administrator, a taken or malformed username) explained in
// the desk's language. Unknown ids are shown as they are.

#include "api/api_result.hpp"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sportello::desk {

class UserLabels {
    Q_DECLARE_TR_FUNCTIONS(UserLabels)

public:
    // "user_created" → "User created"; an unknown id as it is.
    static QString action(const QString& id);
    // The action ids the relay writes, for the audit tab's filter.
    static QStringList knownActions();
    // The failure of a users or sessions request, for people.
    static QString failure(const ApiFailure& failure);
};

} // namespace sportello::desk
