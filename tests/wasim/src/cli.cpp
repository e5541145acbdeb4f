// sportello-wasim's command line: serve the simulator, or talk to a running
// one as a citizen would.
#include "cli.hpp"

#include "log/log.hpp"
#include "simulator.hpp"
#include "sportello/json.hpp"
#include "sync_client.hpp"

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/json.hpp>

#include <cctype>
#include <iostream>
#include <map>
#include <thread>

namespace sportello::wasim {
namespace {

constexpr const char* usage = R"(Usage:
  sportello-wasim serve --config FILE
  sportello-wasim say   --control URL [--ca FILE] (--from WA_ID [--user-id ID] | --user-id ID) [--name NAME] TEXT
                        (--user-id alone: a citizen known only by a WhatsApp username's user id)
  sportello-wasim inbox --control URL [--ca FILE] --wa-id WA_ID [--wait SECONDS]

Examples (the demo's simulator):
  sportello-wasim say --control https://127.0.0.1:9443 --ca .demo/certs/ca.pem --from 393401234567 "#centrivaccinali"
  sportello-wasim inbox --control https://127.0.0.1:9443 --ca .demo/certs/ca.pem --wa-id 393401234567
)";

struct Args {
    std::vector<std::string> words;
    std::map<std::string, std::string> options;
};

Args parse(int argc, char** argv) {
    Args a;
    for (int i = 1; i < argc; ++i) {
        std::string s = argv[i];
        if (s.rfind("--", 0) == 0 && i + 1 < argc) a.options[s.substr(2)] = argv[++i];
        else a.words.push_back(s);
    }
    return a;
}

std::string opt(const Args& a, const std::string& k) { return a.options.count(k) ? a.options.at(k) : std::string(); }

net::ClientResult control(const Args& a, const std::string& method, const std::string& path, std::string body = {}) {
    SyncCall c;
    c.base_url = opt(a, "control");
    c.ca_file = opt(a, "ca");
    c.method = method;
    c.path = path;
    c.body = std::move(body);
    return call(c);
}

int serve(const Args& a) {
    auto config = load_sim_config(opt(a, "config"));
    if (!config) {
        std::cerr << "sportello-wasim: " << config.error().message << "\n";
        return 2;
    }
    boost::asio::io_context io;
    Simulator sim(io, std::move(*config));
    const auto port = sim.start();
    log::info("wasim", "WhatsApp Cloud API simulator listening on port " + std::to_string(port));
    boost::asio::signal_set signals(io, SIGINT, SIGTERM);
    signals.async_wait([&](const boost::system::error_code&, int) {
        sim.stop();
        io.stop();
    });
    std::thread second([&] { io.run(); });
    io.run();
    second.join();
    return 0;
}

int print_inbox(const Args& a, const std::string& wa_id, std::size_t seen_before) {
    auto r = control(a, "GET", "/_sim/citizens/" + wa_id + "/inbox");
    if (!r.ok()) {
        std::cerr << "cannot reach the simulator: " << r.error << "\n";
        return 1;
    }
    auto doc = boost::json::parse(r.response->body).as_object();
    const auto& msgs = doc["messages"].as_array();
    for (std::size_t i = seen_before; i < msgs.size(); ++i) {
        const auto& m = msgs[i].as_object();
        std::cout << "── " << m.at("type").as_string().c_str() << " · " << m.at("status").as_string().c_str() << "\n"
                  << m.at("text").as_string().c_str() << "\n";
        for (const auto& row : m.at("rows").as_array())
            std::cout << "  [" << row.as_object().at("title").as_string().c_str() << "] ("
                      << row.as_object().at("id").as_string().c_str() << ")\n";
    }
    return 0;
}

std::size_t inbox_size(const Args& a, const std::string& wa_id) {
    auto r = control(a, "GET", "/_sim/citizens/" + wa_id + "/inbox");
    if (!r.ok() || r.response->status != 200) return 0;
    return boost::json::parse(r.response->body).as_object()["messages"].as_array().size();
}

// WhatsApp ids are digits with the country code; people also type "+39 340…".
std::string wa_id_option(const Args& a, const std::string& name) {
    std::string digits;
    for (char c : opt(a, name))
        if (std::isdigit(static_cast<unsigned char>(c))) digits.push_back(c);
    return digits;
}

int say(const Args& a) {
    const auto number = wa_id_option(a, "from");
    const auto user_id = opt(a, "user-id");
    const auto from = number.empty() ? user_id : number;   // the simulator's citizen key
    if (from.empty() || a.words.size() < 2) {
        std::cerr << usage;
        return 2;
    }
    const auto before = inbox_size(a, from);
    boost::json::object body{{"text", a.words[1]}};
    if (!opt(a, "name").empty()) body["profile_name"] = opt(a, "name");
    if (!number.empty() && !user_id.empty()) body["user_id"] = user_id;
    auto r = control(a, "POST", "/_sim/citizens/" + from + "/messages", boost::json::serialize(body));
    if (!r.ok()) {
        std::cerr << "cannot reach the simulator: " << r.error << "\n";
        return 1;
    }
    std::cout << "sent: " << r.response->body << "\n";
    // Show the answer as it arrives (up to 5 seconds).
    for (int i = 0; i < 50 && inbox_size(a, from) == before; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    return print_inbox(a, from, before);
}

} // namespace

int run_cli(int argc, char** argv) {
    const Args a = parse(argc, argv);
    if (a.words.empty()) {
        std::cerr << usage;
        return 2;
    }
    try {
        if (a.words[0] == "serve") return serve(a);
        if (a.words[0] == "say") return say(a);
        if (a.words[0] == "inbox") return print_inbox(a, wa_id_option(a, "wa-id"), 0);
    } catch (const std::exception& e) {
        std::cerr << "sportello-wasim: " << e.what() << "\n";
        return 1;
    }
    std::cerr << usage;
    return 2;
}

} // namespace sportello::wasim
