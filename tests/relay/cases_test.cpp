// The operators' inbox on the real relay and simulator: what opens a case,
// the bot's silence while it is open, claiming as a lock, replies inside and
// outside the 24-hour window, the queue's order, transfer, close, reveal,
// presence, and cases left untouched returning to the queue.
#include "relay_fixture.hpp"
#include "sportello/api/cases.hpp"
#include "sportello/phone.hpp"
#include "sportello/roles.hpp"
#include "sportello/time.hpp"
#include "sportello/whatsapp/webhook.hpp"
#include "storage/sqlite.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

using namespace sportello;
using namespace sportello::testing;
namespace bj = boost::json;

namespace {

// An operator at a desk: their own session, and the inbox's calls.
class Desk {
public:
    Desk(RelayFixture& f, const std::string& username, const std::string& role) : f_(f) {
        if (f.create_user(username, "una-password-lunga", role) != 0) throw std::runtime_error("create_user " + username);
        token_ = f.login(username, "una-password-lunga");
        if (token_.empty()) throw std::runtime_error("login " + username);
    }
    net::ClientResult call(const std::string& method, const std::string& path, const std::string& body = {}) {
        net::Headers h{{"authorization", "Bearer " + token_}};
        return f_.relay(method, path, body, h);
    }
    api::CaseList list(const std::string& filter = "all") {
        return api::decode_cases<api::CaseList>(call("GET", "/ops/v1/cases?filter=" + filter).response->body).value();
    }
    api::CaseDetail detail(std::int64_t id) {
        return api::decode_cases<api::CaseDetail>(call("GET", "/ops/v1/cases/" + std::to_string(id)).response->body)
            .value();
    }
    int claim(std::int64_t id) { return status("POST", "/ops/v1/cases/" + std::to_string(id) + "/claim"); }
    net::ClientResult reply(std::int64_t id, const std::string& text, const std::string& key) {
        api::CaseReply r;
        r.text = text;
        r.idempotency_key = key;
        return call("POST", "/ops/v1/cases/" + std::to_string(id) + "/replies", api::encode(r));
    }
    int close(std::int64_t id, api::CaseOutcome outcome = api::CaseOutcome::answered) {
        return call("POST", "/ops/v1/cases/" + std::to_string(id) + "/close", api::encode(api::CaseClose{outcome}))
            .response->status;
    }
    int status(const std::string& method, const std::string& path, const std::string& body = {}) {
        auto r = call(method, path, body);
        return r.ok() ? r.response->status : 0;
    }

private:
    RelayFixture& f_;
    std::string token_;
};

std::string text_of(const bj::value& m) { return std::string(m.as_object().at("text").as_string()); }

} // namespace

TEST(Cases, AQuestionOpensACaseAndTheBotSaysAPersonWillAnswer) {
    RelayFixture f;
    Desk desk(f, "operatrice", "operator");
    const std::string citizen = "393401300001";
    f.citizen_says(citizen, "Buongiorno, ho perso il foglio della prenotazione: come posso riaverlo?");
    ASSERT_TRUE(wait_for([&] { return f.inbox(citizen).size() == 1; })) << f.logs();
    EXPECT_NE(text_of(f.inbox(citizen).at(0)).find("operatore"), std::string::npos) << text_of(f.inbox(citizen).at(0));
    const auto list = desk.list("unassigned");
    ASSERT_EQ(list.cases.size(), 1u);
    const auto& c = list.cases.front();
    EXPECT_EQ(c.state, api::CaseState::fresh);
    EXPECT_EQ(c.reason, api::CaseReason::question);
    EXPECT_EQ(c.citizen, phone::mask("393401300001"));   // masked
    EXPECT_NE(c.preview.find("foglio della prenotazione"), std::string::npos);
    EXPECT_TRUE(c.window_closes_at_ms.has_value());
    EXPECT_EQ(list.counts.at("new"), 1);
    // The bot's decision and the case are both recorded.
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages WHERE escalated = 1 AND case_id IS NOT NULL"), 1);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM case_events WHERE type = 'case_opened'"), 1);
}

