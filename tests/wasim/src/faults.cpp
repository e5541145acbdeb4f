#include "faults.hpp"

#include "sportello/json.hpp"

namespace sportello::wasim {

void FaultPlan::add(std::vector<Fault> faults) {
    std::lock_guard lock(mutex_);
    for (auto& f : faults) faults_.push_back(std::move(f));
}

void FaultPlan::clear() {
    std::lock_guard lock(mutex_);
    faults_.clear();
}

std::optional<Fault> FaultPlan::take(const std::string& wa_id) {
    std::lock_guard lock(mutex_);
    for (auto it = faults_.begin(); it != faults_.end(); ++it) {
        if (!it->to.empty() && it->to != wa_id) continue;
        Fault f = *it;
        if (--it->remaining <= 0) faults_.erase(it);
        return f;
    }
    return std::nullopt;
}

std::size_t FaultPlan::pending() const {
    std::lock_guard lock(mutex_);
    return faults_.size();
}

Result<std::vector<Fault>> parse_faults(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        std::vector<Fault> out;
        for (const auto& item : r.at("faults").array()) {
            Fault f;
            const auto kind = item.get_string("kind");
            if (kind == "error") f.kind = Fault::Kind::error;
            else if (kind == "http_status") f.kind = Fault::Kind::http_status;
            else if (kind == "latency") f.kind = Fault::Kind::latency;
            else if (kind == "timeout") f.kind = Fault::Kind::timeout;
            else if (kind == "drop") f.kind = Fault::Kind::drop;
            else if (kind == "async_error") f.kind = Fault::Kind::async_error;
            else item.at("kind").fail("must be error, http_status, latency, timeout, drop or async_error");
            f.code = static_cast<int>(item.get_optional_integer("code").value_or(0));
            f.http_status = static_cast<int>(item.get_optional_integer("http_status").value_or(f.kind == Fault::Kind::http_status ? 503 : 400));
            f.delay_ms = static_cast<int>(item.get_optional_integer("delay_ms").value_or(f.kind == Fault::Kind::timeout ? 60000 : 0));
            f.accept = item.get_bool("accept", false);
            f.to = item.get_optional_string("to").value_or("");
            f.remaining = static_cast<int>(item.get_optional_integer("count").value_or(1));
            out.push_back(std::move(f));
        }
        return out;
    });
}

} // namespace sportello::wasim
