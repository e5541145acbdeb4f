#pragma once
// A blocking HTTP(S) call for command-line tools and tests: runs one request
// of net::HttpClient on a private io_context. Never use it inside a server.

#include "net/http_client.hpp"

#include <chrono>
#include <string>

namespace sportello::wasim {

struct SyncCall {
    std::string base_url;                // e.g. https://127.0.0.1:8443
    std::string ca_file;                 // trust for https; empty: system store
    std::string method = "GET";
    std::string path;
    std::string body;
    net::Headers headers;
    std::string content_type = "application/json";
    std::chrono::milliseconds timeout{10'000};
    std::string client_certificate_file;   // mutual TLS, optional
    std::string client_key_file;
};

// Throws std::runtime_error for a malformed base URL.
net::ClientResult call(const SyncCall& request);

} // namespace sportello::wasim
