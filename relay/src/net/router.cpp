#include "net/router.hpp"

#include <algorithm>

namespace sportello::net {
namespace {

// Splits on '/' without allocating strings: views into `path`.
void split_segments(std::string_view path, std::vector<std::string_view>& out) {
    out.clear();
    std::size_t i = 0;
    while (i < path.size()) {
        if (path[i] == '/') { ++i; continue; }
        const auto end = path.find('/', i);
        out.push_back(path.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i));
        if (end == std::string_view::npos) break;
        i = end;
    }
}

bool is_placeholder(std::string_view s) { return s.size() > 2 && s.front() == '{' && s.back() == '}'; }

bool segments_match(const std::vector<std::string>& pattern, const std::vector<std::string_view>& path) {
    if (pattern.size() != path.size()) return false;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (is_placeholder(pattern[i])) {
            if (path[i].empty()) return false;
        } else if (pattern[i] != path[i]) {
            return false;
        }
    }
    return true;
}

} // namespace

template <class Visit>
void Router::for_each_path_match(std::string_view path, Visit&& visit) const {
    thread_local std::vector<std::string_view> parts;
    split_segments(path, parts);
    for (const auto& r : routes_)
        if (segments_match(r.segments, parts))
            if (!visit(r, parts)) return;
}

std::string describe(const Access& access) {
    switch (access.kind) {
    case Access::Kind::undeclared: return "undeclared";
    case Access::Kind::open: return "open";
    case Access::Kind::session: return "session";
    case Access::Kind::permission: return "permission:" + std::string(to_string(access.permission));
    case Access::Kind::api_scope: return "scope:" + access.scope;
    case Access::Kind::monitoring: return "monitoring";
    }
    return "undeclared";
}

void Router::add(std::string method, std::string pattern, Access access, Handler handler, std::size_t body_limit) {
    std::vector<std::string_view> parts;
    split_segments(pattern, parts);
    std::vector<std::string> segments(parts.begin(), parts.end());
    routes_.push_back(Route{std::move(method), std::move(pattern), std::move(access), std::move(handler), body_limit,
                            std::move(segments)});
}

void Router::add(std::string method, std::string pattern, Handler handler, std::size_t body_limit) {
    add(std::move(method), std::move(pattern), Access{}, std::move(handler), body_limit);
}

Router::Match Router::match(std::string_view method, std::string_view path) const {
    Match m;
    for_each_path_match(path, [&](const Route& r, const std::vector<std::string_view>& parts) {
        if (r.method == method) {
            m.route = &r;
            m.allowed_methods.clear();
            for (std::size_t i = 0; i < r.segments.size(); ++i)
                if (is_placeholder(r.segments[i]))
                    m.params.emplace(r.segments[i].substr(1, r.segments[i].size() - 2), std::string(parts[i]));
            return false;
        }
        if (std::find(m.allowed_methods.begin(), m.allowed_methods.end(), r.method) == m.allowed_methods.end())
            m.allowed_methods.push_back(r.method);
        return true;
    });
    return m;
}

std::size_t Router::body_limit(std::string_view method, std::string_view path) const {
    std::size_t smallest = 0;
    bool any = false;
    std::size_t exact = 0;
    bool found = false;
    for_each_path_match(path, [&](const Route& r, const std::vector<std::string_view>&) {
        if (r.method == method) {
            exact = r.body_limit;
            found = true;
            return false;
        }
        smallest = any ? std::min(smallest, r.body_limit) : r.body_limit;
        any = true;
        return true;
    });
    if (found) return exact;
    return any ? smallest : 0;
}

} // namespace sportello::net
