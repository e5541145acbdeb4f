#include "sportello/api/cases.hpp"
#include "sportello/json.hpp"
#include "time_fields.hpp"

#include <boost/json.hpp>

#include <array>
#include <utility>

namespace sportello::api {
namespace bj = boost::json;

namespace {

using detail::optional_time;
using detail::required_time;
using detail::time_or_null;

constexpr std::array<std::pair<CaseState, std::string_view>, 4> state_names{
    {{CaseState::fresh, "new"}, {CaseState::claimed, "claimed"}, {CaseState::waiting, "waiting"},
     {CaseState::closed, "closed"}}};
constexpr std::array<std::pair<CaseOutcome, std::string_view>, 4> outcome_names{
    {{CaseOutcome::answered, "answered"}, {CaseOutcome::not_pertinent, "not_pertinent"},
     {CaseOutcome::duplicate, "duplicate"}, {CaseOutcome::spam, "spam"}}};
constexpr std::array<std::pair<CaseReason, std::string_view>, 5> reason_names{
    {{CaseReason::unknown_tag, "unknown_tag"}, {CaseReason::question, "question"},
     {CaseReason::free_text, "free_text"}, {CaseReason::unsupported_type, "unsupported_type"},
     {CaseReason::asked_for_operator, "asked_for_operator"}}};

template <class Enum, std::size_t N>
std::string_view name_of(const std::array<std::pair<Enum, std::string_view>, N>& names, Enum value) noexcept {
    for (const auto& [v, name] : names)
        if (v == value) return name;
    return {};
}

template <class Enum, std::size_t N>
std::optional<Enum> value_of(const std::array<std::pair<Enum, std::string_view>, N>& names,
                             std::string_view name) noexcept {
    for (const auto& [v, n] : names)
        if (n == name) return v;
    return std::nullopt;
}

template <class Enum, class Parse>
Enum required_enum(const json::Reader& r, std::string_view key, Parse parse, const char* expected) {
    if (auto v = parse(r.get_string(key))) return *v;
    r.at(key).fail(std::string("expected one of ") + expected);
}

bj::value operator_json(const std::optional<CaseOperator>& o) {
    if (!o) return nullptr;
    return bj::object{{"id", o->id}, {"username", o->username}, {"display_name", o->display_name}};
}

CaseOperator operator_from(const json::Reader& r) {
    return CaseOperator{r.get_integer("id"), r.get_string("username"), r.get_string("display_name")};
}

std::optional<CaseOperator> optional_operator(const json::Reader& r, std::string_view key) {
    if (auto o = r.find(key)) return operator_from(*o);
    return std::nullopt;
}

bj::object summary_json(const CaseSummary& c) {
    bj::array viewers;
    for (const auto& v : c.viewers) viewers.push_back(operator_json(v));
    return bj::object{{"id", c.id},
                      {"state", to_string(c.state)},
                      {"outcome", c.outcome ? bj::value(to_string(*c.outcome)) : bj::value(nullptr)},
                      {"reason", to_string(c.reason)},
                      {"citizen", c.citizen},
                      {"profile_name", c.profile_name},
                      {"preview", c.preview},
                      {"opened_at", time::format_iso8601(c.opened_at_ms)},
                      {"last_inbound_at", time::format_iso8601(c.last_inbound_at_ms)},
                      {"window_closes_at", time_or_null(c.window_closes_at_ms)},
                      {"owner", operator_json(c.owner)},
                      {"viewers", std::move(viewers)}};
}

CaseSummary summary_from(const json::Reader& r) {
    CaseSummary c;
    c.id = r.get_integer("id");
    c.state = required_enum<CaseState>(r, "state", case_state_from_string, "new, claimed, waiting, closed");
    if (auto o = r.get_optional_string("outcome")) {
        c.outcome = case_outcome_from_string(*o);
        if (!c.outcome) r.at("outcome").fail("expected one of answered, not_pertinent, duplicate, spam");
    }
    c.reason = required_enum<CaseReason>(r, "reason", case_reason_from_string,
                                         "unknown_tag, question, free_text, unsupported_type, asked_for_operator");
    c.citizen = r.get_string("citizen");
    c.profile_name = r.get_optional_string("profile_name").value_or("");
    c.preview = r.get_optional_string("preview").value_or("");
    c.opened_at_ms = required_time(r, "opened_at");
    c.last_inbound_at_ms = required_time(r, "last_inbound_at");
    c.window_closes_at_ms = optional_time(r, "window_closes_at");
    c.owner = optional_operator(r, "owner");
    if (auto v = r.find("viewers"))
        for (const auto& item : v->array()) c.viewers.push_back(operator_from(item));
    return c;
}

bj::object item_json(const ThreadItem& t) {
    return bj::object{{"at", time::format_iso8601(t.at_ms)},
                      {"direction", t.direction},
                      {"kind", t.kind},
                      {"type", t.type},
                      {"text", t.text},
                      {"status", t.status},
                      {"error", t.error},
                      {"author", t.author},
                      {"outbox_id", t.outbox_id ? bj::value(*t.outbox_id) : bj::value(nullptr)}};
}

ThreadItem item_from(const json::Reader& r) {
    ThreadItem t;
    t.at_ms = required_time(r, "at");
    t.direction = r.get_string("direction");
    t.kind = r.get_string("kind");
    t.type = r.get_optional_string("type").value_or("");
    t.text = r.get_optional_string("text").value_or("");
    t.status = r.get_optional_string("status").value_or("");
    t.error = r.get_optional_string("error").value_or("");
    t.author = r.get_optional_string("author").value_or("");
    t.outbox_id = r.get_optional_integer("outbox_id");
    return t;
}

bj::object canned_json(const CannedAnswer& a) {
    return bj::object{{"node_id", a.node_id}, {"tag", a.tag}, {"title", a.title}, {"text", a.text}};
}

CannedAnswer canned_from(const json::Reader& r) {
    return CannedAnswer{r.get_integer("node_id"), r.get_string("tag"), r.get_optional_string("title").value_or(""),
                        r.get_string("text")};
}

} // namespace

std::string_view to_string(CaseState s) noexcept { return name_of(state_names, s); }
std::string_view to_string(CaseOutcome o) noexcept { return name_of(outcome_names, o); }
std::string_view to_string(CaseReason r) noexcept { return name_of(reason_names, r); }
std::optional<CaseState> case_state_from_string(std::string_view s) noexcept { return value_of(state_names, s); }
std::optional<CaseOutcome> case_outcome_from_string(std::string_view s) noexcept { return value_of(outcome_names, s); }
std::optional<CaseReason> case_reason_from_string(std::string_view s) noexcept { return value_of(reason_names, s); }

std::string encode(const CaseSummary& v) { return bj::serialize(summary_json(v)); }

std::string encode(const CaseList& v) {
    bj::array cases;
    for (const auto& c : v.cases) cases.push_back(summary_json(c));
    bj::object counts;
    for (const auto& [state, n] : v.counts) counts[state] = n;
    return bj::serialize(bj::object{{"cases", std::move(cases)}, {"counts", std::move(counts)}});
}

std::string encode(const CaseDetail& v) {
    bj::array thread, suggestions;
    for (const auto& t : v.thread) thread.push_back(item_json(t));
    for (const auto& s : v.suggestions) suggestions.push_back(canned_json(s));
    const auto& t = v.timing;
    bj::object timing{{"opened_at", time::format_iso8601(t.opened_at_ms)},
                      {"first_reply_at", time_or_null(t.first_reply_at_ms)},
                      {"first_reply_delivered_at", time_or_null(t.first_reply_delivered_at_ms)},
                      {"closed_at", time_or_null(t.closed_at_ms)},
                      {"first_replied_by", operator_json(t.first_replied_by)}};
    return bj::serialize(bj::object{{"case", summary_json(v.summary)},
                                     {"thread", std::move(thread)},
                                     {"timing", std::move(timing)},
                                     {"suggestions", std::move(suggestions)}});
}

std::string encode(const CaseReply& v) {
    bj::object o{{"idempotency_key", v.idempotency_key}};
    if (!v.template_name.empty()) {
        bj::array params;
        for (const auto& p : v.parameters) params.emplace_back(p);
        o["template"] = bj::object{{"name", v.template_name}, {"language", v.template_language},
                                   {"parameters", std::move(params)}};
    } else {
        o["text"] = v.text;
    }
    return bj::serialize(o);
}

std::string encode(const CaseReplyAccepted& v) {
    return bj::serialize(bj::object{{"outbox_id", v.outbox_id}, {"status", v.status}});
}

std::string encode(const CaseTransfer& v) { return bj::serialize(bj::object{{"username", v.username}}); }

std::string encode(const CaseClose& v) { return bj::serialize(bj::object{{"outcome", to_string(v.outcome)}}); }

std::string encode(const RevealedNumber& v) { return bj::serialize(bj::object{{"phone", v.phone}}); }

std::string encode(const std::vector<CannedAnswer>& v) {
    bj::array answers;
    for (const auto& a : v) answers.push_back(canned_json(a));
    return bj::serialize(bj::object{{"answers", std::move(answers)}});
}

std::string encode(const std::vector<CaseOperator>& v) {
    bj::array colleagues;
    for (const auto& o : v) colleagues.push_back(operator_json(o));
    return bj::serialize(bj::object{{"colleagues", std::move(colleagues)}});
}

template <>
Result<CaseSummary> decode_cases<CaseSummary>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) { return summary_from(r); });
}

