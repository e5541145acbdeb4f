// Citizens as WhatsApp names them since usernames (whatsapp-cloud-api.md
// §2.6: a number, a user id, or both), and what must never be taken as a
// citizen's chat: group messages, impossible timestamps, unknown statuses,
// control characters inside a hashtag. Against the real relay and simulator.
#include "process.hpp"
#include "relay_fixture.hpp"
#include "sire_session.hpp"
#include "sportello/time.hpp"
#include "sportello/whatsapp/webhook.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

using namespace sportello;
using namespace sportello::testing;
namespace bj = boost::json;

namespace {

// The simulator makes a citizen (a number, or a user id) write, with extra
// fields (user_id, username, group_id, timestamp); returns the relay's status.
int says(RelayFixture& f, const std::string& key, const bj::object& body, const std::string& query = {}) {
    auto r = f.sim("POST", "/_sim/citizens/" + key + "/messages" + query, bj::serialize(body));
    if (!r.ok() || r.response->status != 200) throw std::runtime_error("the simulator refused a citizen message");
    return static_cast<int>(bj::parse(r.response->body).as_object().at("relay_status").as_int64());
}

std::string text_of(const bj::value& message) { return std::string(message.as_object().at("text").as_string()); }

// The database and its WAL as bytes: what a stolen disk would show.
std::string database_bytes(const RelayFixture& f) {
    std::string all;
    for (const auto& path : {f.db_path, f.db_path + "-wal"}) {
        std::ifstream in(path, std::ios::binary);
        all.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    return all;
}

} // namespace

TEST(Usernames, ACitizenWithoutANumberIsAnsweredByUserId) {
    RelayFixture f;
    const std::string user = "US.4A7F21C9D0E5";
    EXPECT_EQ(says(f, user, {{"text", "#tamponi"}, {"username", "giulia.to"}, {"profile_name", "Giulia"}}), 200);
    ASSERT_TRUE(wait_for([&] { return f.inbox(user).size() == 1; })) << f.logs();
    const auto got = f.inbox(user).at(0).as_object();
    EXPECT_EQ(got.at("wa_id"), "");        // sent with "recipient", not "to"
    EXPECT_EQ(got.at("user_id").as_string(), user);
    EXPECT_NE(text_of(got).find("Tamponi"), std::string::npos) << text_of(got);

    EXPECT_EQ(f.db_int("SELECT count(*) FROM contacts"), 1);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM contacts WHERE phone_hash IS NULL AND phone_enc IS NULL "
                       "AND user_id_hash IS NOT NULL AND user_id_enc IS NOT NULL AND last_inbound_at IS NOT NULL"), 1);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages WHERE contact_id IS NOT NULL AND rule = 'tag'"), 1);

    // A later message finds the same citizen; consent words work for them too.
    EXPECT_EQ(says(f, user, {{"text", "STOP"}}), 200);
    ASSERT_TRUE(wait_for([&] { return f.inbox(user).size() == 2; })) << f.logs();
    EXPECT_EQ(f.db_int("SELECT count(*) FROM contacts"), 1);
    EXPECT_EQ(f.db_int("SELECT count(DISTINCT contact_id) FROM inbound_messages"), 1);
    EXPECT_GE(f.db_int("SELECT count(*) FROM consent_events WHERE action = 'withdraw' AND source = 'whatsapp'"), 1);

    f.stop_relay();   // everything checkpointed: the user id is nowhere in clear
    EXPECT_EQ(database_bytes(f).find("4A7F21C9D0E5"), std::string::npos);
    EXPECT_EQ(database_bytes(f).find("giulia"), std::string::npos);
}

TEST(Usernames, AUserIdWithAKnownNumberJoinsThatCitizenAndFindsThemLater) {
    RelayFixture f;
    const std::string number = "393401290001", user = "US.77B0C1D2";
    f.citizen_says(number, "#tamponi");
    ASSERT_TRUE(wait_for([&] { return f.inbox(number).size() == 1; })) << f.logs();
    EXPECT_EQ(says(f, number, {{"text", "#richiamo"}, {"user_id", user}}), 200);   // both, as Meta sends them
    ASSERT_TRUE(wait_for([&] { return f.inbox(number).size() == 2; })) << f.logs();
    EXPECT_EQ(f.db_int("SELECT count(*) FROM contacts WHERE phone_hash IS NOT NULL AND user_id_hash IS NOT NULL"), 1);

    // Only the user id now: the same citizen, answered at their number.
    EXPECT_EQ(says(f, user, {{"text", "#contatti"}}), 200);
    ASSERT_TRUE(wait_for([&] { return f.inbox(number).size() == 3; })) << f.logs();
    EXPECT_EQ(f.inbox(number).at(2).as_object().at("wa_id").as_string(), number);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM contacts"), 1);
    EXPECT_EQ(f.db_int("SELECT count(DISTINCT contact_id) FROM inbound_messages"), 1);
}

