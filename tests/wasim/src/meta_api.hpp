#pragma once
// The simulated send API: POST /{version}/{phone_number_id}/messages, checked
// and answered as Meta does (whatsapp-cloud-api.md §4–§6): bearer token,
// phone number id, body shape, WhatsApp's limits, the 24-hour window and the
// approved templates; errors in Meta's envelope with Meta's codes.

#include "net/http_types.hpp"
#include "sim_config.hpp"
#include "sim_state.hpp"

#include <optional>

namespace sportello::wasim {

struct SendHandling {
    net::HttpResponse response;
    std::optional<ReceivedMessage> accepted;   // recorded; statuses follow
};

// enforce_window: refuse free text to citizens outside their 24-hour window
// (load tests that write webhooks directly turn it off).
SendHandling handle_send(const SimConfig& config, SimState& state, const net::HttpRequest& request,
                         bool enforce_window = true);

// {"error":{"message","type","code","error_data":{"details"},"fbtrace_id"}}
net::HttpResponse meta_error(int http_status, int code, const std::string& message, const std::string& details = {});

} // namespace sportello::wasim
