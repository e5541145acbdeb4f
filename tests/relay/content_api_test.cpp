// The hashtag CMS on the real relay: draft, optimistic concurrency (409),
// validation, publish, versions, diff, rollback, unanswered ranking, the
// bot preview, and that what is published is what citizens get next.
#include "process.hpp"
#include "relay_fixture.hpp"
#include "sportello/api/codec.hpp"
#include "sportello/api/content.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <fstream>

using namespace sportello;
using namespace sportello::testing;
namespace bj = boost::json;

namespace {

class Cms {
public:
    explicit Cms(RelayFixture& f, const std::string& role = "editor") : f_(f) {
        const std::string user = "cms." + role;
        if (f.create_user(user, "una-password-lunga", role) != 0) throw std::runtime_error("create_user");
        token_ = f.login(user, "una-password-lunga");
    }
    net::ClientResult call(const std::string& method, const std::string& path, const std::string& body = {}) {
        return f_.relay(method, path, body, {{"authorization", "Bearer " + token_}});
    }
    api::Draft draft() { return api::decode_content<api::Draft>(call("GET", "/ops/v1/draft").response->body).value(); }
    api::DraftNode node(const std::string& tag) {
        for (auto& n : draft().nodes)
            if (n.node.tag == tag) return n;
        throw std::runtime_error("no node #" + tag);
    }
    net::ClientResult edit(const api::DraftNode& n, std::int64_t revision) {
        return call("PUT", "/ops/v1/draft/nodes/" + std::to_string(n.node.id), api::encode(api::NodeEdit{revision, n.node}));
    }
    net::ClientResult publish(const std::string& note) {
        return call("POST", "/ops/v1/publish", api::encode(api::PublishRequest{draft().revision, note}));
    }

private:
    RelayFixture& f_;
    std::string token_;
};

std::string last_text(RelayFixture& f, const std::string& wa_id) {
    auto inbox = f.inbox(wa_id);
    return inbox.empty() ? std::string() : std::string(inbox.back().as_object().at("text").as_string());
}

} // namespace

TEST(Content, DraftStartsAsThePublishedTree) {
    RelayFixture f;
    Cms cms(f);
    const auto d = cms.draft();
    EXPECT_EQ(d.base_version, 1);
    EXPECT_FALSE(d.dirty);
    EXPECT_EQ(d.nodes.size(), 18u);
    EXPECT_FALSE(hashtag::has_errors(d.issues));
}

TEST(Content, EditsAreOptimisticAndStaleWritesGet409) {
    RelayFixture f;
    Cms cms(f);
    auto n = cms.node("centrivaccinali");
    n.node.answer_it = "Nuovi orari dei centri vaccinali: tutti i giorni 8-20.";
    auto ok = cms.edit(n, n.revision);
    ASSERT_EQ(ok.response->status, 200) << ok.response->body;
    const auto saved = api::decode_content<api::DraftNode>(ok.response->body).value();
    EXPECT_GT(saved.revision, n.revision);

    n.node.answer_it = "Una modifica basata su una versione vecchia";
    auto stale = cms.edit(n, n.revision);
    ASSERT_EQ(stale.response->status, 409);
    const auto e = api::decode_error(stale.response->body).value();
    EXPECT_EQ(e.code, api::ErrorCode::conflict);
    EXPECT_EQ(e.current_revision, saved.revision);
    EXPECT_EQ(cms.node("centrivaccinali").node.answer_it, "Nuovi orari dei centri vaccinali: tutti i giorni 8-20.");

    auto structural = cms.call("POST", "/ops/v1/publish", api::encode(api::PublishRequest{1, "vecchia revisione"}));
    EXPECT_EQ(structural.response->status, 409);
    const auto diff = api::decode_content<api::TreeDiff>(cms.call("GET", "/ops/v1/draft/diff").response->body).value();
    ASSERT_EQ(diff.changes.size(), 1u);
    EXPECT_EQ(diff.changes[0].tag, "centrivaccinali");
    EXPECT_EQ(diff.changes[0].fields.at(0).field, "answer.it");
    EXPECT_TRUE(cms.draft().dirty);
}

TEST(Content, PublishedEditIsWhatTheCitizenGetsNext) {
    RelayFixture f;
    Cms cms(f);
    auto n = cms.node("tamponi");
    n.node.answer_it = "Da lunedì i tamponi si prenotano solo online.";
    ASSERT_EQ(cms.edit(n, n.revision).response->status, 200);
    auto published = cms.publish("Tamponi solo online");
    ASSERT_EQ(published.response->status, 201) << published.response->body;
    EXPECT_EQ(api::decode<api::PublishedTree>(published.response->body)->version, 2);
    f.citizen_says("393401260001", "#tamponi");
    ASSERT_TRUE(wait_for([&] { return last_text(f, "393401260001").find("solo online") != std::string::npos; }))
        << last_text(f, "393401260001");
    EXPECT_FALSE(cms.draft().dirty);
}

