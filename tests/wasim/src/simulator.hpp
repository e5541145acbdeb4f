#pragma once
// sportello-wasim: a WhatsApp Cloud API simulator for the demo and the tests.
//
//   POST /{version}/{phone_number_id}/messages     the send API (meta_api.hpp)
//   POST /_sim/citizens/{wa_id}/messages           a citizen writes (→ signed webhook)
//   GET  /_sim/citizens/{wa_id}/inbox              what a citizen received
//   GET  /_sim/messages                            everything the business sent
//   POST /_sim/messages/{wamid}/read               a citizen reads a message
//   POST /_sim/webhooks                            deliver a raw payload, signed
//   POST /_sim/clock                               advance the simulated clock
//   GET  /_sim/stats                               counters
//
// Serves on loopback only: the control API has no authentication.

#include "net/http_server.hpp"
#include "net/routed_service.hpp"
#include "sim_config.hpp"
#include "sim_state.hpp"
#include "webhook_sender.hpp"

#include <boost/asio/io_context.hpp>

#include <memory>

namespace sportello::wasim {

class Simulator {
public:
    Simulator(boost::asio::io_context& io, SimConfig config);
    // Binds the listener; returns the port. Throws on failure.
    unsigned short start();
    void stop();

private:
    void register_routes();
    net::asio::awaitable<void> deliver_statuses(ReceivedMessage message);
    net::asio::awaitable<int> send_status(const ReceivedMessage& message, const std::string& status);

    boost::asio::io_context& io_;
    SimConfig config_;
    SimState state_;
    WebhookSender sender_;
    net::RoutedService service_;
    std::unique_ptr<net::HttpServer> server_;
};

} // namespace sportello::wasim
