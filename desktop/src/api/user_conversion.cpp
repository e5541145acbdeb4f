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

} // namespace sportello::desk
