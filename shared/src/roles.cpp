#include "sportello/roles.hpp"

#include <array>

namespace sportello {
namespace {

constexpr std::array all_permissions{
    Permission::read_content,   Permission::edit_content,    Permission::publish_content,
    Permission::answer_requests, Permission::send_broadcasts, Permission::read_reports,
    Permission::manage_users,   Permission::manage_api_clients, Permission::manage_templates,
    Permission::manage_system,  Permission::reveal_phone,
};

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
    for (auto r : {Role::viewer, Role::operator_, Role::editor, Role::supervisor, Role::admin})
        if (to_string(r) == name) return r;
    return std::nullopt;
}

std::string_view to_string(Permission p) noexcept {
    switch (p) {
    case Permission::read_content: return "read_content";
    case Permission::edit_content: return "edit_content";
    case Permission::publish_content: return "publish_content";
    case Permission::answer_requests: return "answer_requests";
    case Permission::send_broadcasts: return "send_broadcasts";
    case Permission::read_reports: return "read_reports";
    case Permission::manage_users: return "manage_users";
    case Permission::manage_api_clients: return "manage_api_clients";
    case Permission::manage_templates: return "manage_templates";
    case Permission::manage_system: return "manage_system";
    case Permission::reveal_phone: return "reveal_phone";
    }
    return "read_content";
}

bool has_permission(Role role, Permission p) noexcept {
    switch (role) {
    case Role::admin:
        return true;
    case Role::supervisor:
        return p != Permission::manage_users && p != Permission::manage_api_clients &&
               p != Permission::manage_templates && p != Permission::manage_system;
    case Role::editor:
        return p == Permission::read_content || p == Permission::edit_content ||
               p == Permission::publish_content || p == Permission::send_broadcasts ||
               p == Permission::read_reports;
    case Role::operator_:
        return p == Permission::read_content || p == Permission::answer_requests ||
               p == Permission::read_reports;
    case Role::viewer:
        return p == Permission::read_content || p == Permission::read_reports;
    }
    return false;
}

std::vector<Permission> permissions_of(Role role) {
    std::vector<Permission> out;
    for (auto p : all_permissions)
        if (has_permission(role, p)) out.push_back(p);
    return out;
}

std::vector<Role> all_roles() {
    return {Role::viewer, Role::operator_, Role::editor, Role::supervisor, Role::admin};
}

} // namespace sportello
