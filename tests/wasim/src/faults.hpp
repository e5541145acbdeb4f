#pragma once
// Faults the simulator injects into the send API on request, the way the
// real Cloud API misbehaves: error codes, bare 5xx, latency, timeouts,
// dropped connections, and errors reported later in a "failed" status.
// Thread-safe.

#include "sportello/result.hpp"

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace sportello::wasim {

struct Fault {
    enum class Kind { error, http_status, latency, timeout, drop, async_error };
    Kind kind = Kind::error;
    int code = 0;               // Meta error code (error, async_error)
    int http_status = 400;      // error, http_status
    int delay_ms = 0;           // latency, timeout (how long before answering, if ever)
    bool accept = false;        // timeout/drop: whether the message still reaches the citizen
    std::string to;             // only for this recipient (digits); empty: anyone
    int remaining = 1;          // how many sends it applies to
};

class FaultPlan {
public:
    void add(std::vector<Fault> faults);
    void clear();
    // The fault for a send to wa_id, consuming one use of it.
    std::optional<Fault> take(const std::string& wa_id);
    std::size_t pending() const;

private:
    mutable std::mutex mutex_;
    std::vector<Fault> faults_;
};

// {"faults":[{"kind":"error","code":130429,"http_status":400,"count":2,"to":"39…"}, …]}
Result<std::vector<Fault>> parse_faults(std::string_view json_text);

} // namespace sportello::wasim
