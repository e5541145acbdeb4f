#pragma once
// The desktop's view of the supervisors' and administrators' part of /ops/v1
// (docs/ops-api.md, "Broadcasts, templates and API clients" and "Alerts"), in
// Qt types. Made only by admin_conversion.hpp from what the shared codec
// decoded (sportello/api/admin.hpp, sportello/api/sire.hpp).

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace sportello::desk {

// A 2xx answer without a body (204).
struct NoContent {};

// A WhatsApp message template of the registry.
struct MessageTemplate {
    QString name;                       // lowercase letters, digits, underscores
    QString language = QStringLiteral("it");
    QString category = QStringLiteral("utility");   // utility, marketing, authentication
    int parameterCount = 0;
    QString body;                       // with {{1}}, {{2}}…

    friend bool operator==(const MessageTemplate&, const MessageTemplate&) = default;
};

// What the operator asks to broadcast: a template with its parameters, or a
// published answer (nodeId, sent as the general-information template).
struct BroadcastDraft {
    QString name;
    QString templateName;
    QString language = QStringLiteral("it");
    QStringList parameters;
    std::optional<qint64> nodeId;
    QDateTime scheduledAt;              // invalid: now
};

struct BroadcastEstimate {
    qint64 recipients = 0;              // citizens with general-information consent
    double messagesPerSecond = 0;
    qint64 etaSeconds = 0;              // at the current sending rate
};

struct Broadcast {
    qint64 id = 0;
    QString name;
    QString templateName;
    QString language;
    QStringList parameters;
    std::optional<qint64> nodeId;
    QString state;                      // preparing, scheduled, sending, done, cancelled
    QDateTime scheduledAt;              // UTC
    QString createdBy;
    QDateTime createdAt;                // UTC
    qint64 recipients = 0;
    QMap<QString, qint64> counts;       // outbox states: queued, sent, delivered, read, failed, cancelled…
    qint64 etaSeconds = 0;              // for what is still queued (and the wait until scheduledAt)

    qint64 count(const QString& outboxState) const { return counts.value(outboxState, 0); }
    // Messages that reached WhatsApp: sent, delivered or read.
    qint64 progressed() const;
    // progressed() of recipients, 0…100; 0 without recipients.
    int progressPercent() const;
    // Still changing on the relay: worth polling.
    bool isActive() const;

    friend bool operator==(const Broadcast&, const Broadcast&) = default;
};

// An integrator allowed on /api/v1. Never carries its token.
struct ApiClientInfo {
    qint64 id = 0;
    QString name;
    QStringList scopes;                 // consent, notify, messages:read
    int ratePerMinute = 600;
    bool requireClientCertificate = false;
    QString certificateSubject;
    QDateTime createdAt;                // UTC
    QDateTime rotatedAt;                // invalid: never
    QDateTime revokedAt;                // invalid: active

    bool isRevoked() const { return revokedAt.isValid(); }
    friend bool operator==(const ApiClientInfo&, const ApiClientInfo&) = default;
};

// What an administrator fills in to create a client.
struct ApiClientSpec {
    QString name;
    QStringList scopes;
    int ratePerMinute = 600;
    QString certificateSubject;         // empty: no client certificate required
};

// A client's bearer token, shown once after creating or rotating. Never
// written to settings or logs.
struct IssuedToken {
    ApiClientInfo client;
    QString token;
};

// An alert every operator sees (today only "sending": a global sending stop).
struct SendingAlert {
    QString id;
    QString severity;
    qint64 code = 0;                    // the WhatsApp error that stopped sending
    QString message;                    // the relay's English description
    QDateTime since;                    // UTC
};

} // namespace sportello::desk
