#include "net/http_server.hpp"

#include "log/log.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/write.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <list>
#include <mutex>
#include <optional>

namespace sportello::net {

namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = asio::ssl;
using tcp = asio::ip::tcp;

namespace {

constexpr auto use_tuple = asio::as_tuple(asio::use_awaitable);

// The most a refused request's remaining body is read for, before closing.
constexpr std::uint64_t max_discarded_bytes = 64 * 1024 * 1024;

// A live connection as the server's registry sees it, for shutdown.
struct Connection {
    asio::any_io_executor strand;
    beast::tcp_stream* stream = nullptr;   // touched only on strand
    std::atomic<bool> idle{true};
};

bool is_http_parse_error(const boost::system::error_code& ec) {
    return ec.category() == http::make_error_code(http::error::bad_version).category() &&
           ec != http::error::end_of_stream && ec != http::error::partial_message;
}

std::string client_certificate_subject(SSL* ssl_handle) {
    X509* cert = SSL_get1_peer_certificate(ssl_handle);
    if (!cert) return {};
    std::string subject;
    if (SSL_get_verify_result(ssl_handle) == X509_V_OK) {
        // -1 when the certificate has no CN: buf is then left untouched.
        char buf[512] = {};
        if (X509_NAME_get_text_by_NID(X509_get_subject_name(cert), NID_commonName, buf, sizeof buf) > 0) subject = buf;
    }
    X509_free(cert);
    return subject;
}

// Each piece of a streamed body as one HTTP chunk, with the write deadline.
template <class Stream>
class ChunkWriter final : public StreamWriter {
public:
    ChunkWriter(Stream& stream, std::chrono::milliseconds timeout) : stream_(stream), timeout_(timeout) {}
    asio::awaitable<bool> write(std::string_view chunk) override {
        if (chunk.empty()) co_return true;
        beast::get_lowest_layer(stream_).expires_after(timeout_);
        auto [ec, n] = co_await asio::async_write(stream_, http::make_chunk(asio::buffer(chunk.data(), chunk.size())),
                                                  use_tuple);
        beast::get_lowest_layer(stream_).expires_never();
        co_return !ec;
    }

private:
    Stream& stream_;
    std::chrono::milliseconds timeout_;
};

} // namespace

struct HttpServer::Impl : std::enable_shared_from_this<HttpServer::Impl> {
    asio::io_context& io;
    HttpService& service;
    std::mutex tls_mutex;
    std::shared_ptr<ssl::context> tls;   // guarded by tls_mutex once serving
    ServerLimits limits;
    std::atomic<bool> stopping{false};
    mutable std::mutex mutex;
    std::list<std::weak_ptr<Connection>> connections;
    std::vector<std::shared_ptr<tcp::acceptor>> acceptors;

    Impl(asio::io_context& i, HttpService& s, std::shared_ptr<ssl::context> t, ServerLimits l)
        : io(i), service(s), tls(std::move(t)), limits(l) {}

    std::shared_ptr<Connection> track(asio::any_io_executor strand, beast::tcp_stream* stream) {
        auto c = std::make_shared<Connection>();
        c->strand = std::move(strand);
        c->stream = stream;
        std::lock_guard lock(mutex);
        connections.remove_if([](const auto& w) { return w.expired(); });
        connections.push_back(c);
        return c;
    }

    void close_connections(bool idle_only) {
        std::lock_guard lock(mutex);
        for (auto& w : connections) {
            if (auto c = w.lock()) {
                if (idle_only && !c->idle) continue;
                asio::post(c->strand, [c] {
                    if (c->stream) c->stream->socket().close();
                });
            }
        }
    }

    asio::awaitable<void> write_response(auto& stream, HttpResponse res, unsigned version, bool keep_alive) {
        http::response<http::string_body> out{static_cast<http::status>(res.status), version};
        out.set(http::field::server, "sportello");
        if (!res.content_type.empty()) out.set(http::field::content_type, res.content_type);
        for (auto& [k, v] : res.headers) out.set(k, v);
        out.set(http::field::cache_control, "no-store");
        // HSTS on everything served over TLS: two years, as Mozilla advises.
        if constexpr (!std::is_same_v<std::decay_t<decltype(stream)>, beast::tcp_stream>)
            out.set(http::field::strict_transport_security, "max-age=63072000");
        out.body() = std::move(res.body);
        out.keep_alive(keep_alive);
        out.prepare_payload();
        beast::get_lowest_layer(stream).expires_after(limits.write_timeout);
        auto [ec, n] = co_await http::async_write(stream, out, use_tuple);
        if (ec) log::debug("http", "write failed: " + ec.message());
    }

