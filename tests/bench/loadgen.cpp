// sportello-loadgen: signed WhatsApp webhooks for the benchmarks.
//
//   generate       write N pre-signed bodies ("signature<TAB>body" lines) for wrk
//   rate           open-loop load at a fixed rate; prints acknowledgement latency
//                  (measured from each request's scheduled time, so queueing counts)
//   reply-latency  joins the sends recorded by `rate` with what the simulator
//                  received: webhook sent → reply arriving at the simulator
//   events         desks reading the inbox's event stream; prints event latency
//
// Plain HTTP on loopback only (the relay's loopback listener), like the
// nginx baseline it is compared with.
#include "sportello/time.hpp"
#include "sportello/whatsapp/signature.hpp"
#include "sportello/whatsapp/webhook.hpp"
#include "sync_client.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/json.hpp>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <map>
#include <vector>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace bj = boost::json;
using namespace sportello;

namespace {

std::map<std::string, std::string> parse_options(int argc, char** argv) {
    std::map<std::string, std::string> o;
    for (int i = 2; i + 1 < argc; i += 2) o[std::string(argv[i]).substr(2)] = argv[i + 1];
    return o;
}

std::string opt(const std::map<std::string, std::string>& o, const std::string& k, const std::string& fallback = {}) {
    auto it = o.find(k);
    return it == o.end() ? fallback : it->second;
}

const char* texts[] = {"#tamponi", "#centrivaccinali", "#richiamo", "#contatti", "#andamentopandemia"};

// One text-message webhook, like Meta's: unique wamid, one of `citizens`
// senders. With escalate_every N, every Nth is a question the bot passes to
// the operators, from a citizen of its own (so it opens a case).
std::string webhook(const std::string& phone_number_id, const std::string& run, std::int64_t k, int citizens,
                    int escalate_every = 0) {
    const bool escalated = escalate_every > 0 && k % escalate_every == 0;
    const wa::build::Sender s{(escalated ? "39343" : "39342") + std::to_string(1000000 + (escalated ? k : k % citizens)),
                              "Cittadino"};
    return wa::build::envelope("102000000000001", phone_number_id, "390110000000", {s},
                               {wa::build::text_message(s, "wamid.LG" + run + "_" + std::to_string(k),
                                                        time::now_ms() / 1000,
                                                        escalated ? "Buongiorno, come posso spostare il mio appuntamento?"
                                                                  : texts[k % 5])},
                               {});
}

double percentile(std::vector<double>& v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const auto i = static_cast<std::size_t>(std::min<double>(v.size() - 1, p / 100.0 * static_cast<double>(v.size())));
    return v[i];
}

void print_latencies(const char* what, std::vector<double> ms) {
    std::printf("%s: n=%zu p50=%.2f ms p90=%.2f ms p99=%.2f ms p99.9=%.2f ms max=%.2f ms\n", what, ms.size(),
                percentile(ms, 50), percentile(ms, 90), percentile(ms, 99), percentile(ms, 99.9),
                ms.empty() ? 0.0 : *std::max_element(ms.begin(), ms.end()));
}

int generate(const std::map<std::string, std::string>& o) {
    const auto count = std::stoll(opt(o, "count", "100000"));
    const auto citizens = std::stoi(opt(o, "citizens", "5000"));
    std::ofstream out(opt(o, "out"));
    const auto run = std::to_string(time::now_ms());
    for (std::int64_t k = 0; k < count; ++k) {
        const auto body = webhook(opt(o, "phone-number-id"), run, k, citizens);
        out << wa::sign_body(body, opt(o, "secret")) << '\t' << body << '\n';
    }
    return 0;
}

struct RateRun {
    asio::ip::tcp::endpoint endpoint;
    std::string path, secret, phone_number_id, run;
    double rate = 1000;
    std::int64_t total = 0;
    int citizens = 5000;
    int escalate_every = 0;
    std::chrono::steady_clock::time_point start;
    std::int64_t next = 0;
    std::vector<double> latencies_ms;
    std::vector<double> lag_ms, answer_ms;   // the latency split: before the write, and write → response
    std::int64_t failures = 0;
    std::vector<std::pair<std::string, std::int64_t>> sends;   // wamid, scheduled time (µs since epoch)
    std::int64_t start_us = 0;
};

asio::awaitable<void> worker(RateRun& r) {
    auto ex = co_await asio::this_coro::executor;
    beast::tcp_stream stream(ex);
    co_await stream.async_connect(r.endpoint, asio::use_awaitable);
    stream.socket().set_option(asio::ip::tcp::no_delay(true));
    beast::flat_buffer buffer;
    asio::steady_timer timer(ex);
    for (std::int64_t k = r.next++; k < r.total; k = r.next++) {
        const auto offset = std::chrono::microseconds(static_cast<std::int64_t>(static_cast<double>(k) * 1e6 / r.rate));
        const auto due = r.start + offset;
        timer.expires_at(due);
        co_await timer.async_wait(asio::use_awaitable);
        const auto body = webhook(r.phone_number_id, r.run, k, r.citizens, r.escalate_every);
        http::request<http::string_body> req{http::verb::post, r.path, 11};
        req.set(http::field::host, "127.0.0.1");
        req.set(http::field::content_type, "application/json");
        req.set("X-Hub-Signature-256", wa::sign_body(body, r.secret));
        req.body() = body;
        req.prepare_payload();
        r.sends.emplace_back("wamid.LG" + r.run + "_" + std::to_string(k), r.start_us + offset.count());
        const auto sending = std::chrono::steady_clock::now();
        co_await http::async_write(stream, req, asio::use_awaitable);
        http::response<http::string_body> res;
        co_await http::async_read(stream, buffer, res, asio::use_awaitable);
        const auto elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - due).count();
        if (res.result_int() == 200) {
            r.latencies_ms.push_back(elapsed);
            r.lag_ms.push_back(std::chrono::duration<double, std::milli>(sending - due).count());
            r.answer_ms.push_back(elapsed - r.lag_ms.back());
        } else {
            ++r.failures;
        }
    }
}

