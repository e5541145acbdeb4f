// The HTTP client against servers in this process, on loopback sockets.
#include "net/http_client.hpp"
#include "net/http_server.hpp"
#include "net/routed_service.hpp"
#include "net/tls.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <gtest/gtest.h>

#include <ctime>
#include <filesystem>
#include <memory>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace sportello;
namespace asio = boost::asio;
using tcp = asio::ip::tcp;

namespace {

net::ErrorPolicy text_errors() {
    return net::ErrorPolicy{[](int status, std::string message) { return net::HttpResponse::text(status, message); },
                            [](std::exception_ptr, std::string) { return net::HttpResponse::text(500, "error"); }};
}

// CPU time the calling thread has used so far.
std::int64_t thread_cpu_ns() {
    timespec ts{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

} // namespace

// A server that accepts connections and never answers a TLS handshake: every
// send stays in its connect phase, so while nothing has finished the server
// sees exactly the connections the client opens at once. Then the server
// goes away and every send fails, none of them written.
TEST(HttpClient, OpensAtMostTheConfiguredNumberOfConnectionsAtOnce) {
    asio::io_context io;
    tcp::acceptor acceptor(io, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
    std::vector<std::shared_ptr<tcp::socket>> accepted;
    asio::co_spawn(io, [&]() -> asio::awaitable<void> {
        for (;;) {
            auto [ec, socket] = co_await acceptor.async_accept(asio::as_tuple(asio::use_awaitable));
            if (ec) co_return;
            accepted.push_back(std::make_shared<tcp::socket>(std::move(socket)));   // held open, silent
        }
    }, asio::detached);

    net::ClientOptions options;
    options.connect_timeout = std::chrono::seconds(5);
    options.max_concurrent_connects = 2;
    auto url = net::Url::parse("https://127.0.0.1:" + std::to_string(acceptor.local_endpoint().port()) + "/v1");
    ASSERT_TRUE(url);
    net::HttpClient client(io.get_executor(), *url, options);

    std::vector<net::ClientResult> results(8);
    std::size_t finished = 0;
    for (auto& slot : results)
        asio::co_spawn(io, [&, out = &slot]() -> asio::awaitable<void> {
            *out = co_await client.send(net::ClientRequest{"POST", "/hello", {}, "{}"});
            ++finished;
        }, asio::detached);
    io.run_for(std::chrono::milliseconds(500));
    EXPECT_EQ(accepted.size(), 2u);
    EXPECT_EQ(finished, 0u);

    acceptor.close();
    for (auto& socket : accepted) socket->close();
    io.run_for(std::chrono::seconds(10));
    EXPECT_EQ(finished, results.size());
    for (const auto& r : results) {
        EXPECT_FALSE(r.ok());
        EXPECT_FALSE(r.error.empty());
        EXPECT_FALSE(r.request_written);
    }
}

// Sends beyond the cap are not refused: they wait for a connection to be
// opened or returned, and every one of them is answered.
TEST(HttpClient, SendsBeyondTheCapWaitAndAreAllAnswered) {
    asio::io_context io;
    net::RoutedService service(text_errors());
    int handled = 0;
    service.router().add("POST", "/v1/hello", [&handled](net::HttpRequest& req) -> asio::awaitable<net::HttpResponse> {
        ++handled;
        co_return net::HttpResponse::text(200, "hello " + req.body);
    }, 1024);
    net::HttpServer server(io, service, nullptr);
    const auto port = server.listen(net::ListenerConfig{"127.0.0.1", 0, false});

    net::ClientOptions options;
    options.max_concurrent_connects = 2;
    auto url = net::Url::parse("http://127.0.0.1:" + std::to_string(port) + "/v1");
    ASSERT_TRUE(url);
    net::HttpClient client(io.get_executor(), *url, options);

    std::vector<net::ClientResult> results(20);
    int finished = 0;
    for (auto& slot : results)
        asio::co_spawn(io, [&, out = &slot]() -> asio::awaitable<void> {
            *out = co_await client.send(net::ClientRequest{"POST", "/hello", {}, "{}"});
            if (++finished == static_cast<int>(results.size())) server.stop(std::chrono::milliseconds(0));
        }, asio::detached);
    io.run_for(std::chrono::seconds(10));

    EXPECT_EQ(handled, 20);
    for (const auto& r : results) {
        ASSERT_TRUE(r.ok()) << r.error;
        EXPECT_EQ(r.response->status, 200);
        EXPECT_EQ(r.response->body, "hello {}");
    }
}

// The relay gives its Cloud API client a thread of its own so that TLS
// handshakes (about 2 ms of OpenSSL work each) never hold up the event loop
// that acknowledges webhooks. So every step of an exchange runs on the
// client's executor, and the caller resumes on its own: 16 sends that each
// open a TLS connection cost CPU time on the client's thread, hardly any on
// the caller's (before, the caller's thread did the handshakes).
TEST(HttpClient, ExchangesRunOnTheClientsExecutorAndCallersResumeOnTheirOwn) {
    const auto dir = std::filesystem::temp_directory_path() / ("sportello-client-" + std::to_string(::getpid()));
    const auto certs = net::ensure_dev_certificates(dir.string());

    asio::io_context server_io;
    net::RoutedService service(text_errors());
    service.router().add("POST", "/v1/hello", [](net::HttpRequest& req) -> asio::awaitable<net::HttpResponse> {
        co_return net::HttpResponse::text(200, "hello " + req.body);
    }, 1024);
    net::HttpServer server(server_io, service,
                           net::make_server_context({certs.certificate_chain_file, certs.private_key_file, {}}));
    const auto port = server.listen(net::ListenerConfig{"127.0.0.1", 0, true});
    std::thread server_thread([&] { server_io.run(); });

    asio::io_context client_io;
    auto client_work = asio::make_work_guard(client_io);
    std::int64_t client_cpu_ns = 0;
    std::thread client_thread([&] {
        client_io.run();
        client_cpu_ns = thread_cpu_ns();
    });
    net::ClientOptions options;
    options.ca_file = certs.ca_file;
    options.max_concurrent_connects = 16;
    auto url = net::Url::parse("https://127.0.0.1:" + std::to_string(port) + "/v1");
    ASSERT_TRUE(url);
    net::HttpClient client(client_io.get_executor(), *url, options);

    asio::io_context caller_io;
    const auto caller_thread = std::this_thread::get_id();
    std::vector<net::ClientResult> results(16);
    int resumed_on_caller = 0;
    const auto caller_cpu_before = thread_cpu_ns();
    for (auto& slot : results)
        asio::co_spawn(caller_io, [&, out = &slot]() -> asio::awaitable<void> {
            *out = co_await client.send(net::ClientRequest{"POST", "/hello", {}, "{}"});
            if (std::this_thread::get_id() == caller_thread) ++resumed_on_caller;
        }, asio::detached);
    caller_io.run();   // returns once every send has finished
    const auto caller_cpu_ns = thread_cpu_ns() - caller_cpu_before;

    client_work.reset();   // idle pooled connections wait on nothing
    client_thread.join();
    server.stop(std::chrono::milliseconds(0));
    server_thread.join();
    std::filesystem::remove_all(dir);

    for (const auto& r : results) {
        ASSERT_TRUE(r.ok()) << r.error;
        EXPECT_EQ(r.response->body, "hello {}");
    }
    EXPECT_EQ(resumed_on_caller, 16);
    EXPECT_GT(client_cpu_ns, 4 * caller_cpu_ns) << "client thread " << client_cpu_ns / 1000 << " µs, caller thread "
                                                << caller_cpu_ns / 1000 << " µs";
}
