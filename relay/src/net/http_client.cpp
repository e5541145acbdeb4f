#include "net/http_client.hpp"

#include "net/tls.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/host_name_verification.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

#include <openssl/ssl.h>
#include <sys/socket.h>

#include <mutex>
#include <variant>
#include <vector>

namespace sportello::net {

namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = asio::ssl;
using tcp = asio::ip::tcp;
using namespace asio::experimental::awaitable_operators;

namespace {

constexpr auto use_tuple = asio::as_tuple(asio::use_awaitable);

struct Connection {
    std::variant<beast::tcp_stream, beast::ssl_stream<beast::tcp_stream>> stream;
    beast::flat_buffer buffer;
    std::chrono::steady_clock::time_point idle_since;

    beast::tcp_stream& tcp_layer() {
        return std::visit([](auto& s) -> beast::tcp_stream& { return beast::get_lowest_layer(s); }, stream);
    }

    // True when the peer has closed (or sent something unasked) while idle.
    bool is_stale() {
        const int fd = tcp_layer().socket().native_handle();
        char c;
        const auto n = ::recv(fd, &c, 1, MSG_PEEK | MSG_DONTWAIT);
        return !(n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK));
    }
};

bool is_ip_literal(const std::string& host) {
    boost::system::error_code ec;
    asio::ip::make_address(host, ec);
    return !ec;
}

} // namespace

std::string_view ClientResponse::header(std::string_view name) const noexcept {
    for (const auto& [k, v] : headers)
        if (k == name) return v;
    return {};
}

struct HttpClient::Impl {
    asio::any_io_executor executor;
    Url base;
    ClientOptions options;
    std::shared_ptr<ssl::context> tls;
    std::mutex mutex;
    std::vector<std::unique_ptr<Connection>> idle;
    std::size_t connecting = 0;   // connections being opened, at most options.max_concurrent_connects

    std::unique_ptr<Connection> take_idle_locked() {
        const auto now = std::chrono::steady_clock::now();
        while (!idle.empty()) {
            auto c = std::move(idle.back());
            idle.pop_back();
            if (now - c->idle_since < options.idle_keepalive && !c->is_stale()) return c;
        }
        return nullptr;
    }

    void give_back(std::unique_ptr<Connection> c) {
        c->idle_since = std::chrono::steady_clock::now();
        std::lock_guard lock(mutex);
        if (idle.size() < options.max_idle_connections) idle.push_back(std::move(c));
    }

    // An idle connection, or a new one once fewer than max_concurrent_connects
    // are being opened; nullptr with the error when connect_timeout passes
    // first. Waiting sends look again every 2 ms: they wait only during a
    // burst, for about one handshake.
    asio::awaitable<std::unique_ptr<Connection>> obtain(std::string& error, bool& timed_out, bool& reused) {
        using clock = std::chrono::steady_clock;
        const auto deadline = clock::now() + options.connect_timeout;
        for (bool first = true;; first = false) {
            if (!first && clock::now() >= deadline) {
                error = "timed out waiting for a connection to " + base.host_header();
                timed_out = true;
                co_return nullptr;
            }
            {
                std::lock_guard lock(mutex);
                if (auto c = take_idle_locked()) {
                    reused = true;
                    co_return c;
                }
                if (connecting < std::max<std::size_t>(1, options.max_concurrent_connects)) {
                    ++connecting;
                    break;
                }
            }
            asio::steady_timer pause(co_await asio::this_coro::executor,
                                     std::min<clock::time_point>(deadline, clock::now() + std::chrono::milliseconds(2)));
            co_await pause.async_wait(use_tuple);
        }
        reused = false;
        struct SlotRelease {   // also when the coroutine is destroyed mid-way
            Impl& impl;
            ~SlotRelease() {
                std::lock_guard lock(impl.mutex);
                --impl.connecting;
            }
        } release{*this};
        co_return co_await connect(deadline, error, timed_out);
    }