TEST(Cases, AskingForAPersonOpensACaseAnsweredWithThePublishedContent) {
    RelayFixture f;
    const std::string citizen = "393401300002";
    f.citizen_says(citizen, "#operatore");
    ASSERT_TRUE(wait_for([&] { return f.inbox(citizen).size() == 1; })) << f.logs();
    EXPECT_NE(text_of(f.inbox(citizen).at(0)).find("Ho inoltrato la tua richiesta a un operatore"), std::string::npos);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM cases WHERE reason = 'asked_for_operator' AND state = 'new'"), 1);
    // An alias is the same request; a photo goes to a person too.
    f.citizen_says("393401300003", "#assistenza");
    ASSERT_TRUE(wait_for([&] { return f.db_int("SELECT count(*) FROM cases") == 2; })) << f.logs();
}

// While the case is open the bot is silent but for consent words; it
// speaks again once the case is closed.
TEST(Cases, TheBotIsSilentWhileACaseIsOpenButForStop) {
    RelayFixture f;
    Desk desk(f, "operatore1", "operator");
    const std::string citizen = "393401300004";
    f.citizen_says(citizen, "#operatore");
    ASSERT_TRUE(wait_for([&] { return f.inbox(citizen).size() == 1; })) << f.logs();
    f.citizen_says(citizen, "#tamponi");
    f.citizen_says(citizen, "STOP");
    ASSERT_TRUE(wait_for([&] { return f.inbox(citizen).size() == 2; })) << f.logs();   // the STOP confirmation
    EXPECT_EQ(text_of(f.inbox(citizen).at(1)).find("tampone"), std::string::npos) << text_of(f.inbox(citizen).at(1));
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages WHERE case_id IS NOT NULL"), 3);
    EXPECT_GE(f.db_int("SELECT count(*) FROM consent_events WHERE action = 'withdraw'"), 1);
    const auto id = f.db_int("SELECT id FROM cases");
    ASSERT_EQ(desk.claim(id), 200);
    ASSERT_EQ(desk.close(id, api::CaseOutcome::not_pertinent), 204);
    f.citizen_says(citizen, "#tamponi");
    ASSERT_TRUE(wait_for([&] { return f.inbox(citizen).size() == 3; })) << f.logs();
    EXPECT_NE(text_of(f.inbox(citizen).at(2)).find("tampone"), std::string::npos);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM cases WHERE state = 'closed' AND outcome = 'not_pertinent'"), 1);
}

// Claiming is a lock held by the relay: only the owner replies; the reply
// reaches the citizen and its statuses show in the conversation.
TEST(Cases, OnlyTheOwnerRepliesAndTheReplyReachesTheCitizen) {
    RelayFixture f;
    Desk anna(f, "anna", "operator");
    Desk bruno(f, "bruno", "operator");
    const std::string citizen = "393401300005";
    f.citizen_says(citizen, "Come faccio a cambiare l'appuntamento del richiamo?");
    ASSERT_TRUE(wait_for([&] { return f.db_int("SELECT count(*) FROM cases") == 1; })) << f.logs();
    const auto id = f.db_int("SELECT id FROM cases");
    EXPECT_EQ(anna.claim(id), 200);
    EXPECT_EQ(anna.claim(id), 200);   // already hers
    const auto taken = bruno.call("POST", "/ops/v1/cases/" + std::to_string(id) + "/claim");
    EXPECT_EQ(taken.response->status, 409);
    EXPECT_NE(taken.response->body.find("anna"), std::string::npos) << taken.response->body;
    const auto not_his = bruno.reply(id, "Risposta di Bruno", "b-1");
    EXPECT_EQ(not_his.response->status, 409);
    EXPECT_NE(not_his.response->body.find("anna"), std::string::npos);

    const auto sent = anna.reply(id, "Può spostarlo dal portale della Regione, sezione Prenotazioni.", "a-1");
    ASSERT_EQ(sent.response->status, 202) << sent.response->body;
    EXPECT_EQ(anna.reply(id, "Può spostarlo dal portale della Regione, sezione Prenotazioni.", "a-1").response->status,
              202);   // a retried reply is sent once
    ASSERT_TRUE(wait_for([&] { return f.inbox(citizen).size() == 2; })) << f.logs();
    EXPECT_EQ(text_of(f.inbox(citizen).at(1)), "Può spostarlo dal portale della Regione, sezione Prenotazioni.");
    ASSERT_TRUE(wait_for([&] {
        const auto d = anna.detail(id);
        return !d.thread.empty() && d.thread.back().kind == "operator_reply" && d.thread.back().status == "read";
    })) << f.logs();
    const auto d = anna.detail(id);
    EXPECT_EQ(d.summary.state, api::CaseState::waiting);
    EXPECT_EQ(d.thread.back().author, "anna");
    EXPECT_EQ(d.thread.front().kind, "citizen");
    ASSERT_TRUE(d.timing.first_reply_at_ms.has_value());
    ASSERT_TRUE(d.timing.first_reply_delivered_at_ms.has_value());
    EXPECT_GE(*d.timing.first_reply_at_ms, d.timing.opened_at_ms);
    EXPECT_EQ(d.timing.first_replied_by->username, "anna");
    EXPECT_EQ(f.db_int("SELECT count(*) FROM outbox WHERE kind = 'operator_reply'"), 1);
    EXPECT_GE(f.db_int("SELECT count(*) FROM case_events WHERE type = 'reply_status'"), 2);

    // The citizen answers: the case is hers again, to claim.
    f.citizen_says(citizen, "Grazie, e se non ho lo SPID?");
    ASSERT_TRUE(wait_for([&] { return anna.detail(id).summary.state == api::CaseState::claimed; })) << f.logs();
    EXPECT_EQ(f.inbox(citizen).size(), 2u);   // the bot stayed silent
}

