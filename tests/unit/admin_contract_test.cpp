// The /ops/v1 administration types and the SIRE message view: what one side
// encodes the other decodes to the same value, and a body missing a required
// time is refused with the field named (never read as a time it does not hold).

#include "sportello/api/admin.hpp"
#include "sportello/api/sire.hpp"

#include <gtest/gtest.h>

using namespace sportello;
using namespace sportello::api;

namespace {

constexpr std::int64_t t0 = 1'795'000'000'000;   // 2026-11-18, whole seconds

template <class T>
Error refusal_of(std::string_view body, Result<T> (*decode)(std::string_view)) {
    auto r = decode(body);
    EXPECT_FALSE(r) << body;
    return r ? Error{} : r.error();
}

} // namespace

TEST(AdminContract, BroadcastsRoundTrip) {
    BroadcastView b;
    b.id = 7;
    b.name = "Nuovi orari hub";
    b.template_name = "informazione_generale";
    b.language = "it";
    b.parameters = {"da lunedì gli hub aprono alle 8."};
    b.state = "sending";
    b.scheduled_at_ms = t0;
    b.created_by = "m.rossi";
    b.created_at_ms = t0 - 60'000;
    b.recipients = 1200;
    b.counts = {{"queued", 800}, {"sent", 390}, {"failed", 10}};
    b.eta_seconds = 10;
    EXPECT_EQ(decode_admin<BroadcastView>(encode(b)).value(), b);
    const std::vector<BroadcastView> list{b, b};
    EXPECT_EQ(decode_admin<std::vector<BroadcastView>>(encode(list)).value(), list);

    BroadcastRequest from_answer;
    from_answer.name = "Sintomi";
    from_answer.node_id = 15;
    from_answer.scheduled_at_ms = t0;
    const auto back = decode_admin<BroadcastRequest>(encode(from_answer)).value();
    EXPECT_EQ(back.node_id, 15);
    EXPECT_EQ(back.scheduled_at_ms, t0);
    EXPECT_TRUE(back.template_name.empty());
}

TEST(AdminContract, ApiClientTokenRoundTripsWithOptionalTimes) {
    ApiClientToken t{{3, "SIRE", {"consent", "notify"}, 600, true, "sire.regione.piemonte.it", t0, t0 + 1000, std::nullopt},
                     "spt_example"};
    const auto back = decode_admin<ApiClientToken>(encode(t)).value();
    EXPECT_EQ(back.client, t.client);
    EXPECT_EQ(back.token, "spt_example");
}

TEST(AdminContract, AlertsRoundTrip) {
    const std::vector<Alert> alerts{{"sending", "critical", 190, "sending stopped by WhatsApp error 190: token expired", t0}};
    EXPECT_EQ(decode_admin<std::vector<Alert>>(encode(alerts)).value(), alerts);
    EXPECT_TRUE(decode_admin<std::vector<Alert>>(R"({"alerts":[]})").value().empty());
}

TEST(AdminContract, MissingOrMalformedTimesNameTheField) {
    const auto missing = refusal_of<std::vector<Alert>>(
        R"({"alerts":[{"id":"sending","severity":"critical","code":190,"message":"m"}]})",
        &decode_admin<std::vector<Alert>>);
    EXPECT_NE(missing.field.find("since"), std::string::npos) << missing.field;
    const auto malformed = refusal_of<std::vector<Alert>>(
        R"({"alerts":[{"id":"sending","severity":"critical","code":190,"message":"m","since":"ieri"}]})",
        &decode_admin<std::vector<Alert>>);
    EXPECT_NE(malformed.field.find("since"), std::string::npos) << malformed.field;

    BroadcastView b;
    b.name = "x";
    b.scheduled_at_ms = t0;
    b.created_at_ms = t0;
    std::string body = encode(b);
    body.replace(body.find("\"created_at\""), 12, "\"created_on\"");
    const auto e = refusal_of<BroadcastView>(body, &decode_admin<BroadcastView>);
    EXPECT_NE(e.field.find("created_at"), std::string::npos) << e.field;
}

TEST(SireContract, MessageViewRoundTripsAndNeedsItsCreationTime) {
    MessageView m;
    m.id = 42;
    m.kind = "push";
    m.phone = "+393401234567";
    m.status = "read";
    m.template_name = "promemoria_appuntamento";
    m.parameters = {"la vaccinazione", "25/11/2026 alle 10:30", "Hub Torino Esposizioni"};
    m.created_at_ms = t0;
    m.sent_at_ms = t0 + 2000;
    m.history = {{"queued", t0}, {"sent", t0 + 2000}, {"delivered", t0 + 3000}, {"read", t0 + 60'000}};
    EXPECT_EQ(decode_sire<MessageView>(encode(m)).value(), m);

    std::string body = encode(m);
    body.replace(body.find("\"created_at\""), 12, "\"created_on\"");
    const auto e = refusal_of<MessageView>(body, &decode_sire<MessageView>);
    EXPECT_NE(e.field.find("created_at"), std::string::npos) << e.field;
}