    // Resolve, connect and (for https) handshake, all before the deadline.
    asio::awaitable<std::unique_ptr<Connection>> connect(std::chrono::steady_clock::time_point deadline,
                                                         std::string& error, bool& timed_out) {
        tcp::resolver resolver(executor);
        asio::steady_timer timer(executor, deadline);
        auto outcome = co_await (resolver.async_resolve(base.host, std::to_string(base.port), use_tuple) ||
                                 timer.async_wait(use_tuple));
        if (outcome.index() == 1) {
            error = "timed out resolving " + base.host;
            timed_out = true;
            co_return nullptr;
        }
        auto [rec, results] = std::get<0>(outcome);
        if (rec) {
            error = "cannot resolve " + base.host + ": " + rec.message();
            co_return nullptr;
        }
        beast::tcp_stream tcp_stream(executor);
        tcp_stream.expires_at(deadline);
        auto [cec, ep] = co_await tcp_stream.async_connect(results, use_tuple);
        if (cec) {
            timed_out = cec == beast::error::timeout;
            error = "cannot connect to " + base.host_header() + ": " + cec.message();
            co_return nullptr;
        }
        tcp_stream.socket().set_option(tcp::no_delay(true), cec);
        if (!base.tls()) {
            co_return std::make_unique<Connection>(Connection{std::move(tcp_stream), {}, {}});
        }
        beast::ssl_stream<beast::tcp_stream> tls_stream(std::move(tcp_stream), *tls);
        if (!is_ip_literal(base.host))
            SSL_set_tlsext_host_name(tls_stream.native_handle(), base.host.c_str());
        tls_stream.set_verify_callback(ssl::host_name_verification(base.host));
        auto [hec] = co_await tls_stream.async_handshake(ssl::stream_base::client, use_tuple);
        if (hec) {
            timed_out = hec == beast::error::timeout;
            error = "TLS handshake with " + base.host_header() + " failed: " + hec.message();
            co_return nullptr;
        }
        co_return std::make_unique<Connection>(Connection{std::move(tls_stream), {}, {}});
    }

    template <class Stream>
    asio::awaitable<ClientResult> exchange(Stream& stream, Connection& conn, const ClientRequest& req) {
        ClientResult result;
        http::request<http::string_body> out{http::string_to_verb(req.method), base.path == "/" ? req.path
                                                                                                : base.path + req.path, 11};
        out.set(http::field::host, base.host_header());
        out.set(http::field::user_agent, "sportello");
        for (const auto& [k, v] : req.headers) out.set(k, v);
        if (!req.body.empty() || req.method == "POST" || req.method == "PUT") {
            out.set(http::field::content_type, req.content_type);
            out.body() = req.body;
        }
        out.keep_alive(true);
        out.prepare_payload();
        auto& tcp_layer = conn.tcp_layer();
        tcp_layer.expires_after(options.response_timeout);
        auto [wec, wn] = co_await http::async_write(stream, out, use_tuple);
        if (wec) {
            result.error = "sending the request failed: " + wec.message();
            result.timed_out = wec == beast::error::timeout;
            co_return result;
        }
        result.request_written = true;
        http::response_parser<http::string_body> parser;
        parser.body_limit(options.response_body_limit);
        auto [rec, rn] = co_await http::async_read(stream, conn.buffer, parser, use_tuple);
        if (rec) {
            result.timed_out = rec == beast::error::timeout;
            result.error = result.timed_out ? "timed out waiting for the response"
                                            : "reading the response failed: " + rec.message();
            co_return result;
        }
        auto msg = parser.release();
        ClientResponse response;
        response.status = static_cast<int>(msg.result_int());
        for (const auto& field : msg) {
            std::string name(field.name_string());
            for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            response.headers.emplace_back(std::move(name), std::string(field.value()));
        }
        response.body = std::move(msg.body());
        result.response = std::move(response);
        if (!msg.keep_alive()) result.request_written = false;   // marker below: do not pool
        co_return result;
    }

    // The whole exchange, on the client's executor. Holds the pool alive
    // while the request runs.
    static asio::awaitable<ClientResult> send(std::shared_ptr<Impl> impl, ClientRequest request) {
        for (int attempt = 0; attempt < 2; ++attempt) {
            ClientResult failed;
            bool reused = false;
            auto conn = co_await impl->obtain(failed.error, failed.timed_out, reused);
            if (!conn) co_return failed;
            ClientResult result = co_await std::visit(
                [&](auto& stream) { return impl->exchange(stream, *conn, request); }, conn->stream);
            if (result.ok()) {
                // exchange() clears request_written when the server asked to close.
                const bool keep = result.request_written;
                result.request_written = true;
                if (keep) impl->give_back(std::move(conn));
                co_return result;
            }
            if (!(reused && !result.request_written)) co_return result;
            // A reused connection died before the request left: try a fresh one.
        }
        co_return ClientResult{std::nullopt, "connection failed twice", false, false};
    }
};

HttpClient::HttpClient(asio::any_io_executor executor, Url base, ClientOptions options)
    : impl_(std::make_shared<Impl>()) {
    impl_->executor = std::move(executor);
    impl_->base = std::move(base);
    impl_->options = std::move(options);
    if (impl_->base.tls())
        impl_->tls = make_client_context(impl_->options.ca_file, impl_->options.client_certificate_file,
                                         impl_->options.client_key_file);
}

HttpClient::~HttpClient() = default;

const Url& HttpClient::base() const noexcept { return impl_->base; }

// The caller's coroutine waits here while the exchange runs on the client's
// own executor (see the class comment).
asio::awaitable<ClientResult> HttpClient::send(ClientRequest request) {
    co_return co_await asio::co_spawn(impl_->executor, Impl::send(impl_, std::move(request)), asio::use_awaitable);
}

} // namespace sportello::net
