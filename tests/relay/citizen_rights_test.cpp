// A citizen's rights (GDPR Art. 15 access, Art. 17 erasure) on the real relay
// and simulator: a citizen writes, gets a push, consents and withdraws, talks
// to an operator; the export (desk route and command line) holds all of it;
// the erasure leaves none of their rows, no trace of their number's hash, an
// audit entry without the number, and a fresh history for their next message.
#include "process.hpp"
#include "relay_fixture.hpp"
#include "sire_session.hpp"
#include "security/vault.hpp"
#include "sportello/api/cases.hpp"
#include "sportello/api/codec.hpp"
#include "sportello/time.hpp"
#include "storage/sqlite.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

using namespace sportello;
using namespace sportello::testing;
namespace bj = boost::json;

namespace {

constexpr const char* digits = "393401777001";   // the citizen
constexpr const char* password = "una-password-lunga";

class Office {
public:
    explicit Office(RelayFixture& f) : f_(f) {
        for (const auto& [name, role] : {std::pair{"dpo.admin", "admin"}, {"operatrice", "operator"},
                                         {"supervisore", "supervisor"}}) {
            if (f.create_user(name, password, role) != 0) throw std::runtime_error("create_user");
            tokens_[name] = f.login(name, password);
        }
    }
    net::ClientResult as(const std::string& who, const std::string& method, const std::string& path,
                         const std::string& body = {}) {
        return f_.relay(method, path, body, {{"authorization", "Bearer " + tokens_.at(who)}});
    }
    static std::string request(const std::string& phone, const std::string& reason) {
        return bj::serialize(bj::object{{"phone", phone}, {"reason", reason}});
    }
    bj::object export_of(const std::string& phone) {
        auto r = as("dpo.admin", "POST", "/ops/v1/citizens:export", request(phone, "richiesta di accesso prot. 2026/81"));
        if (!r.ok() || r.response->status != 200) throw std::runtime_error("export: " + (r.ok() ? r.response->body : ""));
        return bj::parse(r.response->body).as_object();
    }

private:
    RelayFixture& f_;
    std::map<std::string, std::string> tokens_;
};

std::string str(const bj::value& v) { return std::string(v.as_string()); }
std::size_t size_of(const bj::object& doc, const char* key) { return doc.at(key).as_array().size(); }

bool any_text_contains(const bj::array& messages, const std::string& needle) {
    for (const auto& m : messages)
        if (const auto* t = m.as_object().if_contains("text"); t && t->is_string() && str(*t).find(needle) != std::string::npos)
            return true;
    return false;
}

std::string file_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The rows that name the citizen's contact in each table that refers to one.
std::int64_t rows_of(RelayFixture& f, const std::string& table, std::int64_t contact) {
    return f.db_int("SELECT count(*) FROM " + table + " WHERE contact_id = " + std::to_string(contact));
}

// Everything a citizen can leave: a hashtag answered, a push received, a
// consent granted, withdrawn and granted again, a question answered by an
// operator, and a reminder still waiting for tomorrow.
struct History {
    std::int64_t contact = 0, case_id = 0;
};
History live_a_history(RelayFixture& f, Office& office, Sire& sire) {
    History h;
    f.citizen_says(digits, "#tamponi");
    if (!wait_for([&] { return f.inbox(digits).size() == 1; })) throw std::runtime_error("no answer:\n" + f.logs());
    h.contact = f.db_int("SELECT id FROM contacts WHERE erased_at IS NULL ORDER BY id DESC LIMIT 1");
    if (sire.grant(std::string("+") + digits).response->status != 201) throw std::runtime_error("grant");
    if (sire.push(sire.reminder("promemoria-1", std::string("+") + digits)).response->status / 100 != 2)
        throw std::runtime_error("push");
    if (!wait_for([&] { return f.inbox(digits).size() == 2; })) throw std::runtime_error("no push:\n" + f.logs());
    f.citizen_says(digits, "Ho perso il foglio della prenotazione, come posso riaverlo?");
    if (!wait_for([&] { return f.db_int("SELECT count(*) FROM cases") == 1; })) throw std::runtime_error("no case");
    h.case_id = f.db_int("SELECT id FROM cases");
    const auto path = "/ops/v1/cases/" + std::to_string(h.case_id);
    if (office.as("operatrice", "POST", path + "/claim").response->status != 200) throw std::runtime_error("claim");
    api::CaseReply reply;
    reply.text = "Gliene inviamo una copia per posta elettronica entro oggi.";
    reply.idempotency_key = "risposta-1";
    if (office.as("operatrice", "POST", path + "/replies", api::encode(reply)).response->status / 100 != 2)
        throw std::runtime_error("reply");
    if (!wait_for([&] { return f.inbox(digits).size() == 4; }))   // the bot's "an operator will answer", the reply
        throw std::runtime_error("no reply:\n" + f.logs());
    f.citizen_says(digits, "STOP");
    if (!wait_for([&] { return f.db_int("SELECT count(*) FROM consent_events WHERE action = 'withdraw'") >= 1; }))
        throw std::runtime_error("no withdrawal");
    if (sire.grant(std::string("+") + digits).response->status / 100 != 2) throw std::runtime_error("grant again");
    auto later = sire.reminder("promemoria-domani", std::string("+") + digits);
    later.not_before_ms = time::now_ms() + 24LL * 3600 * 1000;
    if (sire.push(later).response->status / 100 != 2) throw std::runtime_error("push tomorrow");
    // The statuses the simulator reports for what was delivered.
    if (!wait_for([&] { return f.db_int("SELECT count(*) FROM message_statuses") >= 2; }))
        throw std::runtime_error("no statuses");
    return h;
}

} // namespace

