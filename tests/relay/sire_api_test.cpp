// /api/v1 against the real relay and simulator: API clients, the consent
// ledger, notifications with every error, idempotency across a restart,
// replacement, withdrawal, the message listing, and the end-to-end push.
#include "process.hpp"
#include "relay_fixture.hpp"
#include "net/tls.hpp"
#include "outbound/quiet_hours.hpp"
#include "sire_session.hpp"
#include "sportello/api/admin.hpp"
#include "sportello/api/codec.hpp"
#include "sportello/api/sire.hpp"
#include "sportello/time.hpp"

#include <thread>

#include <boost/json.hpp>
#include <gtest/gtest.h>

using namespace sportello;
using namespace sportello::testing;
namespace bj = boost::json;

namespace {

constexpr const char* citizen = sire_citizen;   // where reminders go by default
constexpr const char* citizen_digits = "393401280001";

api::ErrorCode code_of(const net::ClientResult& r) { return api::decode_error(r.response->body).value().code; }

} // namespace

TEST(SireClients, TokensScopesRotationRevocationAndRateLimits) {
    RelayFixture f;
    const auto token = f.create_api_client("SIRE", "consent");
    EXPECT_EQ(f.api("GET", "/api/v1/consents/393401280001", token).response->status, 200);
    EXPECT_EQ(f.api("GET", "/api/v1/consents/393401280001", "").response->status, 401);
    EXPECT_EQ(f.api("GET", "/api/v1/consents/393401280001", "spt_forged").response->status, 401);
    auto scope = f.api("GET", "/api/v1/messages?phone=393401280001", token);
    EXPECT_EQ(scope.response->status, 403);
    EXPECT_EQ(code_of(scope), api::ErrorCode::forbidden);

    ASSERT_EQ(f.create_user("admin.sistema", "una-password-lunga", "admin"), 0);
    const auto admin = f.login("admin.sistema", "una-password-lunga");
    net::Headers bearer{{"authorization", "Bearer " + admin}};
    auto created = f.relay("POST", "/ops/v1/api-clients",
                           R"({"name":"Lento","scopes":["consent"],"rate_per_minute":6})", bearer);
    ASSERT_EQ(created.response->status, 201) << created.response->body;
    auto slow = api::decode_admin<api::ApiClientToken>(created.response->body).value();
    EXPECT_EQ(f.api("GET", "/api/v1/consents/393401280001", slow.token).response->status, 200);
    auto limited = f.api("GET", "/api/v1/consents/393401280001", slow.token);
    EXPECT_EQ(limited.response->status, 429);
    EXPECT_FALSE(limited.response->header("retry-after").empty());

    auto rotated = f.relay("POST", "/ops/v1/api-clients/" + std::to_string(slow.client.id) + "/rotate", {}, bearer);
    ASSERT_EQ(rotated.response->status, 200);
    const auto fresh = api::decode_admin<api::ApiClientToken>(rotated.response->body)->token;
    EXPECT_EQ(f.api("GET", "/api/v1/consents/393401280001", slow.token).response->status, 401);
    EXPECT_NE(fresh, slow.token);
    EXPECT_EQ(f.relay("DELETE", "/ops/v1/api-clients/" + std::to_string(slow.client.id), {}, bearer).response->status, 204);
    EXPECT_EQ(f.api("GET", "/api/v1/consents/393401280001", fresh).response->status, 401);
    EXPECT_EQ(f.relay("GET", "/ops/v1/api-clients", {}, bearer).response->body.find(fresh), std::string::npos);
    EXPECT_GE(f.db_int("SELECT count(*) FROM audit_log WHERE action = 'api_call' AND actor = 'client:SIRE'"), 2);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM audit_log WHERE target LIKE '%3934012%' OR detail LIKE '%3934012%'"), 0);
}

