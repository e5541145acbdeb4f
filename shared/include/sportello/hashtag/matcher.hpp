#pragma once
// The auto-reply decision: what a citizen's message asks for, and which rule
// decided it. Pure and deterministic; the relay runs it on inbound messages
// and the desktop's "Prova il bot" runs the very same code.

#include "sportello/hashtag/tree.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sportello::hashtag {

enum class Rule {
    tag,               // a known tag
    alias,             // a known alias
    typo,              // one clear closest tag, within the typo threshold
    bare_word,         // the whole message is a tag written without '#'
    menu_reply,        // an interactive list/button reply, routed by its id
    menu_page,         // "more" row of a paged menu
    greeting,          // a greeting or "menu": the root menu
    empty,             // nothing to read (emoji only, blank): the root menu
    unknown_tag,       // no such tag: closest tags suggested; unanswered
    expired,           // the tag exists but is outside its validity window
    question,          // free text that looks like a question
    free_text,         // other free text: the root menu; unanswered
    consent_withdraw,  // STOP and friends
    consent_grant,     // #consenso and friends
};

std::string_view to_string(Rule rule) noexcept;

// What to do with free text that looks like a question.
enum class QuestionPolicy { root_menu, root_menu_and_escalate };

struct BotConfig {
    std::vector<std::string> greetings{"ciao", "salve", "buongiorno", "buonasera", "buondi",
                                       "hello", "hi", "hey", "menu", "aiuto", "help", "info",
                                       "inizio", "start", "grazie"};
    std::vector<std::string> withdraw_words{"stop", "annulla", "basta", "cancellami",
                                            "disiscrivimi", "revoca"};
    std::vector<std::string> grant_words{"consenso", "iscrivimi"};
    QuestionPolicy question_policy = QuestionPolicy::root_menu_and_escalate;
    int max_tags = 3;             // answered in message order, the rest ignored
    std::string today;            // ISO date for validity windows; empty: ignore windows
};

// What the citizen sent, as far as the bot cares.
struct CitizenInput {
    enum class Kind { text, reply_id } kind = Kind::text;
    std::string text;             // text body, or the list/button reply id / payload
};

struct DecisionItem {
    Rule rule = Rule::free_text;
    std::optional<std::int64_t> node_id;     // node answered (the root for menus)
    std::string token;                       // the tag as the citizen wrote it, canonical
    std::vector<std::int64_t> suggestions;   // closest nodes, for unknown_tag
    int page = 0;                            // menu page, for menu_page

    friend bool operator==(const DecisionItem&, const DecisionItem&) = default;
};

enum class ConsentAction { withdraw, grant };

struct Decision {
    std::vector<DecisionItem> items;          // at least one
    bool unanswered = false;                  // counts in the unanswered report
    bool escalate = false;                    // goes to the operators' inbox
    std::optional<ConsentAction> consent;

    Rule primary_rule() const { return items.empty() ? Rule::free_text : items.front().rule; }
};

Decision decide(const CitizenInput& input, const HashtagTree& tree, const BotConfig& config);

// The nodes whose tags or aliases are closest to `token` (at most `limit`,
// closest first, reasonably close only); the root is never suggested.
std::vector<std::int64_t> suggest(const HashtagTree& tree, std::string_view token, std::size_t limit = 3);

// What an unanswered request is counted under in the report: the unknown
// tag, or the normalised text when it is a short phrase (at most
// max_phrase_words words). Personal data is masked first in both (see
// redact.hpp): "#3401234567" gives the tag "[numero]", "mi chiamo
// mario.rossi@example.com" the phrase "mi chiamo [email]" (a placeholder is
// one word). Longer text yields an empty key: it is counted but never kept,
// as it may hold personal data. A phrase may still hold some (a name typed
// alone): the relay keeps phrases encrypted and shows them only in aggregate.
inline constexpr std::size_t max_phrase_words = 4;
struct UnansweredKey {
    std::string key;
    std::string kind;   // "tag" or "phrase"; empty with the key
    friend bool operator==(const UnansweredKey&, const UnansweredKey&) = default;
};
UnansweredKey unanswered_key(const Decision& decision, std::string_view text);

// The decision with the tokens that are the citizen's own writing rather
// than a name in the tree (unknown tags, typos) masked as in redact.hpp:
// what may be stored and shown to operators.
Decision without_personal_data(Decision decision);

// Stable ids for interactive rows: "tag:<canonical>", "more:<node id>:<page>".
std::string reply_id_for_tag(std::string_view tag);
std::string reply_id_for_more(std::int64_t parent_id, int page);

} // namespace sportello::hashtag