    // The service's answer, or a 503 when the deadline passes first. The
    // handler is not cancelled (its database jobs refer to its frame): it runs
    // on, owning the request, and its late answer is dropped. The writer's
    // queue cap bounds how many such handlers a stalled disk can pile up.
    asio::awaitable<HttpResponse> handle_within_deadline(HttpRequest req) {
        struct Pending {
            explicit Pending(const asio::any_io_executor& ex) : wake(ex) {}
            asio::steady_timer wake;   // cancelled when the answer is ready
            std::optional<HttpResponse> answer;
        };
        const auto executor = co_await asio::this_coro::executor;   // the connection's strand
        auto pending = std::make_shared<Pending>(executor);
        auto request = std::make_shared<HttpRequest>(std::move(req));
        asio::co_spawn(executor, [](HttpService& s, std::shared_ptr<HttpRequest> r,
                                    std::shared_ptr<Pending> p) -> asio::awaitable<void> {
            HttpResponse answer;
            try {
                answer = co_await s.handle(*r);
            } catch (const std::exception& e) {
                // One place for the unexpected: a 500 without internals.
                log::error("http", std::string("unhandled error in ") + r->method + " " + r->path + ": " + e.what());
                answer = s.protocol_error(500, "internal error");
            }
            p->answer = std::move(answer);
            p->wake.cancel();
        }(service, request, pending), asio::detached);
        if (!pending->answer) {   // both run on the strand: no answer can slip in between
            pending->wake.expires_after(limits.request_deadline);
            co_await pending->wake.async_wait(use_tuple);
        }
        if (pending->answer) co_return std::move(*pending->answer);
        co_return service.protocol_error(503, request->method + " " + request->path + " was not answered within " +
                                                  std::to_string(limits.request_deadline.count()) + " ms");
    }

    // A streamed response: the head with chunked encoding, then what the
    // response's stream function writes, each chunk with the write deadline;
    // between chunks the connection may stay quiet as long as the function
    // wants (it sends its own heartbeats).
    template <class Stream>
    asio::awaitable<void> write_stream(Stream& stream, HttpResponse res, unsigned version) {
        auto& tcp_layer = beast::get_lowest_layer(stream);
        http::response<http::empty_body> head{static_cast<http::status>(res.status), version};
        head.set(http::field::server, "sportello");
        head.set(http::field::content_type, res.content_type);
        head.set(http::field::cache_control, "no-store");
        for (auto& [k, v] : res.headers) head.set(k, v);
        head.keep_alive(false);
        head.chunked(true);
        http::response_serializer<http::empty_body> serializer{head};
        tcp_layer.expires_after(limits.write_timeout);
        if (auto [ec, n] = co_await http::async_write_header(stream, serializer, use_tuple); ec) co_return;

        ChunkWriter<Stream> writer{stream, limits.write_timeout};
        tcp_layer.expires_never();
        co_await res.stream(writer);
        tcp_layer.expires_after(limits.write_timeout);
        auto [ec, n] = co_await asio::async_write(stream, http::make_chunk_last(), use_tuple);
        (void)ec;
    }

    HttpResponse too_large(std::size_t limit) const {
        return service.protocol_error(413, "the body is larger than " + std::to_string(limit) + " bytes");
    }

    // Reads and drops what a refused client is still sending, up to `bytes`
    // (at most max_discarded_bytes) or until it closes or the read deadline:
    // closing with unread data would reset the connection, and the client
    // would see a broken pipe instead of the answer already written.
    template <class Stream>
    asio::awaitable<void> discard_input(Stream& stream, beast::flat_buffer& buffer, std::uint64_t bytes) {
        std::uint64_t left = std::min<std::uint64_t>(bytes, max_discarded_bytes);
        left -= std::min<std::uint64_t>(left, buffer.size());
        buffer.consume(buffer.size());
        beast::get_lowest_layer(stream).expires_after(limits.read_timeout);
        std::array<char, 16 * 1024> chunk;
        while (left > 0) {
            auto [ec, n] = co_await stream.async_read_some(asio::buffer(chunk), use_tuple);
            if (ec) co_return;
            left -= std::min<std::uint64_t>(left, n);
        }
    }

