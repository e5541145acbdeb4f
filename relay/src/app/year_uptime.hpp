#pragma once
// The generated year's heartbeats (every heartbeat interval) and probe
// results (every minute), as the relay and its probe write them, with a few
// outages planned from the seed: the relay down (no heartbeat, no probe),
// the database refusing writes (a gap, then a heartbeat naming since when),
// sending stopped by WhatsApp, and failed probes. Each run inside a write job.

#include "app/year_model.hpp"
#include "storage/sqlite.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace sportello::relay::generate {

class Uptime {
public:
    Uptime(std::uint64_t seed, std::int64_t year_start_ms, std::int64_t year_end_ms, std::int64_t heartbeat_ms);

    // Writes the rows of [from, to).
    void write(storage::Connection& c, std::int64_t from_ms, std::int64_t to_ms);

    std::int64_t heartbeats() const noexcept { return heartbeats_; }
    std::int64_t probes() const noexcept { return probes_; }
    std::size_t outages() const noexcept { return outages_.size(); }

private:
    enum class Cause { relay_down, database_unwritable, sending_stopped, probe_failed };
    struct Outage {
        Cause cause;
        std::int64_t start_ms, end_ms;
    };
    const Outage* during(std::int64_t at_ms) const;

    Random random_;
    std::int64_t heartbeat_ms_;
    std::vector<Outage> outages_;
    std::int64_t serial_ = 0, heartbeats_ = 0, probes_ = 0;
};

} // namespace sportello::relay::generate
