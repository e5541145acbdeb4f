#include "outbound/pacing.hpp"

#include <algorithm>
#include <cmath>

namespace sportello::relay {

TokenBucket::TokenBucket(double rate, double capacity, double initial_tokens, std::int64_t now_ms)
    : rate_(rate), capacity_(std::max(1.0, capacity)), tokens_(std::clamp(initial_tokens, 0.0, capacity_)),
      updated_ms_(now_ms) {}

void TokenBucket::refill(std::int64_t now_ms) {
    if (now_ms > updated_ms_) {
        tokens_ = std::min(capacity_, tokens_ + static_cast<double>(now_ms - updated_ms_) * rate_ / 1000.0);
        updated_ms_ = now_ms;
    }
}

int TokenBucket::take(int wanted, std::int64_t now_ms) {
    refill(now_ms);
    const int granted = std::max(0, std::min(wanted, static_cast<int>(std::floor(tokens_))));
    tokens_ -= granted;
    return granted;
}

void TokenBucket::give_back(int tokens) { tokens_ = std::min(capacity_, tokens_ + tokens); }

int TokenBucket::available(std::int64_t now_ms) {
    refill(now_ms);
    return static_cast<int>(std::floor(tokens_));
}

std::int64_t TokenBucket::wait_ms(std::int64_t now_ms, double tokens) {
    refill(now_ms);
    if (tokens_ >= tokens) return 0;
    return static_cast<std::int64_t>(std::ceil((tokens - tokens_) * 1000.0 / rate_));
}

RecipientPacer::RecipientPacer(double interval_seconds, int burst)
    : interval_ms_(interval_seconds * 1000.0), burst_(std::max(1, burst)) {}

std::optional<std::int64_t> RecipientPacer::acquire(std::int64_t contact_id, std::int64_t now_ms) {
    if (interval_ms_ <= 0) return std::nullopt;
    std::lock_guard lock(mutex_);
    auto [it, fresh] = states_.try_emplace(contact_id, State{static_cast<double>(burst_), now_ms, 0});
    auto& s = it->second;
    if (s.held_until_ms > now_ms) return s.held_until_ms;
    if (now_ms > s.updated_ms) {
        s.tokens = std::min<double>(burst_, s.tokens + static_cast<double>(now_ms - s.updated_ms) / interval_ms_);
        s.updated_ms = now_ms;
    }
    if (s.tokens >= 1.0) {
        s.tokens -= 1.0;
        // Forget recipients that are back to a full allowance: the map stays small.
        if (states_.size() > 100000) {
            for (auto i = states_.begin(); i != states_.end();)
                i = (i->second.tokens >= burst_ - 1 && i->second.held_until_ms <= now_ms) ? states_.erase(i) : std::next(i);
        }
        return std::nullopt;
    }
    return now_ms + static_cast<std::int64_t>(std::ceil((1.0 - s.tokens) * interval_ms_));
}

void RecipientPacer::release(std::int64_t contact_id) {
    std::lock_guard lock(mutex_);
    if (auto it = states_.find(contact_id); it != states_.end())
        it->second.tokens = std::min<double>(burst_, it->second.tokens + 1.0);
}

void RecipientPacer::hold(std::int64_t contact_id, std::int64_t until_ms) {
    std::lock_guard lock(mutex_);
    auto& s = states_.try_emplace(contact_id, State{0.0, until_ms, 0}).first->second;
    s.held_until_ms = std::max(s.held_until_ms, until_ms);
}

} // namespace sportello::relay
