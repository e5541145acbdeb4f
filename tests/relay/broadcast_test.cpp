// Broadcasts from the back office reach exactly the citizens who asked for
// general information, can be estimated first and cancelled while queued.
#include "relay_fixture.hpp"
#include "sportello/api/admin.hpp"
#include "sportello/api/sire.hpp"
#include "sportello/time.hpp"
#include "net/http_types.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

using namespace sportello;
using namespace sportello::testing;
namespace bj = boost::json;

namespace {

struct Desk {
    RelayFixture& f;
    net::Headers bearer;
    Desk(RelayFixture& fixture, const std::string& role) : f(fixture) {
        if (f.create_user("utente." + role, "una-password-lunga", role) != 0) throw std::runtime_error("create_user");
        bearer = {{"authorization", "Bearer " + f.login("utente." + role, "una-password-lunga")}};
    }
    net::ClientResult call(const std::string& method, const std::string& path, const std::string& body = {}) {
        return f.relay(method, path, body, bearer);
    }
};

void consent_information(RelayFixture& f, const std::string& token, const std::string& digits) {
    auto r = f.api("PUT", "/api/v1/consents/" + digits, token,
                   api::encode(api::ConsentChange{api::ConsentScope::information, "sito-regione", "modulo web", std::nullopt}));
    if (!r.ok() || r.response->status != 201) throw std::runtime_error("consent refused");
}

} // namespace

TEST(Broadcasts, ReachExactlyTheConsentingCitizens) {
    RelayFixture f;
    f.save_template("informazione_generale", 1, "Regione Piemonte informa: {{1}}");
    const auto sire = f.create_api_client("SIRE", "consent");
    f.sim_settings({{"enforce_window", false}});
    consent_information(f, sire, "393401300001");                    // through the API
    f.citizen_says("393401300002", "#consenso");                     // on WhatsApp
    ASSERT_TRUE(wait_for([&] { return f.inbox("393401300002").size() == 1; })) << f.logs();
    f.citizen_says("393401300003", "ciao");                          // no consent
    consent_information(f, sire, "393401300004");
    ASSERT_EQ(f.api("DELETE", "/api/v1/consents/393401300004", sire,
                    R"({"scope":"information","source":"sito-regione"})").response->status, 200);   // withdrew
    ASSERT_TRUE(wait_for([&] { return f.inbox("393401300003").size() == 1; }));

    Desk editor(f, "editor");
    api::BroadcastRequest request;
    request.name = "Nuovi orari hub";
    request.template_name = "informazione_generale";
    request.parameters = {"da lunedì gli hub vaccinali aprono alle 8."};
    auto estimate = editor.call("POST", "/ops/v1/broadcasts/estimate", api::encode(request));
    ASSERT_EQ(estimate.response->status, 200) << estimate.response->body;
    const auto e = api::decode_admin<api::BroadcastEstimate>(estimate.response->body).value();
    EXPECT_EQ(e.recipients, 2);
    EXPECT_GE(e.eta_seconds, 1);

    auto created = editor.call("POST", "/ops/v1/broadcasts", api::encode(request));
    ASSERT_EQ(created.response->status, 201) << created.response->body;
    const auto id = api::decode_admin<api::BroadcastView>(created.response->body)->id;
    ASSERT_TRUE(wait_for([&] {
        auto b = api::decode_admin<api::BroadcastView>(editor.call("GET", "/ops/v1/broadcasts/" + std::to_string(id)).response->body);
        return b && b->state == "done" && b->recipients == 2;
    })) << f.logs();
    auto received = [&](const std::string& wa_id) {
        for (const auto& m : f.inbox(wa_id))
            if (m.as_object().at("template") == "informazione_generale") return true;
        return false;
    };
    EXPECT_TRUE(received("393401300001"));
    EXPECT_TRUE(received("393401300002"));
    EXPECT_FALSE(received("393401300003"));
    EXPECT_FALSE(received("393401300004"));
    EXPECT_EQ(f.db_int("SELECT count(*) FROM outbox WHERE kind = 'broadcast'"), 2);

    // A finished broadcast keeps its history: cancelling it is refused.
    auto late = editor.call("POST", "/ops/v1/broadcasts/" + std::to_string(id) + "/cancel");
    EXPECT_EQ(late.response->status, 409) << late.response->body;
    EXPECT_NE(late.response->body.find("already done"), std::string::npos) << late.response->body;
    EXPECT_EQ(f.db_int("SELECT count(*) FROM broadcasts WHERE state = 'cancelled'"), 0);
}