TEST(Usernames, ACitizenKnownByUserIdWhoShowsTheirNumberKeepsOneHistory) {
    RelayFixture f;
    const std::string number = "393401290003", user = "US.99AA00BB";
    EXPECT_EQ(says(f, user, {{"text", "#tamponi"}}), 200);
    ASSERT_TRUE(wait_for([&] { return f.inbox(user).size() == 1; })) << f.logs();
    EXPECT_EQ(says(f, number, {{"text", "#richiamo"}, {"user_id", user}}), 200);
    ASSERT_TRUE(wait_for([&] { return f.inbox(number).size() == 1; })) << f.logs();   // now to the number
    EXPECT_EQ(f.inbox(number).at(0).as_object().at("wa_id").as_string(), number);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM contacts"), 1);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM contacts WHERE phone_hash IS NOT NULL AND user_id_hash IS NOT NULL"), 1);
    EXPECT_EQ(f.db_int("SELECT count(DISTINCT contact_id) FROM inbound_messages"), 1);
}

// SIRE addresses citizens by number; the user id Meta returns on a send is
// kept, so that a later message with only the user id finds the citizen.
TEST(Usernames, TheUserIdReturnedByASendIsKept) {
    RelayFixture f;
    Sire s(f);
    const std::string number = "393401280001", user = "US.5EED1234";
    ASSERT_EQ(s.grant(sire_citizen).response->status, 201);
    auto adopted = f.sim("PUT", "/_sim/citizens/" + number + "/user_id", bj::serialize(bj::object{{"user_id", user}}));
    ASSERT_EQ(adopted.response->status, 200);
    ASSERT_EQ(s.push(s.reminder("with-user-id")).response->status, 202);
    ASSERT_TRUE(wait_for([&] { return f.inbox(number).size() == 1; })) << f.logs();
    ASSERT_TRUE(wait_for([&] { return f.db_int("SELECT count(*) FROM contacts WHERE user_id_hash IS NOT NULL") == 1; }))
        << f.logs();
    EXPECT_EQ(says(f, user, {{"text", "#tamponi"}}), 200);
    ASSERT_TRUE(wait_for([&] { return f.inbox(number).size() == 2; })) << f.logs();
    EXPECT_EQ(f.db_int("SELECT count(*) FROM contacts"), 1);
    // The SIRE listing by number shows both messages, each with the number.
    const auto page = s.messages(number);
    ASSERT_EQ(page.messages.size(), 2u);
    for (const auto& m : page.messages) EXPECT_EQ(m.phone, "+" + number);
}

TEST(Intake, GroupMessagesAreStoredIgnoredAndNeverOpenTheWindow) {
    RelayFixture f;
    const std::string number = "393401290002";
    EXPECT_EQ(says(f, number, {{"text", "#tamponi"}, {"group_id", "G.120363041234"}}), 200);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages WHERE ignored = 1 AND rule IS NULL"), 1);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM contacts WHERE last_inbound_at IS NOT NULL"), 0);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM outbox"), 0);
    // The same citizen in their own chat is answered, once: the group message never was.
    f.citizen_says(number, "#richiamo");
    ASSERT_TRUE(wait_for([&] { return f.inbox(number).size() == 1; })) << f.logs();
    EXPECT_EQ(f.db_int("SELECT count(*) FROM outbox"), 1);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages WHERE ignored = 0"), 1);
}

