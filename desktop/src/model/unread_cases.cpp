#include "model/unread_cases.hpp"

#include <QJsonDocument>
#include <QJsonObject>

namespace sportello::desk {

std::optional<UnreadCases::Event> UnreadCases::parse(const QString& type, const QByteArray& data) {
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    const qint64 id = o.value(QStringLiteral("case_id")).toInteger();
    if (id <= 0) return std::nullopt;
    Event e{type, id, std::nullopt};
    const QJsonValue owner = o.value(QStringLiteral("owner_id"));
    if (owner.isDouble()) e.ownerId = owner.toInteger();
    return e;
}

UnreadCases::UnreadCases(qint64 operatorId, QObject* parent) : QObject(parent), operatorId_(operatorId) {}

bool UnreadCases::onEvent(const Event& e, qint64 viewingId) {
    if (e.type == u"case_opened") {
        owners_[e.caseId] = std::nullopt;
        if (e.caseId != viewingId) add(e.caseId);
        return true;
    }
    if (e.type == u"case_message") {
        if (e.caseId != viewingId && concernsMe(e.caseId)) add(e.caseId);
    } else if (e.type == u"case_claimed" || e.type == u"case_transferred") {
        owners_[e.caseId] = e.ownerId;
        if (!concernsMe(e.caseId)) remove(e.caseId);
    } else if (e.type == u"case_released") {
        owners_[e.caseId] = std::nullopt;
    } else if (e.type == u"case_closed") {
        owners_.remove(e.caseId);
        remove(e.caseId);
    }
    return false;
}

void UnreadCases::noteOwners(const api::CaseList& list) {
    for (const auto& c : list.cases) {
        if (c.state == api::CaseState::closed) {
            remove(c.id);
            continue;
        }
        owners_[c.id] = c.owner ? std::optional<qint64>(c.owner->id) : std::nullopt;
        if (!concernsMe(c.id)) remove(c.id);
    }
}

void UnreadCases::markSeen(qint64 caseId) { remove(caseId); }

// Unassigned, mine, or not known yet (news is better counted than missed).
bool UnreadCases::concernsMe(qint64 caseId) const {
    const auto it = owners_.find(caseId);
    return it == owners_.end() || !it->has_value() || **it == operatorId_;
}

void UnreadCases::add(qint64 caseId) {
    if (unread_.contains(caseId)) return;
    unread_.insert(caseId);
    Q_EMIT countChanged(count());
}

void UnreadCases::remove(qint64 caseId) {
    if (!unread_.remove(caseId)) return;
    Q_EMIT countChanged(count());
}

} // namespace sportello::desk