TEST(Content, ValidationErrorsBlockPublishingAndAreReportedOnTheNode) {
    RelayFixture f;
    Cms cms(f);
    auto n = cms.node("contatti");
    n.node.answer_it = "   ";
    n.node.title = "Un titolo davvero troppo lungo per WhatsApp";
    ASSERT_EQ(cms.edit(n, n.revision).response->status, 200);
    const auto d = cms.draft();
    auto on_node = [&](const std::string& code) {
        return std::count_if(d.issues.begin(), d.issues.end(),
                             [&](const auto& i) { return i.node_id == n.node.id && i.code == code; });
    };
    EXPECT_EQ(on_node("missing_answer"), 1);
    EXPECT_EQ(on_node("title_too_long"), 1);
    auto refused = cms.publish("non valido");
    ASSERT_EQ(refused.response->status, 422);
    EXPECT_EQ(api::decode_error(refused.response->body)->code, api::ErrorCode::validation_failed);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM tree_versions"), 1);
}

TEST(Content, CreateMoveDeleteAndRestoreNodes) {
    RelayFixture f;
    Cms cms(f);
    const auto vacc = cms.node("vaccinazione");
    api::NodeCreate create;
    create.draft_revision = cms.draft().revision;
    create.parent_id = vacc.node.id;
    create.position = 0;
    create.fields.tag = "Vaccino Bambini";
    create.fields.title = "Vaccino 5-11 anni";
    create.fields.answer_it = "I bambini dai 5 agli 11 anni si vaccinano su prenotazione.";
    auto created = cms.call("POST", "/ops/v1/draft/nodes", api::encode(create));
    ASSERT_EQ(created.response->status, 201) << created.response->body;
    const auto node = api::decode_content<api::DraftNode>(created.response->body).value();
    EXPECT_EQ(node.node.tag, "vaccinobambini");   // normalised as citizens type it
    EXPECT_EQ(node.node.position, 0);

    const auto tamponi = cms.node("tamponi");
    auto moved = cms.call("POST", "/ops/v1/draft/nodes/" + std::to_string(node.node.id) + "/move",
                          api::encode(api::NodeMove{cms.draft().revision, tamponi.node.id, 1}));
    ASSERT_EQ(moved.response->status, 200) << moved.response->body;
    EXPECT_EQ(cms.node("vaccinobambini").node.parent_id, tamponi.node.id);
    EXPECT_EQ(cms.node("vaccinobambini").node.position, 1);
    auto into_itself = cms.call("POST", "/ops/v1/draft/nodes/" + std::to_string(tamponi.node.id) + "/move",
                                api::encode(api::NodeMove{cms.draft().revision, node.node.id, 0}));
    EXPECT_EQ(into_itself.response->status, 422);

    const auto before = cms.draft().nodes.size();
    auto deleted = cms.call("DELETE", "/ops/v1/draft/nodes/" + std::to_string(tamponi.node.id) +
                                          "?draft_revision=" + std::to_string(cms.draft().revision));
    ASSERT_EQ(deleted.response->status, 200);
    EXPECT_EQ(cms.draft().nodes.size(), before - 5);   // tamponi, its 3 children and the new node
    create = api::NodeCreate{};
    create.draft_revision = cms.draft().revision;
    create.id = tamponi.node.id;                        // undo: restore with the same id
    create.parent_id = *tamponi.node.parent_id;
    create.position = tamponi.node.position;
    create.fields = tamponi.node;
    ASSERT_EQ(cms.call("POST", "/ops/v1/draft/nodes", api::encode(create)).response->status, 201);
    EXPECT_EQ(cms.node("tamponi").node.id, tamponi.node.id);
    auto root = cms.draft().nodes.front();
    EXPECT_EQ(cms.call("DELETE", "/ops/v1/draft/nodes/" + std::to_string(root.node.id) + "?draft_revision=" +
                                     std::to_string(cms.draft().revision)).response->status, 422);
}

