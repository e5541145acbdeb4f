#pragma once
// Asynchronous HTTP/1.1 client for one origin, with keep-alive connection
// reuse, strict TLS verification and a deadline on every step. Used by the
// relay for the Cloud API and by the simulator for webhooks.

#include "net/http_types.hpp"
#include "net/url.hpp"

#include <boost/asio/any_io_executor.hpp>

#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>

namespace sportello::net {

struct ClientOptions {
    std::chrono::milliseconds connect_timeout{5'000};    // resolve + connect + TLS handshake
    std::chrono::milliseconds response_timeout{15'000};  // write request + read whole response
    std::size_t response_body_limit = 1 << 20;
    std::size_t max_idle_connections = 16;
    // Connections being opened at once (connect and TLS handshake). A TLS
    // handshake costs its thread about 2 ms of OpenSSL 3 work (mostly
    // decoding the server's certificates); a burst of 64 sends that each
    // opened a connection held the relay's event loop for 150 ms. Beyond the
    // cap a send waits for a connection to be opened or returned.
    std::size_t max_concurrent_connects = 4;
    std::chrono::milliseconds idle_keepalive{20'000};    // idle connections older than this are dropped
    std::string ca_file;                                 // TLS: empty means the system store
    std::string client_certificate_file;                 // optional mutual TLS
    std::string client_key_file;
};

struct ClientRequest {
    std::string method = "POST";
    std::string path;                 // appended to the base URL's path; may carry a query
    Headers headers;                  // e.g. {"authorization", "Bearer …"}
    std::string body;
    std::string content_type = "application/json";
};

struct ClientResponse {
    int status = 0;
    Headers headers;
    std::string body;
    std::string_view header(std::string_view lowercase_name) const noexcept;
};

struct ClientResult {
    std::optional<ClientResponse> response;   // set on any HTTP response, whatever its status
    std::string error;                        // transport failure, when there is no response
    bool timed_out = false;
    bool request_written = false;             // the server may have acted on the request
    bool ok() const noexcept { return response.has_value(); }
};

// Every step of an exchange (connect, TLS handshake, writing the request,
// reading and parsing the response) runs on the executor given to the
// constructor, whatever executor the caller's coroutine runs on; the caller
// resumes on its own. A server that also sends (the relay) gives its client a
// thread of its own, so that handshakes never hold up the event loop that
// answers its requests.
class HttpClient {
public:
    // Throws std::runtime_error when the TLS files cannot be used.
    HttpClient(asio::any_io_executor executor, Url base, ClientOptions options = {});
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    // Thread-safe; any number of requests may be in flight at once. A request
    // is retried once, on a new connection, only when a reused connection
    // failed before the request was completely written. Waiting for a
    // connection (see max_concurrent_connects) counts against connect_timeout.
    asio::awaitable<ClientResult> send(ClientRequest request);

    const Url& base() const noexcept;

    struct Impl;
private:
    std::shared_ptr<Impl> impl_;
};

} // namespace sportello::net
