#include "api/admin_conversion.hpp"

#include "api/wire_conversion.hpp"
#include "sportello/json.hpp"
#include "sportello/time.hpp"

namespace sportello::desk {

namespace {

QDateTime optionalUtc(const std::optional<std::int64_t>& ms) { return ms ? utcFromMs(*ms) : QDateTime(); }

template <class Desk, class Wire>
QList<Desk> listOf(const std::vector<Wire>& values) {
    QList<Desk> out;
    out.reserve(static_cast<qsizetype>(values.size()));
    for (const auto& v : values) out.append(toDesk(v));
    return out;
}

std::vector<std::string> toUtf8List(const QStringList& values) {
    std::vector<std::string> out;
    out.reserve(static_cast<std::size_t>(values.size()));
    for (const QString& v : values) out.push_back(toUtf8(v));
    return out;
}

} // namespace

MessageTemplate toDesk(const api::TemplateSpec& spec) {
    return MessageTemplate{toQString(spec.name), toQString(spec.language), toQString(spec.category),
                           spec.parameter_count, toQString(spec.body)};
}

QList<MessageTemplate> toDesk(const std::vector<api::TemplateSpec>& specs) {
    return listOf<MessageTemplate>(specs);
}

BroadcastEstimate toDesk(const api::BroadcastEstimate& estimate) {
    return BroadcastEstimate{estimate.recipients, estimate.messages_per_second, estimate.eta_seconds};
}

Broadcast toDesk(const api::BroadcastView& view) {
    Broadcast b;
    b.id = view.id;
    b.name = toQString(view.name);
    b.templateName = toQString(view.template_name);
    b.language = toQString(view.language);
    b.parameters = toQStringList(view.parameters);
    b.nodeId = view.node_id;
    b.state = toQString(view.state);
    b.scheduledAt = utcFromMs(view.scheduled_at_ms);
    b.createdBy = toQString(view.created_by);
    b.createdAt = utcFromMs(view.created_at_ms);
    b.recipients = view.recipients;
    for (const auto& [state, n] : view.counts) b.counts.insert(toQString(state), n);
    b.etaSeconds = view.eta_seconds;
    return b;
}

QList<Broadcast> toDesk(const std::vector<api::BroadcastView>& views) { return listOf<Broadcast>(views); }

ApiClientInfo toDesk(const api::ApiClientView& view) {
    ApiClientInfo c;
    c.id = view.id;
    c.name = toQString(view.name);
    c.scopes = toQStringList(view.scopes);
    c.ratePerMinute = view.rate_per_minute;
    c.requireClientCertificate = view.require_client_certificate;
    c.certificateSubject = toQString(view.certificate_subject);
    c.createdAt = utcFromMs(view.created_at_ms);
    c.rotatedAt = optionalUtc(view.rotated_at_ms);
    c.revokedAt = optionalUtc(view.revoked_at_ms);
    return c;
}

QList<ApiClientInfo> toDesk(const std::vector<api::ApiClientView>& views) { return listOf<ApiClientInfo>(views); }

IssuedToken toDesk(const api::ApiClientToken& token) { return IssuedToken{toDesk(token.client), toQString(token.token)}; }

api::TemplateSpec toWire(const MessageTemplate& spec) {
    return api::TemplateSpec{toUtf8(spec.name), toUtf8(spec.language), toUtf8(spec.category), spec.parameterCount,
                             toUtf8(spec.body)};
}

api::BroadcastRequest toWire(const BroadcastDraft& draft) {
    api::BroadcastRequest r;
    r.name = toUtf8(draft.name);
    r.node_id = draft.nodeId;
    if (!draft.nodeId) {   // a published answer: the relay picks the template
        r.template_name = toUtf8(draft.templateName);
        r.language = toUtf8(draft.language);
        r.parameters = toUtf8List(draft.parameters);
    }
    if (draft.scheduledAt.isValid()) r.scheduled_at_ms = draft.scheduledAt.toMSecsSinceEpoch();
    return r;
}

api::ApiClientView toWire(const ApiClientSpec& spec) {
    api::ApiClientView v;
    v.name = toUtf8(spec.name);
    v.scopes = toUtf8List(spec.scopes);
    v.rate_per_minute = spec.ratePerMinute;
    v.require_client_certificate = !spec.certificateSubject.isEmpty();
    v.certificate_subject = toUtf8(spec.certificateSubject);
    return v;
}

SendingAlert toDesk(const api::Alert& alert) {
    return SendingAlert{toQString(alert.id), toQString(alert.severity), alert.code, toQString(alert.message),
                        utcFromMs(alert.since_ms)};
}

QList<SendingAlert> toDesk(const std::vector<api::Alert>& alerts) { return listOf<SendingAlert>(alerts); }

} // namespace sportello::desk
