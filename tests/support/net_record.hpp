#pragma once
// Reading what tests/support/net_recorder.cpp recorded (a process's network
// destinations), and checking it against what the test configured.

#include <set>
#include <string>
#include <vector>

namespace sportello::testing {

struct NetEvent {
    int pid = 0;
    std::string program;        // the process's short name, e.g. "sportello-relay"
    std::string call;           // connect, sendto, sendmsg, bind, getaddrinfo, gethostbyname
    std::string destination;    // "127.0.0.1:443", "[::1]:443", "unix:/path", "netlink", or a host name
    std::string line;           // as recorded
};

// Every event in the file; none if it does not exist. Throws on a line that
// is not in the recorder's format (a broken record must not read as empty).
std::vector<NetEvent> read_network_record(const std::string& path);

// What a process may do on the network.
struct NetPolicy {
    std::set<std::string> destinations;   // connect/sendto/sendmsg targets, "address:port"
    std::set<std::string> lookups;        // names getaddrinfo/gethostbyname may be asked for
    std::set<std::string> binds;          // local addresses it may listen on, "address:port"
};

// The events the policy does not allow. Netlink (the kernel's own interface,
// which glibc may use to list local addresses) never leaves the machine and
// is always allowed.
std::vector<NetEvent> outside_policy(const std::vector<NetEvent>& events, const NetPolicy& policy);

// One event a line, for a failing test's message.
std::string describe(const std::vector<NetEvent>& events);

} // namespace sportello::testing
