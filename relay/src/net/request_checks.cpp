#include "net/request_checks.hpp"

#include <string_view>

namespace sportello::net {

std::string bearer_token(const HttpRequest& request) {
    const auto h = request.header("authorization");
    constexpr std::string_view prefix = "Bearer ";
    if (h.size() <= prefix.size() || h.substr(0, prefix.size()) != prefix) return {};
    return std::string(h.substr(prefix.size()));
}

std::optional<Error> require_json(const HttpRequest& request) {
    const auto type = request.header("content-type");
    if (type.substr(0, 16) != "application/json")
        return make_error(api::ErrorCode::unsupported_media_type, "the body must be application/json", "Content-Type");
    return std::nullopt;
}

} // namespace sportello::net
