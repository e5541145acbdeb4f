#pragma once
// GET /ops/v1/events: the inbox's live changes as Server-Sent Events
// (docs/ops-api.md, "Events"). Needs answer_requests.

#include "cases/event_feed.hpp"
#include "net/router.hpp"
#include "ops/auth.hpp"
#include "storage/database.hpp"

#include <chrono>

namespace sportello::relay {

struct EventsApiDeps {
    Auth& auth;
    storage::Database& db;
    EventFeed& feed;
    std::chrono::milliseconds heartbeat{15'000};
};

void register_events_routes(net::Router& router, EventsApiDeps deps);

} // namespace sportello::relay