TEST(Content, VersionsDiffAndRollback) {
    RelayFixture f;
    Cms cms(f);
    const auto original = cms.node("richiamo").node.answer_it;
    auto n = cms.node("richiamo");
    n.node.answer_it = "Richiamo sospeso fino a nuova comunicazione.";
    ASSERT_EQ(cms.edit(n, n.revision).response->status, 200);
    ASSERT_EQ(cms.publish("Sospensione richiami").response->status, 201);
    auto versions = api::decode_content<std::vector<api::VersionSummary>>(cms.call("GET", "/ops/v1/versions").response->body);
    ASSERT_EQ(versions->size(), 2u);
    EXPECT_EQ(versions->front().version, 2);
    EXPECT_EQ(versions->front().published_by, "cms.editor");
    EXPECT_EQ(versions->front().node_count, 18);
    const auto diff = api::decode_content<api::TreeDiff>(cms.call("GET", "/ops/v1/versions/1/diff/2").response->body).value();
    ASSERT_EQ(diff.changes.size(), 1u);
    EXPECT_EQ(diff.changes[0].fields.at(0).before, original);
    EXPECT_EQ(cms.call("GET", "/ops/v1/versions/9/diff/2").response->status, 404);

    auto rolled = cms.call("POST", "/ops/v1/versions/1/rollback",
                           api::encode(api::PublishRequest{cms.draft().revision, "Torniamo alla versione 1"}));
    ASSERT_EQ(rolled.response->status, 201) << rolled.response->body;
    EXPECT_EQ(api::decode<api::PublishedTree>(rolled.response->body)->version, 3);
    EXPECT_EQ(cms.node("richiamo").node.answer_it, original);   // the draft follows
    f.citizen_says("393401260002", "#richiamo");
    ASSERT_TRUE(wait_for([&] { return last_text(f, "393401260002").find("6 mesi") != std::string::npos; }));
    EXPECT_EQ(f.db_int("SELECT count(*) FROM audit_log WHERE action IN ('tree_published', 'tree_rolled_back')"), 2);
}

TEST(Content, UnansweredRankingAndOneActionAlias) {
    RelayFixture f;
    Cms cms(f);
    for (int i = 0; i < 3; ++i) f.citizen_says("39340127000" + std::to_string(i), "#passaportovaccinale");
    f.citizen_says("393401270009", "#vaccinobambini");
    f.citizen_says("393401270008", "vorrei parlare con qualcuno");
    f.citizen_says("393401270007", "sono Mario Rossi di Torino e vorrei sapere come fare per mia madre");
    ASSERT_TRUE(wait_for([&] { return f.db_int("SELECT count(*) FROM inbound_messages WHERE unanswered = 1") == 6; }))
        << f.logs();
    auto report = api::decode_content<api::UnansweredReport>(cms.call("GET", "/ops/v1/unanswered?days=7").response->body);
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_EQ(report->total, 6);
    // The two tags; the short phrase, written by one citizen, is only counted
    // (see unanswered_privacy_test.cpp); the long text is not kept at all.
    ASSERT_EQ(report->items.size(), 2u);
    EXPECT_EQ(report->items[0].key, "passaportovaccinale");
    EXPECT_EQ(report->items[0].count, 3);
    EXPECT_EQ(report->items[0].citizens, 3);
    EXPECT_EQ(report->items[0].kind, "tag");
    EXPECT_EQ(report->items[1].key, "vaccinobambini");
    EXPECT_EQ(report->other_phrase_requests, 1);
    EXPECT_EQ(report->other_phrases, 1);
    EXPECT_EQ(cms.call("GET", "/ops/v1/unanswered?days=0").response->status, 400);

    auto cert = cms.node("certificati");
    auto added = cms.call("POST", "/ops/v1/draft/nodes/" + std::to_string(cert.node.id) + "/aliases",
                          api::encode(api::AliasAdd{cert.revision, "greenpass"}));
    EXPECT_EQ(added.response->status, 422) << "greenpass is already an alias of #certificati";
    added = cms.call("POST", "/ops/v1/draft/nodes/" + std::to_string(cert.node.id) + "/aliases",
                     api::encode(api::AliasAdd{cert.revision, "Passaporto Vaccinale"}));
    ASSERT_EQ(added.response->status, 200) << added.response->body;
    ASSERT_EQ(cms.publish("alias").response->status, 201);
    f.citizen_says("393401270010", "#passaportovaccinale");
    ASSERT_TRUE(wait_for([&] { return last_text(f, "393401270010").rfind("*Certificazioni*", 0) == 0; }));
}

TEST(Content, PreviewRunsTheRelaysOwnBot) {
    RelayFixture f;
    Cms cms(f);
    auto preview = [&](const std::string& text, const std::string& source) {
        api::PreviewRequest p;
        p.text = text;
        p.source = source;
        auto r = cms.call("POST", "/ops/v1/bot/preview", api::encode(p));
        return api::decode_content<api::PreviewResponse>(r.response->body).value();
    };
    auto typo = preview("#centrivacinali", "published");
    EXPECT_EQ(typo.decision.primary_rule(), hashtag::Rule::typo);
    EXPECT_EQ(typo.decision.items.at(0).node_id, cms.node("centrivaccinali").node.id);
    auto hello = preview("ciao", "draft");
    EXPECT_EQ(hello.decision.primary_rule(), hashtag::Rule::greeting);
    EXPECT_NE(hello.messages.at(0).body.find("Benvenuta"), std::string::npos);
    auto n = cms.node("contatti");
    n.node.answer_it = "Nuovo numero verde 800 000 000.";
    ASSERT_EQ(cms.edit(n, n.revision).response->status, 200);
    EXPECT_NE(preview("#contatti", "draft").messages.at(0).body.find("800 000 000"), std::string::npos);
    EXPECT_EQ(preview("#contatti", "published").messages.at(0).body.find("800 000 000"), std::string::npos);
}

