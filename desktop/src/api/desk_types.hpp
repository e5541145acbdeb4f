#pragma once
// The desktop's own view of what /ops/v1 returns, in Qt types. These values
// are made only by wire_conversion.hpp from the structs that the shared codec
// decoded: the wire format has one definition, in shared/.

#include "sportello/roles.hpp"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace sportello::desk {

struct UserProfile {
    qint64 id = 0;
    QString username;
    QString displayName;          // may be empty: show the username then
    Role role = Role::viewer;
    QStringList permissions;      // wire names, e.g. "edit_content"
    bool mustChangePassword = false;   // logged in with a temporary password
    bool twoFactorEnrolled = false;
    bool mustEnrolTwoFactor = false;   // the role requires two-factor: enrol before working

    QString roleName() const;     // wire name, e.g. "editor"
    QString nameForDisplay() const { return displayName.isEmpty() ? username : displayName; }
};

// What an enrolled account gives with its password: one of the two.
struct SecondFactor {
    QString totpCode;         // the authenticator app's current 6 digits
    QString recoveryCode;     // or one of the recovery codes
};

// The start of a two-factor enrolment: the secret as text (base32) and as
// the otpauth:// URI that the QR code carries.
struct TwoFactorEnrolment {
    QString secret;
    QString otpauthUri;
};

struct DeskSession {
    QString token;                // bearer token; never written to disk
    QDateTime expiresAt;          // UTC
    UserProfile user;
};

struct HashtagNode {
    qint64 id = 0;
    std::optional<qint64> parentId;   // nullopt: the root
    int position = 0;
    QString tag;                      // canonical, without '#'
    QStringList aliases;              // canonical, without '#'
    QString title;
    QString titleEn;
    QString answerIt;
    QString answerEn;
    QDate validFrom;                  // null: no lower bound
    QDate validUntil;                 // null: no upper bound
    QDate reviewedAt;                 // null: never reviewed
    QString reviewer;

    friend bool operator==(const HashtagNode&, const HashtagNode&) = default;
};

struct TreeSnapshot {
    qint64 version = 0;
    QDateTime publishedAt;            // invalid when never published
    QString publishedBy;
    QString note;
    QList<HashtagNode> nodes;
};

} // namespace sportello::desk

Q_DECLARE_METATYPE(sportello::desk::DeskSession)
