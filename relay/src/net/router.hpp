#pragma once
// A declarative endpoint table: (method, path pattern, handler, body limit).
// Patterns are literal segments and "{name}" placeholders; a placeholder
// matches one non-empty segment. 404 (no such path) and 405 (path exists,
// method doesn't) stay distinct.

#include "net/http_types.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace sportello::net {

struct Route {
    std::string method;
    std::string pattern;
    Handler handler;
    std::size_t body_limit = 0;
    std::vector<std::string> segments;   // the pattern split once, at add()
};

class Router {
public:
    void add(std::string method, std::string pattern, Handler handler, std::size_t body_limit);

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