// Two operators race to claim and to reply to the same cases, a hundred
// times: exactly one wins each, the loser is told who, and each citizen gets
// exactly one operator's reply.
TEST(Cases, RacingClaimsAndRepliesHaveExactlyOneWinner) {
    RelayFixture f;
    Desk anna(f, "anna", "operator");
    Desk bruno(f, "bruno", "operator");
    constexpr int cases = 100;
    for (int i = 0; i < cases; ++i) f.citizen_says("393401310" + std::to_string(100 + i), "#operatore");
    ASSERT_TRUE(wait_for([&] { return f.db_int("SELECT count(*) FROM cases") == cases; }, std::chrono::seconds(60)))
        << f.logs();
    std::atomic<int> won{0}, conflicts{0}, replied{0}, refused_replies{0}, other{0};
    auto race = [&](Desk& desk, const std::string& who) {
        for (int id = 1; id <= cases; ++id) {
            const int claim = desk.claim(id);
            if (claim == 200) ++won;
            else if (claim == 409) ++conflicts;
            else ++other;
            const auto r = desk.reply(id, "Risposta di " + who, who + "-" + std::to_string(id));
            if (r.response->status == 202) ++replied;
            else if (r.response->status == 409 && r.response->body.find(who == "anna" ? "bruno" : "anna") != std::string::npos)
                ++refused_replies;
            else ++other;
        }
    };
    std::thread a([&] { race(anna, "anna"); });
    std::thread b([&] { race(bruno, "bruno"); });
    a.join();
    b.join();
    EXPECT_EQ(won, cases);
    EXPECT_EQ(conflicts, cases);
    EXPECT_EQ(replied, cases);
    EXPECT_EQ(refused_replies, cases);   // the loser's reply names the owner
    EXPECT_EQ(other, 0);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM outbox WHERE kind = 'operator_reply'"), cases);
    EXPECT_EQ(f.db_int("SELECT count(DISTINCT case_id) FROM outbox WHERE kind = 'operator_reply'"), cases);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM case_events WHERE type = 'case_claimed'"), cases);
}

TEST(Cases, TheQueueIsOrderedByTimeLeftAndNextTakesTheMostUrgent) {
    RelayFixture f;
    Desk desk(f, "operatore1", "operator");
    // Older messages first in the queue: their window closes sooner.
    for (int i = 0; i < 3; ++i) {
        const auto wa_id = "3934013200" + std::to_string(10 + i);
        const wa::build::Sender s{wa_id, "Citt"};
        const auto hours_ago = static_cast<std::int64_t>(3 - i);
        ASSERT_EQ(f.post_webhook(wa::build::envelope("W", f.phone_number_id, "390110000000", {s},
                                                     {wa::build::text_message(s, "wamid.Q" + std::to_string(i),
                                                                              time::now_ms() / 1000 - hours_ago * 3600,
                                                                              "#operatore")}, {})), 200);
    }
    ASSERT_TRUE(wait_for([&] { return f.db_int("SELECT count(*) FROM cases") == 3; })) << f.logs();
    const auto list = desk.list("unassigned");
    ASSERT_EQ(list.cases.size(), 3u);
    EXPECT_LT(list.cases[0].last_inbound_at_ms, list.cases[1].last_inbound_at_ms);
    EXPECT_LT(list.cases[1].last_inbound_at_ms, list.cases[2].last_inbound_at_ms);
    auto next = desk.call("POST", "/ops/v1/cases/next");
    ASSERT_EQ(next.response->status, 200);
    const auto taken = api::decode_cases<api::CaseDetail>(next.response->body).value();
    EXPECT_EQ(taken.summary.id, list.cases[0].id);
    EXPECT_EQ(taken.summary.owner->username, "operatore1");
    EXPECT_EQ(desk.list("mine").cases.size(), 1u);
    EXPECT_EQ(desk.list("unassigned").cases.size(), 2u);
    EXPECT_EQ(desk.list().counts.at("claimed"), 1);
    desk.call("POST", "/ops/v1/cases/next");
    desk.call("POST", "/ops/v1/cases/next");
    EXPECT_EQ(desk.call("POST", "/ops/v1/cases/next").response->status, 204);   // the queue is empty
}