    // Serves requests on one connection until it closes, times out or the
    // server stops. Expected network outcomes are values, not exceptions.
    template <class Stream>
    asio::awaitable<void> serve(Stream& stream, Connection& conn, bool is_tls, std::string remote,
                                std::string client_subject) {
        // Room for a whole typical request from the start: a buffer grown only
        // as needed stays smaller than a webhook, and each request then takes
        // a second read (measured: two recvs per webhook).
        beast::flat_buffer buffer;
        buffer.reserve(8 * 1024);
        auto& tcp_layer = beast::get_lowest_layer(stream);
        for (;;) {
            conn.idle = true;
            if (stopping) co_return;
            http::request_parser<http::empty_body> head;
            head.header_limit(static_cast<std::uint32_t>(limits.header_limit));
            // The route's own limit is applied once the target is known; the
            // parser's default (1 MiB) would refuse a larger body as malformed.
            head.body_limit(boost::none);
            tcp_layer.expires_after(limits.idle_timeout);
            auto [ec, n] = co_await http::async_read_header(stream, buffer, head, use_tuple);
            if (ec) {
                if (ec == http::error::header_limit)
                    co_await write_response(stream, service.protocol_error(431, "request header too large"), 11, false);
                else if (is_http_parse_error(ec))
                    co_await write_response(stream, service.protocol_error(400, "malformed HTTP request: " + ec.message()), 11, false);
                co_return;
            }
            conn.idle = false;
            const auto& h = head.get();
            const unsigned version = h.version();
            auto target = split_target(h.target());
            if (!target) {
                co_await write_response(stream, service.protocol_error(400, "malformed request target"), version, false);
                co_return;
            }
            const std::string method(h.method_string());
            const std::size_t limit = service.body_limit(method, target->first);
            const bool expects_continue = beast::iequals(h[http::field::expect], "100-continue");
            if (head.content_length() && *head.content_length() > limit) {
                // Refused from the declared length alone. A client that did not
                // wait for 100-continue is still sending: its body is read and
                // dropped, so that it gets to read this answer.
                co_await write_response(stream, too_large(limit), version, false);
                if (!expects_continue) co_await discard_input(stream, buffer, *head.content_length());
                co_return;
            }
            if (expects_continue) {
                http::response<http::empty_body> cont{http::status::continue_, version};
                tcp_layer.expires_after(limits.write_timeout);
                auto [wec, wn] = co_await http::async_write(stream, cont, use_tuple);
                if (wec) co_return;
            }
            http::request_parser<http::string_body> parser(std::move(head));
            parser.body_limit(limit);
            tcp_layer.expires_after(limits.read_timeout);
            auto [bec, bn] = co_await http::async_read(stream, buffer, parser, use_tuple);
            if (bec == http::error::body_limit) {   // a chunked body grew past the limit
                co_await write_response(stream, too_large(limit), version, false);
                co_await discard_input(stream, buffer, max_discarded_bytes);
                co_return;
            }
            if (bec) {
                if (is_http_parse_error(bec))
                    co_await write_response(stream, service.protocol_error(400, "malformed HTTP request: " + bec.message()), version, false);
                co_return;
            }
            auto msg = parser.release();
            HttpRequest req;
            req.method = method;
            req.target = std::string(msg.target());
            req.path = std::move(target->first);
            req.query = std::move(target->second);
            for (const auto& field : msg) {
                std::string name(field.name_string());
                for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                req.headers.emplace_back(std::move(name), std::string(field.value()));
            }
            req.body = std::move(msg.body());
            req.remote_address = remote;
            req.tls = is_tls;
            req.client_certificate_subject = client_subject;

            HttpResponse res = co_await handle_within_deadline(std::move(req));
            if (res.drop) co_return;   // the simulator's "dropped connection" fault
            if (res.stream) {
                co_await write_stream(stream, std::move(res), version);
                co_return;
            }
            const bool keep_alive = msg.keep_alive() && !res.close && !stopping;
            co_await write_response(stream, std::move(res), version, keep_alive);
            if (!keep_alive) co_return;
        }
    }

    std::shared_ptr<ssl::context> current_tls() {
        std::lock_guard lock(tls_mutex);
        return tls;
    }

    asio::awaitable<void> run_connection(tcp::socket socket, bool use_tls) {
        auto self = shared_from_this();
        boost::system::error_code ignored;
        const auto endpoint = socket.remote_endpoint(ignored);
        const std::string remote = endpoint.address().to_string();
        auto strand = socket.get_executor();
        if (use_tls) {
            // The context of the moment, kept alive for this connection even
            // if a reload replaces it meanwhile.
            const auto context = current_tls();
            beast::ssl_stream<beast::tcp_stream> stream(beast::tcp_stream(std::move(socket)), *context);
            auto conn = track(strand, &beast::get_lowest_layer(stream));
            beast::get_lowest_layer(stream).expires_after(limits.handshake_timeout);
            auto [ec] = co_await stream.async_handshake(ssl::stream_base::server, use_tuple);
            if (!ec) {
                co_await serve(stream, *conn, true, remote, client_certificate_subject(stream.native_handle()));
                beast::get_lowest_layer(stream).expires_after(std::chrono::seconds(2));
                // A peer that drops without close_notify ("stream truncated") is normal.
                auto [sec] = co_await stream.async_shutdown(use_tuple);
                (void)sec;
            } else {
                log::debug("http", "TLS handshake with " + remote + " failed: " + ec.message());
            }
            conn->stream = nullptr;
        } else {
            beast::tcp_stream stream(std::move(socket));
            auto conn = track(strand, &stream);
            co_await serve(stream, *conn, false, remote, {});
            stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
            conn->stream = nullptr;
        }
    }

