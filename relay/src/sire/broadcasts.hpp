#pragma once
// General-information broadcasts to every citizen with that consent. A
// broadcast is queued in chunks on the writer thread (so webhooks never wait
// behind it), resumes after a restart, sends on the bulk lane at the
// dispatcher's rate, and can be cancelled while messages are still queued.

#include "config/config.hpp"
#include "core/tree_store.hpp"
#include "outbound/dispatcher.hpp"
#include "security/vault.hpp"
#include "sportello/api/admin.hpp"
#include "storage/database.hpp"

#include <boost/asio/io_context.hpp>

namespace sportello::relay {

class Broadcasts {
public:
    Broadcasts(boost::asio::io_context& io, storage::Database& db, const security::Vault& vault,
               const RelayConfig& config, const TreeStore& trees, Dispatcher& dispatcher);

    // Continues broadcasts a restart interrupted while they were being queued.
    void resume();

    net::asio::awaitable<Result<api::BroadcastEstimate>> estimate(const api::BroadcastRequest& request);
    // Errors: unknown_template, template_parameters, not_found (node), validation_failed.
    net::asio::awaitable<Result<api::BroadcastView>> create(api::BroadcastRequest request, const std::string& user);
    net::asio::awaitable<Result<api::BroadcastView>> cancel(std::int64_t id, const std::string& user);
    net::asio::awaitable<std::optional<api::BroadcastView>> get(std::int64_t id);
    net::asio::awaitable<std::vector<api::BroadcastView>> list();

private:
    net::asio::awaitable<void> enqueue_recipients(std::int64_t id);
    // The template message a request sends, or why it can't be sent.
    Result<api::BroadcastRequest> resolve(storage::Connection& c, api::BroadcastRequest request) const;

    boost::asio::io_context& io_;
    storage::Database& db_;
    const security::Vault& vault_;
    const RelayConfig& config_;
    const TreeStore& trees_;
    Dispatcher& dispatcher_;
};

} // namespace sportello::relay
