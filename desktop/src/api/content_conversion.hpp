#pragma once
// The bridge from the shared content codec's structs to the desktop's Qt
// types (content_types.hpp), and back for requests.

#include "api/content_types.hpp"
#include "sportello/api/content.hpp"

#include <vector>

namespace sportello::desk {

DraftNode toDesk(const api::DraftNode& node);
DraftSnapshot toDesk(const api::Draft& draft);
ContentIssue toDesk(const hashtag::ValidationIssue& issue);
QList<VersionInfo> toDesk(const std::vector<api::VersionSummary>& versions);
TreeDiff toDesk(const api::TreeDiff& diff);
UnansweredReport toDesk(const api::UnansweredReport& report);
BotMessage toDesk(const wa::OutgoingMessage& message);
BotPreview toDesk(const api::PreviewResponse& preview);

api::PreviewRequest toWire(const BotQuery& query);

} // namespace sportello::desk
