#include "net_record.hpp"

#include "process.hpp"

#include <sstream>
#include <stdexcept>

namespace sportello::testing {

std::vector<NetEvent> read_network_record(const std::string& path) {
    std::vector<NetEvent> events;
    std::istringstream in(read_text_file(path));
    std::string line;
    while (std::getline(in, line)) {
        NetEvent e;
        std::istringstream fields(line);
        if (!(fields >> e.pid >> e.program >> e.call >> e.destination))
            throw std::runtime_error("network record " + path + ": not a recorded event: " + line);
        e.line = line;
        events.push_back(std::move(e));
    }
    return events;
}

std::vector<NetEvent> outside_policy(const std::vector<NetEvent>& events, const NetPolicy& policy) {
    std::vector<NetEvent> outside;
    for (const auto& e : events) {
        bool allowed = false;
        if (e.destination == "netlink") allowed = true;
        else if (e.call == "connect" || e.call == "sendto" || e.call == "sendmsg") allowed = policy.destinations.count(e.destination) > 0;
        else if (e.call == "bind") allowed = policy.binds.count(e.destination) > 0;
        else if (e.call == "getaddrinfo" || e.call == "gethostbyname") allowed = policy.lookups.count(e.destination) > 0;
        if (!allowed) outside.push_back(e);
    }
    return outside;
}

std::string describe(const std::vector<NetEvent>& events) {
    std::string out;
    for (const auto& e : events) out += e.line + "\n";
    return out;
}

} // namespace sportello::testing
