// The permission matrix, generated from the relay's own route table
// (`sportello-relay routes`): every /ops/v1 route × every role answers
// exactly 2xx when the role holds the route's declared permission and 403
// when it does not (401 without a session); every /api/v1 route answers 2xx
// to a client holding all scopes and 403 to one holding all but the route's
// own. A route without an access declaration, or without a sample request
// below, fails the test by name: a new endpoint cannot be forgotten.
#include "process.hpp"
#include "relay_fixture.hpp"
#include "sire_session.hpp"
#include "totp_codes.hpp"
#include "sportello/api/admin.hpp"
#include "sportello/api/codec.hpp"
#include "sportello/api/content.hpp"
#include "sportello/api/users.hpp"
#include "sportello/roles.hpp"
#include "sportello/time.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <sstream>

using namespace sportello;
using namespace sportello::testing;
namespace bj = boost::json;

namespace {

constexpr const char* password = "matrice-dei-permessi-2026";

struct RouteRow {
    std::string method, pattern, access;
    std::string key() const { return method + " " + pattern; }
};

std::vector<RouteRow> route_table(RelayFixture& f) {
    std::string out;
    if (run_program(relay_binary(), {"routes", "--config", f.relay_config}, &out) != 0)
        throw std::runtime_error("sportello-relay routes failed: " + out);
    std::vector<RouteRow> rows;
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);) {
        std::istringstream fields(line);
        RouteRow r;
        if (std::getline(fields, r.method, '\t') && std::getline(fields, r.pattern, '\t') &&
            std::getline(fields, r.access) && !r.pattern.empty() && r.pattern.front() == '/')
            rows.push_back(r);
    }
    return rows;
}

// One request; `token` is the caller's bearer token unless the sample names
// its own (logging out needs a session of its own, logging in none).
struct Call {
    std::string method, path, body;
    std::optional<std::string> token;
};

class World {
public:
    explicit World(RelayFixture& f) : f(f) {
        for (auto role : all_roles()) {
            const std::string name = "matrice." + std::string(to_string(role));
            if (f.create_user(name, password, std::string(to_string(role))) != 0) throw std::runtime_error("create_user");
            tokens[role] = f.login(name, password);
        }
        f.save_template("informazione_generale", 1, "Regione Piemonte informa: {{1}}");
        f.save_template("promemoria_appuntamento", 3, "Le ricordiamo {{1}} il {{2}} presso {{3}}.");
        all_scopes = f.create_api_client("matrice-tutti", "consent,notify,messages:read");
        without["consent"] = f.create_api_client("matrice-senza-consent", "notify,messages:read");
        without["notify"] = f.create_api_client("matrice-senza-notify", "consent,messages:read");
        without["messages:read"] = f.create_api_client("matrice-senza-messages", "consent,notify");
    }

    RelayFixture& f;
    std::map<Role, std::string> tokens;
    std::string all_scopes;
    std::map<std::string, std::string> without;
    int counter = 0;

