#include "simulator.hpp"

#include "meta_api.hpp"
#include "net/log.hpp"
#include "net/tls.hpp"
#include "sportello/json.hpp"
#include "sportello/whatsapp/webhook.hpp"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/json.hpp>

namespace sportello::wasim {

namespace asio = net::asio;
namespace bj = boost::json;
using Response = net::HttpResponse;

namespace {

net::ErrorPolicy sim_policy() {
    net::ErrorPolicy p;
    p.error = [](int status, std::string message) { return meta_error(status, status == 404 ? 803 : 100, message); };
    p.exception = [](std::exception_ptr e, std::string context) {
        try { std::rethrow_exception(e); } catch (const std::exception& ex) {
            log::error("wasim", context + ": " + ex.what());
        } catch (...) {}
        return meta_error(500, 131000, "Something went wrong");
    };
    return p;
}

bj::object message_json(const ReceivedMessage& m) {
    bj::array rows;
    for (std::size_t i = 0; i < m.row_ids.size(); ++i)
        rows.push_back(bj::object{{"id", m.row_ids[i]}, {"title", m.row_titles[i]}});
    bj::array params;
    for (const auto& p : m.parameters) params.emplace_back(p);
    return bj::object{{"wamid", m.wamid},           {"wa_id", m.wa_id},
                      {"type", m.type},             {"text", m.text},
                      {"rows", std::move(rows)},    {"template", m.template_name},
                      {"parameters", std::move(params)}, {"context", m.context_wamid},
                      {"callback_data", m.callback_data}, {"received_at_ms", m.received_at_ms},
                      {"status", m.status}};
}

// What a citizen says through the control API. (At namespace scope: GCC 12
// mishandles local class types in coroutines.)
struct Say {
    std::string text, reply_id, title, payload, context, profile_name;
};

Response json_response(int status, const bj::value& v) { return Response::json(status, bj::serialize(v)); }

} // namespace

Simulator::Simulator(asio::io_context& io, SimConfig config)
    : io_(io), config_(std::move(config)), sender_(io, config_), service_(sim_policy()) {
    register_routes();
}

unsigned short Simulator::start() {
    if (!net::is_loopback_address(config_.listener.address))
        throw std::runtime_error("the simulator serves only on loopback; its control API has no authentication");
    std::shared_ptr<asio::ssl::context> tls;
    if (config_.listener.tls) tls = net::make_server_context(config_.tls);
    server_ = std::make_unique<net::HttpServer>(io_, service_, tls);
    return server_->listen(config_.listener);
}

void Simulator::stop() {
    if (server_) server_->stop(std::chrono::seconds(1));
}

asio::awaitable<int> Simulator::send_status(const ReceivedMessage& m, const std::string& status) {
    const auto ts = state_.now_ms() / 1000;
    const auto body = wa::build::envelope(config_.waba_id, config_.phone_number_id, config_.display_phone_number, {}, {},
                                          {wa::build::status(m.wamid, status, ts, m.wa_id, m.callback_data)});
    state_.set_status(m.wamid, status);
    co_return co_await sender_.deliver(body);
}

asio::awaitable<void> Simulator::deliver_statuses(ReceivedMessage m) {
    if (!config_.auto_deliver) co_return;
    asio::steady_timer timer(io_);
    std::vector<std::string> steps{"sent", "delivered"};
    if (config_.auto_read) steps.push_back("read");
    for (const auto& s : steps) {
        timer.expires_after(std::chrono::milliseconds(config_.status_delay_ms));
        co_await timer.async_wait(asio::use_awaitable);
        co_await send_status(m, s);
    }
}

void Simulator::register_routes() {
    auto& r = service_.router();
    r.add("POST", "/{version}/{phone_number_id}/messages", [this](net::HttpRequest& req) -> asio::awaitable<Response> {
        auto handled = handle_send(config_, state_, req);
        if (handled.accepted) asio::co_spawn(io_, deliver_statuses(std::move(*handled.accepted)), asio::detached);
        co_return handled.response;
    }, 1 << 20);

    r.add("POST", "/_sim/citizens/{wa_id}/messages", [this](net::HttpRequest& req) -> asio::awaitable<Response> {
        const std::string wa_id(req.path_param("wa_id"));
        auto say = json::decode(req.body, [](const json::Reader& in) {
            return Say{in.get_optional_string("text").value_or(""), in.get_optional_string("reply_id").value_or(""),
                       in.get_optional_string("title").value_or(""), in.get_optional_string("button_payload").value_or(""),
                       in.get_optional_string("context").value_or(""), in.get_optional_string("profile_name").value_or("")};
        });
        if (!say) co_return meta_error(400, 100, say.error().message);
        const std::string name = say->profile_name.empty() ? state_.profile_name(wa_id) : say->profile_name;
        const wa::build::Sender sender{wa_id, name.empty() ? "Cittadino" : name};
        const auto wamid = state_.next_inbound_wamid();
        const auto ts = state_.now_ms() / 1000;
        std::string message;
        if (!say->reply_id.empty()) message = wa::build::list_reply_message(sender, wamid, ts, say->reply_id, say->title, say->context);
        else if (!say->payload.empty()) message = wa::build::button_message(sender, wamid, ts, say->payload, say->text, say->context);
        else message = wa::build::text_message(sender, wamid, ts, say->text);
        state_.citizen_wrote(wa_id, say->profile_name);
        const auto body = wa::build::envelope(config_.waba_id, config_.phone_number_id, config_.display_phone_number,
                                              {sender}, {message}, {});
        const int status = co_await sender_.deliver(body);
        co_return json_response(200, bj::object{{"wamid", wamid}, {"relay_status", status}});
    }, 64 * 1024);

    r.add("GET", "/_sim/citizens/{wa_id}/inbox", [this](net::HttpRequest& req) -> asio::awaitable<Response> {
        bj::array out;
        for (const auto& m : state_.inbox(std::string(req.path_param("wa_id")))) out.push_back(message_json(m));
        co_return json_response(200, bj::object{{"messages", std::move(out)}});
    }, 0);

    r.add("GET", "/_sim/messages", [this](net::HttpRequest&) -> asio::awaitable<Response> {
        bj::array out;
        for (const auto& m : state_.all_messages()) out.push_back(message_json(m));
        co_return json_response(200, bj::object{{"messages", std::move(out)}});
    }, 0);

    r.add("POST", "/_sim/messages/{wamid}/read", [this](net::HttpRequest& req) -> asio::awaitable<Response> {
        auto m = state_.message(std::string(req.path_param("wamid")));
        if (!m) co_return meta_error(404, 100, "no such message");
        const int status = co_await send_status(*m, "read");
        co_return json_response(200, bj::object{{"relay_status", status}});
    }, 1024);

    r.add("POST", "/_sim/webhooks", [this](net::HttpRequest& req) -> asio::awaitable<Response> {
        // A citizen's message that reaches the business opens their window.
        if (auto payload = wa::parse_webhook(req.body))
            for (const auto& change : payload->changes)
                for (const auto& m : change.messages)
                    if (!m.from.empty()) state_.citizen_wrote(m.from, m.profile_name);
        const bool retry = req.query_param("retry").value_or("false") == "true";
        const int status = retry ? co_await sender_.deliver(req.body) : co_await sender_.post_once(req.body);
        co_return json_response(200, bj::object{{"relay_status", status}});
    }, 8 << 20);

    r.add("POST", "/_sim/clock", [this](net::HttpRequest& req) -> asio::awaitable<Response> {
        auto secs = json::decode(req.body, [](const json::Reader& in) { return in.get_integer("advance_seconds"); });
        if (!secs) co_return meta_error(400, 100, secs.error().message);
        state_.advance_clock(*secs * 1000);
        co_return json_response(200, bj::object{{"now_ms", state_.now_ms()}});
    }, 1024);

    r.add("GET", "/_sim/stats", [this](net::HttpRequest&) -> asio::awaitable<Response> {
        const auto s = sender_.stats();
        co_return json_response(200, bj::object{{"webhook_attempts", s.attempts}, {"webhooks_acknowledged", s.acknowledged},
                                                 {"webhook_retries", s.retries}, {"webhooks_abandoned", s.abandoned},
                                                 {"webhooks_pending", s.pending},
                                                 {"messages_received", state_.all_messages().size()}});
    }, 0);

    r.add("GET", "/_sim/healthz", [](net::HttpRequest&) -> asio::awaitable<Response> {
        co_return Response::json(200, R"({"status":"ok"})");
    }, 0);
}

} // namespace sportello::wasim
