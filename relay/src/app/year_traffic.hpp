#pragma once
// The generated year's traffic, written as the relay's own paths store it
// (sportello-relay generate, docs/relay-cli.md): citizens' requests as the
// webhook intake stores them (the real bot decides each one, bodies and
// replies encrypted by the vault, numbers looked up by their keyed hash),
// replies and pushes as the dispatcher records them once the Cloud API
// accepted them, WhatsApp's statuses as the status webhooks store them, SIRE
// notifications and broadcasts, and operators' cases through the case store
// itself. Events run in time order (ids grow with time, as in production).
// Rollups are not maintained here: the generator rebuilds them afterwards.
//
// Every function runs inside a write job on the connection it is given.

#include "app/year_model.hpp"
#include "config/config.hpp"
#include "security/vault.hpp"
#include "sportello/api/cases.hpp"
#include "sportello/hashtag/matcher.hpp"
#include "sportello/hashtag/tree.hpp"
#include "sportello/outbox_state.hpp"
#include "storage/sqlite.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace sportello::relay::generate {

struct Counts {
    std::int64_t requests = 0, push_replies = 0, auto_replies = 0, pushes = 0, broadcast_messages = 0,
                 statuses = 0, cases_opened = 0, cases_closed = 0, operator_replies = 0;
};

class Traffic {
public:
    // wamid_prefix makes this run's message ids unique ("wamid.gen…").
    Traffic(const RelayConfig& config, const security::Vault& vault, const hashtag::HashtagTree& tree,
            std::uint64_t seed, std::string wamid_prefix);

    // Citizens (phone numbers encrypted, with consent as SIRE registered
    // it), the operators, SIRE's API client and the push templates.
    void setup(storage::Connection& c, std::int64_t contacts, int operators, std::int64_t at_ms);

    // Schedules a direct request of a citizen chosen on the long tail, and a
    // personal push (SIRE reminder).
    void add_request(std::int64_t at_ms);
    void add_push(std::int64_t at_ms);
    // Stores a broadcast to `recipients` citizens who agreed to information
    // messages and schedules its sends at the dispatcher's rate.
    void add_broadcast(storage::Connection& c, std::int64_t at_ms, std::int64_t recipients, const std::string& name);

    // Runs every scheduled event before end_ms, in time order; events they
    // schedule later wait for the next call (or are dropped at the year's end:
    // cases then stay open, as they would).
    void run_until(storage::Connection& c, std::int64_t end_ms);

    const Counts& counts() const noexcept { return counts_; }

private:
    enum class Kind { request, push_reply, push, broadcast_send, claim, operator_reply, close };
    struct Event {
        Kind kind;
        std::int64_t contact = 0;   // index into contacts_
        std::int64_t ref = 0;       // broadcast id, case id
        int op = 0;                 // index into operators_
    };
    struct Citizen {
        std::int64_t id = 0;
        bool reminders = true, information = false;
    };
    struct Decided {
        hashtag::Decision decision;
        std::string json, rule;
        hashtag::UnansweredKey unanswered;
        std::optional<api::CaseReason> case_reason;
        bool answered_while_open = false;
        std::vector<std::string> replies;   // wa::OutgoingMessage JSON, in clear until stored
    };
    struct Fate {
        OutboxState state = OutboxState::sent;
        std::optional<std::int64_t> error_code;
        std::optional<std::string> error_title;
    };

    const Decided& decide(const std::string& text, std::int64_t at_ms);
    std::size_t pick_citizen();
    std::string next_wamid(char kind);
    void request(storage::Connection& c, std::int64_t at_ms, std::size_t citizen, bool after_push);
    void push(storage::Connection& c, std::int64_t at_ms, std::size_t citizen, std::int64_t broadcast_id);
    // WhatsApp's statuses of an accepted message; returns its final state.
    Fate statuses(storage::Connection& c, const std::string& wamid, std::int64_t sent_at_ms, bool is_template);
    void consent(storage::Connection& c, std::size_t citizen, hashtag::ConsentAction action, std::int64_t at_ms);
    void case_step(storage::Connection& c, const Event& e, std::int64_t at_ms);

    const RelayConfig& config_;
    const security::Vault& vault_;
    const hashtag::HashtagTree& tree_;
    Random random_;
    std::string wamid_prefix_;
    std::int64_t serial_ = 0;
    std::vector<std::string> topics_;          // hashtags of the tree, most requested first
    Zipf topic_rank_, unknown_rank_;
    std::vector<Citizen> citizens_;
    std::vector<std::int64_t> operators_;      // user ids
    std::int64_t sire_client_ = 0;
    std::unordered_map<std::int64_t, std::int64_t> open_cases_;   // citizen index → case id
    std::string decided_day_;
    std::unordered_map<std::string, Decided> decided_;
    std::multimap<std::int64_t, Event> pending_;
    Counts counts_;
};

} // namespace sportello::relay::generate
