#pragma once
// Operator roles and what each may do. Least privilege: every endpoint names
// the one permission it needs; roles are fixed sets of permissions.

#include <optional>
#include <string_view>
#include <vector>

namespace sportello {

enum class Role {
    viewer,       // reads content and reports
    operator_,    // answers citizens' requests
    editor,       // edits and publishes content, sends broadcasts
    supervisor,   // everything an editor and an operator do, plus reports and SLA
    admin,        // manages users, API clients, templates and retention
};

enum class Permission {
    read_content,
    edit_content,
    publish_content,
    answer_requests,
    send_broadcasts,
    read_reports,
    manage_users,
    manage_api_clients,
    manage_templates,
    manage_system,    // alerts, retention, export
    reveal_phone,     // see a citizen's full number (recorded in the audit trail)
};

std::string_view to_string(Role role) noexcept;
std::optional<Role> role_from_string(std::string_view name) noexcept;
std::string_view to_string(Permission permission) noexcept;

bool has_permission(Role role, Permission permission) noexcept;
std::vector<Permission> permissions_of(Role role);
std::vector<Role> all_roles();

} // namespace sportello
