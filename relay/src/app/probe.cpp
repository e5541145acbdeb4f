#include "app/probe.hpp"

#include "net/http_client.hpp"
#include "sportello/crypto.hpp"
#include "sportello/time.hpp"
#include "sportello/whatsapp/signature.hpp"
#include "sportello/whatsapp/webhook.hpp"
#include "storage/database.hpp"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>

#include <algorithm>
#include <chrono>
#include <thread>

namespace sportello::relay {
namespace {

namespace asio = net::asio;

constexpr auto poll_interval = std::chrono::milliseconds(100);

std::string loopback_for(const std::string& address) {
    if (address == "0.0.0.0" || address.empty()) return "127.0.0.1";
    if (address == "::") return "[::1]";
    if (address.find(':') != std::string::npos) return "[" + address + "]";
    return address;
}

net::ClientResult post(const RelayConfig& config, const net::Url& url, const std::string& body) {
    asio::io_context io;
    net::ClientOptions options;
    options.ca_file = config.sla.probe_ca_file;
    options.connect_timeout = std::chrono::seconds(config.sla.probe_deadline_seconds);
    options.response_timeout = std::chrono::seconds(config.sla.probe_deadline_seconds);
    net::HttpClient client(io.get_executor(), net::Url{url.scheme, url.host, url.port, "/"}, options);
    net::ClientRequest request;
    request.method = "POST";
    request.path = url.path;
    request.body = body;
    request.headers = {{"x-hub-signature-256", wa::sign_body(body, config.whatsapp.app_secret)}};
    net::ClientResult result;
    asio::co_spawn(io, [&]() -> asio::awaitable<void> { result = co_await client.send(std::move(request)); },
                   asio::detached);
    io.run();
    return result;
}

// Where the probe's answer is: nothing yet, in the outbox, or taken by the dispatcher.
enum class AnswerState { none, unanswered, queued, taken };

AnswerState answer_state(storage::Database& db, const std::string& wamid) {
    AnswerState state = AnswerState::none;
    db.read_sync([&](storage::Connection& c) {
        auto o = c.query("SELECT state FROM outbox WHERE idempotency_key = ?", "reply:" + wamid + ":0");
        if (o.next()) {
            const auto s = o.text(0);
            state = s == "queued" || s == "sending" ? AnswerState::queued : AnswerState::taken;
            return;
        }
        auto i = c.query("SELECT unanswered, case_id IS NOT NULL FROM inbound_messages WHERE wamid = ?", wamid);
        if (i.next() && (i.int64(0) != 0 || i.int64(1) != 0)) state = AnswerState::unanswered;
    });
    return state;
}

} // namespace

std::string probe_webhook_url(const RelayConfig& config) {
    if (!config.sla.probe_url.empty()) return config.sla.probe_url;
    const auto& l = config.listeners.front();
    return std::string(l.tls ? "https://" : "http://") + loopback_for(l.address) + ":" + std::to_string(l.port) + "/webhook";
}

ProbeOutcome run_probe(const RelayConfig& config) {
    const auto& sla = config.sla;
    if (sla.probe_sender.empty())
        throw std::runtime_error("the probe is not configured: set sla.probe_sender and sla.probe_text");
    const auto url_text = probe_webhook_url(config);
    const auto url = net::Url::parse(url_text);
    if (!url) throw std::runtime_error("the probe's webhook URL " + url_text + " is not a URL");
    storage::Database db({.path = config.database_path, .synchronous_full = config.synchronous_full, .reader_threads = 1,
                          .busy_timeout_ms = config.busy_timeout_ms});

    ProbeOutcome out;
    out.started_at_ms = time::now_ms();
    out.wamid = "wamid.sla-probe." + std::to_string(out.started_at_ms) + "." + crypto::hex_encode(crypto::random_bytes(6));
    // Digits only: a number (wa_id); anything else config accepted is a user id.
    const bool user_id = !std::all_of(sla.probe_sender.begin(), sla.probe_sender.end(),
                                      [](char c) { return c >= '0' && c <= '9'; });
    const wa::build::Sender sender(user_id ? std::string() : sla.probe_sender, "SLA probe",
                                   user_id ? sla.probe_sender : std::string());
    const auto body = wa::build::envelope(
        "sla-probe", config.whatsapp.phone_number_id, "sla-probe", {sender},
        {wa::build::text_message(sender, out.wamid, out.started_at_ms / 1000, sla.probe_text)}, {});

    const auto started = std::chrono::steady_clock::now();
    const auto deadline = started + std::chrono::seconds(sla.probe_deadline_seconds);
    auto elapsed_ms = [&] {
        return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
    };
    const auto answer = post(config, *url, body);
    if (!answer.ok()) {
        out.cause = "the webhook listener " + url_text + " could not be reached: " + answer.error;
    } else if (answer.response->status != 200) {
        out.cause = "the webhook listener answered " + std::to_string(answer.response->status) + ": " +
                    answer.response->body.substr(0, 200);
    } else {
        AnswerState state = AnswerState::none;
        for (;;) {
            state = answer_state(db, out.wamid);
            if (state == AnswerState::taken || state == AnswerState::unanswered ||
                std::chrono::steady_clock::now() >= deadline)
                break;
            std::this_thread::sleep_for(poll_interval);
        }
        const auto deadline_text = std::to_string(sla.probe_deadline_seconds) + " s";
        switch (state) {
        case AnswerState::taken: out.ok = true; break;
        case AnswerState::unanswered:
            out.cause = "the bot did not answer \"" + sla.probe_text + "\" (check sla.probe_text against the published tree)";
            break;
        case AnswerState::queued:
            out.cause = "the answer is in the outbox but the dispatcher did not take it within " + deadline_text +
                        " (dispatcher stopped, or sending stopped by WhatsApp?)";
            break;
        case AnswerState::none: out.cause = "no answer in the outbox within " + deadline_text; break;
        }
    }
    out.latency_ms = elapsed_ms();
    db.write_sync([&](storage::Connection& c) {
        c.query("INSERT INTO probe_results(started_at, ok, latency_ms, cause, wamid) VALUES (?, ?, ?, ?, ?)",
                out.started_at_ms, out.ok, out.latency_ms, out.cause, out.wamid).run();
    });
    return out;
}

} // namespace sportello::relay
