#include "sim_state.hpp"

#include "sportello/crypto.hpp"
#include "sportello/time.hpp"

namespace sportello::wasim {

namespace {
constexpr std::int64_t window_ms = 24LL * 3600 * 1000;

// Meta's wamids are "wamid." + base64; ours are recognisably simulated.
std::string make_wamid(const char* kind, std::uint64_t n) {
    auto random = crypto::random_bytes(6);
    return std::string("wamid.SIM") + kind + std::to_string(n) + "_" + crypto::base64url_encode(random);
}
} // namespace

std::string SimState::next_wamid() {
    std::lock_guard lock(mutex_);
    return make_wamid("OUT", ++counter_);
}

std::string SimState::next_inbound_wamid() {
    std::lock_guard lock(mutex_);
    return make_wamid("IN", ++counter_);
}

std::int64_t SimState::now_ms() const {
    std::lock_guard lock(mutex_);
    return time::now_ms() + clock_offset_ms_;
}

void SimState::advance_clock(std::int64_t ms) {
    std::lock_guard lock(mutex_);
    clock_offset_ms_ += ms;
}

void SimState::citizen_wrote(const std::string& key, const std::string& profile_name, const std::string& user_id) {
    const auto now = now_ms();
    std::lock_guard lock(mutex_);
    const auto k = key_locked(key);
    auto& c = citizens_[k];
    c.wa_id = k;
    if (!user_id.empty()) {
        c.user_id = user_id;
        user_ids_[user_id] = k;
    } else if (k.find_first_not_of("0123456789") != std::string::npos) {
        c.user_id = k;   // known by a user id alone
        user_ids_.emplace(k, k);
    }
    if (!profile_name.empty()) c.profile_name = profile_name;
    c.last_inbound_ms = now;
}

void SimState::adopt_user_id(const std::string& number, const std::string& user_id) {
    std::lock_guard lock(mutex_);
    auto& c = citizens_[number];
    c.wa_id = number;
    c.user_id = user_id;
    user_ids_[user_id] = number;
}

std::string SimState::key_locked(const std::string& key_or_user_id) const {
    auto it = user_ids_.find(key_or_user_id);
    return it == user_ids_.end() ? key_or_user_id : it->second;
}

std::string SimState::citizen_key(const std::string& key_or_user_id) const {
    std::lock_guard lock(mutex_);
    return key_locked(key_or_user_id);
}

std::string SimState::user_id_of(const std::string& key) const {
    std::lock_guard lock(mutex_);
    auto it = citizens_.find(key_locked(key));
    return it == citizens_.end() ? std::string() : it->second.user_id;
}

bool SimState::window_open(const std::string& key) const {
    const auto now = now_ms();
    std::lock_guard lock(mutex_);
    auto it = citizens_.find(key_locked(key));
    return it != citizens_.end() && it->second.last_inbound_ms && now - *it->second.last_inbound_ms < window_ms;
}

void SimState::record(ReceivedMessage m) {
    std::lock_guard lock(mutex_);
    const auto k = key_locked(m.wa_id.empty() ? m.user_id : m.wa_id);
    auto& c = citizens_[k];
    c.wa_id = k;
    c.inbox.push_back(m.wamid);
    order_.push_back(m.wamid);
    messages_[m.wamid] = std::move(m);
}

void SimState::set_status(const std::string& wamid, const std::string& status) {
    std::lock_guard lock(mutex_);
    if (auto it = messages_.find(wamid); it != messages_.end()) it->second.status = status;
}

std::optional<ReceivedMessage> SimState::message(const std::string& wamid) const {
    std::lock_guard lock(mutex_);
    auto it = messages_.find(wamid);
    if (it == messages_.end()) return std::nullopt;
    return it->second;
}

std::vector<ReceivedMessage> SimState::inbox(const std::string& key) const {
    std::lock_guard lock(mutex_);
    std::vector<ReceivedMessage> out;
    if (auto it = citizens_.find(key_locked(key)); it != citizens_.end())
        for (const auto& w : it->second.inbox) out.push_back(messages_.at(w));
    return out;
}

std::vector<ReceivedMessage> SimState::all_messages() const {
    std::lock_guard lock(mutex_);
    std::vector<ReceivedMessage> out;
    out.reserve(order_.size());
    for (const auto& w : order_) out.push_back(messages_.at(w));
    return out;
}

void SimState::mark_read(const std::string& inbound_wamid) {
    std::lock_guard lock(mutex_);
    marked_read_.push_back(inbound_wamid);
}

std::vector<std::string> SimState::marked_read() const {
    std::lock_guard lock(mutex_);
    return marked_read_;
}

std::string SimState::profile_name(const std::string& key) const {
    std::lock_guard lock(mutex_);
    auto it = citizens_.find(key_locked(key));
    return it == citizens_.end() ? std::string() : it->second.profile_name;
}

} // namespace sportello::wasim
