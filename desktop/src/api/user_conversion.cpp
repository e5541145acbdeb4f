#include "api/user_conversion.hpp"

#include "api/wire_conversion.hpp"

namespace sportello::desk {

UserAccount toDesk(const api::UserView& view) {
    UserAccount u;
    u.id = view.id;
    u.username = toQString(view.username);
    u.displayName = toQString(view.display_name);
    u.role = view.role;
    u.disabled = view.disabled;
    u.mustChangePassword = view.must_change_password;
    if (view.locked_until_ms) u.lockedUntil = utcFromMs(*view.locked_until_ms);
    u.failedLogins = view.failed_logins;
    if (view.last_login_at_ms) u.lastLoginAt = utcFromMs(*view.last_login_at_ms);
    u.createdAt = utcFromMs(view.created_at_ms);
    u.twoFactorEnrolled = view.two_factor_enrolled;
    return u;
}

QList<UserAccount> toDesk(const std::vector<api::UserView>& views) {
    QList<UserAccount> out;
    out.reserve(static_cast<qsizetype>(views.size()));
    for (const auto& v : views) out.append(toDesk(v));
    return out;
}

TwoFactorEnrolment toDesk(const api::TwoFactorEnrolment& enrolment) {
    return TwoFactorEnrolment{toQString(enrolment.secret), toQString(enrolment.otpauth_uri)};
}

QStringList toDesk(const api::RecoveryCodes& codes) {
    QStringList out;
    for (const auto& c : codes.codes) out.append(toQString(c));
    return out;
}

TemporaryCredentials toDesk(const api::TemporaryPassword& issued) {
    return TemporaryCredentials{toDesk(issued.user), toQString(issued.temporary_password)};
}

QList<SessionInfo> toDesk(const std::vector<api::SessionView>& views) {
    QList<SessionInfo> out;
    out.reserve(static_cast<qsizetype>(views.size()));
    for (const auto& v : views)
        out.append(SessionInfo{toQString(v.id), v.user_id, toQString(v.username), utcFromMs(v.created_at_ms),
                               utcFromMs(v.last_seen_at_ms), utcFromMs(v.expires_at_ms), toQString(v.remote_address),
                               v.current});
    return out;
}

AuditRecordPage toDesk(const api::AuditPage& page) {
    AuditRecordPage out;
    out.entries.reserve(static_cast<qsizetype>(page.entries.size()));
    for (const auto& e : page.entries)
        out.entries.append(AuditRecord{e.id, utcFromMs(e.at_ms), toQString(e.actor), toQString(e.action),
                                       toQString(e.target), toQString(e.detail)});
    out.nextBeforeId = page.next_before_id;
    return out;
}

} // namespace sportello::desk
