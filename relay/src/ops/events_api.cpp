#include "ops/events_api.hpp"

#include "core/http_errors.hpp"
#include "ops/ops_api.hpp"
#include "sportello/time.hpp"
#include "storage/async.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <vector>

namespace sportello::relay {

namespace asio = net::asio;
using net::HttpRequest;
using net::HttpResponse;

namespace {

constexpr std::int64_t batch_size = 500;

struct Event {
    std::int64_t id = 0;
    std::int64_t at_ms = 0;
    std::string type;
    std::string data;   // a JSON object
};

// The stored object with the event's time in front: {"at":…, …}.
std::string sse(const Event& e) {
    const bool has_fields = e.data.size() > 2;
    return "id: " + std::to_string(e.id) + "\nevent: " + e.type + "\ndata: {\"at\":" + std::to_string(e.at_ms) +
           (has_fields ? "," + e.data.substr(1) : std::string("}")) + "\n\n";
}

// Whether the session that opened the stream still stands: not logged out,
// ended, expired, nor its user disabled or reset. The stream is use, so the
// idle expiry does not apply to it.
asio::awaitable<bool> session_stands(const EventsApiDeps& deps, const crypto::Bytes& token_hash) {
    const auto now = time::now_ms();
    co_return co_await storage::read(deps.db, [&token_hash, now](storage::Connection& c) {
        auto q = c.query("SELECT 1 FROM sessions s JOIN users u ON u.id = s.user_id "
                         "WHERE s.token_hash = ? AND u.disabled = 0 AND s.expires_at > ?",
                         token_hash, now);
        return q.next();
    });
}

// Every event after `after`, in order, then each new one as it is committed;
// a comment line as a heartbeat when nothing happens, so that proxies keep
// the connection and a dead client is noticed. Ends when the client is gone,
// and, writing nothing more, once its session no longer stands (checked
// before every batch and every heartbeat: a disabled operator's open stream
// stops at the next event or heartbeat).
asio::awaitable<void> stream_events(EventsApiDeps deps, std::int64_t after, crypto::Bytes token_hash,
                                    net::StreamWriter& out) {
    auto wake = std::make_shared<EventFeed::Timer>(co_await asio::this_coro::executor);
    const auto subscription = deps.feed.subscribe(wake);
    if (!co_await out.write("retry: 2000\n\n")) co_return;
    for (;;) {
        const auto generation = deps.feed.generation();
        auto events = co_await storage::read(deps.db, [after](storage::Connection& c) {
            std::vector<Event> batch;
            auto q = c.query("SELECT id, at, type, data FROM case_events WHERE id > ? ORDER BY id LIMIT ?", after,
                             batch_size);
            while (q.next()) batch.push_back({q.int64(0), q.int64(1), q.text(2), q.text(3)});
            return batch;
        });
        std::string chunk;
        for (const auto& e : events) chunk += sse(e);
        if (!events.empty()) {
            if (!co_await session_stands(deps, token_hash)) co_return;
            if (!co_await out.write(chunk)) co_return;
            after = events.back().id;
            if (static_cast<std::int64_t>(events.size()) == batch_size) continue;
        }
        if (deps.feed.generation() != generation) continue;   // committed while we read
        wake->expires_after(deps.heartbeat);
        auto [ec] = co_await wake->async_wait(asio::as_tuple(asio::use_awaitable));
        if (!ec && (!co_await session_stands(deps, token_hash) || !co_await out.write(": heartbeat\n\n"))) co_return;
    }
}

} // namespace

void register_events_routes(net::Router& router, EventsApiDeps deps) {
    // Last-Event-ID (or ?after=): replay from there; without it, only what
    // happens from now on.
    router.add("GET", "/ops/v1/events", net::Access::needs(Permission::answer_requests), [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto user = co_await authorize(deps.auth, req, Permission::answer_requests);
        if (!user) co_return error_response(user.error());
        std::string from(req.header("last-event-id"));
        if (from.empty()) from = req.query_param("after").value_or("");
        std::int64_t after = 0;
        if (!from.empty()) {
            auto id = integer_param(from, "Last-Event-ID");
            if (!id) co_return error_response(id.error());
            after = *id;
        } else {
            after = co_await storage::read(deps.db, [](storage::Connection& c) {
                auto q = c.query("SELECT coalesce(max(id), 0) FROM case_events");
                q.next();
                return q.int64(0);
            });
        }
        HttpResponse res;
        res.content_type = "text/event-stream";
        res.headers.emplace_back("x-accel-buffering", "no");   // proxies: pass each event at once
        res.stream = [deps, after, hash = token_hash_of(req)](net::StreamWriter& out) {
            return stream_events(deps, after, hash, out);
        };
        co_return res;
    }, 0);
}

} // namespace sportello::relay
