#pragma once
// The WhatsApp webhook: GET verification and POST intake.
//
// A POST is answered 200 only after everything it carried is committed
// (principle 1): inbound messages deduplicated on wamid, statuses on
// (wamid, status), and the bot's replies as outbox rows in the same
// transaction, so a crash can neither lose a message nor answer it twice.

#include "config/config.hpp"
#include "core/tree_store.hpp"
#include "log/log.hpp"
#include "net/http_types.hpp"
#include "security/vault.hpp"
#include "storage/database.hpp"

#include <functional>

namespace sportello::relay {

class WebhookIntake {
public:
    // on_new_outbox is called (from any thread) when replies were queued,
    // on_case_events when cases opened or changed.
    WebhookIntake(const RelayConfig& config, storage::Database& db, const security::Vault& vault,
                  const TreeStore& trees, std::function<void()> on_new_outbox,
                  std::function<void()> on_case_events = {});

    // hub.mode=subscribe & hub.verify_token matching → 200 with the challenge.
    net::HttpResponse verify(const net::HttpRequest& request) const;

    // 200 stored; 401 bad signature (nothing stored); 200 + quarantine for
    // signed but unparseable bodies; 503 when storage fails.
    net::asio::awaitable<net::HttpResponse> receive(net::HttpRequest& request);

private:
    net::asio::awaitable<net::HttpResponse> handle(net::HttpRequest& request);

    const RelayConfig& config_;
    storage::Database& db_;
    const security::Vault& vault_;
    const TreeStore& trees_;
    std::function<void()> on_new_outbox_;
    std::function<void()> on_case_events_;
    log::Throttle refusals_log_{std::chrono::seconds(10)};
};

} // namespace sportello::relay
