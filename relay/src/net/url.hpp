#pragma once
// Absolute http(s) URLs as used in configuration (Cloud API base URL,
// webhook URLs of the simulator).

#include <optional>
#include <string>
#include <string_view>

namespace sportello::net {

struct Url {
    std::string scheme;        // "https" or "http"
    std::string host;          // name or address literal (IPv6 without brackets)
    unsigned short port = 0;
    std::string path;          // starts with '/', no trailing '/' unless root

    bool tls() const noexcept { return scheme == "https"; }
    std::string host_header() const;       // host[:port] when the port is not the default
    std::string to_string() const;

    // nullopt for anything but http(s)://host[:port][/path], with no
    // user info, query or fragment.
    static std::optional<Url> parse(std::string_view text);
};

} // namespace sportello::net
