#include "text/user_labels.hpp"

#include "text/admin_labels.hpp"

#include <utility>

namespace sportello::desk {

namespace {

using api::ErrorCode;

// Id and English label (translated in action()), in the filter's order.
const std::pair<const char*, const char*> actionNames[] = {
    {"login", QT_TRANSLATE_NOOP("UserLabels", "Login")},
    {"login_failed", QT_TRANSLATE_NOOP("UserLabels", "Failed login")},
    {"account_locked", QT_TRANSLATE_NOOP("UserLabels", "Account locked")},
    {"logout", QT_TRANSLATE_NOOP("UserLabels", "Logout")},
    {"password_changed", QT_TRANSLATE_NOOP("UserLabels", "Password changed")},
    {"session_ended", QT_TRANSLATE_NOOP("UserLabels", "Session ended")},
    {"user_created", QT_TRANSLATE_NOOP("UserLabels", "User created")},
    {"user_renamed", QT_TRANSLATE_NOOP("UserLabels", "User renamed")},
    {"user_role_changed", QT_TRANSLATE_NOOP("UserLabels", "Role changed")},
    {"user_disabled", QT_TRANSLATE_NOOP("UserLabels", "User disabled")},
    {"user_enabled", QT_TRANSLATE_NOOP("UserLabels", "User re-enabled")},
    {"user_password_reset", QT_TRANSLATE_NOOP("UserLabels", "Password reset")},
    {"user_unlocked", QT_TRANSLATE_NOOP("UserLabels", "Account unlocked")},
    {"two_factor_enrolled", QT_TRANSLATE_NOOP("UserLabels", "Two-factor authentication set up")},
    {"two_factor_reset", QT_TRANSLATE_NOOP("UserLabels", "Two-factor authentication reset")},
    {"recovery_code_used", QT_TRANSLATE_NOOP("UserLabels", "Recovery code used")},
    {"audit_exported", QT_TRANSLATE_NOOP("UserLabels", "Audit trail exported")},
    {"report_rollups_rebuilt", QT_TRANSLATE_NOOP("UserLabels", "Report figures rebuilt")},
    {"draft_node_created", QT_TRANSLATE_NOOP("UserLabels", "Topic created")},
    {"draft_node_edited", QT_TRANSLATE_NOOP("UserLabels", "Topic edited")},
    {"draft_node_moved", QT_TRANSLATE_NOOP("UserLabels", "Topic moved")},
    {"draft_node_deleted", QT_TRANSLATE_NOOP("UserLabels", "Topic deleted")},
    {"draft_node_restored", QT_TRANSLATE_NOOP("UserLabels", "Topic restored")},
    {"draft_discarded", QT_TRANSLATE_NOOP("UserLabels", "Draft discarded")},
    {"tree_published", QT_TRANSLATE_NOOP("UserLabels", "Contents published")},
    {"tree_rolled_back", QT_TRANSLATE_NOOP("UserLabels", "Contents rolled back")},
    {"template_saved", QT_TRANSLATE_NOOP("UserLabels", "Template saved")},
    {"template_deleted", QT_TRANSLATE_NOOP("UserLabels", "Template deleted")},
    {"broadcast_created", QT_TRANSLATE_NOOP("UserLabels", "Broadcast created")},
    {"broadcast_cancelled", QT_TRANSLATE_NOOP("UserLabels", "Broadcast cancelled")},
    {"api_client_created", QT_TRANSLATE_NOOP("UserLabels", "API client created")},
    {"api_client_rotated", QT_TRANSLATE_NOOP("UserLabels", "API client token rotated")},
    {"api_client_revoked", QT_TRANSLATE_NOOP("UserLabels", "API client revoked")},
    {"sending_alert_cleared", QT_TRANSLATE_NOOP("UserLabels", "Sending resumed")},
    {"case_reply", QT_TRANSLATE_NOOP("UserLabels", "Reply to a citizen")},
    {"case_transferred", QT_TRANSLATE_NOOP("UserLabels", "Case transferred")},
    {"case_returned_to_queue", QT_TRANSLATE_NOOP("UserLabels", "Case returned to the queue")},
    {"phone_revealed", QT_TRANSLATE_NOOP("UserLabels", "Phone number revealed")},
    {"phrases_erased", QT_TRANSLATE_NOOP("UserLabels", "Old messages erased")},
    {"citizen_data_exported", QT_TRANSLATE_NOOP("UserLabels", "Citizen's data exported")},
    {"citizen_data_erased", QT_TRANSLATE_NOOP("UserLabels", "Citizen's data erased")},
};

} // namespace

QString UserLabels::action(const QString& id) {
    for (const auto& [key, label] : actionNames)
        if (id == QLatin1String(key)) return tr(label);
    return id;
}

QStringList UserLabels::knownActions() {
    QStringList ids;
    for (const auto& entry : actionNames) ids.append(QLatin1String(entry.first));
    return ids;
}

QString UserLabels::failure(const ApiFailure& failure) {
    const auto code = failure.serverCode;
    const QString& field = failure.field;
    if (code == ErrorCode::conflict && (field == u"role" || field == u"disabled"))
        return tr("This is the last active administrator: make another user an administrator first.");
    if (code == ErrorCode::conflict && field == u"username") return tr("This username is already taken.");
    if ((code == ErrorCode::validation_failed || code == ErrorCode::invalid_request) && field == u"username")
        return tr("The username must be 3 to 64 letters, digits, dots, dashes or underscores.");
    if ((code == ErrorCode::validation_failed || code == ErrorCode::invalid_request) && field == u"display_name")
        return tr("The name must not be empty and may have at most 100 characters.");
    return AdminLabels::failure(failure);
}

} // namespace sportello::desk
