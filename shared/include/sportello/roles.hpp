#pragma once
// Operator roles and what each may do, defined once for the relay and the
// desk. Least privilege: every endpoint declares the one permission it needs
// (the relay denies an endpoint that declares none); roles are fixed sets of
// permissions, written as one table in roles.cpp.

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace sportello {

enum class Role {
    viewer,       // reads content and reports
    operator_,    // answers citizens' requests
    editor,       // edits and publishes content, sends broadcasts
    supervisor,   // everything an editor and an operator do, plus reports, SLA and the audit trail
    admin,        // everything, including users, API clients, templates and the system
};

enum class Permission {
    read_content,
    edit_content,
    publish_content,
    answer_requests,
    reveal_phone,     // see a citizen's full phone number (each reveal is audited)
    send_broadcasts,
    read_reports,
    read_audit,       // read and export the audit trail
    manage_users,     // operator accounts, roles, sessions, lockouts, two-factor resets
    manage_api_clients,
    manage_templates,
    manage_system,    // alerts, retention, export
    citizen_rights,   // a citizen's access and erasure requests (GDPR Art. 15, 17): their whole data
};

std::string_view to_string(Role role) noexcept;
std::optional<Role> role_from_string(std::string_view name) noexcept;
std::string_view to_string(Permission permission) noexcept;
std::optional<Permission> permission_from_string(std::string_view name) noexcept;

bool has_permission(Role role, Permission permission) noexcept;
std::vector<Permission> permissions_of(Role role);
std::vector<Role> all_roles();
std::span<const Permission> all_permissions() noexcept;

} // namespace sportello
