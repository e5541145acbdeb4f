// The content-management codec and the tree diff.
#include "sportello/api/codec.hpp"
#include "sportello/api/content.hpp"
#include "sportello/hashtag/diff.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

using namespace sportello;
using namespace sportello::hashtag;
namespace bj = boost::json;

namespace {
TreeNode node(std::int64_t id, std::optional<std::int64_t> parent, std::string tag, std::string answer) {
    TreeNode n;
    n.id = id;
    n.parent_id = parent;
    n.tag = std::move(tag);
    n.title = "T";
    n.answer_it = std::move(answer);
    return n;
}
} // namespace

TEST(Diff, ReportsAddedRemovedAndChangedFields) {
    const std::vector<TreeNode> a{node(1, {}, "menu", "Ciao"), node(2, 1, "tamponi", "vecchio"), node(3, 1, "x", "x")};
    auto b = a;
    b[1].answer_it = "nuovo";
    b[1].aliases = {"tampone"};
    b.erase(b.begin() + 2);
    b.push_back(node(4, 1, "richiamo", "r"));
    const auto d = diff_trees(a, b);
    ASSERT_EQ(d.size(), 3u);
    EXPECT_EQ(d[0].kind, NodeChange::Kind::changed);
    EXPECT_EQ(d[0].fields, (std::vector<FieldChange>{{"aliases", "", "tampone"}, {"answer.it", "vecchio", "nuovo"}}));
    EXPECT_EQ(d[1].kind, NodeChange::Kind::removed);
    EXPECT_EQ(d[1].tag, "x");
    EXPECT_EQ(d[2].kind, NodeChange::Kind::added);
    EXPECT_TRUE(diff_trees(a, a).empty());
}

TEST(ContentCodec, RoundTripsEveryType) {
    api::Draft draft;
    draft.revision = 9;
    draft.base_version = 2;
    draft.dirty = true;
    draft.nodes = {api::DraftNode{node(1, {}, "menu", "Ciao"), 4, "m.rossi", 1795339800000}};
    draft.issues = {{ValidationIssue::Severity::warning, 1, "valid_until", "expired", "scaduto"}};
    EXPECT_EQ(api::decode_content<api::Draft>(api::encode(draft)).value(), draft);

    api::NodeEdit edit{3, node(0, {}, "tamponi", "nuovo")};
    const auto back = api::decode_content<api::NodeEdit>(api::encode(edit)).value();
    EXPECT_EQ(back.revision, 3);
    EXPECT_EQ(back.fields.answer_it, "nuovo");

    api::TreeDiff diff{1, 2, diff_trees({node(1, {}, "menu", "a")}, {node(1, {}, "menu", "b")})};
    EXPECT_EQ(api::decode_content<api::TreeDiff>(api::encode(diff)).value(), diff);

    api::UnansweredReport report{1795300000000, 1795339800000, 9,
                                 {{"greenpass", "tag", 3, 1795339800000, {13}, 2},
                                  {"numero [numero]", "phrase", 4, 1795339700000, {}, 3}},
                                 3, 2, 1};
    EXPECT_EQ(api::decode_content<api::UnansweredReport>(api::encode(report)).value(), report);
    const auto wire = bj::parse(api::encode(report)).as_object();
    EXPECT_EQ(wire.at("min_citizens").as_int64(), 3);
    EXPECT_EQ(wire.at("other_phrases").at("requests").as_int64(), 2);
    EXPECT_EQ(wire.at("other_phrases").at("phrases").as_int64(), 1);
    EXPECT_EQ(wire.at("items").at(1).at("citizens").as_int64(), 3);
    // A 1.0 relay's answer, without the counts of 1.1, still reads.
    const auto older = api::decode_content<api::UnansweredReport>(
        R"({"from":"2026-11-22T10:00:00Z","to":"2026-11-23T10:00:00Z","total":1,"items":[)"
        R"({"key":"greenpass","kind":"tag","count":1,"last_seen":"2026-11-23T09:00:00Z","suggestions":[]}]})");
    ASSERT_TRUE(older) << older.error().message;
    EXPECT_EQ(older->items.at(0).citizens, 0);
    EXPECT_EQ(older->other_phrase_requests, 0);

    Decision decision;
    decision.unanswered = true;
    decision.items = {DecisionItem{Rule::unknown_tag, 1, "contati", {15, 16}, 0}};
    const auto decoded = api::decode_decision(api::encode(decision)).value();
    EXPECT_EQ(decoded.items, decision.items);
    EXPECT_TRUE(decoded.unanswered);

    auto conflict = make_error(api::ErrorCode::conflict, "stale", "revision");
    conflict.current_revision = 12;
    EXPECT_EQ(api::decode_error(api::encode(conflict))->current_revision, 12);
}

TEST(ContentCodec, RejectsWhatIsWrong) {
    EXPECT_EQ(api::decode_content<api::PreviewRequest>(R"({"text":"x","source":"elsewhere"})").error().field, "source");
    EXPECT_EQ(api::decode_content<api::NodeMove>(R"({"draft_revision":1,"parent_id":"a","position":0})").error().field,
              "parent_id");
    EXPECT_EQ(api::decode_content<api::NodeEdit>(R"({"tag":"x"})").error().field, "revision");
}
