#include "app/year_uptime.hpp"

#include <algorithm>

namespace sportello::relay::generate {
namespace {
constexpr std::int64_t minute = 60'000;
} // namespace

Uptime::Uptime(std::uint64_t seed, std::int64_t year_start, std::int64_t year_end, std::int64_t heartbeat_ms)
    : random_(seed ^ 0x5eed0fa11u), heartbeat_ms_(heartbeat_ms) {
    // Seven outages, one in each of seven equal parts of the period (so that
    // they never overlap), at a random time within it.
    const Cause causes[] = {Cause::relay_down,   Cause::probe_failed,   Cause::database_unwritable, Cause::relay_down,
                            Cause::sending_stopped, Cause::probe_failed, Cause::relay_down};
    const std::int64_t part = (year_end - year_start) / 7;
    for (int k = 0; k < 7; ++k) {
        const auto minutes = 8 + random_.below(40);
        if (part <= (minutes + 10) * minute) break;   // a period too short for outages
        const auto start = year_start + k * part + random_.below(part - (minutes + 10) * minute);
        outages_.push_back({causes[k], start, start + minutes * minute});
    }
}

const Uptime::Outage* Uptime::during(std::int64_t at) const {
    for (const auto& o : outages_)
        if (at >= o.start_ms && at < o.end_ms) return &o;
    return nullptr;
}

void Uptime::write(storage::Connection& c, std::int64_t from, std::int64_t to) {
    // Heartbeats: on the interval, a little late as timers are.
    for (std::int64_t t = from - from % heartbeat_ms_ + heartbeat_ms_; t < to; t += heartbeat_ms_) {
        const auto at = t + random_.below(150);
        const auto* o = during(at);
        if (o && (o->cause == Cause::relay_down || o->cause == Cause::database_unwritable)) continue;
        // The first heartbeat after the database refused writes says since when.
        std::optional<std::int64_t> failed_since;
        if (const auto* before = during(at - heartbeat_ms_); before && before->cause == Cause::database_unwritable)
            failed_since = before->start_ms;
        const bool stopped = o && o->cause == Cause::sending_stopped;
        c.query("INSERT INTO heartbeats(at, dispatcher_running, sending_stopped, db_failed_since) VALUES (?, 1, ?, ?) "
                "ON CONFLICT(at) DO NOTHING",
                at, stopped, failed_since)
            .run();
        ++heartbeats_;
    }
    // The probe: every minute, a few seconds past it (a systemd timer).
    for (std::int64_t t = from - from % minute + minute; t < to; t += minute) {
        const auto at = t + 2'000 + random_.below(3'000);
        const auto* o = during(at);
        if (o && o->cause == Cause::relay_down) continue;   // the probe cannot even connect: it records nothing
        const bool failed = o && (o->cause == Cause::probe_failed || o->cause == Cause::database_unwritable);
        const std::string wamid = "wamid.genprobe" + std::to_string(++serial_) + "." + std::to_string(at);
        if (failed)
            c.query("INSERT INTO probe_results(started_at, ok, latency_ms, cause, wamid) VALUES (?, 0, NULL, ?, ?)", at,
                    std::string("the answer did not reach the outbox within the deadline"), wamid)
                .run();
        else
            c.query("INSERT INTO probe_results(started_at, ok, latency_ms, cause, wamid) VALUES (?, 1, ?, '', ?)", at,
                    static_cast<std::int64_t>(random_.log_normal(350, 0.4)), wamid)
                .run();
        ++probes_;
    }
}

} // namespace sportello::relay::generate
