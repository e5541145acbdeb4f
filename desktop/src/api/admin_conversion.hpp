#pragma once
// The bridge from the shared admin and SIRE codecs' structs to the desktop's
// Qt types (admin_types.hpp), and back for requests.

#include "api/admin_types.hpp"
#include "sportello/api/admin.hpp"
#include "sportello/api/sire.hpp"
#include "sportello/result.hpp"

#include <string_view>
#include <vector>

namespace sportello::desk {

MessageTemplate toDesk(const api::TemplateSpec& spec);
QList<MessageTemplate> toDesk(const std::vector<api::TemplateSpec>& specs);
BroadcastEstimate toDesk(const api::BroadcastEstimate& estimate);
Broadcast toDesk(const api::BroadcastView& view);
QList<Broadcast> toDesk(const std::vector<api::BroadcastView>& views);
ApiClientInfo toDesk(const api::ApiClientView& view);
QList<ApiClientInfo> toDesk(const std::vector<api::ApiClientView>& views);
IssuedToken toDesk(const api::ApiClientToken& token);
SendingAlert toDesk(const api::Alert& alert);
QList<SendingAlert> toDesk(const std::vector<api::Alert>& alerts);

api::TemplateSpec toWire(const MessageTemplate& spec);
api::BroadcastRequest toWire(const BroadcastDraft& draft);
api::ApiClientView toWire(const ApiClientSpec& spec);

// GET /ops/v1/alerts: {"alerts":[{"id","severity","code","message","since"}]}.
// The shared codec has no type for it; read with the shared strict JSON
// reader (sportello/json.hpp), like every other body.

} // namespace sportello::desk
