#pragma once
// Rate limits of the dispatcher: a token bucket (the global rate and the
// bulk lane's share of it) and per-recipient pacing (WhatsApp's pair rate
// limit: on average one message per recipient every few seconds, with a
// bounded burst). Times are caller-supplied milliseconds, so the classes are
// deterministic and unit-tested.

#include <cstdint>
#include <mutex>
#include <optional>
#include <unordered_map>

namespace sportello::relay {

class TokenBucket {
public:
    // Starts with `initial_tokens` (clamped to [0, capacity]).
    TokenBucket(double rate_per_second, double capacity, double initial_tokens, std::int64_t now_ms);
    // Takes up to `wanted` whole tokens; returns how many were taken.
    int take(int wanted, std::int64_t now_ms);
    void give_back(int tokens);
    // Whole tokens available now.
    int available(std::int64_t now_ms);
    // Milliseconds until `tokens` are available (0 if they are).
    std::int64_t wait_ms(std::int64_t now_ms, double tokens = 1.0);

private:
    void refill(std::int64_t now_ms);
    double rate_;
    double capacity_;
    double tokens_;
    std::int64_t updated_ms_;
};

// Thread-safe: the claim runs on the database writer thread.
class RecipientPacer {
public:
    RecipientPacer(double interval_seconds, int burst);
    // Consumes the recipient's allowance and returns nullopt when a message
    // may go now; otherwise the time (ms) when the next one may.
    std::optional<std::int64_t> acquire(std::int64_t contact_id, std::int64_t now_ms);
    // Gives the allowance back (the message was not sent after all).
    void release(std::int64_t contact_id);
    // Delays a recipient after WhatsApp reported the pair limit (131056).
    void hold(std::int64_t contact_id, std::int64_t until_ms);

private:
    struct State {
        double tokens;
        std::int64_t updated_ms;
        std::int64_t held_until_ms = 0;
    };
    double interval_ms_;
    int burst_;
    std::mutex mutex_;
    std::unordered_map<std::int64_t, State> states_;
};

} // namespace sportello::relay
