// The seed tree, validation, the matcher's main rules and reply rendering.
// (The table of real-world citizen inputs lives in matcher_table_test.cpp.)
#include "app/seed.hpp"
#include "sportello/hashtag/matcher.hpp"
#include "sportello/hashtag/reply.hpp"
#include "sportello/hashtag/validate.hpp"

#include <gtest/gtest.h>

using namespace sportello;
using namespace sportello::hashtag;

namespace {

HashtagTree seed() {
    auto s = relay::load_seed_tree(SPORTELLO_SEED_TREE);
    EXPECT_TRUE(s) << (s ? "" : s.error().message);
    return HashtagTree(s->nodes, 1);
}

Decision say(const HashtagTree& tree, const std::string& text) {
    BotConfig config;
    return decide(CitizenInput{CitizenInput::Kind::text, text}, tree, config);
}

} // namespace

TEST(SeedTree, IsValidItalianAndLargeEnough) {
    auto s = relay::load_seed_tree(SPORTELLO_SEED_TREE);
    ASSERT_TRUE(s) << s.error().message;
    EXPECT_GE(s->nodes.size(), 15u);
    EXPECT_FALSE(has_errors(validate_tree(s->nodes)));
    const HashtagTree tree(s->nodes, 1);
    ASSERT_NE(tree.root(), nullptr);
    EXPECT_EQ(tree.root()->tag, "menu");
    const auto* vacc = tree.find("vaccinazione");
    ASSERT_NE(vacc, nullptr);
    EXPECT_FALSE(tree.children(vacc->id).empty());   // two levels
    for (const auto& n : s->nodes) EXPECT_FALSE(n.answer_it.empty()) << n.tag;
}

TEST(Validate, ReportsEveryProblemOnItsNode) {
    std::vector<TreeNode> nodes(4);
    nodes[0].id = 1; nodes[0].tag = "menu"; nodes[0].title = "Menu"; nodes[0].answer_it = "Ciao";
    nodes[1].id = 2; nodes[1].parent_id = 1; nodes[1].tag = "tamponi"; nodes[1].title = "Tamponi"; nodes[1].answer_it = "x";
    nodes[2].id = 3; nodes[2].parent_id = 1; nodes[2].tag = "Tamponi!"; nodes[2].title = std::string(30, 't'); nodes[2].answer_it = " ";
    nodes[3].id = 4; nodes[3].parent_id = 9; nodes[3].tag = "x4"; nodes[3].aliases = {"tamponi"}; nodes[3].title = "X";
    nodes[3].answer_it = std::string(5000, 'a'); nodes[3].valid_from = "2026-05-01"; nodes[3].valid_until = "2026-04-01";
    const auto issues = validate_tree(nodes, "2026-11-22");
    auto has = [&](std::int64_t id, const std::string& code) {
        return std::any_of(issues.begin(), issues.end(), [&](const auto& i) { return i.node_id == id && i.code == code; });
    };
    EXPECT_TRUE(has(3, "invalid_tag"));
    EXPECT_TRUE(has(3, "title_too_long"));
    EXPECT_TRUE(has(3, "missing_answer"));
    EXPECT_TRUE(has(4, "missing_parent"));
    EXPECT_TRUE(has(4, "duplicate_tag"));
    EXPECT_TRUE(has(4, "answer_too_long"));
    EXPECT_TRUE(has(4, "window_reversed"));
    EXPECT_TRUE(has(4, "expired"));
    nodes[1].answer_it = "Rispos\xF4" "a";   // a byte flipped: not UTF-8, could never be sent
    EXPECT_TRUE(has_errors(validate_tree({nodes[0], nodes[1]})));
    EXPECT_EQ(validate_tree({nodes[0], nodes[1]}).at(0).code, "invalid_text");
    EXPECT_TRUE(has_errors(issues));
}

TEST(Matcher, MainRules) {
    const auto tree = seed();
    EXPECT_EQ(say(tree, "#centrivaccinali").primary_rule(), Rule::tag);
    EXPECT_EQ(say(tree, "#Centri Vaccinali").items.at(0).node_id, tree.find("centrivaccinali")->id);
    EXPECT_EQ(say(tree, "#hub").primary_rule(), Rule::alias);
    EXPECT_EQ(say(tree, "#centrivacinali").primary_rule(), Rule::typo);
    EXPECT_EQ(say(tree, "ciao").primary_rule(), Rule::greeting);
    EXPECT_EQ(say(tree, "\xF0\x9F\x91\x8D").primary_rule(), Rule::empty);
    const auto unknown = say(tree, "#vaccinazzionebambini");
    EXPECT_EQ(unknown.primary_rule(), Rule::unknown_tag);
    EXPECT_TRUE(unknown.unanswered);
    const auto question = say(tree, "dove posso fare il vaccino a Torino?");
    EXPECT_EQ(question.primary_rule(), Rule::question);
    EXPECT_TRUE(question.escalate);
    EXPECT_EQ(say(tree, "STOP").consent, ConsentAction::withdraw);
    EXPECT_EQ(say(tree, "#consenso").consent, ConsentAction::grant);
    const auto three = say(tree, "#tamponi #richiamo #privacy #contatti");
    ASSERT_EQ(three.items.size(), 3u);
    EXPECT_EQ(three.items[2].node_id, tree.find("privacy")->id);
}

TEST(Reply, TextAnswerCarriesTitleAnswerAndChildMenu) {
    const auto tree = seed();
    const auto msgs = render_reply(say(tree, "#vaccinazione"), tree, ReplyOptions{});
    ASSERT_EQ(msgs.size(), 1u);
    EXPECT_EQ(msgs[0].kind, wa::OutgoingMessage::Kind::text);
    EXPECT_EQ(msgs[0].body.rfind("*Vaccinazione COVID*\n", 0), 0u);
    EXPECT_NE(msgs[0].body.find("#centrivaccinali \xE2\x80\x93 Centri vaccinali"), std::string::npos);
    EXPECT_NE(msgs[0].body.find("Scrivi #menu"), std::string::npos);
}

