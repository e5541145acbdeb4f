#pragma once
// Who is looking at which case right now, so that colleagues see it before
// they start on the same citizen. In memory: a desk says it is viewing a case
// every few seconds; a mark not renewed within the expiry is gone. Thread-safe.

#include "sportello/api/cases.hpp"

#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <vector>

namespace sportello::relay {

class Presence {
public:
    explicit Presence(std::chrono::milliseconds expiry = std::chrono::seconds(45)) : expiry_(expiry) {}

    void viewing(std::int64_t case_id, const api::CaseOperator& who, std::int64_t now_ms);
    void left(std::int64_t case_id, std::int64_t user_id);
    std::vector<api::CaseOperator> viewers(std::int64_t case_id, std::int64_t now_ms) const;

private:
    struct Mark {
        api::CaseOperator who;
        std::int64_t until_ms = 0;
    };
    std::chrono::milliseconds expiry_;
    mutable std::mutex mutex_;
    std::map<std::int64_t, std::map<std::int64_t, Mark>> marks_;   // case → user → mark
};

} // namespace sportello::relay
