// Editors can build any tree the CMS lets them; validation is what stands
// between a draft and the citizens. The property: every tree that passes
// validate_tree answers every message (tags, aliases, greetings, unknown
// tags, list replies, paging) with messages WhatsApp accepts, in Italian and
// English, as lists and as text. Validation and diffs never crash on any
// tree, and a tree's diff with itself is empty.
//
// The input bytes are read as a recipe for up to 14 nodes (see TreeRecipe).

#include "fuzz_target.hpp"
#include "reply_checks.hpp"

#include "sportello/hashtag/diff.hpp"
#include "sportello/hashtag/matcher.hpp"
#include "sportello/hashtag/reply.hpp"
#include "sportello/hashtag/validate.hpp"

#include <array>
#include <string>
#include <string_view>
#include <vector>

using namespace sportello;
using namespace sportello::hashtag;

namespace {

constexpr std::string_view today = "2026-11-23";

// Reads the input as choices; past its end every choice is 0.
class TreeRecipe {
public:
    TreeRecipe(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}

    std::uint8_t byte() { return at_ < size_ ? data_[at_++] : 0; }
    std::size_t below(std::size_t n) { return n == 0 ? 0 : byte() % n; }

    // Input bytes as text, `length` of them (fewer at the end of the input).
    std::string raw(std::size_t length) {
        std::string s;
        while (s.size() < length && at_ < size_) s.push_back(static_cast<char>(data_[at_++]));
        return s;
    }

    // A tag: usually a plausible one (so that duplicates and aliases clash),
    // sometimes raw bytes.
    std::string tag() {
        static constexpr std::array<std::string_view, 10> words{
            "menu", "tamponi", "vaccini", "centrivaccinali", "greenpass", "a", "x1", "privacy", "contatti", "sintomi"};
        const auto choice = byte();
        if (choice < 200) return std::string(words[choice % words.size()]) + (choice & 0x40 ? "2" : "");
        return raw(below(48));
    }

    // Answers and titles near and past WhatsApp's limits: a short piece of
    // input repeated, with paragraph breaks.
    std::string text(std::size_t max_repeats) {
        std::string piece = raw(1 + below(24));
        const std::size_t repeats = below(max_repeats + 1);
        std::string s;
        for (std::size_t i = 0; i < repeats; ++i) s += (i % 7 == 6) ? "\n\n" + piece : piece;
        return s;
    }

    std::optional<std::string> date() {
        static constexpr std::array<std::string_view, 6> dates{
            "2026-01-01", "2026-11-23", "2026-11-22", "2027-03-01", "2026-02-30", "domani"};
        const auto choice = byte();
        if (choice < 128) return std::nullopt;
        return std::string(dates[choice % dates.size()]);
    }

private:
    const std::uint8_t* data_;
    std::size_t size_;
    std::size_t at_ = 0;
};

std::vector<TreeNode> build_nodes(TreeRecipe& recipe) {
    std::vector<TreeNode> nodes(1 + recipe.below(14));
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        auto& n = nodes[i];
        n.id = static_cast<std::int64_t>(i + 1);
        // Mostly a real earlier node; sometimes none, itself or a missing one.
        const auto parent = recipe.byte();
        if (i > 0 && parent < 230) n.parent_id = 1 + static_cast<std::int64_t>(parent % i);
        else if (parent >= 250) n.parent_id = static_cast<std::int64_t>(parent % 20);
        n.position = recipe.below(4);
        n.tag = recipe.tag();
        for (std::size_t a = recipe.below(3); a > 0; --a) n.aliases.push_back(recipe.tag());
        n.title = recipe.text(6);
        if (recipe.byte() & 1) n.title_en = recipe.text(6);
        n.answer_it = recipe.text(400);
        if (recipe.byte() & 1) n.answer_en = recipe.text(400);
        n.valid_from = recipe.date();
        n.valid_until = recipe.date();
    }
    return nodes;
}

void check_every_answer(const std::vector<TreeNode>& nodes, TreeRecipe& recipe) {
    const HashtagTree tree(nodes, 1);
    std::vector<CitizenInput> inputs{{CitizenInput::Kind::text, "ciao"},
                                     {CitizenInput::Kind::text, "#nonesiste #tamponni"},
                                     {CitizenInput::Kind::text, "come si prenota?"},
                                     {CitizenInput::Kind::text, recipe.raw(recipe.below(64))}};
    for (const auto& n : nodes) {
        inputs.push_back({CitizenInput::Kind::text, "#" + n.tag});
        inputs.push_back({CitizenInput::Kind::reply_id, reply_id_for_tag(n.tag)});
        for (int page = 1; page <= 2; ++page) inputs.push_back({CitizenInput::Kind::reply_id, reply_id_for_more(n.id, page)});
        for (const auto& alias : n.aliases) inputs.push_back({CitizenInput::Kind::text, "#" + alias});
    }
    BotConfig config;
    config.today = std::string(today);
    for (const auto& input : inputs) {
        const auto decision = decide(input, tree, config);
        FUZZ_CHECK(!decision.items.empty());
        for (auto language : {Language::it, Language::en})
            for (bool lists : {false, true}) {
                const auto messages = render_reply(decision, tree, ReplyOptions{language, lists, std::string(today)});
                FUZZ_CHECK(!messages.empty());
                for (const auto& m : messages) check_whatsapp_accepts(m);
            }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    TreeRecipe recipe(data, size);
    const auto nodes = build_nodes(recipe);
    const auto issues = validate_tree(nodes, std::string(today));
    for (const auto& issue : issues) FUZZ_CHECK(!issue.code.empty() && !issue.message.empty());
    FUZZ_CHECK(diff_trees(nodes, nodes).empty());
    (void)diff_trees({}, nodes);
    if (!has_errors(issues)) check_every_answer(nodes, recipe);
    return 0;
}
