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
                      {"received_at_us", m.received_at_us},
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
                                          {wa::build::status(m.wamid, status, ts, m.wa_id, callback, error)});
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
    if (auto doc = json::parse(req.body); doc && doc->is_object())
        if (const auto* t = doc->get_object().if_contains("to"); t && t->is_string())
            for (char c : t->get_string()) if (std::isdigit(static_cast<unsigned char>(c))) to.push_back(c);
    auto fault = faults_.take(to);
    asio::steady_timer timer(io_);
    if (fault && (fault->kind == Fault::Kind::latency || fault->kind == Fault::Kind::timeout) && !fault->accept) {
        timer.expires_after(std::chrono::milliseconds(fault->delay_ms));
        co_await timer.async_wait(asio::use_awaitable);
        if (fault->kind == Fault::Kind::timeout) co_return meta_error(500, 131000, "Something went wrong", "late answer");
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
    r.add("POST", "/_sim/citizens/{wa_id}/messages", [this](net::HttpRequest& req) -> asio::awaitable<Response> {
        const std::string wa_id(req.path_param("wa_id"));
        if (wa_id.empty() || wa_id.find_first_not_of("0123456789") != std::string::npos)
            co_return meta_error(400, 100, "wa_id must be digits with the country code, e.g. 393401234567");
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
        if (!secs) co_return meta_error(400, 100, secs.error().message);
        state_.advance_clock(*secs * 1000);
        co_return json_response(200, bj::object{{"now_ms", state_.now_ms()}});
    }, 1024);

    r.add("POST", "/_sim/faults", [this](net::HttpRequest& req) -> asio::awaitable<Response> {
        auto faults = parse_faults(req.body);
        if (!faults) co_return meta_error(400, 100, faults.error().message);
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
        if (!updated) co_return meta_error(400, 100, updated.error().message);
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
