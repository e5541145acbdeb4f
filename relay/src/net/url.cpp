#include "net/url.hpp"

#include <charconv>

namespace sportello::net {

std::string Url::host_header() const {
    const bool v6 = host.find(':') != std::string::npos;
    std::string h = v6 ? "[" + host + "]" : host;
    if ((tls() && port != 443) || (!tls() && port != 80)) h += ":" + std::to_string(port);
    return h;
}

std::string Url::to_string() const { return scheme + "://" + host_header() + (path == "/" ? "" : path); }

std::optional<Url> Url::parse(std::string_view text) {
    Url u;
    if (text.rfind("https://", 0) == 0) { u.scheme = "https"; u.port = 443; text.remove_prefix(8); }
    else if (text.rfind("http://", 0) == 0) { u.scheme = "http"; u.port = 80; text.remove_prefix(7); }
    else return std::nullopt;
    if (text.find_first_of("?#@") != std::string_view::npos) return std::nullopt;
    const auto slash = text.find('/');
    std::string_view authority = text.substr(0, slash);
    u.path = slash == std::string_view::npos ? "/" : std::string(text.substr(slash));
    while (u.path.size() > 1 && u.path.back() == '/') u.path.pop_back();
    std::string_view port_text;
    if (!authority.empty() && authority.front() == '[') {
        const auto close = authority.find(']');
        if (close == std::string_view::npos) return std::nullopt;
        u.host = std::string(authority.substr(1, close - 1));
        if (close + 1 < authority.size()) {
            if (authority[close + 1] != ':') return std::nullopt;
            port_text = authority.substr(close + 2);
        }
    } else {
        const auto colon = authority.find(':');
        u.host = std::string(authority.substr(0, colon));
        if (colon != std::string_view::npos) port_text = authority.substr(colon + 1);
    }
    if (u.host.empty()) return std::nullopt;
    if (!port_text.empty()) {
        unsigned p = 0;
        auto [ptr, ec] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), p);
        if (ec != std::errc{} || ptr != port_text.data() + port_text.size() || p == 0 || p > 65535) return std::nullopt;
        u.port = static_cast<unsigned short>(p);
    }
    return u;
}

} // namespace sportello::net
