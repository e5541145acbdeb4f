#pragma once
// Every kind of traffic the relay handles, driven through its public
// interfaces on a real relay and simulator: citizens' webhooks and the bot's
// replies (with the simulator's status webhooks), a question that opens a
// case, an operator's reply to it and a supervisor revealing the number,
// SIRE's consents, a personal reminder
// with parameters and the message listing, a broadcast, the availability
// probe, and the reports. Used by the no-third-parties test (every
// connection recorded) and the encryption-at-rest test (personal data
// planted, then looked for on disk). Framework-neutral: a step that does not
// happen throws with the logs.

#include "relay_fixture.hpp"

#include <string>

namespace sportello::testing {

// A citizen as the scenario knows them: the wa_id WhatsApp sends (digits),
// the number as SIRE types it (e.g. "+39 347 123 9876") and the name on
// their WhatsApp profile.
struct ScenarioCitizen {
    std::string wa_id, typed, profile_name;
};

struct TrafficPlan {
    ScenarioCitizen asker;          // writes a hashtag, then a question; an operator answers
    ScenarioCitizen reminded;       // writes a hashtag; consents through SIRE, gets a reminder and the broadcast
    std::string question;           // the asker's free text (opens a case)
    std::string operator_reply;     // what the operator answers
    std::string reminder_place;     // the reminder's third parameter
    std::string consent_reference;  // SIRE's reference of the consent form
};

// Options for a fixture that can run the scenario: the probe configured.
FixtureOptions traffic_fixture_options();

void run_every_kind_of_traffic(RelayFixture& f, const TrafficPlan& plan);

} // namespace sportello::testing