int rate(const std::map<std::string, std::string>& o) {
    RateRun r;
    const auto url = opt(o, "url");   // http://127.0.0.1:PORT/webhook
    const auto hostport = url.substr(7, url.find('/', 7) - 7);
    r.path = url.substr(url.find('/', 7));
    r.endpoint = {asio::ip::make_address(hostport.substr(0, hostport.find(':'))),
                  static_cast<unsigned short>(std::stoi(hostport.substr(hostport.find(':') + 1)))};
    r.secret = opt(o, "secret");
    r.phone_number_id = opt(o, "phone-number-id");
    r.rate = std::stod(opt(o, "rate", "1000"));
    r.total = static_cast<std::int64_t>(r.rate * std::stod(opt(o, "duration", "10")));
    r.citizens = std::stoi(opt(o, "citizens", "5000"));
    r.escalate_every = std::stoi(opt(o, "escalate-every", "0"));
    r.run = std::to_string(time::now_ms());
    asio::io_context io;
    r.start = std::chrono::steady_clock::now() + std::chrono::milliseconds(200);
    r.start_us = std::chrono::duration_cast<std::chrono::microseconds>(
                     std::chrono::system_clock::now().time_since_epoch()).count() + 200'000;
    const int connections = std::stoi(opt(o, "connections", "64"));
    for (int i = 0; i < connections; ++i)
        asio::co_spawn(io, worker(r), [](std::exception_ptr e) {
            if (e) try { std::rethrow_exception(e); } catch (const std::exception& ex) { std::cerr << "worker: " << ex.what() << "\n"; }
        });
    io.run();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - r.start).count();
    std::printf("rate run: target %.0f/s, %lld requests in %.2f s (%.0f/s), %lld not acknowledged\n", r.rate,
                static_cast<long long>(r.latencies_ms.size() + static_cast<std::size_t>(r.failures)), seconds,
                static_cast<double>(r.latencies_ms.size()) / seconds, static_cast<long long>(r.failures));
    print_latencies("acknowledgement latency", r.latencies_ms);
    print_latencies("  of it, due time -> sending starts", r.lag_ms);
    print_latencies("  of it, sending starts -> answer read", r.answer_ms);
    if (auto file = opt(o, "record-sends"); !file.empty()) {
        std::ofstream out(file);
        for (const auto& [wamid, at] : r.sends) out << wamid << '\t' << at << '\n';
    }
    return r.failures == 0 ? 0 : 1;
}

int reply_latency(const std::map<std::string, std::string>& o) {
    std::map<std::string, std::int64_t> sent_at;
    std::ifstream in(opt(o, "sends"));
    std::string wamid;
    std::int64_t at = 0;
    while (in >> wamid >> at) sent_at[wamid] = at;
    wasim::SyncCall c;
    c.base_url = opt(o, "sim");
    c.ca_file = opt(o, "ca");
    c.path = "/_sim/messages";
    c.timeout = std::chrono::seconds(60);
    auto r = wasim::call(c);
    if (!r.ok()) {
        std::cerr << "cannot read the simulator: " << r.error << "\n";
        return 1;
    }
    std::vector<double> ms;
    const auto doc = bj::parse(r.response->body);   // named: the loop must not outlive it
    for (const auto& m : doc.as_object().at("messages").as_array()) {
        const auto& obj = m.as_object();
        auto it = sent_at.find(std::string(obj.at("context").as_string()));
        if (it != sent_at.end()) ms.push_back(static_cast<double>(obj.at("received_at_us").as_int64() - it->second) / 1000.0);
    }
    std::printf("auto-replies matched: %zu of %zu webhooks\n", ms.size(), sent_at.size());
    print_latencies("auto-reply latency (webhook sent -> reply at the simulator)", ms);
    return ms.size() == sent_at.size() ? 0 : 1;
}

