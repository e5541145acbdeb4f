#pragma once
// For the reports' GUI tests: an operator takes the most urgent case and
// answers it, through the relay's API, then waits until the operator reply
// time is in the rollups. Returns what went wrong, or an empty string.

#include "relay_fixture.hpp"
#include "sportello/api/cases.hpp"

#include <string>

namespace sportello::testing {

inline std::string answerNextCase(RelayFixture& fixture, const std::string& user, const std::string& password,
                                  const std::string& idempotencyKey) {
    const net::Headers bearer{{"authorization", "Bearer " + fixture.login(user, password)}};
    auto next = fixture.relay("POST", "/ops/v1/cases/next", {}, bearer);
    if (!next.ok() || next.response->status != 200) return "no case to take";
    const auto taken = api::decode_cases<api::CaseDetail>(next.response->body);
    if (!taken) return "the taken case does not decode";
    api::CaseReply reply;
    reply.text = "Buongiorno, le rispondiamo subito.";
    reply.idempotency_key = idempotencyKey;
    auto replied = fixture.relay("POST", "/ops/v1/cases/" + std::to_string(taken->summary.id) + "/replies",
                                 api::encode(reply), bearer);
    if (!replied.ok() || replied.response->status != 202) return "the reply was not accepted";
    const bool timed = wait_for([&] {
        return fixture.db_int("SELECT coalesce(sum(samples), 0) FROM report_latency WHERE metric = 'operator_reply'") ==
               1;
    });
    return timed ? std::string{} : "the operator reply time never reached the rollups";
}

} // namespace sportello::testing
