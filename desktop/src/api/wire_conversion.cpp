#include "api/wire_conversion.hpp"

#include <QTimeZone>

namespace sportello::desk {

namespace {

QDateTime utcFromMs(std::int64_t unixMs) {
    return QDateTime::fromMSecsSinceEpoch(unixMs, QTimeZone::utc());
}

// The codec has already checked the YYYY-MM-DD form.
QDate dateFrom(const std::optional<std::string>& isoDate) {
    return isoDate ? QDate::fromString(toQString(*isoDate), Qt::ISODate) : QDate();
}

QStringList toQStringList(const std::vector<std::string>& values) {
    QStringList list;
    list.reserve(static_cast<qsizetype>(values.size()));
    for (const auto& v : values) list.append(toQString(v));
    return list;
}

} // namespace

QString UserProfile::roleName() const { return toQString(std::string(to_string(role))); }

QString toQString(const std::string& utf8) {
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

std::string toUtf8(const QString& text) { return text.toStdString(); }

UserProfile toDesk(const api::UserInfo& user) {
    UserProfile p;
    p.id = user.id;
    p.username = toQString(user.username);
    p.displayName = toQString(user.display_name);
    p.role = user.role;
    // The relay sends exactly permissions_of(role); the role is the source.
    for (Permission permission : permissions_of(user.role))
        p.permissions.append(toQString(std::string(to_string(permission))));
    return p;
}

DeskSession toDesk(const api::Session& session) {
    return DeskSession{toQString(session.token), utcFromMs(session.expires_at_ms), toDesk(session.user)};
}

HashtagNode toDesk(const hashtag::TreeNode& node) {
    HashtagNode n;
    n.id = node.id;
    n.parentId = node.parent_id;
    n.position = node.position;
    n.tag = toQString(node.tag);
    n.aliases = toQStringList(node.aliases);
    n.title = toQString(node.title);
    n.titleEn = toQString(node.title_en);
    n.answerIt = toQString(node.answer_it);
    n.answerEn = toQString(node.answer_en);
    n.validFrom = dateFrom(node.valid_from);
    n.validUntil = dateFrom(node.valid_until);
    n.reviewedAt = dateFrom(node.reviewed_at);
    n.reviewer = toQString(node.reviewer);
    return n;
}

TreeSnapshot toDesk(const api::PublishedTree& tree) {
    TreeSnapshot t;
    t.version = tree.version;
    if (tree.published_at_ms != 0) t.publishedAt = utcFromMs(tree.published_at_ms);
    t.publishedBy = toQString(tree.published_by);
    t.note = toQString(tree.note);
    t.nodes.reserve(static_cast<qsizetype>(tree.nodes.size()));
    for (const auto& node : tree.nodes) t.nodes.append(toDesk(node));
    return t;
}

} // namespace sportello::desk
