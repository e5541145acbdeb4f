#include "webhook_sender.hpp"

#include "log/log.hpp"
#include "sportello/whatsapp/signature.hpp"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/steady_timer.hpp>

namespace sportello::wasim {

namespace asio = net::asio;

namespace {
net::ClientOptions client_options(const SimConfig& c) {
    net::ClientOptions o;
    o.ca_file = c.webhook_ca_file;
    o.connect_timeout = std::chrono::seconds(3);
    o.response_timeout = std::chrono::seconds(10);
    o.max_idle_connections = 64;
    return o;
}
} // namespace

WebhookSender::WebhookSender(asio::io_context& io, const SimConfig& config)
    : io_(io), config_(config), client_(io.get_executor(), *net::Url::parse(config.webhook_url), client_options(config)),
      path_("") {}

asio::awaitable<int> WebhookSender::post_once(const std::string& body) {
    ++attempts_;
    net::ClientRequest req;
    req.method = "POST";
    req.path = path_;
    req.body = body;
    req.headers.emplace_back("x-hub-signature-256", wa::sign_body(body, config_.app_secret));
    auto r = co_await client_.send(std::move(req));
    if (!r.ok()) co_return 0;
    if (r.response->status == 200) ++acknowledged_;
    co_return r.response->status;
}

asio::awaitable<int> WebhookSender::deliver(std::string body) {
    const int status = co_await post_once(body);
    if (status != 200) {
        ++pending_;
        asio::co_spawn(io_, redeliver(std::move(body)), asio::detached);
    }
    co_return status;
}

asio::awaitable<void> WebhookSender::redeliver(std::string body) {
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(config_.webhook_retry_seconds);
    auto delay = std::chrono::milliseconds(100);
    asio::steady_timer timer(io_);
    while (std::chrono::steady_clock::now() < give_up) {
        timer.expires_after(delay);
        co_await timer.async_wait(asio::use_awaitable);
        ++retries_;
        if (co_await post_once(body) == 200) {
            --pending_;
            co_return;
        }
        delay = std::min(delay * 2, std::chrono::milliseconds(5000));
    }
    --pending_;
    ++abandoned_;
    log::warning("wasim", "a webhook was abandoned after " + std::to_string(config_.webhook_retry_seconds) + " s of retries");
}

DeliveryStats WebhookSender::stats() const {
    return DeliveryStats{attempts_.load(), acknowledged_.load(), retries_.load(), abandoned_.load(), pending_.load()};
}

} // namespace sportello::wasim
