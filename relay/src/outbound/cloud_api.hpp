#pragma once
// The WhatsApp Cloud API as the relay uses it: POST /{phone_number_id}/messages
// with the bearer token, over a pooled HTTPS client with deadlines.

#include "config/config.hpp"
#include "net/http_client.hpp"
#include "sportello/whatsapp/outgoing.hpp"

#include <memory>

namespace sportello::relay {

struct SendResult {
    std::optional<wa::SendAccepted> accepted;
    std::optional<wa::SendFailure> failure;   // http_status 0 for transport failures
    bool maybe_delivered = false;             // transport failed after the request left
};

class CloudApi {
public:
    virtual ~CloudApi() = default;
    // body: a complete send-API request body (see wa::send_request_body).
    virtual net::asio::awaitable<SendResult> send(std::string body) = 0;
};

// The real client. Throws std::runtime_error when the TLS setup fails.
std::unique_ptr<CloudApi> make_cloud_api(net::asio::any_io_executor executor, const WhatsAppConfig& config);

} // namespace sportello::relay
