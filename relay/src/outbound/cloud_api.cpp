#include "outbound/cloud_api.hpp"

namespace sportello::relay {
namespace {

class HttpCloudApi final : public CloudApi {
public:
    HttpCloudApi(net::asio::any_io_executor ex, const WhatsAppConfig& config)
        : client_(std::move(ex), *net::Url::parse(config.api_base_url), options(config)),
          path_("/" + config.phone_number_id + "/messages"),
          authorization_("Bearer " + config.access_token) {}

    net::asio::awaitable<SendResult> send(std::string body) override {
        net::ClientRequest req;
        req.method = "POST";
        req.path = path_;
        req.headers.emplace_back("authorization", authorization_);
        req.body = std::move(body);
        auto r = co_await client_.send(std::move(req));
        SendResult out;
        if (!r.ok()) {
            wa::SendFailure f;
            f.http_status = 0;
            f.title = r.error;
            out.failure = std::move(f);
            out.maybe_delivered = r.request_written;
            co_return out;
        }
        auto parsed = wa::parse_send_response(r.response->status, r.response->body);
        out.accepted = std::move(parsed.accepted);
        out.failure = std::move(parsed.failure);
        co_return out;
    }

private:
    static net::ClientOptions options(const WhatsAppConfig& c) {
        net::ClientOptions o;
        o.connect_timeout = std::chrono::milliseconds(c.connect_timeout_ms);
        o.response_timeout = std::chrono::milliseconds(c.response_timeout_ms);
        o.ca_file = c.ca_file;
        o.max_idle_connections = 64;
        return o;
    }

    net::HttpClient client_;
    std::string path_;
    std::string authorization_;
};

} // namespace

std::unique_ptr<CloudApi> make_cloud_api(net::asio::any_io_executor executor, const WhatsAppConfig& config) {
    return std::make_unique<HttpCloudApi>(std::move(executor), config);
}

} // namespace sportello::relay
