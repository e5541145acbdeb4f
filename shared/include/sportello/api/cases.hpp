#pragma once
// /ops/v1 types of the operators' inbox: cases (a citizen's request the bot
// could not answer, or a request for a person), their queue, the citizen's
// whole conversation, and operators' replies. Codec in cases_codec.cpp; see
// docs/ops-api.md.

#include "sportello/result.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sportello::api {

// new → claimed → waiting (for the citizen) → closed; a citizen's message
// brings a waiting case back to claimed, a release back to new.
enum class CaseState { fresh, claimed, waiting, closed };
enum class CaseOutcome { answered, not_pertinent, duplicate, spam };
// Why the case opened.
enum class CaseReason { unknown_tag, question, free_text, unsupported_type, asked_for_operator };

std::string_view to_string(CaseState s) noexcept;     // "new", "claimed", "waiting", "closed"
std::string_view to_string(CaseOutcome o) noexcept;
std::string_view to_string(CaseReason r) noexcept;
std::optional<CaseState> case_state_from_string(std::string_view s) noexcept;
std::optional<CaseOutcome> case_outcome_from_string(std::string_view s) noexcept;
std::optional<CaseReason> case_reason_from_string(std::string_view s) noexcept;

struct CaseOperator {
    std::int64_t id = 0;
    std::string username;
    std::string display_name;
    friend bool operator==(const CaseOperator&, const CaseOperator&) = default;
};

struct CaseSummary {
    std::int64_t id = 0;
    CaseState state = CaseState::fresh;
    std::optional<CaseOutcome> outcome;
    CaseReason reason = CaseReason::free_text;
    std::string citizen;                       // masked number, or masked user id
    std::string profile_name;                  // as WhatsApp gave it; may be empty
    std::string preview;                       // the citizen's latest text, shortened
    std::int64_t opened_at_ms = 0;
    std::int64_t last_inbound_at_ms = 0;
    std::optional<std::int64_t> window_closes_at_ms;   // nullopt: closed (or never opened)
    std::optional<CaseOperator> owner;
    std::vector<CaseOperator> viewers;         // who has it open right now
    friend bool operator==(const CaseSummary&, const CaseSummary&) = default;
};

// GET /ops/v1/cases?filter=mine|unassigned|all|closed
struct CaseList {
    std::vector<CaseSummary> cases;            // most urgent first: least time left in the window
    std::map<std::string, std::int64_t> counts;   // per state, of all cases not closed; "closed": today's
    friend bool operator==(const CaseList&, const CaseList&) = default;
};

// One item of the citizen's whole thread, oldest first.
struct ThreadItem {
    std::int64_t at_ms = 0;
    std::string direction;                     // "in" (citizen), "out" (to the citizen), "event"
    std::string kind;                          // citizen, auto_reply, operator_reply, push, broadcast, consent
    std::string type;                          // text, image, template… (inbound: as WhatsApp sent it)
    std::string text;                          // what was said; media as metadata ("[immagine]")
    std::string status;                        // outbound: queued, sent, delivered, read, failed…
    std::string error;                         // outbound failures, in Italian
    std::string author;                        // operator replies: who wrote them
    std::optional<std::int64_t> outbox_id;
    friend bool operator==(const ThreadItem&, const ThreadItem&) = default;
};

struct CaseTiming {
    std::int64_t opened_at_ms = 0;
    std::optional<std::int64_t> first_reply_at_ms;            // accepted by the Cloud API
    std::optional<std::int64_t> first_reply_delivered_at_ms;
    std::optional<std::int64_t> closed_at_ms;
    std::optional<CaseOperator> first_replied_by;
    friend bool operator==(const CaseTiming&, const CaseTiming&) = default;
};

// A published answer offered as a one-click reply.
struct CannedAnswer {
    std::int64_t node_id = 0;
    std::string tag;
    std::string title;
    std::string text;
    friend bool operator==(const CannedAnswer&, const CannedAnswer&) = default;
};

// GET /ops/v1/cases/{id}
struct CaseDetail {
    CaseSummary summary;
    std::vector<ThreadItem> thread;
    CaseTiming timing;
    std::vector<CannedAnswer> suggestions;     // the bot's near misses for the citizen's words
    friend bool operator==(const CaseDetail&, const CaseDetail&) = default;
};

// POST /ops/v1/cases/{id}/replies: free text inside the 24-hour window, an
// approved template outside it (or inside, by choice).
struct CaseReply {
    std::string text;
    std::string template_name;
    std::string template_language = "it";
    std::vector<std::string> parameters;
    std::string idempotency_key;               // a retried reply is sent once
};

struct CaseReplyAccepted {
    std::int64_t outbox_id = 0;
    std::string status;                        // queued
    friend bool operator==(const CaseReplyAccepted&, const CaseReplyAccepted&) = default;
};

struct CaseTransfer {
    std::string username;
};

struct CaseClose {
    CaseOutcome outcome = CaseOutcome::answered;
};

struct RevealedNumber {
    std::string phone;                         // E.164
    friend bool operator==(const RevealedNumber&, const RevealedNumber&) = default;
};

std::string encode(const CaseSummary& v);
std::string encode(const CaseList& v);
std::string encode(const CaseDetail& v);
std::string encode(const CaseReply& v);
std::string encode(const CaseReplyAccepted& v);
std::string encode(const CaseTransfer& v);
std::string encode(const CaseClose& v);
std::string encode(const RevealedNumber& v);
std::string encode(const std::vector<CannedAnswer>& v);   // {"answers":[…]}
// GET /ops/v1/colleagues: who may take a transferred case.
std::string encode(const std::vector<CaseOperator>& v);   // {"colleagues":[…]}

template <class T>
Result<T> decode_cases(std::string_view json_text);   // specialised for each type above

} // namespace sportello::api