TEST(SireClients, ClientCertificateCanBeRequired) {
    RelayFixture f({.tweak_relay_config = [](bj::object& c) {
        auto& tls = c["tls"].as_object();
        tls["client_ca_file"] = std::string(tls["certificate_file"].as_string()).replace(
            std::string(tls["certificate_file"].as_string()).find("server.pem"), 10, "ca.pem");
    }});
    net::issue_dev_client_certificate(f.dir + "/certs", "sire-client");
    net::issue_dev_client_certificate(f.dir + "/certs", "someone-else");
    const auto token = f.create_api_client("SIRE", "consent", 6000, "sire-client");
    EXPECT_EQ(f.api("GET", "/api/v1/consents/393401280001", token).response->status, 403);
    EXPECT_EQ(f.api("GET", "/api/v1/consents/393401280001", token, {}, "someone-else").response->status, 403);
    EXPECT_EQ(f.api("GET", "/api/v1/consents/393401280001", token, {}, "sire-client").response->status, 200);

    // A certificate from the same CA with no common name at all: refused like
    // any other that is not the client's (its subject reads as empty).
    const std::string certs = f.dir + "/certs";
    std::string out;
    ASSERT_EQ(run_program("/usr/bin/openssl", {"req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                                               "-nodes", "-keyout", certs + "/no-cn.key", "-out", certs + "/no-cn.csr",
                                               "-subj", "/O=Regione Piemonte/OU=senza nome"}, &out), 0) << out;
    ASSERT_EQ(run_program("/usr/bin/openssl", {"x509", "-req", "-in", certs + "/no-cn.csr", "-CA", certs + "/ca.pem",
                                               "-CAkey", certs + "/ca.key", "-CAcreateserial", "-days", "2",
                                               "-out", certs + "/no-cn.pem"}, &out), 0) << out;
    const auto no_cn = f.api("GET", "/api/v1/consents/393401280001", token, {}, "no-cn");
    ASSERT_TRUE(no_cn.ok()) << no_cn.error;
    EXPECT_EQ(no_cn.response->status, 403);
    EXPECT_TRUE(f.relay_running());
}

TEST(SireConsent, LedgerIsAppendOnlyAndSaysWhatWasWrong) {
    RelayFixture f;
    Sire s(f);
    auto bad_phone = s.grant("3401280001");
    EXPECT_EQ(bad_phone.response->status, 422);
    EXPECT_EQ(code_of(bad_phone), api::ErrorCode::invalid_phone);
    auto bad_scope = s.call("PUT", "/api/v1/consents/393401280001", R"({"scope":"tutto","source":"x"})");
    EXPECT_EQ(bad_scope.response->status, 400);
    EXPECT_EQ(api::decode_error(bad_scope.response->body)->field, "scope");

    auto none = api::decode_sire<api::ConsentView>(s.call("GET", "/api/v1/consents/393401280001").response->body).value();
    EXPECT_FALSE(none.reminders.granted);
    EXPECT_TRUE(none.history.empty());

    ASSERT_EQ(s.grant("+393401280001").response->status, 201);
    auto withdrawn = s.call("DELETE", "/api/v1/consents/393401280001",
                            R"({"scope":"reminders","source":"sportello-urp","evidence":"richiesta telefonica"})");
    ASSERT_EQ(withdrawn.response->status, 200);
    auto view = api::decode_sire<api::ConsentView>(withdrawn.response->body).value();
    EXPECT_FALSE(view.reminders.granted);
    ASSERT_EQ(view.history.size(), 2u);
    EXPECT_EQ(view.history[0].action, "grant");
    EXPECT_EQ(view.history[0].evidence, "modulo 2026/4412");
    EXPECT_EQ(view.history[1].action, "withdraw");
    EXPECT_EQ(view.history[1].recorded_by, "client:SIRE");
    EXPECT_EQ(f.db_int("SELECT count(*) FROM consent_events"), 2);
}

