#pragma once
// The bridge from the shared codec's structs (std::string, Unix ms) to the
// desktop's Qt types. Strings on the wire are UTF-8; times are UTC.

#include "api/desk_types.hpp"
#include "sportello/api/contract.hpp"

#include <string>

namespace sportello::desk {

QString toQString(const std::string& utf8);
std::string toUtf8(const QString& text);

UserProfile toDesk(const api::UserInfo& user);
DeskSession toDesk(const api::Session& session);
HashtagNode toDesk(const hashtag::TreeNode& node);
TreeSnapshot toDesk(const api::PublishedTree& tree);

} // namespace sportello::desk