    std::string unique(const std::string& prefix) { return prefix + std::to_string(++counter); }
    net::ClientResult as_admin(const std::string& method, const std::string& path, const std::string& body = {}) {
        return f.relay(method, path, body, {{"authorization", "Bearer " + tokens.at(Role::admin)}});
    }
    api::Draft draft() { return api::decode_content<api::Draft>(as_admin("GET", "/ops/v1/draft").response->body).value(); }
    api::DraftNode node(const std::string& tag) {
        for (auto& n : draft().nodes)
            if (n.node.tag == tag) return n;
        throw std::runtime_error("no node #" + tag);
    }
    std::int64_t root_id() {
        for (auto& n : draft().nodes)
            if (!n.node.parent_id) return n.node.id;
        throw std::runtime_error("no root");
    }
    api::NodeCreate new_node() {
        api::NodeCreate c;
        c.draft_revision = draft().revision;
        c.parent_id = root_id();
        c.position = 0;
        c.fields.tag = unique("matrice");
        c.fields.title = "Prova della matrice";
        c.fields.answer_it = "Una risposta di prova.";
        return c;
    }
    std::int64_t created_node() {
        auto r = as_admin("POST", "/ops/v1/draft/nodes", api::encode(new_node()));
        if (r.response->status != 201) throw std::runtime_error("setup: " + r.response->body);
        return api::decode_content<api::DraftNode>(r.response->body)->node.id;
    }
    std::int64_t created_client() {
        auto r = as_admin("POST", "/ops/v1/api-clients", client_body());
        if (r.response->status != 201) throw std::runtime_error("setup: " + r.response->body);
        return api::decode_admin<api::ApiClientToken>(r.response->body)->client.id;
    }
    api::TemporaryPassword created_user(Role role) {
        auto r = as_admin("POST", "/ops/v1/users", api::encode(api::UserCreate{unique("matrice.utente"), "", role}));
        if (r.response->status != 201) throw std::runtime_error("setup: " + r.response->body);
        return api::decode_users<api::TemporaryPassword>(r.response->body).value();
    }
    // The token of a new account's first session (its temporary password, not
    // enrolled in two-factor authentication), logged in without the fixture's help.
    std::string first_session(Role role) {
        const auto temporary = created_user(role);
        auto r = f.relay("POST", "/ops/v1/session",
                         api::encode(api::LoginRequest{temporary.user.username, temporary.temporary_password, {}, {}}));
        if (r.response->status != 201) throw std::runtime_error("setup: " + r.response->body);
        return api::decode<api::Session>(r.response->body)->token;
    }
    std::string client_body() {
        return bj::serialize(bj::object{{"name", unique("matrice-client-")}, {"scopes", bj::array{"consent"}},
                                        {"rate_per_minute", 60}, {"require_client_certificate", false},
                                        {"certificate_subject", ""}});
    }
    std::string saved_template() {
        const auto name = unique("matrice_modello_");
        auto r = as_admin("PUT", "/ops/v1/templates/" + name + "/it", template_body());
        if (r.response->status / 100 != 2) throw std::runtime_error("setup: " + r.response->body);
        return name;
    }
    static std::string template_body() {
        return R"({"category":"utility","parameter_count":0,"body":"Prova"})";
    }
    std::string broadcast_body(bool later) {
        api::BroadcastRequest b;
        b.name = unique("Matrice ");
        b.template_name = "informazione_generale";
        b.parameters = {"una prova."};
        if (later) b.scheduled_at_ms = time::now_ms() + 24 * 3600 * 1000;
        return api::encode(b);
    }
    std::int64_t scheduled_broadcast() {
        auto r = as_admin("POST", "/ops/v1/broadcasts", broadcast_body(true));
        if (r.response->status != 201) throw std::runtime_error("setup: " + r.response->body);
        return api::decode_admin<api::BroadcastView>(r.response->body)->id;
    }
    // A new citizen's number with the reminders consent recorded.
    std::string consenting_citizen() {
        const auto phone = "39340129" + std::to_string(1000 + ++counter);
        auto r = f.api("PUT", "/api/v1/consents/" + phone, all_scopes, consent_body("reminders"));
        if (r.response->status / 100 != 2) throw std::runtime_error("setup: " + r.response->body);
        return phone;
    }
    static std::string consent_body(const std::string& scope) {
        return api::encode(api::ConsentChange{*api::consent_scope_from_string(scope), "matrice", "prova", std::nullopt});
    }
    // A citizen asks for a person: a new case, claimed by `owner`'s operator
    // when that role may answer (so that the owner's actions succeed).
    std::int64_t open_case(Role owner) {
        const auto before = f.db_int("SELECT coalesce(max(id), 0) FROM cases");
        f.citizen_says("39340131" + std::to_string(1000 + ++counter), "#operatore");
        std::int64_t id = 0;
        if (!wait_for([&] { return (id = f.db_int("SELECT coalesce(max(id), 0) FROM cases")) > before; }))
            throw std::runtime_error("setup: no case opened");
        f.relay("POST", "/ops/v1/cases/" + std::to_string(id) + "/claim", {},
                {{"authorization", "Bearer " + tokens.at(owner)}});
        return id;
    }
    std::string notification(const std::string& phone) {
        api::NotificationRequest n;
        n.phone = "+" + phone;
        n.template_name = "promemoria_appuntamento";
        n.parameters = {"la vaccinazione", "12/03 alle 10:30", "Hub Torino Valdocco"};
        n.idempotency_key = unique("matrice-");
        return api::encode(n);
    }
};

