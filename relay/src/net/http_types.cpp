#include "net/http_types.hpp"

namespace sportello::net {

std::string_view HttpRequest::header(std::string_view name) const noexcept {
    for (const auto& [k, v] : headers)
        if (k == name) return v;
    return {};
}

std::optional<std::string> HttpRequest::query_param(std::string_view name) const {
    for (const auto& [k, v] : query)
        if (k == name) return v;
    return std::nullopt;
}

std::string_view HttpRequest::path_param(std::string_view name) const {
    auto it = path_params.find(name);
    return it == path_params.end() ? std::string_view{} : std::string_view(it->second);
}

HttpResponse HttpResponse::json(int status, std::string body) {
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

HttpResponse HttpResponse::text(int status, std::string body) {
    HttpResponse r;
    r.status = status;
    r.content_type = "text/plain; charset=utf-8";
    r.body = std::move(body);
    return r;
}

HttpResponse HttpResponse::empty(int status) {
    HttpResponse r;
    r.status = status;
    r.content_type.clear();
    return r;
}

std::optional<std::string> percent_decode(std::string_view s, bool plus_is_space) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '%') {
            if (i + 2 >= s.size()) return std::nullopt;
            auto hex = [](char h) -> int {
                if (h >= '0' && h <= '9') return h - '0';
                if (h >= 'a' && h <= 'f') return h - 'a' + 10;
                if (h >= 'A' && h <= 'F') return h - 'A' + 10;
                return -1;
            };
            const int hi = hex(s[i + 1]), lo = hex(s[i + 2]);
            if (hi < 0 || lo < 0) return std::nullopt;
            out.push_back(static_cast<char>(hi * 16 + lo));
            i += 2;
        } else if (c == '+' && plus_is_space) {
            out.push_back(' ');
        } else {
            out.push_back(c);
        }
    }
    return out;
}

std::string percent_encode(std::string_view s) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
            c == '_' || c == '.' || c == '~') {
            out.push_back(static_cast<char>(c));
        } else {
            out.push_back('%');
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 15]);
        }
    }
    return out;
}

std::optional<std::pair<std::string, std::vector<std::pair<std::string, std::string>>>>
split_target(std::string_view target) {
    if (target.empty() || target.front() != '/') return std::nullopt;
    const auto q = target.find('?');
    auto path = percent_decode(target.substr(0, q), false);
    if (!path) return std::nullopt;
    std::vector<std::pair<std::string, std::string>> query;
    if (q != std::string_view::npos) {
        std::string_view rest = target.substr(q + 1);
        while (!rest.empty()) {
            const auto amp = rest.find('&');
            const auto part = rest.substr(0, amp);
            if (!part.empty()) {
                const auto eq = part.find('=');
                auto k = percent_decode(part.substr(0, eq), true);
                auto v = eq == std::string_view::npos ? std::optional<std::string>("")
                                                      : percent_decode(part.substr(eq + 1), true);
                if (!k || !v) return std::nullopt;
                query.emplace_back(std::move(*k), std::move(*v));
            }
            if (amp == std::string_view::npos) break;
            rest.remove_prefix(amp + 1);
        }
    }
    return std::make_pair(std::move(*path), std::move(query));
}

} // namespace sportello::net
