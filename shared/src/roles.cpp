#include "sportello/roles.hpp"

#include <array>
#include <cstddef>

namespace sportello {
namespace {

constexpr std::array permission_list{
    Permission::read_content,    Permission::edit_content,  Permission::publish_content,
    Permission::answer_requests, Permission::reveal_phone,  Permission::send_broadcasts,
    Permission::read_reports,    Permission::read_audit,    Permission::manage_users,
    Permission::manage_api_clients, Permission::manage_templates, Permission::manage_system,
    Permission::citizen_rights,
};

constexpr std::array role_list{Role::viewer, Role::operator_, Role::editor, Role::supervisor, Role::admin};

// The one definition of the roles: a row per permission, a column per role
// (viewer, operator, editor, supervisor, admin).
struct Grant {
    Permission permission;
    std::array<bool, role_list.size()> roles;
};
constexpr std::array<Grant, permission_list.size()> grants{{
    //                                 viewer operator editor supervisor admin
    {Permission::read_content,        {true,  true,    true,  true,      true}},
    {Permission::edit_content,        {false, false,   true,  true,      true}},
    {Permission::publish_content,     {false, false,   true,  true,      true}},
    {Permission::answer_requests,     {false, true,    false, true,      true}},
    {Permission::reveal_phone,        {false, false,   false, true,      true}},   // least privilege: operators see masked numbers
    {Permission::send_broadcasts,     {false, false,   true,  true,      true}},
    {Permission::read_reports,        {true,  true,    true,  true,      true}},
    {Permission::read_audit,          {false, false,   false, true,      true}},
    {Permission::manage_users,        {false, false,   false, false,     true}},
    {Permission::manage_api_clients,  {false, false,   false, false,     true}},
    {Permission::manage_templates,    {false, false,   false, false,     true}},
    {Permission::manage_system,       {false, false,   false, false,     true}},
    {Permission::citizen_rights,      {false, false,   false, false,     true}},
}};

constexpr bool table_is_complete() {
    for (std::size_t i = 0; i < permission_list.size(); ++i)
        if (grants[i].permission != permission_list[i]) return false;
    return true;
}
static_assert(table_is_complete(), "grants must list every permission once, in permission_list's order");

constexpr std::size_t role_index(Role role) {
    for (std::size_t i = 0; i < role_list.size(); ++i)
        if (role_list[i] == role) return i;
    return role_list.size();
}

} // namespace

std::string_view to_string(Role role) noexcept {
    switch (role) {
    case Role::viewer: return "viewer";
    case Role::operator_: return "operator";
    case Role::editor: return "editor";
    case Role::supervisor: return "supervisor";
    case Role::admin: return "admin";
    }
    return "viewer";
}

std::optional<Role> role_from_string(std::string_view name) noexcept {
    for (auto r : role_list)
        if (to_string(r) == name) return r;
    return std::nullopt;
}

std::string_view to_string(Permission p) noexcept {
    switch (p) {
    case Permission::read_content: return "read_content";
    case Permission::edit_content: return "edit_content";
    case Permission::publish_content: return "publish_content";
    case Permission::answer_requests: return "answer_requests";
    case Permission::reveal_phone: return "reveal_phone";
    case Permission::send_broadcasts: return "send_broadcasts";
    case Permission::read_reports: return "read_reports";
    case Permission::read_audit: return "read_audit";
    case Permission::manage_users: return "manage_users";
    case Permission::manage_api_clients: return "manage_api_clients";
    case Permission::manage_templates: return "manage_templates";
    case Permission::manage_system: return "manage_system";
    case Permission::citizen_rights: return "citizen_rights";
    }
    return "read_content";
}

std::optional<Permission> permission_from_string(std::string_view name) noexcept {
    for (auto p : permission_list)
        if (to_string(p) == name) return p;
    return std::nullopt;
}

bool has_permission(Role role, Permission p) noexcept {
    const auto r = role_index(role);
    if (r >= role_list.size()) return false;
    for (const auto& g : grants)
        if (g.permission == p) return g.roles[r];
    return false;   // default deny
}

std::vector<Permission> permissions_of(Role role) {
    std::vector<Permission> out;
    for (auto p : permission_list)
        if (has_permission(role, p)) out.push_back(p);
    return out;
}

std::vector<Role> all_roles() { return {role_list.begin(), role_list.end()}; }

std::span<const Permission> all_permissions() noexcept { return permission_list; }

} // namespace sportello
