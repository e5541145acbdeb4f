#pragma once
// The bridge from the shared users codec's structs to user_types.hpp.

#include "api/desk_types.hpp"
#include "api/user_types.hpp"
#include "sportello/api/users.hpp"

#include <vector>

namespace sportello::desk {

UserAccount toDesk(const api::UserView& view);
QList<UserAccount> toDesk(const std::vector<api::UserView>& views);
TemporaryCredentials toDesk(const api::TemporaryPassword& issued);
QList<SessionInfo> toDesk(const std::vector<api::SessionView>& views);
AuditRecordPage toDesk(const api::AuditPage& page);
TwoFactorEnrolment toDesk(const api::TwoFactorEnrolment& enrolment);
QStringList toDesk(const api::RecoveryCodes& codes);

} // namespace sportello::desk
