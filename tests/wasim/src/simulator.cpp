#include "simulator.hpp"

#include "log/log.hpp"
#include "meta_api.hpp"
#include "net/tls.hpp"
#include "sportello/json.hpp"
#include "sportello/whatsapp/error_codes.hpp"
#include "sportello/whatsapp/identity.hpp"
#include "sportello/whatsapp/webhook.hpp"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/json.hpp>

#include <algorithm>
#include <random>

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
        return meta_error(500, wa::error_code::something_went_wrong, "Something went wrong");
    };
    return p;
}

bj::object message_json(const ReceivedMessage& m) {
    bj::array rows;
    for (std::size_t i = 0; i < m.row_ids.size(); ++i)
        rows.push_back(bj::object{{"id", m.row_ids[i]}, {"title", m.row_titles[i]}});
    bj::array params;
    for (const auto& p : m.parameters) params.emplace_back(p);
    return bj::object{{"wamid", m.wamid},           {"wa_id", m.wa_id}, {"user_id", m.user_id},
                      {"type", m.type},             {"text", m.text},
                      {"rows", std::move(rows)},    {"template", m.template_name},
                      {"parameters", std::move(params)}, {"context", m.context_wamid},
                      {"callback_data", m.callback_data}, {"received_at_ms", m.received_at_ms},
                      {"received_at_us", m.received_at_us},
                      {"status", m.status}};
}

// What a citizen says through the control API. (At namespace scope: GCC 12
// mishandles local class types in coroutines.)
struct Say {
    std::string text, reply_id, title, payload, context, profile_name, user_id, username, group_id, timestamp;
};

Response json_response(int status, const bj::value& v) { return Response::json(status, bj::serialize(v)); }

} // namespace

Simulator::Simulator(asio::io_context& io, SimConfig config)
    : io_(io), config_(std::move(config)), sender_(io, config_), service_(sim_policy()) {
    settings_.auto_deliver = config_.auto_deliver;
    settings_.auto_read = config_.auto_read;
    settings_.enforce_window = config_.enforce_window;
    settings_.delay_ms = config_.status_delay_ms;
    register_routes();
    register_control_routes();
}