using Sample = std::function<Call(World&, Role caller)>;

std::map<std::string, Sample> samples() {
    std::map<std::string, Sample> s;
    auto get = [](std::string path) { return [path](World&, Role) { return Call{"GET", path, {}, std::nullopt}; }; };
    // --- session and alerts
    s["POST /ops/v1/session"] = [](World&, Role) {
        return Call{"POST", "/ops/v1/session",
                    bj::serialize(bj::object{{"username", "matrice.viewer"}, {"password", password}}), std::string()};
    };
    s["GET /ops/v1/session"] = get("/ops/v1/session");
    s["DELETE /ops/v1/session"] = [](World&, Role) {
        return Call{"DELETE", "/ops/v1/session", {}, std::nullopt};   // the caller's token: logged in again below
    };
    s["GET /ops/v1/tree"] = get("/ops/v1/tree");
    // --- the operators' inbox (each call on a case of its own, claimed by the caller where allowed)
    auto on_case = [](std::string method, std::string action, std::string body = {}) {
        return [method, action, body](World& w, Role caller) {
            return Call{method, "/ops/v1/cases/" + std::to_string(w.open_case(caller)) + action, body, std::nullopt};
        };
    };
    s["GET /ops/v1/cases"] = get("/ops/v1/cases?filter=all");
    s["GET /ops/v1/cases/{id}"] = on_case("GET", "");
    s["POST /ops/v1/cases/next"] = [](World& w, Role) {
        w.open_case(Role::viewer);   // unclaimed: a viewer cannot claim
        return Call{"POST", "/ops/v1/cases/next", {}, std::nullopt};
    };
    s["POST /ops/v1/cases/{id}/claim"] = on_case("POST", "/claim");
    s["POST /ops/v1/cases/{id}/release"] = on_case("POST", "/release");
    s["POST /ops/v1/cases/{id}/transfer"] = on_case("POST", "/transfer", R"({"username":"matrice.supervisor"})");
    s["POST /ops/v1/cases/{id}/close"] = on_case("POST", "/close", R"({"outcome":"answered"})");
    s["POST /ops/v1/cases/{id}/replies"] = [](World& w, Role caller) {
        return Call{"POST", "/ops/v1/cases/" + std::to_string(w.open_case(caller)) + "/replies",
                    bj::serialize(bj::object{{"text", "Buongiorno"}, {"idempotency_key", w.unique("matrice-")}}),
                    std::nullopt};
    };
    s["POST /ops/v1/cases/{id}/reveal"] = on_case("POST", "/reveal");
    s["PUT /ops/v1/cases/{id}/presence"] = on_case("PUT", "/presence");
    s["DELETE /ops/v1/cases/{id}/presence"] = on_case("DELETE", "/presence");
    s["GET /ops/v1/canned-answers"] = get("/ops/v1/canned-answers?q=tamponi");
    s["GET /ops/v1/colleagues"] = get("/ops/v1/colleagues");
    // A stream: the status is read from its head (see the loop).
    s["GET /ops/v1/events"] = get("/ops/v1/events");
    s["GET /ops/v1/alerts"] = get("/ops/v1/alerts");
    s["DELETE /ops/v1/alerts/sending"] = [](World&, Role) { return Call{"DELETE", "/ops/v1/alerts/sending", {}, std::nullopt}; };
    // --- content
    s["GET /ops/v1/draft"] = get("/ops/v1/draft");
    s["GET /ops/v1/draft/diff"] = get("/ops/v1/draft/diff");
    s["GET /ops/v1/versions"] = get("/ops/v1/versions");
    s["GET /ops/v1/versions/{v}"] = get("/ops/v1/versions/1");
    s["GET /ops/v1/versions/{a}/diff/{b}"] = get("/ops/v1/versions/1/diff/1");
    s["GET /ops/v1/unanswered"] = get("/ops/v1/unanswered");
    s["GET /ops/v1/reports/sla"] = get("/ops/v1/reports/sla?month=2026-03");
    s["GET /ops/v1/reports/auto-reply"] = get("/ops/v1/reports/auto-reply?from=2026-03-01&to=2026-03-31");
    s["GET /ops/v1/reports/operator-replies"] = get("/ops/v1/reports/operator-replies?granularity=week");
    s["GET /ops/v1/reports/pushes"] = get("/ops/v1/reports/pushes?format=csv");
    s["GET /ops/v1/reports/requests"] = get("/ops/v1/reports/requests?granularity=hour");
    s["GET /ops/v1/reports/top-topics"] = get("/ops/v1/reports/top-topics?limit=5");
    s["GET /ops/v1/reports/busiest-hours"] = get("/ops/v1/reports/busiest-hours");
    s["GET /ops/v1/reports/unanswered"] = get("/ops/v1/reports/unanswered?granularity=month");
    s["GET /ops/v1/reports/csv-policy"] = get("/ops/v1/reports/csv-policy");
    s["POST /ops/v1/bot/preview"] = [](World&, Role) {
        return Call{"POST", "/ops/v1/bot/preview", api::encode(api::PreviewRequest{"ciao", "", "draft", "it"}), std::nullopt};
    };
    s["PUT /ops/v1/draft/nodes/{id}"] = [](World& w, Role) {
        auto n = w.node("centrivaccinali");
        n.node.title = w.unique("Centri vaccinali ");
        return Call{"PUT", "/ops/v1/draft/nodes/" + std::to_string(n.node.id), api::encode(api::NodeEdit{n.revision, n.node}),
                    std::nullopt};
    };
    s["POST /ops/v1/draft/nodes"] = [](World& w, Role) {
        return Call{"POST", "/ops/v1/draft/nodes", api::encode(w.new_node()), std::nullopt};
    };
    s["POST /ops/v1/draft/nodes/{id}/move"] = [](World& w, Role) {
        const auto n = w.node("centrivaccinali");
        return Call{"POST", "/ops/v1/draft/nodes/" + std::to_string(n.node.id) + "/move",
                    api::encode(api::NodeMove{w.draft().revision, *n.node.parent_id, n.node.position}), std::nullopt};
    };
    s["DELETE /ops/v1/draft/nodes/{id}"] = [](World& w, Role) {
        const auto id = w.created_node();
        return Call{"DELETE", "/ops/v1/draft/nodes/" + std::to_string(id) + "?draft_revision=" +
                    std::to_string(w.draft().revision), {}, std::nullopt};
    };
    s["POST /ops/v1/draft/nodes/{id}/aliases"] = [](World& w, Role) {
        const auto n = w.node("centrivaccinali");
        return Call{"POST", "/ops/v1/draft/nodes/" + std::to_string(n.node.id) + "/aliases",
                    api::encode(api::AliasAdd{n.revision, w.unique("aliasmatrice")}), std::nullopt};
    };
    s["POST /ops/v1/draft/discard"] = [](World& w, Role) {
        return Call{"POST", "/ops/v1/draft/discard", api::encode(api::PublishRequest{w.draft().revision, ""}), std::nullopt};
    };
    s["POST /ops/v1/publish"] = [](World& w, Role) {
        return Call{"POST", "/ops/v1/publish", api::encode(api::PublishRequest{w.draft().revision, "matrice"}), std::nullopt};
    };
    s["POST /ops/v1/versions/{v}/rollback"] = [](World& w, Role) {
        return Call{"POST", "/ops/v1/versions/1/rollback", api::encode(api::PublishRequest{w.draft().revision, "matrice"}),
                    std::nullopt};
    };
    // --- API clients, templates, broadcasts
    s["GET /ops/v1/api-clients"] = get("/ops/v1/api-clients");
    s["POST /ops/v1/api-clients"] = [](World& w, Role) { return Call{"POST", "/ops/v1/api-clients", w.client_body(), std::nullopt}; };
    s["POST /ops/v1/api-clients/{id}/rotate"] = [](World& w, Role) {
        return Call{"POST", "/ops/v1/api-clients/" + std::to_string(w.created_client()) + "/rotate", {}, std::nullopt};
    };
    s["DELETE /ops/v1/api-clients/{id}"] = [](World& w, Role) {
        return Call{"DELETE", "/ops/v1/api-clients/" + std::to_string(w.created_client()), {}, std::nullopt};
    };
    s["GET /ops/v1/templates"] = get("/ops/v1/templates");
    s["PUT /ops/v1/templates/{name}/{language}"] = [](World& w, Role) {
        return Call{"PUT", "/ops/v1/templates/" + w.unique("matrice_nuovo_") + "/it", World::template_body(), std::nullopt};
    };
    s["DELETE /ops/v1/templates/{name}/{language}"] = [](World& w, Role) {
        return Call{"DELETE", "/ops/v1/templates/" + w.saved_template() + "/it", {}, std::nullopt};
    };
    s["POST /ops/v1/broadcasts/estimate"] = [](World& w, Role) {
        return Call{"POST", "/ops/v1/broadcasts/estimate", w.broadcast_body(false), std::nullopt};
    };
    s["POST /ops/v1/broadcasts"] = [](World& w, Role) { return Call{"POST", "/ops/v1/broadcasts", w.broadcast_body(true), std::nullopt}; };
    s["GET /ops/v1/broadcasts"] = get("/ops/v1/broadcasts");
    s["GET /ops/v1/broadcasts/{id}"] = [](World& w, Role) {
        return Call{"GET", "/ops/v1/broadcasts/" + std::to_string(w.scheduled_broadcast()), {}, std::nullopt};
    };
    s["POST /ops/v1/broadcasts/{id}/cancel"] = [](World& w, Role) {
        return Call{"POST", "/ops/v1/broadcasts/" + std::to_string(w.scheduled_broadcast()) + "/cancel", {}, std::nullopt};
    };
    // --- users and sessions
    s["PUT /ops/v1/session/password"] = [](World& w, Role caller) {
        // A new account of the caller's role, at its first login: the change it must make.
        const auto temporary = w.created_user(caller);
        const auto token = w.f.login(temporary.user.username, temporary.temporary_password);
        return Call{"PUT", "/ops/v1/session/password",
                    api::encode(api::PasswordChange{temporary.temporary_password, "Matrice-Nuova-Parola-42"}), token};
    };
    s["POST /ops/v1/session/two-factor"] = [](World& w, Role caller) {
        // A new account of the caller's role, at its first login: not enrolled yet.
        return Call{"POST", "/ops/v1/session/two-factor", {}, w.first_session(caller)};
    };
    s["POST /ops/v1/session/two-factor/confirm"] = [](World& w, Role caller) {
        const auto token = w.first_session(caller);
        auto started = w.f.relay("POST", "/ops/v1/session/two-factor", {}, {{"authorization", "Bearer " + token}});
        const auto enrolment = api::decode_users<api::TwoFactorEnrolment>(started.response->body);
        if (!enrolment) throw std::runtime_error("setup: " + started.response->body);
        const auto code = totp_code(base32_decode(enrolment->secret).value(), current_totp_step());
        return Call{"POST", "/ops/v1/session/two-factor/confirm", api::encode(api::TwoFactorConfirmation{code}), token};
    };
    s["POST /ops/v1/users/{id}/two-factor/reset"] = [](World& w, Role) {
        return Call{"POST", "/ops/v1/users/" + std::to_string(w.created_user(Role::viewer).user.id) + "/two-factor/reset",
                    {}, std::nullopt};
    };
    s["GET /ops/v1/sessions"] = get("/ops/v1/sessions");
    s["DELETE /ops/v1/sessions/{id}"] = [](World& w, Role caller) {
        // Another session of the caller's own, which the caller ends.
        const auto other = w.f.login("matrice." + std::string(to_string(caller)), password);
        auto listed = w.f.relay("GET", "/ops/v1/sessions", {}, {{"authorization", "Bearer " + other}});
        auto sessions = api::decode_users<std::vector<api::SessionView>>(listed.response->body);
        if (!sessions) throw std::runtime_error("setup: " + listed.response->body);
        std::string id;
        for (const auto& s : *sessions)
            if (s.current) id = s.id;
        return Call{"DELETE", "/ops/v1/sessions/" + id, {}, std::nullopt};
    };
    s["GET /ops/v1/users"] = get("/ops/v1/users");
    // --- a citizen's rights: each erasure on a citizen of its own
    s["POST /ops/v1/citizens:export"] = [](World& w, Role) {
        return Call{"POST", "/ops/v1/citizens:export",
                    bj::serialize(bj::object{{"phone", w.consenting_citizen()}, {"reason", "matrice, prot. 1"}}),
                    std::nullopt};
    };
    s["POST /ops/v1/citizens:erase"] = [](World& w, Role) {
        return Call{"POST", "/ops/v1/citizens:erase",
                    bj::serialize(bj::object{{"phone", w.consenting_citizen()}, {"reason", "matrice, prot. 2"}}),
                    std::nullopt};
    };
    s["GET /ops/v1/audit"] = get("/ops/v1/audit?limit=5");
    s["POST /ops/v1/audit/exports"] = [](World&, Role) {
        return Call{"POST", "/ops/v1/audit/exports", api::encode(api::AuditExport{3, "action login"}), std::nullopt};
    };
    s["POST /ops/v1/users"] = [](World& w, Role) {
        return Call{"POST", "/ops/v1/users", api::encode(api::UserCreate{w.unique("matrice.nuovo"), "", Role::viewer}),
                    std::nullopt};
    };
    s["PATCH /ops/v1/users/{id}"] = [](World& w, Role) {
        return Call{"PATCH", "/ops/v1/users/" + std::to_string(w.created_user(Role::viewer).user.id),
                    R"({"display_name":"Nome cambiato"})", std::nullopt};
    };
    s["POST /ops/v1/users/{id}/password-reset"] = [](World& w, Role) {
        return Call{"POST", "/ops/v1/users/" + std::to_string(w.created_user(Role::viewer).user.id) + "/password-reset", {},
                    std::nullopt};
    };
    s["POST /ops/v1/users/{id}/unlock"] = [](World& w, Role) {
        return Call{"POST", "/ops/v1/users/" + std::to_string(w.created_user(Role::viewer).user.id) + "/unlock", {},
                    std::nullopt};
    };
    s["GET /ops/v1/users/{id}/sessions"] = [](World& w, Role) {
        return Call{"GET", "/ops/v1/users/" + std::to_string(w.created_user(Role::viewer).user.id) + "/sessions", {},
                    std::nullopt};
    };
    // --- /api/v1 (the token is the client's, chosen by the test)
    s["GET /api/v1/openapi.yaml"] = get("/api/v1/openapi.yaml");
    s["PUT /api/v1/consents/{phone}"] = [](World& w, Role) {
        return Call{"PUT", "/api/v1/consents/39340129" + std::to_string(5000 + ++w.counter), World::consent_body("information"),
                    std::nullopt};
    };
    s["GET /api/v1/consents/{phone}"] = [](World& w, Role) {
        return Call{"GET", "/api/v1/consents/" + w.consenting_citizen(), {}, std::nullopt};
    };
    s["DELETE /api/v1/consents/{phone}"] = [](World& w, Role) {
        return Call{"DELETE", "/api/v1/consents/" + w.consenting_citizen(), R"({"scope":"reminders","source":"matrice"})",
                    std::nullopt};
    };
    s["POST /api/v1/notifications"] = [](World& w, Role) {
        return Call{"POST", "/api/v1/notifications", w.notification(w.consenting_citizen()), std::nullopt};
    };
    s["POST /api/v1/notifications:batch"] = [](World& w, Role) {
        const auto one = bj::parse(w.notification(w.consenting_citizen()));
        return Call{"POST", "/api/v1/notifications:batch", bj::serialize(bj::object{{"notifications", bj::array{one}}}),
                    std::nullopt};
    };
    s["GET /api/v1/messages"] = [](World& w, Role) {
        return Call{"GET", "/api/v1/messages?phone=%2B" + w.consenting_citizen(), {}, std::nullopt};
    };
    s["GET /api/v1/messages/{id}"] = [](World& w, Role) {
        auto r = w.f.api("POST", "/api/v1/notifications", w.all_scopes, w.notification(w.consenting_citizen()));
        const auto id = bj::parse(r.response->body).as_object().at("id").as_int64();
        return Call{"GET", "/api/v1/messages/" + std::to_string(id), {}, std::nullopt};
    };
    s["GET /api/v1/templates"] = get("/api/v1/templates");
    return s;
}

bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

// A Server-Sent Events stream never ends: its status is read from the head
// by curl, which gives up after two seconds of body.
net::ClientResponse stream_head(RelayFixture& f, const std::string& path, const std::string& token) {
    std::string out;
    std::vector<std::string> args{"-s", "-o", "/dev/null", "-w", "%{http_code}", "--max-time", "2", "--cacert", f.ca_file};
    if (!token.empty()) args.insert(args.end(), {"-H", "Authorization: Bearer " + token});
    args.push_back(f.relay_url + path);
    run_program("/usr/bin/curl", args, &out);
    net::ClientResponse r;
    r.status = std::stoi(out.substr(0, 3));
    return r;
}

} // namespace

TEST(PermissionMatrix, EveryRouteTimesEveryRoleIsExactly2xxOr403) {
    RelayFixture f;
    World w(f);
    const auto table = samples();
    const auto routes = route_table(f);
    ASSERT_GT(routes.size(), 30u);
    int checked = 0;
    for (const auto& route : routes) {
        SCOPED_TRACE(route.key() + " (" + route.access + ")");
        if (route.access == "undeclared") {
            ADD_FAILURE() << route.key() << " declares no access: declare it in the route table";
            auto r = f.relay(route.method, route.pattern, {}, {{"authorization", "Bearer " + w.tokens.at(Role::admin)}});
            EXPECT_EQ(r.response->status, 403) << "default deny, even to an administrator";
            continue;
        }
        const bool ops = starts_with(route.pattern, "/ops/v1/");
        const bool api = starts_with(route.pattern, "/api/v1/");
        if (!ops && !api) {
            if (route.access == "monitoring") {
                // No metrics token configured: loopback clients (this test) may scrape.
                EXPECT_EQ(f.relay(route.method, route.pattern).response->status, 200);
                ++checked;
                continue;
            }
            EXPECT_EQ(route.access, "open") << "only /ops/v1, /api/v1 and /metrics carry credentials";
            continue;
        }
        auto sample = table.find(route.key());
        if (sample == table.end()) {
            ADD_FAILURE() << "no sample request for " << route.key() << ": add one to samples() in this test";
            continue;
        }
        auto send = [&](const std::string& token, Role caller = Role::admin) {
            auto call = sample->second(w, caller);
            if (route.key() == "GET /ops/v1/events") return stream_head(f, call.path, token);
            const auto bearer = token.empty() ? std::string() : call.token.value_or(token);   // anonymous stays anonymous
            net::Headers h;
            if (!bearer.empty()) h.emplace_back("authorization", "Bearer " + bearer);
            auto r = f.relay(call.method, call.path, call.body, h);
            if (!r.ok()) throw std::runtime_error("no answer to " + call.method + " " + call.path);
            return *r.response;
        };
        if (route.access == "open") {
            const auto r = send("");
            EXPECT_EQ(r.status / 100, 2) << r.body;
            ++checked;
            continue;
        }
        EXPECT_EQ(send("").status, 401) << "without credentials";
        if (api) {
            ASSERT_TRUE(starts_with(route.access, "scope:"));
            const auto scope = route.access.substr(6);
            ASSERT_TRUE(w.without.count(scope)) << "a scope the test does not know: " << scope;
            const auto allowed = send(w.all_scopes);
            EXPECT_EQ(allowed.status / 100, 2) << "a client with every scope: " << allowed.body;
            const auto denied = send(w.without.at(scope));
            EXPECT_EQ(denied.status, 403) << "a client without " << scope << ": " << denied.body;
            EXPECT_EQ(send(w.tokens.at(Role::admin)).status, 401) << "an operator's session is no API client token";
            ++checked;
            continue;
        }
        for (auto role : all_roles()) {
            SCOPED_TRACE(std::string("role ") + std::string(to_string(role)));
            bool expected = route.access == "session";
            if (starts_with(route.access, "permission:")) {
                const auto p = permission_from_string(route.access.substr(11));
                ASSERT_TRUE(p) << "unknown permission in the table";
                expected = has_permission(role, *p);
            } else {
                ASSERT_EQ(route.access, "session");
            }
            const auto r = send(w.tokens.at(role), role);
            if (expected)
                EXPECT_EQ(r.status / 100, 2) << r.status << " " << r.body;
            else
                EXPECT_EQ(r.status, 403) << r.body;
            if (route.key() == "DELETE /ops/v1/session")
                w.tokens[role] = f.login("matrice." + std::string(to_string(role)), password);
            ++checked;
        }
    }
    EXPECT_GT(checked, 150);
}