TEST(Cases, ReleaseTransferAndClose) {
    RelayFixture f;
    Desk anna(f, "anna", "operator");
    Desk bruno(f, "bruno", "operator");
    Desk viewer(f, "lettore", "viewer");
    f.citizen_says("393401300006", "#operatore");
    ASSERT_TRUE(wait_for([&] { return f.db_int("SELECT count(*) FROM cases") == 1; })) << f.logs();
    const auto id = f.db_int("SELECT id FROM cases");
    const auto path = "/ops/v1/cases/" + std::to_string(id);
    EXPECT_EQ(viewer.status("GET", "/ops/v1/cases"), 403);   // a role without answer_requests
    EXPECT_EQ(anna.status("POST", path + "/release"), 409);   // not claimed
    ASSERT_EQ(anna.claim(id), 200);
    EXPECT_EQ(bruno.status("POST", path + "/release"), 409);
    EXPECT_EQ(anna.status("POST", path + "/release"), 204);
    EXPECT_EQ(anna.detail(id).summary.state, api::CaseState::fresh);
    ASSERT_EQ(anna.claim(id), 200);
    EXPECT_EQ(anna.status("POST", path + "/transfer", api::encode(api::CaseTransfer{"nessuno"})), 422);
    EXPECT_EQ(anna.status("POST", path + "/transfer", api::encode(api::CaseTransfer{"lettore"})), 422);
    EXPECT_EQ(anna.status("POST", path + "/transfer", api::encode(api::CaseTransfer{"bruno"})), 204);
    EXPECT_EQ(anna.detail(id).summary.owner->username, "bruno");
    EXPECT_EQ(anna.close(id), 409);
    EXPECT_EQ(bruno.status("POST", path + "/close", R"({"outcome":"maybe"})"), 400);
    EXPECT_EQ(bruno.close(id, api::CaseOutcome::spam), 204);
    EXPECT_EQ(bruno.claim(id), 409);   // closed
    EXPECT_EQ(anna.list("closed").cases.size(), 1u);
    EXPECT_EQ(anna.list("closed").cases.front().outcome, api::CaseOutcome::spam);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM audit_log WHERE action = 'case_transferred'"), 1);
}

// The transfer picker's list: enabled users who may answer requests, with
// their id, username and display name and nothing else.
TEST(Cases, ColleaguesAreThoseWhoMayAnswerRequests) {
    RelayFixture f;
    Desk anna(f, "anna", "operator");
    Desk capo(f, "capo", "supervisor");
    Desk viewer(f, "lettore", "viewer");
    Desk admin(f, "amministratore", "admin");
    ASSERT_EQ(f.create_user("via", "una-password-lunga", "operator"), 0);
    const auto via = f.db_int("SELECT id FROM users WHERE username = 'via'");
    ASSERT_EQ(admin.status("PATCH", "/ops/v1/users/" + std::to_string(via), R"({"disabled":true})"), 200);
    EXPECT_EQ(viewer.status("GET", "/ops/v1/colleagues"), 403);
    const auto reply = anna.call("GET", "/ops/v1/colleagues");
    ASSERT_TRUE(reply.ok());
    ASSERT_EQ(reply.response->status, 200);
    std::vector<std::string> names;
    const bj::value body = bj::parse(reply.response->body);
    for (const auto& c : body.as_object().at("colleagues").as_array()) {
        const auto& o = c.as_object();
        EXPECT_EQ(o.size(), 3u) << bj::serialize(o);   // id, username, display_name: no role, no login data
        names.emplace_back(o.at("username").as_string());
    }
    // Every enabled role with answer_requests (roles.cpp), the disabled one and the viewer left out.
    std::vector<std::string> expected{"anna", "capo"};
    if (has_permission(Role::admin, Permission::answer_requests)) expected.insert(expected.begin(), "amministratore");
    EXPECT_EQ(names, expected);
    const auto decoded = api::decode_cases<std::vector<api::CaseOperator>>(reply.response->body);
    ASSERT_TRUE(decoded);
    ASSERT_EQ(decoded->size(), expected.size());
    EXPECT_EQ(decoded->front().username, expected.front());
}