Simulator::StatusSettings Simulator::status_settings() const {
    std::lock_guard lock(settings_mutex_);
    return settings_;
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

asio::awaitable<int> Simulator::send_status(const ReceivedMessage& m, const std::string& status, std::int64_t ts,
                                            const std::optional<Fault>& failure) {
    std::optional<wa::ApiErrorInfo> error;
    if (failure) error = wa::ApiErrorInfo{failure->code, "Simulated failure", "Simulated failure", "injected by the test"};
    const std::string callback = status_settings().echo_callback_data ? m.callback_data : std::string();
    const auto body = wa::build::envelope(config_.waba_id, config_.phone_number_id, config_.display_phone_number, {}, {},
                                          {wa::build::status(m.wamid, status, ts, m.wa_id, callback, error,
                                                             m.user_id)});
    state_.set_status(m.wamid, status);
    co_return co_await sender_.deliver(body);
}

asio::awaitable<void> Simulator::deliver_statuses(ReceivedMessage m, std::optional<Fault> async_failure) {
    const auto settings = status_settings();
    if (!settings.auto_deliver && !async_failure) co_return;
    // What happened, in order; each with its own timestamp.
    std::vector<std::string> steps{"sent"};
    if (async_failure) steps.push_back("failed");
    else {
        if (!(settings.auto_read && settings.skip_delivered)) steps.push_back("delivered");
        if (settings.auto_read) steps.push_back("read");
    }
    const auto base_ts = state_.now_ms() / 1000;
    std::vector<std::pair<std::string, std::int64_t>> deliveries;
    for (std::size_t i = 0; i < steps.size(); ++i)
        for (int copy = 0; copy <= settings.duplicates; ++copy) deliveries.emplace_back(steps[i], base_ts + static_cast<std::int64_t>(i));
    if (settings.shuffled) {
        static thread_local std::mt19937 random{std::random_device{}()};
        std::shuffle(deliveries.begin(), deliveries.end(), random);
    }
    asio::steady_timer timer(io_);
    for (const auto& [status, ts] : deliveries) {
        timer.expires_after(std::chrono::milliseconds(settings.delay_ms));
        co_await timer.async_wait(asio::use_awaitable);
        co_await send_status(m, status, ts, status == "failed" ? async_failure : std::nullopt);
    }
}

asio::awaitable<Response> Simulator::send_api(net::HttpRequest& req) {
    // The recipient, for faults aimed at one citizen.
    std::string to;
    if (auto doc = json::parse(req.body); doc && doc->is_object()) {
        if (const auto* t = doc->get_object().if_contains("to"); t && t->is_string())
            for (char c : t->get_string()) if (std::isdigit(static_cast<unsigned char>(c))) to.push_back(c);
        if (const auto* u = doc->get_object().if_contains("recipient"); u && u->is_string())
            to = state_.citizen_key(std::string(u->get_string()));
    }
    auto fault = faults_.take(to);
    asio::steady_timer timer(io_);
    if (fault && (fault->kind == Fault::Kind::latency || fault->kind == Fault::Kind::timeout) && !fault->accept) {
        timer.expires_after(std::chrono::milliseconds(fault->delay_ms));
        co_await timer.async_wait(asio::use_awaitable);
        if (fault->kind == Fault::Kind::timeout) co_return meta_error(500, wa::error_code::something_went_wrong, "Something went wrong", "late answer");
    }
    if (fault && fault->kind == Fault::Kind::error) co_return meta_error(fault->http_status, fault->code, "Simulated error");
    if (fault && fault->kind == Fault::Kind::http_status) {
        auto r = Response::text(fault->http_status, "<html><body>Service Unavailable</body></html>");
        r.content_type = "text/html";
        co_return r;
    }
    if (fault && fault->kind == Fault::Kind::drop && !fault->accept) {
        Response r;
        r.drop = true;
        co_return r;
    }
    auto handled = handle_send(config_, state_, req, status_settings().enforce_window);
    if (handled.accepted) {
        std::optional<Fault> async_failure;
        if (fault && fault->kind == Fault::Kind::async_error) async_failure = fault;
        asio::co_spawn(io_, deliver_statuses(std::move(*handled.accepted), async_failure), asio::detached);
    }
    if (fault && fault->kind == Fault::Kind::drop) {   // accepted, but the answer is lost
        Response r;
        r.drop = true;
        co_return r;
    }
    if (fault && (fault->kind == Fault::Kind::timeout || fault->kind == Fault::Kind::latency) && fault->accept) {
        timer.expires_after(std::chrono::milliseconds(fault->delay_ms));
        co_await timer.async_wait(asio::use_awaitable);
    }
    co_return handled.response;
}

void Simulator::register_routes() {
    auto& r = service_.router();
    r.add("POST", "/{version}/{phone_number_id}/messages", [this](net::HttpRequest& req) -> asio::awaitable<Response> {
        co_return co_await send_api(req);
    }, 1 << 20);

}

void Simulator::register_control_routes() {
    auto& r = service_.router();
    // {key}: the citizen's number (digits), or the user id of a citizen who
    // writes without one (then `from` is left out, as Meta does). A number
    // with "user_id" in the body writes with both.
    r.add("POST", "/_sim/citizens/{wa_id}/messages", [this](net::HttpRequest& req) -> asio::awaitable<Response> {
        const std::string key(req.path_param("wa_id"));
        const bool by_number = !key.empty() && key.find_first_not_of("0123456789") == std::string::npos;
        if (!by_number && !wa::is_user_id(key))
            co_return meta_error(400, wa::error_code::invalid_parameter, "the citizen must be digits with the country code (393401234567) or a user id");
        auto say = json::decode(req.body, [](const json::Reader& in) {
            auto get = [&](const char* k) { return in.get_optional_string(k).value_or(""); };
            return Say{get("text"), get("reply_id"), get("title"), get("button_payload"), get("context"),
                       get("profile_name"), get("user_id"), get("username"), get("group_id"), get("timestamp")};
        });
        if (!say) co_return meta_error(400, wa::error_code::invalid_parameter, say.error().message);
        if (!say->user_id.empty() && (!by_number || !wa::is_user_id(say->user_id)))
            co_return meta_error(400, wa::error_code::invalid_parameter, "user_id goes with a number, and must be a user id");
        const std::string name = say->profile_name.empty() ? state_.profile_name(key) : say->profile_name;
        wa::build::Sender sender{by_number ? key : std::string(), name.empty() ? "Cittadino" : name,
                                 by_number ? say->user_id : key, say->username};
        if (sender.user_id.empty()) sender.user_id = state_.user_id_of(key);
        const auto wamid = state_.next_inbound_wamid();
        const auto ts = state_.now_ms() / 1000;
        std::string message;
        if (!say->reply_id.empty()) message = wa::build::list_reply_message(sender, wamid, ts, say->reply_id, say->title, say->context);
        else if (!say->payload.empty()) message = wa::build::button_message(sender, wamid, ts, say->payload, say->text, say->context);
        else message = wa::build::text_message(sender, wamid, ts, say->text);
        // A group chat, or a timestamp as a broken or hostile peer sends it.
        if (!say->group_id.empty() || req.query_param("raw_timestamp")) {
            auto o = bj::parse(message).as_object();
            if (!say->group_id.empty()) o["group_id"] = say->group_id;
            if (req.query_param("raw_timestamp")) {
                if (say->timestamp == "absent") o.erase("timestamp");
                else o["timestamp"] = say->timestamp;
            }
            message = bj::serialize(o);
        }
        if (say->group_id.empty()) state_.citizen_wrote(key, say->profile_name, by_number ? sender.user_id : std::string());
        const auto body = wa::build::envelope(config_.waba_id, config_.phone_number_id, config_.display_phone_number,
                                              {sender}, {message}, {});
        const int status = co_await sender_.deliver(body);
        co_return json_response(200, bj::object{{"wamid", wamid}, {"relay_status", status}});
    }, 64 * 1024);

    // The citizen of a number adopts a username: from now on Meta names
    // their user id in send responses and statuses.
    r.add("PUT", "/_sim/citizens/{wa_id}/user_id", [this](net::HttpRequest& req) -> asio::awaitable<Response> {
        const std::string number(req.path_param("wa_id"));
        auto user_id = json::decode(req.body, [](const json::Reader& in) { return in.get_string("user_id"); });
        if (!user_id) co_return meta_error(400, wa::error_code::invalid_parameter, user_id.error().message);
        if (number.empty() || number.find_first_not_of("0123456789") != std::string::npos || !wa::is_user_id(*user_id))
            co_return meta_error(400, wa::error_code::invalid_parameter, "a number (digits) and a user id are needed");
        state_.adopt_user_id(number, *user_id);
        co_return json_response(200, bj::object{{"wa_id", number}, {"user_id", *user_id}});
    }, 4096);

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
        if (!m) co_return meta_error(404, wa::error_code::invalid_parameter, "no such message");
        const int status = co_await send_status(*m, "read", state_.now_ms() / 1000);
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
        if (!secs) co_return meta_error(400, wa::error_code::invalid_parameter, secs.error().message);
        state_.advance_clock(*secs * 1000);
        co_return json_response(200, bj::object{{"now_ms", state_.now_ms()}});
    }, 1024);

    r.add("POST", "/_sim/faults", [this](net::HttpRequest& req) -> asio::awaitable<Response> {
        auto faults = parse_faults(req.body);
        if (!faults) co_return meta_error(400, wa::error_code::invalid_parameter, faults.error().message);
        faults_.add(std::move(*faults));
        co_return json_response(200, bj::object{{"pending", faults_.pending()}});
    }, 64 * 1024);

    r.add("DELETE", "/_sim/faults", [this](net::HttpRequest&) -> asio::awaitable<Response> {
        faults_.clear();
        co_return Response::empty(204);
    }, 0);

    r.add("POST", "/_sim/settings", [this](net::HttpRequest& req) -> asio::awaitable<Response> {
        auto updated = json::decode(req.body, [this](const json::Reader& in) {
            StatusSettings s = status_settings();
            s.auto_deliver = in.get_bool("auto_deliver", s.auto_deliver);
            s.auto_read = in.get_bool("auto_read", s.auto_read);
            s.delay_ms = static_cast<int>(in.get_optional_integer("status_delay_ms").value_or(s.delay_ms));
            s.shuffled = in.get_bool("shuffled", s.shuffled);
            s.duplicates = static_cast<int>(in.get_optional_integer("duplicates").value_or(s.duplicates));
            s.skip_delivered = in.get_bool("skip_delivered", s.skip_delivered);
            s.echo_callback_data = in.get_bool("echo_callback_data", s.echo_callback_data);
            s.enforce_window = in.get_bool("enforce_window", s.enforce_window);
            return s;
        });
        if (!updated) co_return meta_error(400, wa::error_code::invalid_parameter, updated.error().message);
        {
            std::lock_guard lock(settings_mutex_);
            settings_ = *updated;
        }
        co_return Response::empty(204);
    }, 4096);

    r.add("GET", "/_sim/stats", [this](net::HttpRequest&) -> asio::awaitable<Response> {
        const auto s = sender_.stats();
        co_return json_response(200, bj::object{{"webhook_attempts", s.attempts}, {"webhooks_acknowledged", s.acknowledged},
                                                 {"webhook_retries", s.retries}, {"webhooks_abandoned", s.abandoned},
                                                 {"webhooks_pending", s.pending},
                                                 {"messages_received", state_.all_messages().size()},
                                                 {"marked_read", state_.marked_read().size()}});
    }, 0);

    r.add("GET", "/_sim/healthz", [](net::HttpRequest&) -> asio::awaitable<Response> {
        co_return Response::json(200, R"({"status":"ok"})");
    }, 0);
}

} // namespace sportello::wasim
