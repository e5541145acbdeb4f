#include "api/wire_conversion.hpp"

#include <QTimeZone>

namespace sportello::desk {

QDateTime utcFromMs(std::int64_t unixMs) {
    return unixMs == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(unixMs, QTimeZone::utc());
}

// The codec has already checked the YYYY-MM-DD form.
QDate dateFromIso(const std::optional<std::string>& isoDate) {
    return isoDate ? QDate::fromString(toQString(*isoDate), Qt::ISODate) : QDate();
}

std::optional<std::string> isoFromDate(const QDate& date) {
    if (!date.isValid()) return std::nullopt;
    return toUtf8(date.toString(Qt::ISODate));
}

QStringList toQStringList(const std::vector<std::string>& values) {
    QStringList list;
    list.reserve(static_cast<qsizetype>(values.size()));
    for (const auto& v : values) list.append(toQString(v));
    return list;
}

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
    p.mustChangePassword = user.must_change_password;
    p.twoFactorEnrolled = user.two_factor_enrolled;
    p.mustEnrolTwoFactor = user.must_enrol_two_factor;
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
    n.validFrom = dateFromIso(node.valid_from);
    n.validUntil = dateFromIso(node.valid_until);
    n.reviewedAt = dateFromIso(node.reviewed_at);
    n.reviewer = toQString(node.reviewer);
    return n;
}

hashtag::TreeNode toWire(const HashtagNode& node) {
    hashtag::TreeNode n;
    n.id = node.id;
    n.parent_id = node.parentId;
    n.position = node.position;
    n.tag = toUtf8(node.tag);
    for (const QString& alias : node.aliases) n.aliases.push_back(toUtf8(alias));
    n.title = toUtf8(node.title);
    n.title_en = toUtf8(node.titleEn);
    n.answer_it = toUtf8(node.answerIt);
    n.answer_en = toUtf8(node.answerEn);
    n.valid_from = isoFromDate(node.validFrom);
    n.valid_until = isoFromDate(node.validUntil);
    n.reviewed_at = isoFromDate(node.reviewedAt);
    n.reviewer = toUtf8(node.reviewer);
    return n;
}

TreeSnapshot toDesk(const api::PublishedTree& tree) {
    TreeSnapshot t;
    t.version = tree.version;
    t.publishedAt = utcFromMs(tree.published_at_ms);
    t.publishedBy = toQString(tree.published_by);
    t.note = toQString(tree.note);
    t.nodes.reserve(static_cast<qsizetype>(tree.nodes.size()));
    for (const auto& node : tree.nodes) t.nodes.append(toDesk(node));
    return t;
}

} // namespace sportello::desk
