#pragma once
// Delivers signed webhooks to the relay the way Meta does: HTTPS POST with
// X-Hub-Signature-256, success only on 200, and redelivery with backoff of
// whatever was not acknowledged (for webhook_retry_seconds).

#include "net/http_client.hpp"
#include "sim_config.hpp"

#include <boost/asio/io_context.hpp>

#include <atomic>
#include <memory>

namespace sportello::wasim {

struct DeliveryStats {
    std::uint64_t attempts = 0;
    std::uint64_t acknowledged = 0;
    std::uint64_t retries = 0;
    std::uint64_t abandoned = 0;
    std::uint64_t pending = 0;
};

class WebhookSender {
public:
    WebhookSender(boost::asio::io_context& io, const SimConfig& config);

    // One signed POST; returns the relay's HTTP status, 0 on a transport error.
    net::asio::awaitable<int> post_once(const std::string& body);

    // Posts now; if the relay does not answer 200, keeps redelivering in the
    // background. Returns the status of the first attempt.
    net::asio::awaitable<int> deliver(std::string body);

    DeliveryStats stats() const;

private:
    net::asio::awaitable<void> redeliver(std::string body);

    boost::asio::io_context& io_;
    const SimConfig& config_;
    net::HttpClient client_;
    std::string path_;
    std::atomic<std::uint64_t> attempts_{0}, acknowledged_{0}, retries_{0}, abandoned_{0}, pending_{0};
};

} // namespace sportello::wasim