TEST(Broadcasts, PublishedAnswerScheduleCancelAndPermissions) {
    RelayFixture f;
    f.save_template("informazione_generale", 1, "Regione Piemonte informa: {{1}}");
    const auto sire = f.create_api_client("SIRE", "consent");
    for (int i = 0; i < 3; ++i) consent_information(f, sire, "39340131000" + std::to_string(i));
    Desk supervisor(f, "supervisor");
    Desk operator_(f, "operator");

    api::BroadcastRequest request;
    request.name = "Sintomi, da domani";
    request.node_id = 15;   // a published answer, sent as the general-information template
    request.scheduled_at_ms = time::now_ms() + 3'600'000;
    EXPECT_EQ(operator_.call("POST", "/ops/v1/broadcasts", api::encode(request)).response->status, 403);
    auto created = supervisor.call("POST", "/ops/v1/broadcasts", api::encode(request));
    ASSERT_EQ(created.response->status, 201) << created.response->body;
    const auto b = api::decode_admin<api::BroadcastView>(created.response->body).value();
    EXPECT_EQ(b.template_name, "informazione_generale");
    ASSERT_EQ(b.parameters.size(), 1u);
    EXPECT_FALSE(b.parameters[0].empty());
    ASSERT_TRUE(wait_for([&] {
        auto v = api::decode_admin<api::BroadcastView>(supervisor.call("GET", "/ops/v1/broadcasts/" + std::to_string(b.id)).response->body);
        return v && v->state == "scheduled" && v->counts["queued"] == 3;
    })) << f.logs();
    auto cancelled = supervisor.call("POST", "/ops/v1/broadcasts/" + std::to_string(b.id) + "/cancel");
    ASSERT_EQ(cancelled.response->status, 200);
    const auto after = api::decode_admin<api::BroadcastView>(cancelled.response->body).value();
    EXPECT_EQ(after.state, "cancelled");
    EXPECT_EQ(after.counts.at("cancelled"), 3);
    EXPECT_TRUE(f.all_sent_messages().empty());
    auto again = supervisor.call("POST", "/ops/v1/broadcasts/" + std::to_string(b.id) + "/cancel");
    EXPECT_EQ(again.response->status, 409) << again.response->body;

    request.node_id = 9999;
    EXPECT_EQ(supervisor.call("POST", "/ops/v1/broadcasts", api::encode(request)).response->status, 404);
    request.node_id.reset();
    request.template_name = "non_registrato";
    EXPECT_EQ(supervisor.call("POST", "/ops/v1/broadcasts", api::encode(request)).response->status, 422);
}

TEST(Templates, AdministratorsKeepTheRegistry) {
    RelayFixture f;
    Desk admin(f, "admin");
    Desk editor(f, "editor");
    // The path names the template: the body needs no name (and one there is overridden).
    const std::string body = R"({"category":"utility","parameter_count":2,"body":"Esito {{1}} del {{2}}"})";
    EXPECT_EQ(editor.call("PUT", "/ops/v1/templates/esito_tampone/it", body).response->status, 403);
    ASSERT_EQ(admin.call("PUT", "/ops/v1/templates/esito_tampone/it", body).response->status, 200);
    EXPECT_EQ(admin.call("PUT", "/ops/v1/templates/Esito-Tampone/it", body).response->status, 422);
    EXPECT_EQ(admin.call("PUT", "/ops/v1/templates/esito_tampone/it",
                         R"({"name":"altro_nome","parameter_count":2,"body":"Esito {{1}} del {{2}}"})").response->status, 200);
    const auto sire = f.create_api_client("SIRE", "notify");
    auto listed = f.api("GET", "/api/v1/templates", sire);
    ASSERT_EQ(listed.response->status, 200);
    auto templates = api::decode_sire<std::vector<api::TemplateSpec>>(listed.response->body).value();
    ASSERT_EQ(templates.size(), 1u);
    EXPECT_EQ(templates[0].name, "esito_tampone");
    EXPECT_EQ(templates[0].parameter_count, 2);
    EXPECT_EQ(admin.call("DELETE", "/ops/v1/templates/esito_tampone/it").response->status, 204);
    EXPECT_EQ(admin.call("DELETE", "/ops/v1/templates/esito_tampone/it").response->status, 404);
}
