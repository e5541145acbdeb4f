#pragma once
// Operator accounts as the desk shows them (GET /ops/v1/users), their
// sessions and the audit trail, converted from the shared users codec
// (sportello/api/users.hpp).

#include "sportello/roles.hpp"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

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

// An open session (GET /ops/v1/sessions, /users/{id}/sessions).
struct SessionInfo {
    QString id;              // the public id, never the token
    qint64 userId = 0;
    QString username;
    QDateTime createdAt;
    QDateTime lastSeenAt;
    QDateTime expiresAt;     // absolute; idle expiry comes first when unused
    QString remoteAddress;   // empty when unknown
    bool current = false;    // the session of this desk
    friend bool operator==(const SessionInfo&, const SessionInfo&) = default;
};

// One entry of the audit trail (GET /ops/v1/audit).
struct AuditRecord {
    qint64 id = 0;
    QDateTime at;
    QString actor, action, target, detail;
    friend bool operator==(const AuditRecord&, const AuditRecord&) = default;
};

// A page, newest first; nextBeforeId continues it (nullopt: no more).
struct AuditRecordPage {
    QList<AuditRecord> entries;
    std::optional<qint64> nextBeforeId;
};

// What the audit tab asks for: each field set narrows the trail.
struct AuditQuery {
    QString actor;    // exact username; empty: anyone
    QString action;   // exact action id; empty: any
    QDateTime from;   // inclusive; invalid: no lower bound
    QDateTime to;     // exclusive; invalid: no upper bound
    friend bool operator==(const AuditQuery&, const AuditQuery&) = default;
};

} // namespace sportello::desk
