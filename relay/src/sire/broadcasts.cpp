#include "sire/broadcasts.hpp"

#include "core/audit.hpp"
#include "log/log.hpp"
#include "outbound/outbox.hpp"
#include "outbound/window.hpp"
#include "sire/templates.hpp"
#include "sportello/time.hpp"
#include "sportello/whatsapp/outgoing.hpp"
#include "storage/async.hpp"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/json.hpp>

namespace sportello::relay {

namespace asio = net::asio;
namespace bj = boost::json;

namespace {

constexpr std::int64_t chunk = 500;

std::int64_t count_recipients(storage::Connection& c) {
    auto q = c.query("SELECT count(*) FROM consent_state WHERE scope = 'information' AND granted = 1");
    q.next();
    return q.int64(0);
}

std::int64_t eta_for(std::int64_t messages, double rate) {
    return rate > 0 ? static_cast<std::int64_t>(std::ceil(static_cast<double>(messages) / rate)) : 0;
}

api::BroadcastView load(storage::Connection& c, storage::Query& q, double rate, std::int64_t now) {
    api::BroadcastView b;
    b.id = q.int64(0);
    b.name = q.text(1);
    b.template_name = q.text(2);
    b.language = q.text(3);
    const auto parameters = bj::parse(q.text(4));   // named: the loop must not outlive it
    for (const auto& p : parameters.as_array()) b.parameters.emplace_back(p.as_string());
    b.node_id = q.optional_int64(5);
    b.state = q.text(6);
    b.scheduled_at_ms = q.int64(7);
    b.recipients = q.int64(8);
    b.created_by = q.text(9);
    b.created_at_ms = q.int64(10);
    auto counts = c.query("SELECT state, count(*) FROM outbox WHERE broadcast_id = ? GROUP BY state", b.id);
    while (counts.next()) b.counts[counts.text(0)] = counts.int64(1);
    const auto count = [&b](OutboxState state) {
        const auto it = b.counts.find(std::string(to_string(state)));
        return it != b.counts.end() ? it->second : 0;
    };
    const auto queued = count(OutboxState::queued);
    const auto in_flight = count(OutboxState::sending);
    if (b.state == "scheduled" && b.scheduled_at_ms <= now) b.state = queued + in_flight > 0 ? "sending" : "done";
    b.eta_seconds = eta_for(queued, rate) + (b.scheduled_at_ms > now ? (b.scheduled_at_ms - now) / 1000 : 0);
    return b;
}

constexpr const char* select_broadcasts =
    "SELECT id, name, template, language, parameters, node_id, state, scheduled_at, recipients, created_by, created_at "
    "FROM broadcasts";

} // namespace

Broadcasts::Broadcasts(asio::io_context& io, storage::Database& db, const security::Vault& vault,
                       const RelayConfig& config, const TreeStore& trees, Dispatcher& dispatcher)
    : io_(io), db_(db), vault_(vault), config_(config), trees_(trees), dispatcher_(dispatcher) {}

void Broadcasts::resume() {
    std::vector<std::int64_t> unfinished;
    db_.read_sync([&](storage::Connection& c) {
        auto q = c.query("SELECT id FROM broadcasts WHERE state = 'preparing'");
        while (q.next()) unfinished.push_back(q.int64(0));
    });
    for (auto id : unfinished) asio::co_spawn(io_, enqueue_recipients(id), asio::detached);
}

Result<api::BroadcastRequest> Broadcasts::resolve(storage::Connection& c, api::BroadcastRequest r) const {
    if (r.node_id) {
        // A published answer goes out as the general-information template.
        const auto snapshot = trees_.current();
        const auto* node = snapshot->index.by_id(*r.node_id);
        if (!node) return make_error(api::ErrorCode::not_found, "no published node " + std::to_string(*r.node_id), "node_id");
        r.template_name = config_.pushes.information_template;
        r.language = config_.pushes.information_template_language;
        r.parameters = {template_parameter("*" + node->title + "* " + node->answer_it)};
    }
    if (auto e = check_template_use(c, r.template_name, r.language, r.parameters.size())) return *e;
    for (const auto& p : r.parameters)
        if (p.empty() || p.find_first_of("\n\t") != std::string::npos)
            return make_error(api::ErrorCode::validation_failed, "parameters: one line each, not empty", "parameters");
    return r;
}

asio::awaitable<Result<api::BroadcastEstimate>> Broadcasts::estimate(const api::BroadcastRequest& request) {
    auto job = [this, &request](storage::Connection& c) -> Result<api::BroadcastEstimate> {
        auto resolved = resolve(c, request);
        if (!resolved) return resolved.error();
        const auto n = count_recipients(c);
        const double rate = config_.dispatcher.messages_per_second;
        return api::BroadcastEstimate{n, rate, eta_for(n, rate)};
    };
    co_return co_await storage::read(db_, job);
}

asio::awaitable<Result<api::BroadcastView>> Broadcasts::create(api::BroadcastRequest request, const std::string& user) {
    const auto now = time::now_ms();
    auto job = [this, &request, &user, now](storage::Connection& c) -> Result<std::int64_t> {
        auto resolved = resolve(c, request);
        if (!resolved) return resolved.error();
        bj::array params;
        for (const auto& p : resolved->parameters) params.emplace_back(p);
        c.query("INSERT INTO broadcasts(name, template, language, parameters, node_id, state, scheduled_at, created_by, "
                "created_at) VALUES (?, ?, ?, ?, ?, 'preparing', ?, ?, ?)",
                resolved->name, resolved->template_name, resolved->language, bj::serialize(params), resolved->node_id,
                std::max(now, resolved->scheduled_at_ms.value_or(now)), user, now).run();
        const auto id = c.last_insert_rowid();
        audit(c, user, "broadcast_created", "broadcast " + std::to_string(id), resolved->name, now);
        return id;
    };
    auto id = co_await storage::write(db_, job);
    if (!id) co_return id.error();
    asio::co_spawn(io_, enqueue_recipients(*id), asio::detached);
    auto view = co_await get(*id);
    co_return *view;
}

asio::awaitable<void> Broadcasts::enqueue_recipients(std::int64_t id) {
    try {
        for (;;) {
            const auto now = time::now_ms();
            // One chunk per job: other writers interleave between chunks.
            auto step = [this, id, now](storage::Connection& c) -> std::optional<std::int64_t> {
                auto b = c.query("SELECT state, template, language, parameters, scheduled_at, queued_up_to FROM broadcasts "
                                 "WHERE id = ?", id);
                if (!b.next() || b.text(0) != "preparing") return std::nullopt;
                wa::OutgoingMessage m;
                m.kind = wa::OutgoingMessage::Kind::template_message;
                m.template_name = b.text(1);
                m.template_language = b.text(2);
                const auto parameters = bj::parse(b.text(3));
                for (const auto& p : parameters.as_array()) m.parameters.emplace_back(p.as_string());
                const auto scheduled = b.int64(4);
                // One ciphertext for all: the same plaintext, encrypted once.
                const auto payload = vault_.encrypt(wa::encode(m), "outbox.payload");
                auto r = c.query("SELECT contact_id FROM consent_state WHERE scope = 'information' AND granted = 1 "
                                 "AND contact_id > ? ORDER BY contact_id LIMIT ?", b.int64(5), chunk);
                std::vector<std::int64_t> contacts;
                while (r.next()) contacts.push_back(r.int64(0));
                for (auto contact : contacts) {
                    NewOutbound o{"broadcast:" + std::to_string(id) + ":" + std::to_string(contact), contact, "broadcast",
                                  Lane::bulk, payload, {}, std::nullopt, scheduled};
                    const auto row = enqueue(c, o, now);
                    c.query("UPDATE outbox SET broadcast_id = ? WHERE id = ?", id, row.id).run();
                }
                c.query("UPDATE broadcasts SET recipients = recipients + ?, queued_up_to = ? WHERE id = ?",
                        static_cast<std::int64_t>(contacts.size()), contacts.empty() ? b.int64(5) : contacts.back(), id)
                    .run();
                if (static_cast<std::int64_t>(contacts.size()) < chunk)
                    c.query("UPDATE broadcasts SET state = 'scheduled' WHERE id = ?", id).run();
                return static_cast<std::int64_t>(contacts.size());
            };
            auto queued = co_await storage::write(db_, step);
            dispatcher_.wake();
            if (!queued || *queued < chunk) co_return;
        }
    } catch (const std::exception& e) {
        log::error("broadcasts", "broadcast " + std::to_string(id) + " could not be queued (it resumes at the next start): " +
                   e.what());
    }
}

asio::awaitable<Result<api::BroadcastView>> Broadcasts::cancel(std::int64_t id, const std::string& user) {
    const auto now = time::now_ms();
    auto job = [id, &user, now](storage::Connection& c) -> Status {
        auto b = c.query("SELECT state, scheduled_at FROM broadcasts WHERE id = ?", id);
        if (!b.next()) return make_error(api::ErrorCode::not_found, "no broadcast " + std::to_string(id));
        // A finished broadcast keeps its history: only what can still be sent is cancelled.
        const auto state = b.text(0);
        auto pending = c.query("SELECT count(*) FROM outbox WHERE broadcast_id = ? AND state IN (?, ?)", id,
                               OutboxState::queued, OutboxState::sending);
        pending.next();
        const bool done = state == "scheduled" && b.int64(1) <= now && pending.int64(0) == 0;
        if (state == "cancelled" || done)
            return make_error(api::ErrorCode::conflict, "broadcast " + std::to_string(id) + " is already " +
                                                            (done ? "done" : "cancelled") + "; nothing is left to cancel");
        c.query("UPDATE broadcasts SET state = 'cancelled' WHERE id = ?", id).run();
        c.query("UPDATE outbox SET state = ?, error_title = 'broadcast_cancelled', state_changed_at = ? "
                "WHERE broadcast_id = ? AND state = ?", OutboxState::cancelled, now, id, OutboxState::queued).run();
        audit(c, user, "broadcast_cancelled", "broadcast " + std::to_string(id),
              std::to_string(c.changes()) + " messages were still queued", now);
        return {};
    };
    if (auto s = co_await storage::write(db_, job); !s) co_return s.error();
    co_return *(co_await get(id));
}

asio::awaitable<std::optional<api::BroadcastView>> Broadcasts::get(std::int64_t id) {
    const double rate = config_.dispatcher.messages_per_second;
    auto job = [id, rate](storage::Connection& c) -> std::optional<api::BroadcastView> {
        auto q = c.query(std::string(select_broadcasts) + " WHERE id = ?", id);
        if (!q.next()) return std::nullopt;
        return load(c, q, rate, time::now_ms());
    };
    co_return co_await storage::read(db_, job);
}

asio::awaitable<std::vector<api::BroadcastView>> Broadcasts::list() {
    const double rate = config_.dispatcher.messages_per_second;
    auto job = [rate](storage::Connection& c) {
        std::vector<api::BroadcastView> out;
        auto q = c.query(std::string(select_broadcasts) + " ORDER BY id DESC LIMIT 200");
        while (q.next()) out.push_back(load(c, q, rate, time::now_ms()));
        return out;
    };
    co_return co_await storage::read(db_, job);
}

} // namespace sportello::relay
