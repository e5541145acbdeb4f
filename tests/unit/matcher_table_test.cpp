// What citizens really type, and what the bot must make of it: typos,
// accents, spacing, several tags, greetings, emoji, Meta's escaped form,
// Italian questions, consent words, menu replies. Against the seed tree.
#include "app/seed.hpp"
#include "sportello/hashtag/matcher.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <ostream>
#include <string>

using namespace sportello::hashtag;

namespace {

struct Case {
    const char* input;
    Rule rule;
    const char* tag;                 // node answered by the first item ("" for none/root)
    std::size_t items = 1;
    bool reply_id = false;           // the input is a list/button reply id
};

// Failure messages and test listings show the citizen's words.
void PrintTo(const Case& c, std::ostream* os) { *os << '"' << c.input << '"'; }

const HashtagTree& tree() {
    static const HashtagTree t = [] {
        auto s = sportello::relay::load_seed_tree(SPORTELLO_SEED_TREE);
        if (!s) throw std::runtime_error(s.error().message);
        return HashtagTree(s->nodes, 1);
    }();
    return t;
}

const Case cases[] = {
    // Exact tags, however they are typed.
    {"#centrivaccinali", Rule::tag, "centrivaccinali"},
    {"#CentriVaccinali", Rule::tag, "centrivaccinali"},
    {"#Centri Vaccinali", Rule::tag, "centrivaccinali"},
    {"# centri-vaccinali", Rule::tag, "centrivaccinali"},
    {"#centri_vaccinali", Rule::tag, "centrivaccinali"},
    {"#CentriVaccinali!", Rule::tag, "centrivaccinali"},
    {"\xEF\xBC\x83" "centrivaccinali", Rule::tag, "centrivaccinali"},          // fullwidth ＃
    {"#tamponi", Rule::tag, "tamponi"},
    {"# tamponi?", Rule::tag, "tamponi"},
    {"#Tamponi.", Rule::tag, "tamponi"},
    {"#CERTIFICATI", Rule::tag, "certificati"},
    {"#privacy.", Rule::tag, "privacy"},
    {"#andamento pandemia", Rule::tag, "andamentopandemia"},
    {"Info su #prenotazione per favore", Rule::tag, "prenotazione"},
    // Aliases.
    {"#tampone", Rule::alias, "tamponi"},
    {"#test", Rule::alias, "tamponi"},
    {"#prenota", Rule::alias, "prenotazione"},
    {"#booster", Rule::alias, "richiamo"},
    {"#terza dose", Rule::alias, "richiamo"},
    {"#green pass", Rule::alias, "certificati"},
    {"#Green-Pass", Rule::alias, "certificati"},
    {"#dati", Rule::alias, "andamentopandemia"},
    {"#contagi", Rule::alias, "andamentopandemia"},
    {"#drivein", Rule::alias, "centritamponi"},
    {"#hub", Rule::alias, "centrivaccinali"},
    {"#esito del tampone", Rule::alias, "esitotampone"},
    {"ho la #febbre cosa faccio", Rule::alias, "sintomi"},
    {R"(#quarant\u00e8na)", Rule::alias, "isolamento"},                        // Meta's escaped form
    {"#quarant\xC3\xA8na", Rule::alias, "isolamento"},                          // è
    // Typos with one clear candidate.
    {"#centrivacinali", Rule::typo, "centrivaccinali"},
    {"#centrivaccinalli", Rule::typo, "centrivaccinali"},
    {"#cetnrivaccinali", Rule::typo, "centrivaccinali"},
    {"#tmaponi", Rule::typo, "tamponi"},
    {"#greenpas", Rule::typo, "certificati"},
    {"#qarantena", Rule::typo, "isolamento"},
    {"#prenotazzione", Rule::typo, "prenotazione"},
    // Unknown: suggestions, never a guess on a tie.
    {"#contati", Rule::unknown_tag, ""},                                        // contatti or contagi?
    {"#xyz", Rule::unknown_tag, ""},
    {"#vaccinazzionebambini", Rule::unknown_tag, ""},
    {"#tampo", Rule::unknown_tag, ""},
    // Greetings and menus.
    {"ciao", Rule::greeting, "menu"},
    {"Ciao!", Rule::greeting, "menu"},
    {"buongiorno", Rule::greeting, "menu"},
    {"Buonasera a tutti", Rule::greeting, "menu"},
    {"grazie mille", Rule::greeting, "menu"},
    {"menu", Rule::greeting, "menu"},
    {"MENU", Rule::greeting, "menu"},
    {"#menu", Rule::greeting, "menu"},
    {"", Rule::empty, "menu"},
    {"\xF0\x9F\x91\x8D", Rule::empty, "menu"},                                  // 👍
    {"\xF0\x9F\x99\x82\xF0\x9F\x99\x82", Rule::empty, "menu"},                  // 🙂🙂
    // A tag written without '#'.
    {"tamponi", Rule::bare_word, "tamponi"},
    {"Tamponi", Rule::bare_word, "tamponi"},
    {"febbre", Rule::bare_word, "sintomi"},
    // Several tags, in order, at most three, each once.
    {"#richiamo #tamponi", Rule::tag, "richiamo", 2},
    {"#richiamo #tamponi #contatti #privacy", Rule::tag, "richiamo", 3},
    {"#richiamo e #richiamo", Rule::tag, "richiamo", 1},
    {"#sintomi#isolamento", Rule::tag, "sintomi", 2},
    {"#contatti\n#privacy", Rule::tag, "contatti", 2},
    // Questions and free text.
    {"Dove posso fare il vaccino?", Rule::question, "menu"},
    {"come prenoto il tampone", Rule::question, "menu"},
    {"Quando apre il centro di Novara?", Rule::question, "menu"},
    {"non voglio lo stop del vaccino", Rule::free_text, "menu"},
    {"Sono Mario e abito a Torino", Rule::free_text, "menu"},
    // Consent words, alone only.
    {"STOP", Rule::consent_withdraw, "menu"},
    {"stop", Rule::consent_withdraw, "menu"},
    {"Stop.", Rule::consent_withdraw, "menu"},
    {"ANNULLA", Rule::consent_withdraw, "menu"},
    {"#consenso", Rule::consent_grant, "menu"},
    {"iscrivimi", Rule::consent_grant, "menu"},
    // Interactive replies route by id.
    {"tag:tamponi", Rule::menu_reply, "tamponi", 1, true},
    {"tag:centrivaccinali", Rule::menu_reply, "centrivaccinali", 1, true},
    {"more:1:1", Rule::menu_page, "menu", 1, true},
};

class MatcherTable : public ::testing::TestWithParam<Case> {};

} // namespace

