#pragma once
// Wakes the operators' event streams (GET /ops/v1/events) when case events
// were committed. The events themselves are rows of case_events, read by
// each stream from the id it last sent: a stream that misses a wake-up loses
// nothing (it reads again at its next heartbeat at the latest), and one that
// reconnects with Last-Event-ID replays exactly what it missed.

#include <boost/asio/steady_timer.hpp>

#include <atomic>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>

namespace sportello::relay {

class EventFeed {
public:
    using Timer = boost::asio::steady_timer;

    // While the returned handle lives, notify() cancels the timer's wait (on
    // the timer's own executor, so a stream checking generation() and then
    // waiting on the same strand can never miss a notification).
    std::shared_ptr<void> subscribe(std::shared_ptr<Timer> wake);

    // After a commit that wrote case events; from any thread.
    void notify();

    // Changes at every notify(): read it before reading the events and
    // compare it before waiting.
    std::uint64_t generation() const noexcept { return generation_.load(); }

private:
    std::mutex mutex_;
    std::list<std::weak_ptr<Timer>> subscribers_;
    std::atomic<std::uint64_t> generation_{0};
};

} // namespace sportello::relay
