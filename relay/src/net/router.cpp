#include "net/router.hpp"

#include <algorithm>

namespace sportello::net {
namespace {

std::vector<std::string_view> segments(std::string_view path) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < path.size()) {
        if (path[i] == '/') { ++i; continue; }
        const auto end = path.find('/', i);
        out.push_back(path.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i));
        if (end == std::string_view::npos) break;
        i = end;
    }
    return out;
}

bool match_pattern(std::string_view pattern, std::string_view path,
                   std::map<std::string, std::string, std::less<>>& params) {
    const auto ps = segments(pattern);
    const auto xs = segments(path);
    if (ps.size() != xs.size()) return false;
    std::map<std::string, std::string, std::less<>> found;
    for (std::size_t i = 0; i < ps.size(); ++i) {
        const auto p = ps[i];
        if (p.size() > 2 && p.front() == '{' && p.back() == '}') {
            if (xs[i].empty()) return false;
            found.emplace(std::string(p.substr(1, p.size() - 2)), std::string(xs[i]));
        } else if (p != xs[i]) {
            return false;
        }
    }
    params = std::move(found);
    return true;
}

} // namespace

void Router::add(std::string method, std::string pattern, Handler handler, std::size_t body_limit) {
    routes_.push_back(Route{std::move(method), std::move(pattern), std::move(handler), body_limit});
}

Router::Match Router::match(std::string_view method, std::string_view path) const {
    Match m;
    for (const auto& r : routes_) {
        std::map<std::string, std::string, std::less<>> params;
        if (!match_pattern(r.pattern, path, params)) continue;
        if (r.method == method) {
            m.route = &r;
            m.params = std::move(params);
            m.allowed_methods.clear();
            return m;
        }
        if (std::find(m.allowed_methods.begin(), m.allowed_methods.end(), r.method) == m.allowed_methods.end())
            m.allowed_methods.push_back(r.method);
    }
    return m;
}

std::size_t Router::body_limit(std::string_view method, std::string_view path) const {
    std::size_t smallest = 0;
    bool any = false;
    for (const auto& r : routes_) {
        std::map<std::string, std::string, std::less<>> params;
        if (!match_pattern(r.pattern, path, params)) continue;
        if (r.method == method) return r.body_limit;
        smallest = any ? std::min(smallest, r.body_limit) : r.body_limit;
        any = true;
    }
    return any ? smallest : 0;
}

} // namespace sportello::net