TEST(SireNotifications, EveryErrorIsClear) {
    RelayFixture f;
    Sire s(f);
    auto no_consent = s.push(s.reminder("k1"));
    EXPECT_EQ(no_consent.response->status, 403);
    EXPECT_EQ(code_of(no_consent), api::ErrorCode::consent_missing);
    ASSERT_EQ(s.grant(citizen).response->status, 201);

    auto unknown = s.reminder("k2");
    unknown.template_name = "promemoria_inesistente";
    EXPECT_EQ(code_of(s.push(unknown)), api::ErrorCode::unknown_template);
    auto params = s.reminder("k3");
    params.parameters.pop_back();
    auto wrong = s.push(params);
    EXPECT_EQ(wrong.response->status, 422);
    EXPECT_EQ(code_of(wrong), api::ErrorCode::template_parameters);
    auto phone = s.reminder("k4", "0039 abc");
    EXPECT_EQ(code_of(s.push(phone)), api::ErrorCode::invalid_phone);
    auto newline = s.reminder("k5");
    newline.parameters[0] = "riga\nnuova";
    EXPECT_EQ(api::decode_error(s.push(newline).response->body)->field, "parameters[0]");
    EXPECT_EQ(s.call("POST", "/api/v1/notifications", "{\"phone\":").response->status, 400);

    auto first = s.push(s.reminder("k6"));
    ASSERT_EQ(first.response->status, 202) << first.response->body;
    const auto id = api::decode_sire<api::NotificationAccepted>(first.response->body)->id;
    EXPECT_EQ(api::decode_sire<api::NotificationAccepted>(s.push(s.reminder("k6")).response->body)->id, id);
    auto different = s.reminder("k6");
    different.parameters[1] = "13/03 alle 9:00";
    auto mismatch = s.push(different);
    EXPECT_EQ(mismatch.response->status, 422);
    EXPECT_EQ(code_of(mismatch), api::ErrorCode::idempotency_mismatch);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM outbox WHERE kind = 'push'"), 1);
}

TEST(SireNotifications, IdempotencySurvivesARestart) {
    RelayFixture f;
    Sire s(f);
    ASSERT_EQ(s.grant(citizen).response->status, 201);
    auto later = s.reminder("restart-1");
    later.not_before_ms = time::now_ms() + 3'600'000;   // stays queued
    const auto id = api::decode_sire<api::NotificationAccepted>(s.push(later).response->body)->id;
    f.stop_relay();
    f.start_relay();
    f.wait_until_ready();
    auto again = s.push(later);
    ASSERT_EQ(again.response->status, 202);
    EXPECT_EQ(api::decode_sire<api::NotificationAccepted>(again.response->body)->id, id);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM outbox WHERE kind = 'push'"), 1);
}

TEST(SireNotifications, ReplaceKeyReplacesThePendingReminder) {
    RelayFixture f;
    Sire s(f);
    ASSERT_EQ(s.grant(citizen).response->status, 201);
    auto first = s.reminder("appt-1");
    first.replace_key = "appuntamento-7F3K2";
    first.not_before_ms = time::now_ms() + 3'600'000;
    const auto old_id = api::decode_sire<api::NotificationAccepted>(s.push(first).response->body)->id;
    auto moved = s.reminder("appt-2");
    moved.replace_key = "appuntamento-7F3K2";
    moved.parameters[1] = "14/03 alle 11:00";
    moved.not_before_ms = first.not_before_ms;
    auto r = api::decode_sire<api::NotificationAccepted>(s.push(moved).response->body).value();
    EXPECT_EQ(r.replaced, old_id);
    const auto page = s.messages(citizen_digits);
    ASSERT_EQ(page.messages.size(), 2u);
    EXPECT_EQ(page.messages[0].status, "cancelled");
    EXPECT_EQ(page.messages[1].status, "queued");
    EXPECT_EQ(page.messages[1].parameters.at(1), "14/03 alle 11:00");
}

TEST(SireNotifications, WithdrawalCancelsWhatIsPending) {
    RelayFixture f;
    Sire s(f);
    ASSERT_EQ(s.grant(citizen).response->status, 201);
    for (int i = 0; i < 3; ++i) {
        auto n = s.reminder("pending-" + std::to_string(i));
        n.not_before_ms = time::now_ms() + 3'600'000;
        ASSERT_EQ(s.push(n).response->status, 202);
    }
    // The citizen writes STOP on WhatsApp.
    f.citizen_says(citizen_digits, "STOP");
    ASSERT_TRUE(wait_for([&] { return f.inbox(citizen_digits).size() == 1; })) << f.logs();
    EXPECT_NE(std::string(f.inbox(citizen_digits).at(0).as_object().at("text").as_string()).find("revocato"),
              std::string::npos);
    for (const auto& m : s.messages(citizen_digits).messages)
        if (m.kind == "push") EXPECT_EQ(m.status, "cancelled");
    auto consent = api::decode_sire<api::ConsentView>(s.call("GET", "/api/v1/consents/393401280001").response->body).value();
    EXPECT_FALSE(consent.reminders.granted);
    EXPECT_EQ(consent.history.back().channel, "whatsapp");
    EXPECT_EQ(code_of(s.push(s.reminder("after-stop"))), api::ErrorCode::consent_missing);
}