TEST_P(MatcherTable, DecidesAsACitizenExpects) {
    const auto& c = GetParam();
    BotConfig config;
    const CitizenInput input{c.reply_id ? CitizenInput::Kind::reply_id : CitizenInput::Kind::text, c.input};
    const auto d = decide(input, tree(), config);
    ASSERT_FALSE(d.items.empty());
    EXPECT_EQ(to_string(d.primary_rule()), to_string(c.rule)) << c.input;
    EXPECT_EQ(d.items.size(), c.items) << c.input;
    if (*c.tag) {
        ASSERT_TRUE(d.items[0].node_id.has_value()) << c.input;
        const auto* node = tree().by_id(*d.items[0].node_id);
        ASSERT_NE(node, nullptr);
        EXPECT_EQ(node->tag, c.tag) << c.input;
    }
    const bool unanswered = c.rule == Rule::unknown_tag || c.rule == Rule::question || c.rule == Rule::free_text;
    EXPECT_EQ(d.unanswered, unanswered) << c.input;
}

// Test names that say which input failed: its index and its letters and digits.
std::string case_name(const ::testing::TestParamInfo<Case>& info) {
    std::string name = std::to_string(info.index) + "_";
    for (const char* p = info.param.input; *p && name.size() < 40; ++p)
        if (std::isalnum(static_cast<unsigned char>(*p))) name += *p;
    return name;
}

INSTANTIATE_TEST_SUITE_P(RealWorldInputs, MatcherTable, ::testing::ValuesIn(cases), case_name);

TEST(MatcherTable, HasAtLeastSixtyInputs) { EXPECT_GE(std::size(cases), 60u); }

TEST(MatcherTable, UnknownTagsSuggestTheClosestTagsOnly) {
    BotConfig config;
    auto suggestions_of = [&](const char* text) {
        std::vector<std::string> tags;
        const auto decision = decide({CitizenInput::Kind::text, text}, tree(), config);
        for (auto id : decision.items.at(0).suggestions)
            tags.push_back(tree().by_id(id)->tag);
        return tags;
    };
    const auto tie = suggestions_of("#contati");
    EXPECT_EQ(tie.size(), 2u);
    EXPECT_NE(std::find(tie.begin(), tie.end(), "contatti"), tie.end());
    EXPECT_NE(std::find(tie.begin(), tie.end(), "andamentopandemia"), tie.end());
    EXPECT_TRUE(suggestions_of("#xyz").empty());
    EXPECT_EQ(suggestions_of("#vaccinazzionebambini").at(0), "vaccinazione");
    EXPECT_EQ(suggestions_of("#tampo").at(0), "tamponi");
}

TEST(MatcherTable, ExpiredContentIsNotServed) {
    auto s = sportello::relay::load_seed_tree(SPORTELLO_SEED_TREE);
    for (auto& n : s->nodes)
        if (n.tag == "richiamo") n.valid_until = "2026-01-31";
    const HashtagTree t(s->nodes, 1);
    BotConfig config;
    config.today = "2026-11-22";
    const auto d = decide({CitizenInput::Kind::text, "#richiamo"}, t, config);
    EXPECT_EQ(d.primary_rule(), Rule::expired);
    EXPECT_TRUE(d.unanswered);
    config.today = "2026-01-31";
    EXPECT_EQ(decide({CitizenInput::Kind::text, "#richiamo"}, t, config).primary_rule(), Rule::tag);
}

// A control character ends a hashtag: "#centri<NUL>vaccinali" is not
// #centrivaccinali, however the NUL arrives (raw, or escaped as Meta sends it).
TEST(MatcherTable, ControlCharactersEndAHashtag) {
    BotConfig config;
    for (const std::string& text : {std::string("#centri\0vaccinali", 17), std::string("#centri\\u0000vaccinali"),
                                   std::string("#centri\x01vaccinali"), std::string("#centri\x7fvaccinali"),
                                   std::string("#centri\\u0085vaccinali")}) {
        const auto d = decide({CitizenInput::Kind::text, text}, tree(), config);
        ASSERT_FALSE(d.items.empty());
        for (const auto& item : d.items) {
            if (!item.node_id) continue;
            EXPECT_NE(tree().by_id(*item.node_id)->tag, "centrivaccinali") << "control character " << int(text[7]);
        }
        EXPECT_NE(d.primary_rule(), Rule::tag);
    }
    // A tab or a line break after a tag still ends it as a space would.
    const auto tab = decide({CitizenInput::Kind::text, "#centrivaccinali\tgrazie"}, tree(), config);
    EXPECT_EQ(tab.primary_rule(), Rule::tag);
}
