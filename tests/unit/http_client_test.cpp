// The HTTP client against servers in this process, on loopback sockets.
#include "net/http_client.hpp"
#include "net/http_server.hpp"
#include "net/routed_service.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

using namespace sportello;
namespace asio = boost::asio;
using tcp = asio::ip::tcp;

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
    net::RoutedService service(net::ErrorPolicy{
        [](int status, std::string message) { return net::HttpResponse::text(status, message); },
        [](std::exception_ptr, std::string) { return net::HttpResponse::text(500, "error"); }});
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