TEST(Content, RolesLimitWhatEachOperatorMayDo) {
    RelayFixture f;
    Cms viewer(f, "viewer");
    Cms operator_(f, "operator");
    EXPECT_EQ(viewer.call("GET", "/ops/v1/draft").response->status, 200);
    auto n = viewer.node("contatti");
    EXPECT_EQ(viewer.edit(n, n.revision).response->status, 403);
    EXPECT_EQ(operator_.edit(n, n.revision).response->status, 403);
    EXPECT_EQ(operator_.publish("no").response->status, 403);
}

// A relay installed without a seed tree: the root comes through the API
// (no parent), only once; then topics go under it and a publish answers.
TEST(Content, AnEmptyTreeGetsItsRootThroughTheApi) {
    RelayFixture f({.seed_tree = false});
    Cms cms(f);
    EXPECT_TRUE(cms.draft().nodes.empty());
    auto create = [&](std::int64_t parent, const std::string& tag, const std::string& answer) {
        api::NodeCreate c;
        c.draft_revision = cms.draft().revision;
        c.parent_id = parent;
        c.fields.tag = tag;
        c.fields.title = "Titolo " + tag;
        c.fields.answer_it = answer;
        return cms.call("POST", "/ops/v1/draft/nodes", api::encode(c));
    };
    const auto root = create(api::no_parent, "menu", "Benvenuto nel servizio della Regione.");
    ASSERT_EQ(root.response->status, 201) << root.response->body;
    const auto root_id = api::decode_content<api::DraftNode>(root.response->body).value().node.id;
    EXPECT_FALSE(cms.node("menu").node.parent_id.has_value());

    // A second root is refused and changes nothing.
    const auto again = create(api::no_parent, "altro", "x");
    EXPECT_EQ(again.response->status, 422) << again.response->body;
    EXPECT_NE(again.response->body.find("already has a root"), std::string::npos);
    EXPECT_EQ(cms.draft().nodes.size(), 1u);
    // parent_id 0 is not a node id: a clear error, not the root.
    auto zero = bj::parse(api::encode(api::NodeCreate{cms.draft().revision, std::nullopt, 7, 0, {}})).as_object();
    zero["parent_id"] = 0;
    EXPECT_EQ(cms.call("POST", "/ops/v1/draft/nodes", bj::serialize(zero)).response->status, 400);

    ASSERT_EQ(create(root_id, "tamponi", "Tamponi in farmacia.").response->status, 201);
    Cms publisher(f, "supervisor");
    const auto published = publisher.publish("primo contenuto");
    ASSERT_EQ(published.response->status, 201) << published.response->body;
    f.citizen_says("393401299001", "#tamponi");
    ASSERT_TRUE(wait_for([&] { return last_text(f, "393401299001").find("Tamponi in farmacia") != std::string::npos; }))
        << f.logs();
}

// `sportello-relay content publish` on the server, while the relay runs on
// the same database: citizens get the new answer without a restart.
TEST(Content, ACommandLinePublishReachesTheRunningRelay) {
    RelayFixture f;
    std::string seed = read_text_file(seed_tree_file());
    const std::string before = "Il tampone serve a confermare un'infezione da SARS-CoV-2.";
    const auto at = seed.find(before);
    ASSERT_NE(at, std::string::npos);
    seed.replace(at, before.size(), "Tamponi gratuiti in farmacia dal 1 dicembre.");
    const std::string file = f.dir + "/albero-nuovo.json";
    {
        std::ofstream out(file);
        out << seed;
    }
    std::string output;
    ASSERT_EQ(run_program(relay_binary(), {"content", "publish", "--config", f.relay_config, "--file", file,
                                           "--note", "tamponi in farmacia"}, &output), 0) << output;
    EXPECT_NE(output.find("published version 2"), std::string::npos) << output;
    ASSERT_TRUE(wait_for([&] {
        return read_text_file(f.relay_log).find("version 2, published by cli, now answers citizens") != std::string::npos;
    })) << f.logs();
    f.citizen_says("393401299002", "#tamponi");
    ASSERT_TRUE(wait_for([&] { return f.inbox("393401299002").size() == 1; })) << f.logs();
    EXPECT_NE(last_text(f, "393401299002").find("Tamponi gratuiti in farmacia"), std::string::npos)
        << last_text(f, "393401299002");
}