TEST(CitizenRights, TheExportHoldsTheWholeHistoryAndTheErasureLeavesNothingButAnAnonymousLedger) {
    RelayFixture f;
    Office office(f);
    Sire sire(f);
    const auto h = live_a_history(f, office, sire);

    // Access: every part of the history, decrypted.
    const auto doc = office.export_of("+39 340 177 7001");
    ASSERT_TRUE(doc.at("data_held").as_bool());
    EXPECT_EQ(str(doc.at("requested_by")), "dpo.admin");
    EXPECT_EQ(str(doc.at("reason")), "richiesta di accesso prot. 2026/81");
    EXPECT_EQ(str(doc.at("contact").at("phone")), "+393401777001");
    const auto& received = doc.at("messages_received").as_array();
    EXPECT_EQ(received.size(), 3u);
    EXPECT_TRUE(any_text_contains(received, "#tamponi"));
    EXPECT_TRUE(any_text_contains(received, "Ho perso il foglio della prenotazione"));
    EXPECT_TRUE(any_text_contains(received, "STOP"));
    const auto& sent = doc.at("messages_sent").as_array();
    EXPECT_TRUE(any_text_contains(sent, "Gliene inviamo una copia per posta elettronica"));
    EXPECT_TRUE(any_text_contains(sent, "promemoria_appuntamento: la vaccinazione, 12/03 alle 10:30"));
    bool reply_signed = false, has_status = false, pending = false;
    for (const auto& m : sent) {
        const auto& o = m.as_object();
        if (o.at("kind") == "operator_reply") reply_signed = o.at("written_by") == "operatrice";
        if (!o.at("statuses").as_array().empty()) has_status = true;
        if (o.at("state") == "queued") pending = true;
    }
    EXPECT_TRUE(reply_signed);
    EXPECT_TRUE(has_status);
    EXPECT_TRUE(pending);
    const auto& ledger = doc.at("consent").at("ledger").as_array();
    ASSERT_GE(ledger.size(), 3u);
    EXPECT_EQ(ledger.at(0).at("action"), "grant");
    EXPECT_EQ(ledger.at(0).at("evidence"), "modulo 2026/4412");
    EXPECT_EQ(ledger.at(1).at("action"), "withdraw");
    EXPECT_TRUE(doc.at("consent").at("reminders").at("granted").as_bool());
    ASSERT_EQ(size_of(doc, "cases"), 1u);
    EXPECT_EQ(doc.at("cases").at(0).at("id").as_int64(), h.case_id);
    EXPECT_FALSE(doc.at("cases").at(0).at("events").as_array().empty());
    EXPECT_EQ(size_of(doc, "pushes"), 2u);
    EXPECT_EQ(doc.at("pushes").at(0).at("requested_by_client"), "SIRE");
    const auto summary = str(doc.at("summary").at("text_it"));
    EXPECT_NE(summary.find("3 messaggi ricevuti da Lei"), std::string::npos) << summary;
    EXPECT_NE(summary.find("Consenso ai promemoria: concesso"), std::string::npos) << summary;

    // The command line, on the same database while the relay runs, says the same.
    const auto out = f.dir + "/export.json";
    std::string output;
    ASSERT_EQ(run_program(relay_binary(), {"citizen", "export", "--config", f.relay_config, "--phone", "+393401777001",
                                           "--requested-by", "Ufficio DPO", "--reason", "PEC del 3 dicembre", "--out", out},
                          &output), 0) << output;
    const auto cli_doc = bj::parse(file_bytes(out)).as_object();
    EXPECT_EQ(str(cli_doc.at("requested_by")), "cli:Ufficio DPO");
    for (const char* key : {"contact", "messages_received", "consent", "pushes", "broadcasts"})
        EXPECT_EQ(cli_doc.at(key), doc.at(key)) << key;
    // Statuses may have arrived between the two exports: the messages themselves are the same.
    ASSERT_EQ(size_of(cli_doc, "messages_sent"), sent.size());
    for (std::size_t i = 0; i < sent.size(); ++i)
        EXPECT_EQ(cli_doc.at("messages_sent").at(i).at("text"), sent.at(i).at("text")) << i;
    EXPECT_EQ(size_of(cli_doc, "cases"), 1u);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM audit_log WHERE action = 'citizen_data_exported'"), 2);

    // Erasure, with a reminder still pending.
    std::vector<std::string> wamids;
    {
        storage::Connection c(f.db_path, storage::Connection::Mode::read_only, false);
        auto q = c.query("SELECT wamid FROM outbox WHERE contact_id = ? AND wamid IS NOT NULL", h.contact);
        while (q.next()) wamids.push_back(q.text(0));
    }
    ASSERT_FALSE(wamids.empty());
    const auto ledger_rows = f.db_int("SELECT count(*) FROM consent_events WHERE contact_id = " + std::to_string(h.contact));
    auto erased = office.as("dpo.admin", "POST", "/ops/v1/citizens:erase",
                            Office::request("393401777001", "richiesta di cancellazione prot. 2026/82"));
    ASSERT_EQ(erased.response->status, 200) << erased.response->body;
    const auto answer = bj::parse(erased.response->body).as_object();
    ASSERT_TRUE(answer.at("data_held").as_bool());
    const auto& counts = answer.at("erased").as_object();
    EXPECT_EQ(counts.at("messages_received").as_int64(), 3);
    EXPECT_EQ(counts.at("pending_cancelled").as_int64(), 1);
    EXPECT_EQ(counts.at("cases").as_int64(), 1);
    EXPECT_EQ(counts.at("consent_events_kept").as_int64(), ledger_rows);

    for (const char* table : {"inbound_messages", "outbox", "cases", "notifications", "consent_state"})
        EXPECT_EQ(rows_of(f, table, h.contact), 0) << table;
    EXPECT_EQ(f.db_int("SELECT count(*) FROM case_events WHERE case_id = " + std::to_string(h.case_id)), 0);
    for (const auto& w : wamids) {
        storage::Connection c(f.db_path, storage::Connection::Mode::read_only, false);
        auto q = c.query("SELECT count(*) FROM message_statuses WHERE wamid = ?", w);
        q.next();
        EXPECT_EQ(q.int64(0), 0) << w;
    }
    // The ledger's proof stays, without evidence, on a row that names no one.
    EXPECT_EQ(rows_of(f, "consent_events", h.contact), ledger_rows);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM consent_events WHERE evidence_enc IS NOT NULL AND contact_id = " +
                       std::to_string(h.contact)), 0);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM contacts WHERE id = " + std::to_string(h.contact) +
                       " AND phone_enc IS NULL AND user_id_hash IS NULL AND user_id_enc IS NULL "
                       "AND profile_name_enc IS NULL AND erased_at IS NOT NULL"), 1);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM pragma_foreign_key_check"), 0);

    // The audit entry says who, when, why and how much, never whose number.
    {
        storage::Connection c(f.db_path, storage::Connection::Mode::read_only, false);
        auto q = c.query("SELECT actor, target, detail FROM audit_log WHERE action = 'citizen_data_erased'");
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.text(0), "dpo.admin");
        EXPECT_EQ(q.text(1), "");
        const auto detail = q.text(2);
        EXPECT_NE(detail.find("richiesta di cancellazione prot. 2026/82"), std::string::npos) << detail;
        EXPECT_NE(detail.find("\"messages_received\":3"), std::string::npos) << detail;
        EXPECT_EQ(detail.find("1777001"), std::string::npos) << detail;
    }

    // A new message from the same number: a new, empty history.
    f.citizen_says(digits, "#tamponi");
    ASSERT_TRUE(wait_for([&] { return f.inbox(digits).size() >= 6; })) << f.logs();
    ASSERT_TRUE(wait_for([&] {
        return f.db_int("SELECT count(*) FROM outbox WHERE state IN ('sent', 'delivered', 'read') AND contact_id = "
                        "(SELECT max(id) FROM contacts)") == 1;
    }));
    const auto fresh = office.export_of("393401777001");
    ASSERT_TRUE(fresh.at("data_held").as_bool());
    ASSERT_EQ(size_of(fresh, "messages_received"), 1u);
    EXPECT_EQ(str(fresh.at("messages_received").at(0).at("text")), "#tamponi");
    EXPECT_EQ(size_of(fresh, "cases"), 0u);
    EXPECT_EQ(size_of(fresh, "pushes"), 0u);
    EXPECT_TRUE(fresh.at("consent").at("ledger").as_array().empty());
    EXPECT_NE(fresh.at("contact").at("first_seen_at"), doc.at("contact").at("first_seen_at"));

    // Erased for good: the keyed hash the old row was found by is in no
    // page of the file once the relay has stopped (its WAL folded in).
    const auto old_hash = security::Vault::from_key_file(f.dir + "/data/data.key").lookup_hash(digits);
    office.as("dpo.admin", "POST", "/ops/v1/citizens:erase", Office::request(digits, "seconda richiesta, prot. 2026/90"));
    f.stop_relay();
    const auto bytes = file_bytes(f.db_path);
    ASSERT_FALSE(bytes.empty());
    EXPECT_EQ(bytes.find(std::string(old_hash.begin(), old_hash.end())), std::string::npos);
    EXPECT_EQ(bytes.find(digits), std::string::npos);
    EXPECT_EQ(bytes.find("Ho perso il foglio"), std::string::npos);
}