// A missing, unreadable, negative or absurd timestamp never becomes a time in
// 1970 (which would close the 24-hour window): the time of receipt is used,
// with a warning, and the citizen gets the free-text answer.
TEST(Intake, ImplausibleTimestampsBecomeTheTimeOfReceipt) {
    RelayFixture f;
    const auto two_days_ahead = std::to_string(time::now_ms() / 1000 + 2 * 86400);
    const std::vector<std::string> timestamps{"absent", "abc", "-5", "1000", "1230767999", two_days_ahead, ""};
    for (std::size_t i = 0; i < timestamps.size(); ++i) {
        const std::string number = "39340129100" + std::to_string(i);
        EXPECT_EQ(says(f, number, {{"text", "#tamponi"}, {"timestamp", timestamps[i]}}, "?raw_timestamp=1"), 200);
        ASSERT_TRUE(wait_for([&] { return f.inbox(number).size() == 1; })) << timestamps[i] << "\n" << f.logs();
        EXPECT_EQ(f.inbox(number).at(0).as_object().at("type"), "text") << timestamps[i];
    }
    const auto n = static_cast<std::int64_t>(timestamps.size());
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages WHERE abs(sent_at - received_at) < 60000"), n);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM contacts WHERE abs(last_inbound_at - created_at) < 60000"), n);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM outbox WHERE state = 'failed'"), 0);
    EXPECT_NE(read_text_file(f.relay_log).find("is missing or implausible; the time it was received is used"),
              std::string::npos);
}

// Statuses: an impossible timestamp is recorded as the time of receipt; a
// status WhatsApp does not document is logged and never becomes history.
TEST(Statuses, ImplausibleTimesAndUnknownValuesNeverReachTheHistory) {
    RelayFixture f;
    Sire s(f);
    f.sim_settings({{"auto_read", false}});
    ASSERT_EQ(s.grant(sire_citizen).response->status, 201);
    const auto id = api::decode_sire<api::NotificationAccepted>(s.push(s.reminder("odd-statuses")).response->body)->id;
    std::string wamid;
    ASSERT_TRUE(wait_for([&] {
        auto m = api::decode_sire<api::MessageView>(s.call("GET", "/api/v1/messages/" + std::to_string(id)).response->body);
        return m && m->status == "delivered";
    })) << f.logs();
    {
        auto page = f.sim("GET", "/_sim/messages");
        wamid = std::string(bj::parse(page.response->body).as_object().at("messages").as_array().at(0).as_object()
                                .at("wamid").as_string());
    }
    auto status_webhook = [&](const std::string& status, const bj::value& timestamp) {
        bj::object st{{"id", wamid}, {"status", status}, {"timestamp", timestamp}, {"recipient_id", "393401280001"}};
        return wa::build::envelope("W", f.phone_number_id, "390110000000", {}, {}, {bj::serialize(st)});
    };
    EXPECT_EQ(f.post_webhook(status_webhook("exploded", bj::value("1773130500"))), 200);
    EXPECT_EQ(f.post_webhook(status_webhook("read", bj::value("yesterday"))), 200);
    const auto m = api::decode_sire<api::MessageView>(s.call("GET", "/api/v1/messages/" + std::to_string(id)).response->body)
                       .value();
    EXPECT_EQ(m.status, "read");
    std::vector<std::string> steps;
    for (const auto& h : m.history) {
        steps.push_back(h.status);
        EXPECT_GT(h.at_ms, time::now_ms() - 600'000) << h.status << " at " << h.at_ms;
    }
    EXPECT_EQ(steps, (std::vector<std::string>{"queued", "accepted", "sent", "delivered", "read"}));
    EXPECT_EQ(f.db_int("SELECT count(*) FROM message_statuses WHERE status = 'exploded'"), 0);
    EXPECT_NE(read_text_file(f.relay_log).find("status 'exploded'"), std::string::npos);
}

TEST(Intake, AControlCharacterInsideAHashtagIsNotAKeywordMatch) {
    // Without cases: the unknown tag would open one and the bot would then
    // stay silent for the real tag (Cases.TheBotIsSilentWhileACaseIsOpenButForStop).
    RelayFixture f({.tweak_relay_config = [](bj::object& c) { c["cases"] = bj::object{{"enabled", false}}; }});
    const std::string number = "393401290009";
    EXPECT_EQ(says(f, number, {{"text", std::string("#centri\0vaccinali", 17)}}), 200);
    ASSERT_TRUE(wait_for([&] { return f.inbox(number).size() == 1; })) << f.logs();
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages WHERE rule IN ('tag', 'alias', 'typo')"), 0);
    EXPECT_EQ(text_of(f.inbox(number).at(0)).find("Ci si vaccina"), std::string::npos);
    f.citizen_says(number, "#centrivaccinali");   // the real tag still answers
    ASSERT_TRUE(wait_for([&] { return f.inbox(number).size() == 2; })) << f.logs();
    EXPECT_NE(text_of(f.inbox(number).at(1)).find("Ci si vaccina"), std::string::npos);
}
