// sportello-push-bench: the SIRE side under load (issue "SIRE integration").
//
//  1. consent for C citizens; 100,000 notifications through
//     POST /api/v1/notifications:batch (1,000 per call), timed: the rate at
//     which they are accepted durably;
//  2. consent withdrawn for some citizens right after acceptance;
//  3. the dispatcher's sending rate measured at the simulator over a window,
//     against the configured rate (target within ±5%);
//  4. no message ever reached a citizen without consent at that moment.
//
// Usage: sportello-push-bench --relay URL --sim URL --ca FILE --token T
//        [--notifications 100000] [--citizens 10000] [--rate 80] [--window 30]
#include "net/http_client.hpp"
#include "sportello/api/sire.hpp"
#include "sportello/time.hpp"
#include "sync_client.hpp"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/json.hpp>

#include <atomic>
#include <chrono>
#include <iostream>
#include <map>
#include <set>
#include <thread>

namespace asio = boost::asio;
namespace bj = boost::json;
using namespace sportello;

namespace {

std::map<std::string, std::string> options(int argc, char** argv) {
    std::map<std::string, std::string> o;
    for (int i = 1; i + 1 < argc; i += 2) o[std::string(argv[i]).substr(2)] = argv[i + 1];
    return o;
}

std::string phone_of(int citizen) { return "39343" + std::to_string(1000000 + citizen); }

// Runs `count` requests with `concurrency` pooled connections; make(i) builds request i.
int run_requests(const std::string& base, const std::string& ca, int count, int concurrency,
                 const std::function<net::ClientRequest(int)>& make, int expected_status) {
    asio::io_context io;
    net::ClientOptions o;
    o.ca_file = ca;
    o.response_timeout = std::chrono::seconds(120);
    o.response_body_limit = 64 << 20;
    net::HttpClient client(io.get_executor(), *net::Url::parse(base), o);
    std::atomic<int> next{0}, failures{0};
    for (int w = 0; w < concurrency; ++w)
        asio::co_spawn(io, [&]() -> asio::awaitable<void> {
            for (int i = next++; i < count; i = next++) {
                auto r = co_await client.send(make(i));
                if (!r.ok() || r.response->status != expected_status) {
                    if (failures++ < 3)
                        std::cerr << "request " << i << ": " << (r.ok() ? r.response->body : r.error) << "\n";
                }
            }
        }, asio::detached);
    io.run();
    return failures;
}

net::ClientRequest with_token(std::string method, std::string path, std::string body, const std::string& token) {
    net::ClientRequest r;
    r.method = std::move(method);
    r.path = std::move(path);
    r.body = std::move(body);
    r.headers = {{"authorization", "Bearer " + token}};
    return r;
}

} // namespace