// Desks on the inbox's event stream: each reads GET /ops/v1/events (plain
// HTTP on loopback, chunked) until the run ends; an event's latency is the
// time it is read minus its `at` (when the relay made the change; same clock).
struct EventsRun {
    asio::ip::tcp::endpoint endpoint;
    std::string path, token;
    std::chrono::steady_clock::time_point end;
    std::vector<double> latencies_ms;
    std::vector<std::int64_t> per_desk;
    std::vector<std::shared_ptr<beast::tcp_stream>> streams;
};

asio::awaitable<void> desk(EventsRun& r, std::size_t index) {
    auto ex = co_await asio::this_coro::executor;
    auto stream = std::make_shared<beast::tcp_stream>(ex);
    r.streams.push_back(stream);
    co_await stream->async_connect(r.endpoint, asio::use_awaitable);
    http::request<http::empty_body> req{http::verb::get, r.path, 11};
    req.set(http::field::host, "127.0.0.1");
    req.set(http::field::authorization, "Bearer " + r.token);
    co_await http::async_write(*stream, req, asio::use_awaitable);
    beast::flat_buffer buffer;
    http::response_parser<http::buffer_body> parser;
    parser.body_limit(boost::none);
    co_await http::async_read_header(*stream, buffer, parser, asio::use_awaitable);
    if (parser.get().result_int() != 200) throw std::runtime_error("the event stream answered " +
                                                                  std::to_string(parser.get().result_int()));
    std::string pending;
    char chunk[16384];
    while (!parser.is_done()) {
        parser.get().body().data = chunk;
        parser.get().body().size = sizeof chunk;
        auto [ec, n] = co_await http::async_read_some(*stream, buffer, parser, asio::as_tuple(asio::use_awaitable));
        if (ec == http::error::need_buffer) ec = {};
        if (ec) break;
        pending.append(chunk, sizeof chunk - parser.get().body().size);
        const double now_ms = static_cast<double>(time::now_ms());
        for (auto end = pending.find("\n\n"); end != std::string::npos; end = pending.find("\n\n")) {
            const auto block = pending.substr(0, end);
            pending.erase(0, end + 2);
            constexpr std::string_view prefix = "data: {\"at\":";
            if (const auto at = block.find(prefix); at != std::string::npos) {
                r.latencies_ms.push_back(now_ms - std::stod(block.substr(at + prefix.size())));
                ++r.per_desk[index];
            }
        }
    }
}

int events(const std::map<std::string, std::string>& o) {
    EventsRun r;
    const auto url = opt(o, "url");   // http://127.0.0.1:PORT/ops/v1/events
    const auto hostport = url.substr(7, url.find('/', 7) - 7);
    r.path = url.substr(url.find('/', 7));
    r.endpoint = {asio::ip::make_address(hostport.substr(0, hostport.find(':'))),
                  static_cast<unsigned short>(std::stoi(hostport.substr(hostport.find(':') + 1)))};
    r.token = opt(o, "token");
    const auto desks = static_cast<std::size_t>(std::stoi(opt(o, "desks", "10")));
    r.per_desk.assign(desks, 0);
    r.end = std::chrono::steady_clock::now() + std::chrono::milliseconds(
                static_cast<std::int64_t>(1000 * std::stod(opt(o, "duration", "10"))));
    asio::io_context io;
    for (std::size_t i = 0; i < desks; ++i)
        asio::co_spawn(io, desk(r, i), [](std::exception_ptr e) {
            if (e) try { std::rethrow_exception(e); } catch (const std::exception& ex) { std::cerr << "desk: " << ex.what() << "\n"; }
        });
    asio::steady_timer stop(io, r.end);
    stop.async_wait([&r](boost::system::error_code) {
        for (auto& s : r.streams) s->socket().close();
    });
    io.run();
    const auto [fewest, most] = std::minmax_element(r.per_desk.begin(), r.per_desk.end());
    std::printf("event streams: %zu desks, %lld to %lld events each\n", desks, static_cast<long long>(*fewest),
                static_cast<long long>(*most));
    print_latencies("event latency (change made -> read by a desk)", r.latencies_ms);
    return *fewest > 0 ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: sportello-loadgen generate|rate|reply-latency|events --option value …\n";
        return 2;
    }
    const std::string command = argv[1];
    const auto o = parse_options(argc, argv);
    try {
        if (command == "generate") return generate(o);
        if (command == "rate") return rate(o);
        if (command == "reply-latency") return reply_latency(o);
        if (command == "events") return events(o);
    } catch (const std::exception& e) {
        std::cerr << "sportello-loadgen: " << e.what() << "\n";
        return 1;
    }
    std::cerr << "unknown command " << command << "\n";
    return 2;
}
