#include "cases/presence.hpp"

namespace sportello::relay {

void Presence::viewing(std::int64_t case_id, const api::CaseOperator& who, std::int64_t now_ms) {
    std::lock_guard lock(mutex_);
    marks_[case_id][who.id] = Mark{who, now_ms + expiry_.count()};
}

void Presence::left(std::int64_t case_id, std::int64_t user_id) {
    std::lock_guard lock(mutex_);
    if (auto it = marks_.find(case_id); it != marks_.end()) {
        it->second.erase(user_id);
        if (it->second.empty()) marks_.erase(it);
    }
}

std::vector<api::CaseOperator> Presence::viewers(std::int64_t case_id, std::int64_t now_ms) const {
    std::lock_guard lock(mutex_);
    std::vector<api::CaseOperator> out;
    if (auto it = marks_.find(case_id); it != marks_.end())
        for (const auto& [user, mark] : it->second)
            if (mark.until_ms > now_ms) out.push_back(mark.who);
    return out;
}

} // namespace sportello::relay