int main(int argc, char** argv) {
    auto o = options(argc, argv);
    const auto relay = o["relay"], sim = o["sim"], ca = o["ca"], token = o["token"];
    const int total = std::stoi(o.count("notifications") ? o["notifications"] : "100000");
    const int citizens = std::stoi(o.count("citizens") ? o["citizens"] : "10000");
    const double rate = std::stod(o.count("rate") ? o["rate"] : "80");
    const int window_s = std::stoi(o.count("window") ? o["window"] : "30");
    const int without_consent = citizens / 20;   // citizens 0..n-1 never consented
    const int withdrawing = citizens / 20;       // the next n withdraw after acceptance

    std::cout << "== setup: consent for " << citizens - without_consent << " of " << citizens << " citizens\n";
    const auto consent = api::encode(api::ConsentChange{api::ConsentScope::reminders, "bench", "", std::nullopt});
    if (run_requests(relay, ca, citizens - without_consent, 16, [&](int i) {
            return with_token("PUT", "/api/v1/consents/" + phone_of(i + without_consent), consent, token);
        }, 201) > 0) return 1;

    std::cout << "== 1. " << total << " notifications through the batch API, 1,000 per call\n";
    const int batches = (total + 999) / 1000;
    std::vector<std::string> bodies(static_cast<std::size_t>(batches));
    for (int b = 0; b < batches; ++b) {
        api::BatchRequest req;
        for (int i = b * 1000; i < std::min(total, (b + 1) * 1000); ++i) {
            api::NotificationRequest n;
            n.phone = "+" + phone_of(i % citizens);
            n.template_name = "promemoria_appuntamento";
            n.parameters = {"la vaccinazione", "12/03 alle 10:30", "Hub Torino Valdocco"};
            n.idempotency_key = "bench-" + std::to_string(i);
            req.notifications.push_back(std::move(n));
        }
        bodies[static_cast<std::size_t>(b)] = api::encode(req);
    }
    const auto start = std::chrono::steady_clock::now();
    if (run_requests(relay, ca, batches, 2, [&](int b) {
            return with_token("POST", "/api/v1/notifications:batch", bodies[static_cast<std::size_t>(b)], token);
        }, 200) > 0) return 1;
    const double accept_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("accepted %d notifications in %.2f s: %.0f notifications/s (target: 100,000 in <= 10 s)\n", total,
                accept_s, total / accept_s);

    std::cout << "== 2. " << withdrawing << " citizens withdraw their consent\n";
    const auto withdraw = api::encode(api::ConsentChange{api::ConsentScope::reminders, "bench", "withdrawn", std::nullopt});
    const std::int64_t withdraw_start_us = time::now_ms() * 1000;
    if (run_requests(relay, ca, withdrawing, 8, [&](int i) {
            return with_token("DELETE", "/api/v1/consents/" + phone_of(without_consent + i), withdraw, token);
        }, 200) > 0) return 1;
    const std::int64_t withdraw_end_us = time::now_ms() * 1000;

    std::cout << "== 3. sending rate over " << window_s << " s (configured " << rate << "/s)\n";
    std::this_thread::sleep_for(std::chrono::seconds(window_s + 3));
    wasim::SyncCall call;
    call.base_url = sim;
    call.ca_file = ca;
    call.path = "/_sim/messages";
    call.timeout = std::chrono::seconds(120);
    auto r = wasim::call(call);
    if (!r.ok()) return 1;
    const auto doc = bj::parse(r.response->body);
    std::vector<std::int64_t> times;
    std::map<std::string, std::vector<std::int64_t>> by_citizen;
    for (const auto& m : doc.as_object().at("messages").as_array()) {
        const auto& obj = m.as_object();
        if (obj.at("type") != "template") continue;
        times.push_back(obj.at("received_at_us").as_int64());
        by_citizen[std::string(obj.at("wa_id").as_string())].push_back(obj.at("received_at_us").as_int64());
    }
    std::sort(times.begin(), times.end());
    // Steady state: skip the first 3 s (the bucket starts full), count a window.
    const auto from = times.empty() ? 0 : times.front() + 3'000'000;
    const auto to = from + static_cast<std::int64_t>(window_s) * 1'000'000;
    const auto in_window = std::count_if(times.begin(), times.end(), [&](auto t) { return t >= from && t < to; });
    const double measured = static_cast<double>(in_window) / window_s;
    const double deviation = 100.0 * (measured - rate) / rate;
    std::printf("sent %zu in all; %ld in the %d s window: %.2f messages/s, %+.1f%% of the configured rate (target ±5%%)\n",
                times.size(), static_cast<long>(in_window), window_s, measured, deviation);

    std::cout << "== 4. consent at the moment of sending\n";
    int never = 0, after_withdrawal = 0;
    for (int i = 0; i < without_consent; ++i) never += static_cast<int>(by_citizen[phone_of(i)].size());
    for (int i = 0; i < withdrawing; ++i)
        for (auto t : by_citizen[phone_of(without_consent + i)])
            if (t > withdraw_end_us + 1'000'000) ++after_withdrawal;   // sends already in flight may land just after
    std::printf("messages to citizens who never consented: %d; after their withdrawal (finished at +%.1f s): %d\n", never,
                (withdraw_end_us - withdraw_start_us) / 1e6, after_withdrawal);
    const bool ok = accept_s <= 10.0 && std::abs(deviation) <= 5.0 && never == 0 && after_withdrawal == 0;
    std::printf("RESULT: %s\n", ok ? "PASS" : "FAIL");
    return ok ? 0 : 1;
}
