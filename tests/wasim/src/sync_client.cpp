#include "sync_client.hpp"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>

#include <stdexcept>

namespace sportello::wasim {

net::ClientResult call(const SyncCall& c) {
    auto url = net::Url::parse(c.base_url);
    if (!url) throw std::runtime_error("not an http(s) URL: " + c.base_url);
    boost::asio::io_context io;
    net::ClientOptions options;
    options.ca_file = c.ca_file;
    options.connect_timeout = c.timeout;
    options.response_timeout = c.timeout;
    options.response_body_limit = 64 << 20;
    options.client_certificate_file = c.client_certificate_file;
    options.client_key_file = c.client_key_file;
    net::HttpClient client(io.get_executor(), *url, options);
    net::ClientRequest req;
    req.method = c.method;
    req.path = c.path;
    req.body = c.body;
    req.headers = c.headers;
    req.content_type = c.content_type;
    net::ClientResult result;
    boost::asio::co_spawn(io, client.send(std::move(req)), [&](std::exception_ptr e, net::ClientResult r) {
        if (e) std::rethrow_exception(e);
        result = std::move(r);
    });
    io.run();
    return result;
}

} // namespace sportello::wasim
