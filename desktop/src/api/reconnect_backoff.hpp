#pragma once
// The pause before the next attempt to reach the relay again: first, then
// doubling up to max; reset() after a success starts over. Used by the event
// stream's reconnection and by the inbox's offline retries.

#include <algorithm>
#include <chrono>

namespace sportello::desk {

class ReconnectBackoff {
public:
    constexpr ReconnectBackoff(std::chrono::milliseconds first, std::chrono::milliseconds max)
        : first_(first), max_(max), next_(first) {}

    // The pause to wait now; the following one is twice as long (at most max).
    std::chrono::milliseconds next() {
        const auto pause = next_;
        next_ = std::min(next_ * 2, max_);
        return pause;
    }
    // What next() would answer, without moving on.
    std::chrono::milliseconds peek() const { return next_; }
    void reset() { next_ = first_; }

private:
    std::chrono::milliseconds first_;
    std::chrono::milliseconds max_;
    std::chrono::milliseconds next_;
};

} // namespace sportello::desk