template <>
Result<CaseList> decode_cases<CaseList>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        CaseList l;
        l.cases = r.get_list("cases", summary_from);
        for (const auto& [k, v] : r.at("counts").object()) l.counts[std::string(k)] = json::Reader(v).integer();
        return l;
    });
}

template <>
Result<CaseDetail> decode_cases<CaseDetail>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        CaseDetail d;
        d.summary = summary_from(r.at("case"));
        d.thread = r.get_list("thread", item_from);
        const auto t = r.at("timing");
        d.timing.opened_at_ms = required_time(t, "opened_at");
        d.timing.first_reply_at_ms = optional_time(t, "first_reply_at");
        d.timing.first_reply_delivered_at_ms = optional_time(t, "first_reply_delivered_at");
        d.timing.closed_at_ms = optional_time(t, "closed_at");
        d.timing.first_replied_by = optional_operator(t, "first_replied_by");
        d.suggestions = r.get_list("suggestions", canned_from);
        return d;
    });
}

template <>
Result<CaseReply> decode_cases<CaseReply>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        CaseReply c;
        c.idempotency_key = r.get_string("idempotency_key");
        if (c.idempotency_key.empty() || c.idempotency_key.size() > 200)
            r.at("idempotency_key").fail("1 to 200 characters are required");
        if (auto t = r.find("template")) {
            if (r.has("text")) r.fail("give either text or a template, not both");
            c.template_name = t->get_string("name");
            c.template_language = t->get_optional_string("language").value_or("it");
            c.parameters = t->get_string_list("parameters");
            if (c.template_name.empty()) t->at("name").fail("a template name is required");
        } else {
            c.text = r.get_string("text");
        }
        return c;
    });
}

template <>
Result<CaseReplyAccepted> decode_cases<CaseReplyAccepted>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        return CaseReplyAccepted{r.get_integer("outbox_id"), r.get_string("status")};
    });
}

template <>
Result<CaseTransfer> decode_cases<CaseTransfer>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        CaseTransfer t{r.get_string("username")};
        if (t.username.empty()) r.at("username").fail("the colleague's username is required");
        return t;
    });
}

template <>
Result<CaseClose> decode_cases<CaseClose>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        return CaseClose{required_enum<CaseOutcome>(r, "outcome", case_outcome_from_string,
                                                    "answered, not_pertinent, duplicate, spam")};
    });
}

template <>
Result<std::vector<CannedAnswer>> decode_cases<std::vector<CannedAnswer>>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) { return r.get_list("answers", canned_from); });
}

template <>
Result<std::vector<CaseOperator>> decode_cases<std::vector<CaseOperator>>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) { return r.get_list("colleagues", operator_from); });
}

template <>
Result<RevealedNumber> decode_cases<RevealedNumber>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) { return RevealedNumber{r.get_string("phone")}; });
}

} // namespace sportello::api