TEST(CitizenRights, OnlyAdministratorsMayAndBadRequestsChangeNothing) {
    RelayFixture f;
    Office office(f);
    f.citizen_says(digits, "#tamponi");
    ASSERT_TRUE(wait_for([&] { return f.inbox(digits).size() == 1; })) << f.logs();
    const auto body = Office::request(digits, "richiesta prot. 7");
    for (const char* who : {"operatrice", "supervisore"})
        for (const char* path : {"/ops/v1/citizens:export", "/ops/v1/citizens:erase"}) {
            auto r = office.as(who, "POST", path, body);
            EXPECT_EQ(r.response->status, 403) << who << " " << path;
        }
    auto bad = office.as("dpo.admin", "POST", "/ops/v1/citizens:erase", Office::request("340 12", "richiesta prot. 7"));
    EXPECT_EQ(bad.response->status, 422);
    EXPECT_EQ(api::decode_error(bad.response->body).value().code, api::ErrorCode::invalid_phone);
    auto both = office.as("dpo.admin", "POST", "/ops/v1/citizens:export",
                          R"({"phone":"393401777001","user_id":"US.1234","reason":"prot. 8"})");
    EXPECT_EQ(both.response->status, 400);
    auto no_reason = office.as("dpo.admin", "POST", "/ops/v1/citizens:erase", Office::request(digits, " "));
    EXPECT_EQ(api::decode_error(no_reason.response->body).value().field, "reason");
    auto number_in_reason = office.as("dpo.admin", "POST", "/ops/v1/citizens:erase",
                                      Office::request(digits, "cancellare il 3401777001"));
    EXPECT_EQ(number_in_reason.response->status, 400);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages"), 1);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM audit_log WHERE action LIKE 'citizen_data_%'"), 0);

    // Nobody by that number: a plain answer that nothing is held.
    const auto none = office.export_of("+39 333 000 0000");
    EXPECT_FALSE(none.at("data_held").as_bool());
    EXPECT_FALSE(none.contains("messages_received"));
    EXPECT_NE(str(none.at("summary").at("text_it")).find("non conserva alcun dato"), std::string::npos);
    auto nothing = office.as("dpo.admin", "POST", "/ops/v1/citizens:erase", Office::request("+393330000000", "prot. 9"));
    EXPECT_EQ(bj::parse(nothing.response->body).at("data_held"), false);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages"), 1);
}

