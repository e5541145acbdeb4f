#pragma once
// What the simulated WhatsApp world knows: citizens, the messages each one
// received from the business (with their delivery status), and when each
// last wrote (the 24-hour customer-service window). Thread-safe.

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace sportello::wasim {

// A citizen is known by a number (wa_id, digits), a WhatsApp user id
// (usernames, §2.6), or both. Where an API takes a "citizen key" it is
// either; a user id linked to a number leads to that number's citizen.
struct ReceivedMessage {
    std::string wamid;
    std::string wa_id;                   // empty when sent to a user id (`recipient`)
    std::string user_id;                 // the user id it was sent to, or the citizen's own
    std::string type;                    // text, interactive, template
    std::string text;                    // what the citizen reads (list body, rendered template)
    std::vector<std::string> row_ids;    // list rows
    std::vector<std::string> row_titles;
    std::string template_name;
    std::vector<std::string> parameters;
    std::string context_wamid;
    std::string callback_data;
    std::int64_t received_at_ms = 0;        // simulated clock
    std::int64_t received_at_us = 0;        // real clock, microseconds (latency benchmarks)
    std::string status = "accepted";     // sent, delivered, read
    std::string request_json;            // the send request as received
};

struct Citizen {
    std::string wa_id;                             // the citizen key: a number, or a user id alone
    std::string user_id;
    std::string profile_name;
    std::optional<std::int64_t> last_inbound_ms;   // simulated clock
    std::vector<std::string> inbox;                // wamids, oldest first
};

class SimState {
public:
    std::string next_wamid();
    std::string next_inbound_wamid();

    // Simulated "now": the real clock plus an offset tests can advance.
    std::int64_t now_ms() const;
    void advance_clock(std::int64_t ms);

    // key: the number, or the user id of a citizen without one. user_id, when
    // given with a number, is that citizen's own.
    void citizen_wrote(const std::string& key, const std::string& profile_name, const std::string& user_id = {});
    bool window_open(const std::string& key) const;
    // The citizen of this number adopts a username: Meta gives them a user id.
    void adopt_user_id(const std::string& number, const std::string& user_id);
    // The number a user id belongs to, else the user id itself.
    std::string citizen_key(const std::string& key_or_user_id) const;
    // The user id of the citizen with this key, if they have one.
    std::string user_id_of(const std::string& key) const;

    void record(ReceivedMessage message);
    void set_status(const std::string& wamid, const std::string& status);
    std::optional<ReceivedMessage> message(const std::string& wamid) const;
    std::vector<ReceivedMessage> inbox(const std::string& wa_id) const;
    std::vector<ReceivedMessage> all_messages() const;
    std::string profile_name(const std::string& wa_id) const;
    // The business marked a citizen's message read.
    void mark_read(const std::string& inbound_wamid);
    std::vector<std::string> marked_read() const;

private:
    mutable std::mutex mutex_;
    std::uint64_t counter_ = 0;
    std::int64_t clock_offset_ms_ = 0;
    std::string key_locked(const std::string& key_or_user_id) const;
    std::map<std::string, Citizen> citizens_;
    std::map<std::string, std::string> user_ids_;   // user id → citizen key
    std::map<std::string, ReceivedMessage> messages_;
    std::vector<std::string> order_;
    std::vector<std::string> marked_read_;
};

} // namespace sportello::wasim
