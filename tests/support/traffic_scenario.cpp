#include "traffic_scenario.hpp"

#include "sire_session.hpp"
#include "sportello/api/admin.hpp"
#include "sportello/api/cases.hpp"
#include "sportello/rome_time.hpp"
#include "sportello/time.hpp"

#include <boost/json.hpp>

#include <stdexcept>

namespace sportello::testing {

namespace bj = boost::json;

namespace {

constexpr const char* probe_sender = "390000000999";
constexpr const char* password = "una-password-lunga";

void require(bool done, const std::string& step, RelayFixture& f) {
    if (!done) throw std::runtime_error("traffic scenario: " + step + " did not happen\n" + f.logs());
}

int status_of(const net::ClientResult& r) { return r.ok() ? r.response->status : 0; }

void expect_status(const net::ClientResult& r, int status, const std::string& step, RelayFixture& f) {
    require(status_of(r) == status,
            step + " (HTTP " + std::to_string(status_of(r)) + ": " + (r.ok() ? r.response->body : std::string()) + ")", f);
}

bool inbox_holds(RelayFixture& f, const std::string& wa_id, const std::string& needle) {
    for (const auto& m : f.inbox(wa_id))
        if (bj::serialize(m).find(needle) != std::string::npos) return true;
    return false;
}

void citizen_writes(RelayFixture& f, const ScenarioCitizen& c, const std::string& text) {
    const auto r = f.sim("POST", "/_sim/citizens/" + c.wa_id + "/messages",
                         bj::serialize(bj::object{{"text", text}, {"profile_name", c.profile_name}}));
    expect_status(r, 200, "the simulator's webhook for " + c.wa_id, f);
}

net::Headers logged_in(RelayFixture& f, const std::string& username, const std::string& role) {
    require(f.create_user(username, password, role) == 0, "creating " + username, f);
    const auto token = f.login(username, password);
    require(!token.empty(), "the login of " + username, f);
    return {{"authorization", "Bearer " + token}};
}

// The asker: a bot answer, then a case an operator claims, answers and closes.
void citizen_and_operator(RelayFixture& f, const TrafficPlan& plan) {
    citizen_writes(f, plan.asker, "#tamponi");
    require(wait_for([&] { return f.inbox(plan.asker.wa_id).size() == 1; }), "the bot's answer", f);
    citizen_writes(f, plan.asker, plan.question);
    require(wait_for([&] { return f.inbox(plan.asker.wa_id).size() == 2; }), "the answer that a person will reply", f);

    const auto op = logged_in(f, "operatrice.traffico", "operator");
    const auto list = api::decode_cases<api::CaseList>(f.relay("GET", "/ops/v1/cases?filter=all", {}, op).response->body);
    require(list && list->cases.size() == 1, "the case in the inbox", f);
    const auto id = std::to_string(list->cases.front().id);
    expect_status(f.relay("POST", "/ops/v1/cases/" + id + "/claim", {}, op), 200, "claiming the case", f);
    api::CaseReply reply;
    reply.text = plan.operator_reply;
    reply.idempotency_key = "risposta-traffico-1";
    expect_status(f.relay("POST", "/ops/v1/cases/" + id + "/replies", api::encode(reply), op), 202, "the operator's reply", f);
    require(wait_for([&] { return inbox_holds(f, plan.asker.wa_id, plan.operator_reply); }),
            "the operator's reply reaching the citizen", f);
    // A supervisor reveals the number (audited), which the relay can only
    // do by decrypting it.
    const auto supervisor = logged_in(f, "supervisore.traffico", "supervisor");
    const auto revealed = f.relay("POST", "/ops/v1/cases/" + id + "/reveal", {}, supervisor);
    expect_status(revealed, 200, "revealing the number", f);
    const auto number = api::decode_cases<api::RevealedNumber>(revealed.response->body);
    require(number && number->phone == "+" + plan.asker.wa_id, "the revealed number", f);
    expect_status(f.relay("POST", "/ops/v1/cases/" + id + "/close", api::encode(api::CaseClose{api::CaseOutcome::answered}), op),
                  204, "closing the case", f);
}

// SIRE: consents, a reminder with parameters, the listing; then a broadcast.
void sire_and_broadcast(RelayFixture& f, const TrafficPlan& plan) {
    citizen_writes(f, plan.reminded, "#vaccinazione");
    require(wait_for([&] { return f.inbox(plan.reminded.wa_id).size() == 1; }), "the bot's answer to the second citizen", f);
    Sire sire(f);
    expect_status(sire.grant(plan.reminded.typed), 201, "SIRE's consent to reminders", f);
    auto reminder = sire.reminder("promemoria-traffico-1", plan.reminded.typed);
    reminder.parameters = {"la vaccinazione", "12/03 alle 10:30", plan.reminder_place};
    expect_status(sire.push(reminder), 202, "SIRE's reminder", f);
    require(wait_for([&] { return inbox_holds(f, plan.reminded.wa_id, "promemoria_appuntamento"); }),
            "the reminder reaching the citizen", f);
    require(!sire.messages(plan.reminded.wa_id).messages.empty(), "SIRE's message listing", f);

    f.save_template("informazione_generale", 1, "Regione Piemonte informa: {{1}}");
    const api::ConsentChange information{api::ConsentScope::information, "sire-preregistrazione", plan.consent_reference,
                                         std::nullopt};
    expect_status(sire.call("PUT", "/api/v1/consents/" + net::percent_encode(plan.reminded.typed), api::encode(information)),
                  201, "SIRE's consent to general information", f);
    const auto editor = logged_in(f, "redattore.traffico", "editor");
    api::BroadcastRequest broadcast;
    broadcast.name = "Orari estivi";
    broadcast.template_name = "informazione_generale";
    broadcast.parameters = {"da lunedì gli hub vaccinali aprono alle 8."};
    const auto created = f.relay("POST", "/ops/v1/broadcasts", api::encode(broadcast), editor);
    expect_status(created, 201, "the broadcast", f);
    require(wait_for([&] { return inbox_holds(f, plan.reminded.wa_id, "informazione_generale"); }),
            "the broadcast reaching the citizen", f);
}

void probe_and_reports(RelayFixture& f) {
    std::string out;
    require(f.run_relay_command({"probe", "--config", f.relay_config}, &out) == 0, "the probe (" + out + ")", f);
    const auto viewer = logged_in(f, "lettrice.traffico", "viewer");
    const auto today = time::rome_date(time::now_ms());
    for (const std::string report : {"requests", "auto-reply", "pushes", "unanswered"})
        expect_status(f.relay("GET", "/ops/v1/reports/" + report + "?from=" + today + "&to=" + today, {}, viewer), 200,
                      "the report " + report, f);
}

} // namespace

FixtureOptions traffic_fixture_options() {
    FixtureOptions o;
    o.tweak_relay_config = [](bj::object& c) {
        c["sla"] = bj::object{{"heartbeat_seconds", 1}, {"probe_sender", probe_sender}, {"probe_text", "#tamponi"},
                              {"probe_ca_file", c.at("whatsapp").at("ca_file")}};
    };
    return o;
}

void run_every_kind_of_traffic(RelayFixture& f, const TrafficPlan& plan) {
    citizen_and_operator(f, plan);
    sire_and_broadcast(f, plan);
    probe_and_reports(f);
}

} // namespace sportello::testing