TEST(CitizenRights, TheCommandLineErasesByUserIdOrNumberAndRefusesBadInput) {
    RelayFixture f;
    f.citizen_says(digits, "#tamponi");
    ASSERT_TRUE(wait_for([&] { return f.inbox(digits).size() == 1; })) << f.logs();
    std::string output;
    const std::vector<std::string> base{"--config", f.relay_config, "--requested-by", "Ufficio DPO", "--reason", "PEC 12"};
    auto with = [&](std::vector<std::string> head, std::vector<std::string> tail) {
        head.insert(head.end(), base.begin(), base.end());
        head.insert(head.end(), tail.begin(), tail.end());
        return head;
    };
    EXPECT_EQ(run_program(relay_binary(), with({"citizen", "export"}, {"--phone", "12ab"}), &output), 2);
    EXPECT_NE(output.find("--phone"), std::string::npos) << output;
    EXPECT_EQ(run_program(relay_binary(), with({"citizen", "erase"}, {"--phone", digits}), &output), 2);
    EXPECT_NE(output.find("--confirm"), std::string::npos) << output;
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages"), 1);
    EXPECT_EQ(run_program(relay_binary(), with({"citizen", "erase"}, {"--user-id", "US.sconosciuto", "--confirm"}),
                          &output), 0) << output;
    EXPECT_NE(output.find("no data held"), std::string::npos) << output;
    EXPECT_EQ(run_program(relay_binary(), with({"citizen", "erase"}, {"--phone", digits, "--confirm"}), &output), 0)
        << output;
    EXPECT_NE(output.find("\"messages_received\":1"), std::string::npos) << output;
    EXPECT_EQ(output.find("1777001"), std::string::npos) << output;   // masked on the terminal too
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages"), 0);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM contacts"), 0);   // no ledger to keep: the row itself is gone
    EXPECT_EQ(f.db_int("SELECT count(*) FROM audit_log WHERE action = 'citizen_data_erased' AND actor = 'cli:Ufficio DPO'"),
              2);
    // The relay kept running and answers the number as a new citizen.
    f.citizen_says(digits, "#tamponi");
    ASSERT_TRUE(wait_for([&] { return f.inbox(digits).size() == 2; })) << f.logs();
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages"), 1);
}
