#pragma once
// A declarative endpoint table: (method, path pattern, handler, body limit).
// Patterns are literal segments and "{name}" placeholders; a placeholder
// matches one non-empty segment. 404 (no such path) and 405 (path exists,
// method doesn't) stay distinct.

#include "net/http_types.hpp"
#include "sportello/roles.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace sportello::net {

// Who may call a route, declared in the table beside it. A route added
// without a declaration is `undeclared`, which the relay's access guard
// denies to everyone (default deny); the permission-matrix test lists such
// routes by name.
struct Access {
    enum class Kind {
        undeclared,
        open,         // no credentials (login, health, the WhatsApp webhook)
        session,      // any operator's session
        permission,   // an operator's session whose role holds `permission`
        api_scope,    // an API client token holding `scope` (/api/v1)
        monitoring,   // a scraper: the configured metrics token, or any loopback client when none is set
    };
    Kind kind = Kind::undeclared;
    Permission permission = Permission::manage_system;
    std::string scope;
    // Reachable by a session still being set up: one that must first change
    // a temporary password or enrol in two-factor authentication (only: who
    // am I, log out, change the password, enrol).
    bool during_session_setup = false;

    static Access open_to_all() { return {Kind::open, {}, {}, false}; }
    static Access any_session() { return {Kind::session, {}, {}, false}; }
    static Access session_setup() { return {Kind::session, {}, {}, true}; }
    static Access needs(Permission p) { return {Kind::permission, p, {}, false}; }
    static Access client_scope(std::string s) { return {Kind::api_scope, {}, std::move(s), false}; }
    static Access monitoring() { return {Kind::monitoring, {}, {}, false}; }
};

// "open", "session", "permission:<name>", "scope:<name>", "monitoring" or "undeclared".
std::string describe(const Access& access);

struct Route {
    std::string method;
    std::string pattern;
    Access access;
    Handler handler;
    std::size_t body_limit = 0;
    std::vector<std::string> segments;   // the pattern split once, at add()
};

class Router {
public:
    void add(std::string method, std::string pattern, Access access, Handler handler, std::size_t body_limit);
    // A route without an access declaration: denied to everyone by the
    // relay's guard until it declares one.
    void add(std::string method, std::string pattern, Handler handler, std::size_t body_limit);

    const std::vector<Route>& routes() const noexcept { return routes_; }

    struct Match {
        const Route* route = nullptr;               // set when found
        std::map<std::string, std::string, std::less<>> params;
        std::vector<std::string> allowed_methods;   // when the path exists but not the method
    };
    Match match(std::string_view method, std::string_view path) const;

    // The body limit for a request head; the smallest limit of the path's
    // routes when the method does not match, so that oversize bodies are
    // refused before they are read.
    std::size_t body_limit(std::string_view method, std::string_view path) const;

private:
    // Routes whose pattern matches the path (any method), in table order.
    // The path is split once; nothing is allocated for routes that differ.
    template <class Visit>
    void for_each_path_match(std::string_view path, Visit&& visit) const;

    std::vector<Route> routes_;
};

} // namespace sportello::net
