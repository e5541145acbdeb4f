#include "outbound/error_policy.hpp"

#include "sportello/whatsapp/error_codes.hpp"

#include <algorithm>

namespace sportello::relay {

FailureAction classify_failure(int code, int http_status) noexcept {
    using namespace wa::error_code;
    switch (code) {
    case access_token: case policy_block: case account_locked:
        return FailureAction::stop_all;
    case re_engagement:
        return FailureAction::outside_window;
    case pair_rate_limit:
        return FailureAction::retry_recipient;
    case api_unknown: case api_overloaded: case app_rate_limit: case waba_rate_limit: case throughput:
    case something_went_wrong: case service_unavailable: case maintenance:
        return FailureAction::retry;
    case none:
        // No Meta error code: judge by the transport and the HTTP status.
        if (http_status == 0 || http_status >= 500 || http_status == 429 || http_status == 408)
            return FailureAction::retry;
        if (http_status == 401) return FailureAction::stop_all;   // code 0: AuthException
        return FailureAction::fail;
    default:
        return http_status >= 500 ? FailureAction::retry : FailureAction::fail;
    }
}

std::chrono::milliseconds Backoff::delay(int attempt, std::mt19937& random) const {
    const int exponent = std::clamp(attempt - 1, 0, 20);
    const auto raw = base_.count() * (1LL << exponent);
    const auto capped = std::min<long long>(raw, cap_.count());
    std::uniform_int_distribution<long long> jitter(capped / 2, capped);
    return std::chrono::milliseconds(jitter(random));
}

std::chrono::milliseconds Backoff::pair_rate_delay(int attempt) const {
    const int exponent = std::clamp(attempt - 1, 0, 10);
    const long long seconds = 1LL << (2 * exponent);
    return std::min(std::chrono::milliseconds(seconds * 1000), cap_);
}

} // namespace sportello::relay