TEST(SireNotifications, EndToEndReminderIsDeliveredAndRead) {
    RelayFixture f;
    Sire s(f);
    ASSERT_EQ(s.grant(citizen).response->status, 201);
    auto accepted = s.push(s.reminder("e2e-1"));
    ASSERT_EQ(accepted.response->status, 202) << accepted.response->body;
    const auto id = api::decode_sire<api::NotificationAccepted>(accepted.response->body)->id;
    ASSERT_TRUE(wait_for([&] { return f.inbox(citizen_digits).size() == 1; })) << f.logs();
    const auto got = f.inbox(citizen_digits).at(0).as_object();
    EXPECT_EQ(got.at("template"), "promemoria_appuntamento");
    EXPECT_NE(std::string(got.at("text").as_string()).find("Hub Torino Valdocco"), std::string::npos);
    ASSERT_TRUE(wait_for([&] {
        auto m = api::decode_sire<api::MessageView>(s.call("GET", "/api/v1/messages/" + std::to_string(id)).response->body);
        return m && m->status == "read";
    })) << f.logs();
    const auto m = api::decode_sire<api::MessageView>(s.call("GET", "/api/v1/messages/" + std::to_string(id)).response->body).value();
    std::vector<std::string> steps;
    for (const auto& h : m.history) steps.push_back(h.status);
    EXPECT_EQ(steps, (std::vector<std::string>{"queued", "accepted", "sent", "delivered", "read"}));
    for (std::size_t i = 1; i < m.history.size(); ++i) EXPECT_GT(m.history[i].at_ms, 0);
    EXPECT_EQ(m.kind, "push");
    EXPECT_EQ(m.phone, "+393401280001");
    EXPECT_EQ(s.call("GET", "/api/v1/messages/999999").response->status, 404);
}

// Message ids are sequential: a client reads its own pushes by id, and
// another client's, or a citizen's auto-reply, is 404 with nothing disclosed.
TEST(SireApi, AClientReadsOnlyTheMessagesItSent) {
    RelayFixture f;
    Sire s(f);
    const auto other = f.create_api_client("CUP", "consent,notify,messages:read");
    ASSERT_EQ(s.grant(citizen).response->status, 201);
    const auto id = api::decode_sire<api::NotificationAccepted>(s.push(s.reminder("mine-1")).response->body)->id;
    f.citizen_says("393401280777", "#tamponi");
    ASSERT_TRUE(wait_for([&] { return f.inbox("393401280777").size() == 1; })) << f.logs();
    const auto auto_reply = f.db_int("SELECT id FROM outbox WHERE kind = 'auto_reply'");

    const auto own = s.call("GET", "/api/v1/messages/" + std::to_string(id));
    ASSERT_EQ(own.response->status, 200);
    EXPECT_EQ(api::decode_sire<api::MessageView>(own.response->body)->phone, "+393401280001");
    for (const auto target : {id, auto_reply}) {
        const auto r = f.api("GET", "/api/v1/messages/" + std::to_string(target), other);
        EXPECT_EQ(r.response->status, 404) << r.response->body;
        EXPECT_EQ(r.response->body.find("3934012800"), std::string::npos) << r.response->body;
        EXPECT_EQ(r.response->body.find("Hub Torino"), std::string::npos) << r.response->body;
    }
    EXPECT_EQ(s.call("GET", "/api/v1/messages/" + std::to_string(auto_reply)).response->status, 404);
}

