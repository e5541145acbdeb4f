#pragma once
// sportello-wasim: a WhatsApp Cloud API simulator for the demo and the tests.
//
//   POST /{version}/{phone_number_id}/messages     the send API (meta_api.hpp)
//   POST /_sim/citizens/{key}/messages             a citizen writes (→ signed webhook); key: the
//                                                  number, or a user id for a citizen without one;
//                                                  body: text or a reply, and optionally user_id,
//                                                  username, group_id, timestamp (?raw_timestamp)
//   PUT  /_sim/citizens/{wa_id}/user_id            the citizen of a number adopts a username
//   GET  /_sim/citizens/{key}/inbox                what a citizen received (by number or user id)
//   GET  /_sim/messages                            everything the business sent
//   POST /_sim/messages/{wamid}/read               a citizen reads a message
//   POST /_sim/webhooks                            deliver a raw payload, signed
//   POST /_sim/clock                               advance the simulated clock
//   POST /_sim/faults, DELETE /_sim/faults         inject faults into the send API (faults.hpp)
//   POST /_sim/settings                            status delivery: order, duplicates, steps, reading
//   GET  /_sim/stats                               counters
//
// Serves on loopback only: the control API has no authentication.

#include "net/http_server.hpp"
#include "net/routed_service.hpp"
#include "faults.hpp"
#include "sim_config.hpp"
#include "sim_state.hpp"
#include "webhook_sender.hpp"

#include <boost/asio/io_context.hpp>

#include <memory>
#include <mutex>

namespace sportello::wasim {

class Simulator {
public:
    Simulator(boost::asio::io_context& io, SimConfig config);
    // Binds the listener; returns the port. Throws on failure.
    unsigned short start();
    void stop();

    // How statuses reach the relay; changed at run time through /_sim/settings.
    struct StatusSettings {
        bool auto_deliver = true;
        bool auto_read = true;
        int delay_ms = 20;
        bool shuffled = false;          // deliver sent/delivered/read in random order
        int duplicates = 0;             // extra copies of each status webhook
        bool skip_delivered = false;    // delivered and read at once: no "delivered" (as Meta does)
        bool echo_callback_data = true; // put biz_opaque_callback_data in statuses
        bool enforce_window = true;     // refuse free text outside the 24-hour window (131047)
    };

private:
    void register_routes();
    void register_control_routes();
    net::asio::awaitable<net::HttpResponse> send_api(net::HttpRequest& request);
    net::asio::awaitable<void> deliver_statuses(ReceivedMessage message, std::optional<Fault> async_failure);
    net::asio::awaitable<int> send_status(const ReceivedMessage& message, const std::string& status,
                                          std::int64_t timestamp_s, const std::optional<Fault>& failure = std::nullopt);
    StatusSettings status_settings() const;

    boost::asio::io_context& io_;
    SimConfig config_;
    SimState state_;
    FaultPlan faults_;
    mutable std::mutex settings_mutex_;
    StatusSettings settings_;
    WebhookSender sender_;
    net::RoutedService service_;
    std::unique_ptr<net::HttpServer> server_;
};

} // namespace sportello::wasim
