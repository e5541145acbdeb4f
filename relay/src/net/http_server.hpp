#pragma once
// HTTP/1.1 server over TLS or, on loopback only, plain TCP. Every read and
// write has a deadline, every body a size cap checked against the declared
// Content-Length before any of it is read. Handlers run as coroutines on a
// per-connection strand.

#include "net/http_types.hpp"

#include <boost/asio/io_context.hpp>

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace boost::asio::ssl { class context; }

namespace sportello::net {

struct ListenerConfig {
    std::string address = "127.0.0.1";
    unsigned short port = 0;            // 0: any free port (tests)
    bool tls = true;
};

struct ServerLimits {
    std::chrono::milliseconds handshake_timeout{10'000};
    std::chrono::milliseconds idle_timeout{60'000};      // waiting for the next request head
    std::chrono::milliseconds read_timeout{30'000};      // reading one request body
    std::chrono::milliseconds write_timeout{30'000};
    std::size_t header_limit = 16 * 1024;
    // From a request's whole body to its answer: a handler still running then
    // is cancelled and the client gets protocol_error(503) (a stalled disk must
    // not hold connections forever). Handlers must let cancellation through.
    std::chrono::milliseconds request_deadline{10'000};
};

// What a server serves. Implementations must be thread-safe: handle() runs
// concurrently on several connections.
class HttpService {
public:
    virtual ~HttpService() = default;
    // The largest body accepted for a request head.
    virtual std::size_t body_limit(std::string_view method, std::string_view path) const = 0;
    virtual asio::awaitable<HttpResponse> handle(HttpRequest& request) = 0;
    // The response for an error the server itself detects (malformed HTTP 400,
    // body too large 413, header too large 431).
    virtual HttpResponse protocol_error(int status, std::string_view message) const = 0;
};

class HttpServer {
public:
    // tls may be null when no listener uses TLS.
    HttpServer(asio::io_context& io, HttpService& service, std::shared_ptr<boost::asio::ssl::context> tls,
               ServerLimits limits = {});
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    // Binds a listener and starts accepting; returns the bound port. Refuses
    // plain HTTP on a non-loopback address. Throws std::runtime_error with the
    // address on failure.
    unsigned short listen(const ListenerConfig& listener);

    // Stops accepting and closes idle connections at once; connections in the
    // middle of a request finish it (the response says Connection: close);
    // whatever is left after `grace` is closed. Returns at once; thread-safe.
    void stop(std::chrono::milliseconds grace);

    std::size_t open_connections() const;

    // New TLS connections use this context from now on; those open keep
    // theirs (a certificate renewed without dropping anyone). Thread-safe.
    void replace_tls_context(std::shared_ptr<boost::asio::ssl::context> tls);

    struct Impl;
private:
    std::shared_ptr<Impl> impl_;
};

// Whether an address literal is a loopback address (127.0.0.0/8, ::1, "localhost").
bool is_loopback_address(std::string_view address);

} // namespace sportello::net
