#pragma once
// What this operator has not seen yet in the inbox, for the tab's badge and
// the tray: cases opened, and citizens' messages in cases that are theirs or
// unassigned, since the desk started, that the operator has not opened.
// Fed by the relay's events (onEvent, the data of GET /ops/v1/events) and
// by the queue (noteOwners); cleared by opening the case (markSeen) and by
// the case leaving the operator's concern (claimed or taken by a colleague,
// closed). Cases already waiting when the desk starts are in the queue's
// counts, not here. Pure logic: no network, no widgets.

#include "sportello/api/cases.hpp"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

namespace sportello::desk {

class UnreadCases : public QObject {
    Q_OBJECT

public:
    // One event of the stream, as far as unread news is concerned.
    struct Event {
        QString type;                     // "case_opened", "case_message", "case_claimed"…
        qint64 caseId = 0;
        std::optional<qint64> ownerId;    // claimed / transferred: who holds it now
    };
    // The event's data (JSON); nullopt when it names no case.
    static std::optional<Event> parse(const QString& type, const QByteArray& data);

    // operatorId: the user this desk belongs to.
    explicit UnreadCases(qint64 operatorId, QObject* parent = nullptr);

    // viewingId: the case the operator has in front of them now (0: none);
    // news about it is seen at once. True for a case just opened by a citizen
    // (worth a notification).
    bool onEvent(const Event& event, qint64 viewingId);
    // Who holds each listed case (a refresh of the queue).
    void noteOwners(const api::CaseList& list);
    void markSeen(qint64 caseId);
    int count() const { return static_cast<int>(unread_.size()); }
    bool isUnread(qint64 caseId) const { return unread_.contains(caseId); }

Q_SIGNALS:
    void countChanged(int count);

private:
    void add(qint64 caseId);
    void remove(qint64 caseId);
    bool concernsMe(qint64 caseId) const;

    qint64 operatorId_;
    QSet<qint64> unread_;
    QHash<qint64, std::optional<qint64>> owners_;   // known holders; absent: unknown
};

} // namespace sportello::desk