// Outside the 24-hour window free text is refused and nothing is sent; an
// approved template goes.
TEST(Cases, OutsideTheWindowOnlyATemplateIsSent) {
    RelayFixture f;
    f.save_template("informazione_generale", 1, "Informazione dalla Regione Piemonte: {{1}}");
    Desk desk(f, "operatore1", "operator");
    const std::string citizen = "393401300007";
    const wa::build::Sender s{citizen, "Citt"};
    ASSERT_EQ(f.post_webhook(wa::build::envelope("W", f.phone_number_id, "390110000000", {s},
                                                 {wa::build::text_message(s, "wamid.OLDQ", time::now_ms() / 1000 - 25 * 3600,
                                                                          "Ho una domanda sul richiamo?")}, {})), 200);
    ASSERT_TRUE(wait_for([&] { return f.db_int("SELECT count(*) FROM cases") == 1; })) << f.logs();
    const auto id = f.db_int("SELECT id FROM cases");
    ASSERT_EQ(desk.claim(id), 200);
    EXPECT_FALSE(desk.detail(id).summary.window_closes_at_ms.has_value());
    const auto refused = desk.reply(id, "Buongiorno", "late-1");
    EXPECT_EQ(refused.response->status, 422);
    EXPECT_NE(refused.response->body.find("outside_window"), std::string::npos) << refused.response->body;
    EXPECT_EQ(f.db_int("SELECT count(*) FROM outbox WHERE kind = 'operator_reply'"), 0);

    api::CaseReply t;
    t.template_name = "informazione_generale";
    t.parameters = {"il richiamo si prenota dal portale"};
    t.idempotency_key = "late-2";
    auto wrong = t;
    wrong.parameters = {};
    wrong.idempotency_key = "late-3";
    EXPECT_EQ(desk.call("POST", "/ops/v1/cases/" + std::to_string(id) + "/replies", api::encode(wrong)).response->status,
              422);
    const auto sent = desk.call("POST", "/ops/v1/cases/" + std::to_string(id) + "/replies", api::encode(t));
    ASSERT_EQ(sent.response->status, 202) << sent.response->body;
    ASSERT_TRUE(wait_for([&] {
        for (const auto& m : f.all_sent_messages())
            if (m.as_object().at("template") == "informazione_generale") return true;
        return false;
    })) << f.logs();
}

TEST(Cases, RevealingTheNumberNeedsThePermissionAndIsAudited) {
    RelayFixture f;
    Desk op(f, "operatore1", "operator");
    Desk boss(f, "supervisora", "supervisor");
    f.citizen_says("393401300008", "#operatore");
    ASSERT_TRUE(wait_for([&] { return f.db_int("SELECT count(*) FROM cases") == 1; })) << f.logs();
    const auto path = "/ops/v1/cases/" + std::to_string(f.db_int("SELECT id FROM cases")) + "/reveal";
    EXPECT_EQ(op.status("POST", path), 403);
    const auto revealed = boss.call("POST", path);
    ASSERT_EQ(revealed.response->status, 200);
    EXPECT_EQ(api::decode_cases<api::RevealedNumber>(revealed.response->body)->phone, "+393401300008");
    EXPECT_EQ(f.db_int("SELECT count(*) FROM audit_log WHERE action = 'phone_revealed' AND actor = 'supervisora' "
                       "AND detail NOT LIKE '%3401300008%' AND target NOT LIKE '%3401300008%'"), 1);
}