TEST(Reply, EnglishWhenAvailableAndListsWhenEnabled) {
    const auto tree = seed();
    ReplyOptions en{Language::en, true, ""};
    const auto msgs = render_reply(say(tree, "menu"), tree, en);
    ASSERT_EQ(msgs.size(), 1u);
    EXPECT_EQ(msgs[0].kind, wa::OutgoingMessage::Kind::list);
    EXPECT_NE(msgs[0].body.find("Welcome"), std::string::npos);
    EXPECT_LE(msgs[0].rows.size(), 10u);
    EXPECT_EQ(msgs[0].rows.at(0).id, "tag:vaccinazione");
    EXPECT_EQ(msgs[0].rows.at(0).title, "COVID vaccination");
}

TEST(Reply, ListsArePagedAndAStaleMoreRowShowsTheLastPage) {
    std::vector<TreeNode> nodes(13);
    nodes[0].id = 1; nodes[0].tag = "menu"; nodes[0].title = "Menu"; nodes[0].answer_it = "Benvenuto";
    for (int i = 1; i < 13; ++i) {
        nodes[i].id = i + 1; nodes[i].parent_id = 1; nodes[i].position = i;
        nodes[i].tag = "argomento" + std::to_string(i); nodes[i].title = "Argomento " + std::to_string(i);
        nodes[i].answer_it = "Risposta";
    }
    const HashtagTree tree(nodes, 1);
    const ReplyOptions lists{Language::it, true, ""};
    auto rows_for = [&](const std::string& reply_id) {
        const auto d = decide(CitizenInput{CitizenInput::Kind::reply_id, reply_id}, tree, BotConfig{});
        const auto msgs = render_reply(d, tree, lists);
        EXPECT_EQ(msgs.size(), 1u);
        std::vector<std::string> ids;
        for (const auto& row : msgs.at(0).rows) ids.push_back(row.id);
        return ids;
    };
    const auto first = rows_for("menu");
    ASSERT_EQ(first.size(), 10u);   // nine topics and "more"
    EXPECT_EQ(first[8], "tag:argomento9");
    EXPECT_EQ(first[9], "more:1:1");
    const std::vector<std::string> last{"tag:argomento10", "tag:argomento11", "tag:argomento12"};
    EXPECT_EQ(rows_for("more:1:1"), last);
    // From a menu sent before the tree shrank, or forged: never an empty list.
    EXPECT_EQ(rows_for("more:1:7"), last);
    EXPECT_EQ(rows_for("more:1:2147483647"), last);

    nodes.resize(4);   // three topics: one page
    const HashtagTree small(nodes, 2);
    const auto d = decide(CitizenInput{CitizenInput::Kind::reply_id, "more:1:1"}, small, BotConfig{});
    const auto msgs = render_reply(d, small, lists);
    ASSERT_EQ(msgs.size(), 1u);
    ASSERT_EQ(msgs[0].rows.size(), 3u);
    EXPECT_EQ(msgs[0].rows[0].id, "tag:argomento1");
}

TEST(Reply, AMoreRowWhoseTopicsHaveAllExpiredGetsTheAnswer) {
    std::vector<TreeNode> nodes(2);
    nodes[0].id = 1; nodes[0].tag = "menu"; nodes[0].title = "Menu"; nodes[0].answer_it = "Benvenuto";
    nodes[1].id = 2; nodes[1].parent_id = 1; nodes[1].tag = "greenpass"; nodes[1].title = "Green pass";
    nodes[1].answer_it = "Risposta"; nodes[1].valid_until = "2026-01-01";
    const HashtagTree tree(nodes, 1);
    BotConfig config;
    config.today = "2026-11-23";
    const auto d = decide(CitizenInput{CitizenInput::Kind::reply_id, "more:1:1"}, tree, config);
    for (bool lists : {true, false}) {
        const auto msgs = render_reply(d, tree, ReplyOptions{Language::it, lists, config.today});
        ASSERT_EQ(msgs.size(), 1u) << lists;   // before: nothing at all was sent
        EXPECT_EQ(msgs[0].kind, wa::OutgoingMessage::Kind::text);
        EXPECT_EQ(msgs[0].body, "Benvenuto");
    }
}

TEST(Reply, BlankEnglishCountsAsNoneAndBlankItalianIsRefused) {
    std::vector<TreeNode> nodes(1);
    nodes[0].id = 1; nodes[0].tag = "menu"; nodes[0].title = "Menu"; nodes[0].answer_it = "Benvenuto";
    nodes[0].answer_en = " \n\n \t"; nodes[0].title_en = "  ";
    EXPECT_FALSE(has_errors(validate_tree(nodes)));
    const HashtagTree tree(nodes, 1);
    const auto d = decide(CitizenInput{CitizenInput::Kind::text, "hello"}, tree, BotConfig{});
    const auto msgs = render_reply(d, tree, ReplyOptions{Language::en, false, ""});
    ASSERT_EQ(msgs.size(), 1u);   // before: an English citizen got nothing
    EXPECT_EQ(msgs[0].body, "Benvenuto");

    nodes[0].answer_it = "\r\n\t ";
    nodes[0].title = " ";
    const auto issues = validate_tree(nodes);
    ASSERT_EQ(issues.size(), 2u);
    EXPECT_EQ(issues[0].code, "missing_title");
    EXPECT_EQ(issues[1].code, "missing_answer");
}