    asio::awaitable<void> accept_loop(std::shared_ptr<tcp::acceptor> acceptor, bool use_tls) {
        auto self = shared_from_this();
        for (;;) {
            auto [ec, socket] = co_await acceptor->async_accept(asio::make_strand(io), use_tuple);
            if (ec) {
                if (ec == asio::error::operation_aborted || !acceptor->is_open() || stopping) co_return;
                log::warning("http", "accept failed: " + ec.message());
                continue;   // e.g. too many open files: keep serving the others
            }
            if (stopping) co_return;
            socket.set_option(tcp::no_delay(true), ec);
            auto ex = socket.get_executor();
            asio::co_spawn(ex, run_connection(std::move(socket), use_tls), asio::detached);
        }
    }
};

void HttpServer::replace_tls_context(std::shared_ptr<ssl::context> tls) {
    std::lock_guard lock(impl_->tls_mutex);
    impl_->tls = std::move(tls);
}

HttpServer::HttpServer(asio::io_context& io, HttpService& service, std::shared_ptr<ssl::context> tls,
                       ServerLimits limits)
    : impl_(std::make_shared<Impl>(io, service, std::move(tls), limits)) {}

HttpServer::~HttpServer() = default;

unsigned short HttpServer::listen(const ListenerConfig& cfg) {
    if (!cfg.tls && !is_loopback_address(cfg.address))
        throw std::runtime_error("plain HTTP is allowed only on a loopback address, not on " + cfg.address +
                                 "; enable TLS for this listener");
    if (cfg.tls && !impl_->tls)
        throw std::runtime_error("listener " + cfg.address + ":" + std::to_string(cfg.port) +
                                 " wants TLS but no certificate is configured");
    boost::system::error_code ec;
    const auto address = asio::ip::make_address(cfg.address == "localhost" ? "127.0.0.1" : cfg.address, ec);
    if (ec) throw std::runtime_error("invalid listen address '" + cfg.address + "'");
    auto acceptor = std::make_shared<tcp::acceptor>(asio::make_strand(impl_->io));
    const tcp::endpoint endpoint(address, cfg.port);
    acceptor->open(endpoint.protocol(), ec);
    if (!ec) acceptor->set_option(asio::socket_base::reuse_address(true), ec);
    if (!ec) acceptor->bind(endpoint, ec);
    if (!ec) acceptor->listen(asio::socket_base::max_listen_connections, ec);
    if (ec)
        throw std::runtime_error("cannot listen on " + cfg.address + ":" + std::to_string(cfg.port) + ": " + ec.message());
    const auto port = acceptor->local_endpoint().port();
    {
        std::lock_guard lock(impl_->mutex);
        impl_->acceptors.push_back(acceptor);
    }
    asio::co_spawn(acceptor->get_executor(), impl_->accept_loop(acceptor, cfg.tls), asio::detached);
    return port;
}

void HttpServer::stop(std::chrono::milliseconds grace) {
    if (impl_->stopping.exchange(true)) return;
    {
        std::lock_guard lock(impl_->mutex);
        for (auto& a : impl_->acceptors)
            asio::post(a->get_executor(), [a] {
                boost::system::error_code ignored;
                a->close(ignored);
            });
    }
    impl_->close_connections(/*idle_only=*/true);
    // Poll until the busy connections have finished, or force them closed
    // when the grace period is over.
    auto impl = impl_;
    asio::co_spawn(
        impl->io,
        [impl, grace]() -> asio::awaitable<void> {
            const auto deadline = std::chrono::steady_clock::now() + grace;
            asio::steady_timer timer(impl->io);
            while (std::chrono::steady_clock::now() < deadline) {
                {
                    std::lock_guard lock(impl->mutex);
                    impl->connections.remove_if([](const auto& w) { return w.expired(); });
                    if (impl->connections.empty()) co_return;
                }
                timer.expires_after(std::chrono::milliseconds(50));
                co_await timer.async_wait(use_tuple);
            }
            impl->close_connections(false);
        },
        asio::detached);
}

std::size_t HttpServer::open_connections() const {
    std::lock_guard lock(impl_->mutex);
    std::size_t n = 0;
    for (const auto& w : impl_->connections)
        if (!w.expired()) ++n;
    return n;
}

bool is_loopback_address(std::string_view address) {
    if (address == "localhost") return true;
    boost::system::error_code ec;
    const auto a = asio::ip::make_address(std::string(address), ec);
    return !ec && a.is_loopback();
}

} // namespace sportello::net
