#pragma once
// What to do after a failed send, keyed on Meta's error code
// (whatsapp-cloud-api.md §5), never on titles.

#include <chrono>
#include <random>

namespace sportello::relay {

enum class FailureAction {
    retry,            // transient: back off and try again
    retry_recipient,  // pair rate limit (131056): delay only this recipient
    outside_window,   // 131047: free text no longer allowed; template or fail
    fail,             // permanent for this message
    stop_all,         // token/account problem: stop every send until an admin clears it
};

// code: Meta's error.code, 0 when the response carried none.
// http_status: 0 for transport failures (timeouts, resets).
FailureAction classify_failure(int code, int http_status) noexcept;

// Capped exponential backoff with full jitter in [delay/2, delay].
class Backoff {
public:
    Backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap) : base_(base), cap_(cap) {}
    // attempt: 1 for the first retry.
    std::chrono::milliseconds delay(int attempt, std::mt19937& random) const;
    // The pair-rate schedule 4^(attempt-1) seconds, capped: 1, 4, 16, 64 s…
    std::chrono::milliseconds pair_rate_delay(int attempt) const;

private:
    std::chrono::milliseconds base_;
    std::chrono::milliseconds cap_;
};

} // namespace sportello::relay
