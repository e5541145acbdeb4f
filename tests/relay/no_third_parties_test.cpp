// No third parties: the relay names no network destination but the WhatsApp
// API it was configured with, and listens only where it was told. Every
// connect, sendto, sendmsg, bind and host-name lookup of the relay and of its
// commands is recorded (tests/support/net_recorder.cpp, loaded with
// LD_PRELOAD) while every kind of traffic runs; the negative control shows
// the recorder and the check catch a destination nobody configured.
#include "net_record.hpp"
#include "relay_fixture.hpp"
#include "traffic_scenario.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <set>
#include <stdexcept>

using namespace sportello;
using namespace sportello::testing;
namespace bj = boost::json;

namespace {

std::string loopback(unsigned short port) { return "127.0.0.1:" + std::to_string(port); }

bool any_of_call(const std::vector<NetEvent>& events, const std::string& call, const std::string& destination) {
    return std::any_of(events.begin(), events.end(),
                       [&](const NetEvent& e) { return e.call == call && e.destination == destination; });
}

// A listening socket on loopback that no one configured as the WhatsApp API.
struct ThirdParty {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    unsigned short port = 0;
    ThirdParty() {
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), len) != 0 || ::listen(fd, 16) != 0 ||
            ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0)
            throw std::runtime_error("cannot listen on loopback");
        port = ntohs(addr.sin_port);
    }
    ~ThirdParty() { ::close(fd); }
    ThirdParty(const ThirdParty&) = delete;
    ThirdParty& operator=(const ThirdParty&) = delete;
};

} // namespace

TEST(NoThirdParties, EveryKindOfTrafficReachesOnlyTheConfiguredWhatsAppApi) {
    auto options = traffic_fixture_options();
    options.record_network = true;
    RelayFixture f(options);
    const TrafficPlan plan{{"393471239001", "+39 347 123 9001", "Giulia Ferrero"},
                           {"393471239002", "+39 347 123 9002", "Marco Gallo"},
                           "Buongiorno, posso spostare il richiamo di una settimana?",
                           "Sì, può spostarlo dal portale della Regione.",
                           "Hub Torino Valdocco",
                           "modulo 2026/5501"};
    run_every_kind_of_traffic(f, plan);
    f.stop_relay();

    const auto events = read_network_record(f.network_record);
    std::set<int> daemon_pids;
    for (const auto& e : events)
        if (e.call == "bind" && e.destination == loopback(f.relay_port)) daemon_pids.insert(e.pid);
    ASSERT_EQ(daemon_pids.size(), 1u) << "the relay's listener was not recorded once:\n" << describe(events);
    std::vector<NetEvent> daemon, commands;
    for (const auto& e : events) (daemon_pids.count(e.pid) ? daemon : commands).push_back(e);

    // The daemon: sends to the simulator, the only WhatsApp API it was given,
    // listens on its own listener, and looks up no host name.
    EXPECT_TRUE(any_of_call(daemon, "connect", loopback(f.sim_port))) << describe(daemon);
    const NetPolicy daemon_policy{{loopback(f.sim_port)}, {"127.0.0.1"}, {loopback(f.relay_port)}};
    EXPECT_TRUE(outside_policy(daemon, daemon_policy).empty()) << describe(outside_policy(daemon, daemon_policy));
    // Its commands (create-user, create-client, save-template, probe): only the
    // probe connects, to the relay's own webhook.
    EXPECT_TRUE(any_of_call(commands, "connect", loopback(f.relay_port))) << describe(commands);
    const NetPolicy command_policy{{loopback(f.relay_port)}, {"127.0.0.1"}, {}};
    EXPECT_TRUE(outside_policy(commands, command_policy).empty()) << describe(outside_policy(commands, command_policy));
}

TEST(NoThirdParties, TheRecorderCatchesADestinationNobodyConfigured) {
    ThirdParty elsewhere;
    FixtureOptions options;
    options.record_network = true;
    // Configured, but not what the test allows: a name to look up, and a port
    // that is not the simulator's.
    options.tweak_relay_config = [&](bj::object& c) {
        c["whatsapp"].as_object()["api_base_url"] = "https://localhost:" + std::to_string(elsewhere.port) + "/v25.0";
    };
    RelayFixture f(options);
    f.citizen_says("393471239003", "#tamponi");   // the answer goes to the wrong place
    const NetPolicy policy{{loopback(f.sim_port)}, {"127.0.0.1"}, {loopback(f.relay_port)}};
    std::vector<NetEvent> outside;
    ASSERT_TRUE(wait_for([&] {
        outside = outside_policy(read_network_record(f.network_record), policy);
        return any_of_call(outside, "getaddrinfo", "localhost") &&
               any_of_call(outside, "connect", loopback(elsewhere.port));
    })) << describe(read_network_record(f.network_record));
    // Nothing the test did allow is reported.
    EXPECT_FALSE(any_of_call(outside, "bind", loopback(f.relay_port)));
}