// A citizen known only by a WhatsApp user id has cases like anyone, and the
// operator's reply goes to the user id.
TEST(Cases, AUsernameOnlyCitizenKeepsTheirCase) {
    RelayFixture f;
    Desk desk(f, "operatore1", "operator");
    const std::string user = "US.CA5E0001";
    auto says = [&](const std::string& text) {
        auto r = f.sim("POST", "/_sim/citizens/" + user + "/messages", bj::serialize(bj::object{{"text", text}}));
        ASSERT_EQ(r.response->status, 200);
    };
    says("Vorrei parlare con qualcuno per il mio certificato, è possibile?");
    ASSERT_TRUE(wait_for([&] { return f.db_int("SELECT count(*) FROM cases") == 1; })) << f.logs();
    says("Scusate, è urgente");
    ASSERT_TRUE(wait_for([&] { return f.db_int("SELECT count(*) FROM inbound_messages WHERE case_id IS NOT NULL") == 2; }));
    const auto id = f.db_int("SELECT id FROM cases");
    const auto summary = desk.detail(id).summary;
    EXPECT_EQ(summary.citizen, "US.\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2" "01");
    ASSERT_EQ(desk.claim(id), 200);
    ASSERT_EQ(desk.reply(id, "Certo, mi dica pure.", "u-1").response->status, 202);
    ASSERT_TRUE(wait_for([&] { return f.inbox(user).size() == 2; })) << f.logs();
    EXPECT_EQ(text_of(f.inbox(user).at(1)), "Certo, mi dica pure.");
    EXPECT_EQ(f.inbox(user).at(1).as_object().at("wa_id").as_string(), "");
    EXPECT_EQ(desk.status("POST", "/ops/v1/cases/" + std::to_string(id) + "/reveal"), 403);
}

// A claimed case left untouched for claim_timeout_minutes returns to the
// queue, recorded; presence shows who is looking at a case.
TEST(Cases, UntouchedClaimsReturnToTheQueueAndPresenceIsShown) {
    RelayFixture f;
    Desk anna(f, "anna", "operator");
    Desk bruno(f, "bruno", "operator");
    f.citizen_says("393401300009", "#operatore");
    ASSERT_TRUE(wait_for([&] { return f.db_int("SELECT count(*) FROM cases") == 1; })) << f.logs();
    const auto id = f.db_int("SELECT id FROM cases");
    const auto path = "/ops/v1/cases/" + std::to_string(id);
    ASSERT_EQ(anna.claim(id), 200);
    EXPECT_EQ(anna.status("PUT", path + "/presence"), 204);
    const auto seen = bruno.detail(id).summary.viewers;
    ASSERT_EQ(seen.size(), 1u);
    EXPECT_EQ(seen.front().username, "anna");
    EXPECT_EQ(anna.status("DELETE", path + "/presence"), 204);
    EXPECT_TRUE(bruno.detail(id).summary.viewers.empty());

    f.stop_relay();
    {
        storage::Connection c(f.db_path, storage::Connection::Mode::read_write, true);
        c.query("UPDATE cases SET touched_at = ? WHERE id = ?", time::now_ms() - 31 * 60'000, id).run();
    }
    f.start_relay();
    f.wait_until_ready();
    ASSERT_TRUE(wait_for([&] { return f.db_int("SELECT count(*) FROM cases WHERE state = 'new' AND owner_id IS NULL") == 1; }))
        << f.logs();
    EXPECT_EQ(f.db_int("SELECT count(*) FROM audit_log WHERE action = 'case_returned_to_queue'"), 1);
}

// The case is the citizen's, not the number's: after a number change their
// messages from the new number join it.
TEST(Cases, ANumberChangeKeepsTheCase) {
    RelayFixture f;
    const std::string old_number = "393401300010", new_number = "393409300010";
    f.citizen_says(old_number, "#operatore");
    ASSERT_TRUE(wait_for([&] { return f.db_int("SELECT count(*) FROM cases") == 1; })) << f.logs();
    const std::string changed = R"({"from":")" + old_number + R"(","id":"wamid.CHG1","timestamp":")" +
                                std::to_string(time::now_ms() / 1000) +
                                R"(","type":"system","system":{"body":"changed","wa_id":")" + new_number +
                                R"(","type":"user_changed_number"}})";
    ASSERT_EQ(f.post_webhook(wa::build::envelope("W", f.phone_number_id, "390110000000", {}, {changed}, {})), 200);
    f.citizen_says(new_number, "Sono sempre io, ho cambiato numero: avete visto la mia richiesta?");
    ASSERT_TRUE(wait_for([&] { return f.db_int("SELECT count(*) FROM inbound_messages WHERE case_id IS NOT NULL") == 2; }))
        << f.logs();
    EXPECT_EQ(f.db_int("SELECT count(*) FROM cases"), 1);
    EXPECT_EQ(f.db_int("SELECT count(DISTINCT case_id) FROM inbound_messages WHERE case_id IS NOT NULL"), 1);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM outbox"), 1);   // only the first answer: the bot stayed silent
}