TEST(SireNotifications, BatchGivesEachItemItsOwnResult) {
    RelayFixture f;
    Sire s(f);
    ASSERT_EQ(s.grant(citizen).response->status, 201);
    api::BatchRequest batch;
    batch.notifications = {s.reminder("b1"), s.reminder("b2", "+39 340 128 9999"), s.reminder("b3", "abc"),
                           s.reminder("b4")};
    batch.notifications[3].template_name = "non_esiste";
    auto r = s.call("POST", "/api/v1/notifications:batch", api::encode(batch));
    ASSERT_EQ(r.response->status, 200) << r.response->body;
    auto results = api::decode_sire<std::vector<api::BatchItemResult>>(r.response->body).value();
    ASSERT_EQ(results.size(), 4u);
    EXPECT_EQ(results[0].status, 202);
    EXPECT_EQ(results[1].status, 403);
    EXPECT_EQ(results[2].status, 422);
    EXPECT_EQ(results[2].error->field, "notifications[2].phone");
    EXPECT_EQ(results[3].error->code, api::ErrorCode::unknown_template);
    batch.notifications.assign(1001, s.reminder("x"));
    EXPECT_EQ(s.call("POST", "/api/v1/notifications:batch", api::encode(batch)).response->status, 400);
}

TEST(SireNotifications, QuietHoursHoldPushesUntilMorning) {
    // Quiet hours from an hour ago to two hours from now, in Rome's local time.
    const auto now = time::now_ms();
    const int minute = relay::rome_minute_of_day(now);
    auto hhmm = [](int m) {
        m = ((m % 1440) + 1440) % 1440;
        char buf[6];
        std::snprintf(buf, sizeof buf, "%02d:%02d", m / 60, m % 60);
        return std::string(buf);
    };
    RelayFixture f({.tweak_relay_config = [&](bj::object& c) {
        c["pushes"] = bj::object{{"quiet_hours", true}, {"quiet_hours_start", hhmm(minute - 60)},
                                 {"quiet_hours_end", hhmm(minute + 120)}};
    }});
    Sire s(f);
    ASSERT_EQ(s.grant(citizen).response->status, 201);
    auto r = api::decode_sire<api::NotificationAccepted>(s.push(s.reminder("quiet-1")).response->body).value();
    ASSERT_TRUE(r.scheduled_for_ms.has_value());
    EXPECT_GE(*r.scheduled_for_ms, now + 119 * 60'000);
    EXPECT_LE(*r.scheduled_for_ms, now + 121 * 60'000);
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    EXPECT_TRUE(f.inbox(citizen_digits).empty());
    EXPECT_EQ(s.messages(citizen_digits).messages.at(0).status, "queued");
}

TEST(SireNotifications, AReminderThatCannotGoInTimeExpires) {
    // One message per 5 s to this citizen: the second reminder, valid for
    // 2 s, cannot go in time and must expire rather than arrive late.
    RelayFixture f({.tweak_relay_config = [](bj::object& c) {
        c["dispatcher"] = bj::object{{"pair_interval_seconds", 5.0}, {"pair_burst", 1}};
    }});
    Sire s(f);
    ASSERT_EQ(s.grant(citizen).response->status, 201);
    ASSERT_EQ(s.push(s.reminder("first")).response->status, 202);
    ASSERT_TRUE(wait_for([&] { return f.inbox(citizen_digits).size() == 1; })) << f.logs();
    auto urgent = s.reminder("urgent");
    urgent.expires_at_ms = time::now_ms() + 2000;
    const auto id = api::decode_sire<api::NotificationAccepted>(s.push(urgent).response->body)->id;
    ASSERT_TRUE(wait_for([&] {
        auto m = api::decode_sire<api::MessageView>(s.call("GET", "/api/v1/messages/" + std::to_string(id)).response->body);
        return m && m->status == "expired";
    }, std::chrono::seconds(20))) << f.logs();
    std::this_thread::sleep_for(std::chrono::seconds(1));
    EXPECT_EQ(f.inbox(citizen_digits).size(), 1u);
}

TEST(SireApi, ServesItsOpenApiDocument) {
    RelayFixture f;
    auto r = f.relay("GET", "/api/v1/openapi.yaml");
    ASSERT_EQ(r.response->status, 200);
    EXPECT_EQ(r.response->body.rfind("openapi: 3.0", 0), 0u);
    EXPECT_NE(r.response->body.find("/notifications:batch"), std::string::npos);
}
