// The content-management codec and the tree diff.
#include "sportello/api/codec.hpp"
#include "sportello/api/content.hpp"
#include "sportello/hashtag/diff.hpp"

#include <gtest/gtest.h>

using namespace sportello;
using namespace sportello::hashtag;

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

    api::UnansweredReport report{1795300000000, 1795339800000, 5, {{"greenpass", "tag", 3, 1795339800000, {13}}}};
    EXPECT_EQ(api::decode_content<api::UnansweredReport>(api::encode(report)).value(), report);

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
