#pragma once
// The simulator's configuration (JSON). It plays Meta's side: the send API
// the relay calls, and the webhooks it delivers to the relay.

#include "net/http_server.hpp"
#include "net/tls.hpp"
#include "sportello/result.hpp"

#include <string>
#include <vector>

namespace sportello::wasim {

struct TemplateSpec {
    std::string name;
    std::string language;
    int parameters = 0;
    std::string body;          // with {{1}}, {{2}} … for rendering the citizen's copy
};

struct SimConfig {
    net::ListenerConfig listener;
    net::ServerTlsFiles tls;
    std::string webhook_url;            // the relay's POST /webhook
    std::string webhook_ca_file;        // trust for webhook_url
    std::string app_secret;             // signs webhooks
    std::string access_token;           // expected bearer token
    std::string phone_number_id;
    std::string display_phone_number = "390110000000";
    std::string waba_id = "102000000000001";
    bool auto_deliver = true;           // send "sent" and "delivered" statuses
    bool auto_read = true;              // and "read"
    bool enforce_window = true;         // refuse free text outside the 24-hour window (131047)
    int status_delay_ms = 20;           // between statuses
    int webhook_retry_seconds = 600;    // how long to retry unacknowledged webhooks
    std::vector<TemplateSpec> templates;
};

Result<SimConfig> load_sim_config(const std::string& path);
Result<SimConfig> parse_sim_config(std::string_view text, const std::string& base_dir);

} // namespace sportello::wasim
