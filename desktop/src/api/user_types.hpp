#pragma once
// Operator accounts as the desk shows them (GET /ops/v1/users), converted
// from the shared users codec (sportello/api/users.hpp).

#include "sportello/roles.hpp"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sportello::desk {

struct UserAccount {
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::viewer;
    bool disabled = false;
    bool mustChangePassword = false;
    QDateTime lockedUntil;        // invalid: not locked
    int failedLogins = 0;
    QDateTime lastLoginAt;        // invalid: never
    QDateTime createdAt;
    bool twoFactorEnrolled = false;
    bool isLocked() const { return lockedUntil.isValid(); }
    friend bool operator==(const UserAccount&, const UserAccount&) = default;
};

// A new account or a reset: the temporary password, shown once, never stored.
struct TemporaryCredentials {
    UserAccount user;
    QString temporaryPassword;
};

} // namespace sportello::desk
