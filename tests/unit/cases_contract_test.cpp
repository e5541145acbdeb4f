// The inbox's wire format (sportello/api/cases.hpp): every type round-trips,
// and what is wrong in a request is named.
#include "sportello/api/cases.hpp"

#include <gtest/gtest.h>

using namespace sportello;
using namespace sportello::api;

TEST(CasesContract, EveryTypeRoundTrips) {
    CaseDetail d;
    d.summary.id = 7;
    d.summary.state = CaseState::waiting;
    d.summary.reason = CaseReason::asked_for_operator;
    d.summary.citizen = "+39 340 ••• •001";
    d.summary.profile_name = "Giulia";
    d.summary.preview = "Buongiorno";
    d.summary.opened_at_ms = 1764835200000;
    d.summary.last_inbound_at_ms = 1764835260000;
    d.summary.window_closes_at_ms = 1764921660000;
    d.summary.owner = CaseOperator{3, "anna", "Anna Bianchi"};
    d.summary.viewers = {CaseOperator{4, "bruno", "Bruno Verdi"}};
    d.thread = {ThreadItem{1764835200000, "in", "citizen", "text", "Buongiorno", "", "", "", std::nullopt},
                ThreadItem{1764835300000, "out", "operator_reply", "text", "Mi dica", "read", "", "Anna Bianchi", 12}};
    d.timing = CaseTiming{1764835200000, 1764835300000, 1764835301000, std::nullopt, CaseOperator{3, "anna", "Anna Bianchi"}};
    d.suggestions = {CannedAnswer{5, "tamponi", "Tamponi", "Il tampone…"}};
    EXPECT_EQ(decode_cases<CaseDetail>(encode(d)).value(), d);

    CaseSummary closed = d.summary;
    closed.state = CaseState::closed;
    closed.outcome = CaseOutcome::not_pertinent;
    closed.owner.reset();
    closed.window_closes_at_ms.reset();
    CaseList list{{closed}, {{"new", 2}, {"claimed", 1}, {"waiting", 0}, {"closed", 5}}};
    EXPECT_EQ(decode_cases<CaseList>(encode(list)).value(), list);
    EXPECT_EQ(decode_cases<CaseReplyAccepted>(encode(CaseReplyAccepted{9, "queued"})).value(),
              (CaseReplyAccepted{9, "queued"}));
    EXPECT_EQ(decode_cases<RevealedNumber>(encode(RevealedNumber{"+393401300001"}))->phone, "+393401300001");
    const std::vector<CaseOperator> colleagues{{3, "op2", "Maria Rossi"}, {4, "capo", "capo"}};
    EXPECT_EQ(*decode_cases<std::vector<CaseOperator>>(encode(colleagues)), colleagues);
    const std::vector<CannedAnswer> answers{CannedAnswer{5, "tamponi", "Tamponi", "x"}};
    EXPECT_EQ(decode_cases<std::vector<CannedAnswer>>(encode(answers)).value(), answers);

    CaseReply t;
    t.template_name = "informazione_generale";
    t.parameters = {"a"};
    t.idempotency_key = "k";
    const auto back = decode_cases<CaseReply>(encode(t)).value();
    EXPECT_EQ(back.template_name, "informazione_generale");
    EXPECT_EQ(back.parameters, t.parameters);
    EXPECT_TRUE(back.text.empty());
}

TEST(CasesContract, MistakesAreNamed) {
    auto field_of = [](const auto& result) { return result.error().field; };
    EXPECT_EQ(field_of(decode_cases<CaseReply>(R"({"text":"x"})")), "idempotency_key");
    EXPECT_EQ(field_of(decode_cases<CaseReply>(R"({"idempotency_key":"k"})")), "text");
    EXPECT_FALSE(decode_cases<CaseReply>(R"({"idempotency_key":"k","text":"a","template":{"name":"t"}})"));
    EXPECT_EQ(field_of(decode_cases<CaseClose>(R"({"outcome":"forse"})")), "outcome");
    EXPECT_EQ(field_of(decode_cases<CaseTransfer>(R"({"username":""})")), "username");
    EXPECT_EQ(to_string(CaseState::fresh), "new");
    EXPECT_EQ(case_state_from_string("new"), CaseState::fresh);
    EXPECT_FALSE(case_reason_from_string("boredom"));
}
