#pragma once
// The bridge from the shared codec's structs (std::string, Unix ms) to the
// desktop's Qt types. Strings on the wire are UTF-8; times are UTC.

#include "api/desk_types.hpp"
#include "sportello/api/contract.hpp"

#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sportello::desk {

QString toQString(const std::string& utf8);
std::string toUtf8(const QString& text);
QDateTime utcFromMs(std::int64_t unixMs);          // 0 gives an invalid QDateTime
QDate dateFromIso(const std::optional<std::string>& isoDate);
std::optional<std::string> isoFromDate(const QDate& date);   // null date: nullopt
QStringList toQStringList(const std::vector<std::string>& values);

UserProfile toDesk(const api::UserInfo& user);
DeskSession toDesk(const api::Session& session);
HashtagNode toDesk(const hashtag::TreeNode& node);
TreeSnapshot toDesk(const api::PublishedTree& tree);
// The editable fields and place of a node, for requests (the reverse of toDesk).
hashtag::TreeNode toWire(const HashtagNode& node);

} // namespace sportello::desk
