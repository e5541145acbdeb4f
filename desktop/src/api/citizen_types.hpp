#pragma once
// A citizen's access and erasure requests as the desk makes them
// (docs/ops-api.md, "A citizen's data").

#include <QList>
#include <QPair>
#include <QString>

namespace sportello::desk {

// Exactly one of phone and userId; the reason goes to the audit trail.
struct CitizenSubject {
    QString phone;
    QString userId;
    QString reason;
};

// What an erasure removed, table by table, in the relay's order.
struct CitizenErasure {
    bool dataHeld = false;
    QList<QPair<QString, qint64>> counts;   // e.g. ("messages_received", 3)
    qint64 count(const QString& name) const {
        for (const auto& [key, value] : counts)
            if (key == name) return value;
        return 0;
    }
};

} // namespace sportello::desk
