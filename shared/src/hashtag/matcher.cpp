#include "sportello/hashtag/matcher.hpp"

#include "sportello/hashtag/normalize.hpp"
#include "sportello/hashtag/redact.hpp"

#include <algorithm>
#include <charconv>

namespace sportello::hashtag {
namespace {

constexpr std::size_t max_words_in_tag = 4;   // "#Centri Vaccinali Torino Nord"
constexpr std::size_t max_suggestions = 3;

bool contains(const std::vector<std::string>& list, std::string_view word) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

// The typo threshold grows with the tag's length: short tags are too easy to
// confuse with each other.
int typo_threshold(std::size_t length) noexcept { return length < 5 ? 0 : length < 9 ? 1 : 2; }

// One '#' occurrence: the words that follow it. Hyphen, underscore, dot and
// apostrophe join words into one token ("centri-vaccinali"); spaces only
// separate them ("Centri Vaccinali" is tried joined too).
struct HashOccurrence {
    std::vector<std::string> words;   // soft-separated words after '#'
    std::string first_token;          // hard-joined first word: the "unknown" token
};

bool is_joiner(char32_t c) noexcept { return c == '-' || c == '_' || c == '.' || c == '\'' || c == 0x2019; }
bool is_word(char32_t c) noexcept { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

std::vector<HashOccurrence> find_hashes(const std::u32string& folded) {
    std::vector<HashOccurrence> out;
    for (std::size_t i = 0; i < folded.size(); ++i) {
        if (folded[i] != '#') continue;
        std::size_t j = i + 1;
        while (j < folded.size() && folded[j] == ' ') ++j;   // "# tamponi"
        HashOccurrence occ;
        std::string word;
        bool first_closed = false;
        for (; j < folded.size(); ++j) {
            const char32_t c = folded[j];
            if (is_word(c)) {
                word.push_back(static_cast<char>(c));
            } else if (is_joiner(c) && !word.empty()) {
                continue;   // joins the next letters into the same word
            } else if (c == ' ' && !word.empty()) {
                occ.words.push_back(std::move(word));
                word.clear();
                if (!first_closed) { occ.first_token = occ.words.back(); first_closed = true; }
                if (occ.words.size() >= max_words_in_tag) break;
            } else if (c == 0) {
                continue;   // dropped combining mark
            } else {
                break;      // punctuation, '#', newline, emoji: the tag ends
            }
        }
        if (!word.empty() && occ.words.size() < max_words_in_tag) {
            occ.words.push_back(std::move(word));
            if (!first_closed) occ.first_token = occ.words.back();
        }
        if (!occ.words.empty()) out.push_back(std::move(occ));
        i = j > i ? j - 1 : i;
    }
    return out;
}

std::string join_prefix(const std::vector<std::string>& words, std::size_t n) {
    std::string s;
    for (std::size_t k = 0; k < n; ++k) s += words[k];
    return s;
}

struct Closest {
    std::vector<std::int64_t> nodes;   // suggestions, best first, distinct nodes
    int best_distance = 1 << 20;       // full edit distance of the closest node
    std::int64_t best_node = 0;        // that node
    bool tie = false;                  // another node is just as close
};

// How far a token is from a name: the edit distance; or, when the token is
// longer and starts like the name ("vaccinazzionebambini"), the distance of
// its prefix plus one; or 1 when it is the beginning of the name ("tampo").
int similarity_score(std::string_view token, std::string_view name, int full) {
    if (token.size() >= 4 && name.substr(0, token.size()) == token) return std::min(full, 1);
    if (token.size() > name.size() + 2) return std::min(full, edit_distance(token.substr(0, name.size()), name) + 1);
    return full;
}

Closest closest(const HashtagTree& tree, std::string_view token) {
    struct Candidate { int score; int full; std::int64_t node; std::string_view name; };
    std::vector<Candidate> candidates;
    for (const auto& [name, node] : tree.names()) {
        if (tree.root() && node == tree.root()->id) continue;   // never suggest "menu"
        const int full = edit_distance(token, name);
        candidates.push_back({similarity_score(token, name, full), full, node, name});
    }
    Closest out;
    // Typo detection: the full distance, and whether two nodes share the best.
    for (const auto& c : candidates) {
        if (c.full < out.best_distance) { out.best_distance = c.full; out.best_node = c.node; out.tie = false; }
        else if (c.full == out.best_distance && c.node != out.best_node) out.tie = true;
    }
    // Suggestions: only names reasonably close for their length.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return a.score != b.score ? a.score < b.score : a.name < b.name;
    });
    for (const auto& c : candidates) {
        const auto shorter = static_cast<int>(std::min(token.size(), c.name.size()));
        if (c.score > std::max(1, shorter / 3)) continue;
        if (std::find(out.nodes.begin(), out.nodes.end(), c.node) != out.nodes.end()) continue;
        out.nodes.push_back(c.node);
        if (out.nodes.size() >= max_suggestions) break;
    }
    return out;
}

bool looks_like_question(const std::u32string& folded, const std::vector<std::string>& words) {
    if (std::find(folded.begin(), folded.end(), U'?') != folded.end()) return true;
    static const std::vector<std::string> interrogatives{
        "come", "dove", "quando", "quale", "quali", "quanto", "quanti", "chi", "perche",
        "cosa", "posso", "devo", "serve", "bisogna", "e", "ho", "vorrei", "where", "how", "when", "what"};
    return !words.empty() && contains(interrogatives, words.front()) && words.size() >= 3;
}

Rule rule_for_name(const TreeNode& node, std::string_view name) {
    return node.tag == name ? Rule::tag : Rule::alias;
}

class Matcher {
public:
    Matcher(const HashtagTree& tree, const BotConfig& config) : tree_(tree), config_(config) {}

    Decision run(const CitizenInput& input) {
        if (input.kind == CitizenInput::Kind::reply_id) return from_reply_id(input.text);
        return from_text(input.text);
    }

private:
    Decision menu(Rule rule, std::string token = {}) {
        Decision d;
        DecisionItem item{rule, root_id(), std::move(token), {}, 0};
        d.items.push_back(std::move(item));
        return d;
    }

    std::optional<std::int64_t> root_id() const {
        return tree_.root() ? std::optional<std::int64_t>(tree_.root()->id) : std::nullopt;
    }

    // A node was found: serve it unless it is outside its validity window.
    DecisionItem answer(const TreeNode& node, Rule rule, std::string token) {
        if (!is_valid_on(node, config_.today))
            return DecisionItem{Rule::expired, root_id(), std::move(token), {node.id}, 0};
        return DecisionItem{rule, node.id, std::move(token), {}, 0};
    }

    Decision from_reply_id(const std::string& id) {
        if (id.rfind("tag:", 0) == 0) {
            const std::string tag = normalize_tag(id.substr(4));
            if (const auto* node = tree_.find(tag)) {
                Decision d;
                d.items.push_back(answer(*node, Rule::menu_reply, tag));
                d.unanswered = d.items.front().rule == Rule::expired;
                return d;
            }
        } else if (id.rfind("more:", 0) == 0) {
            std::int64_t parent = 0;
            int page = 0;
            const auto rest = std::string_view(id).substr(5);
            const auto colon = rest.find(':');
            if (colon != std::string_view::npos) {
                auto r1 = std::from_chars(rest.data(), rest.data() + colon, parent);
                auto r2 = std::from_chars(rest.data() + colon + 1, rest.data() + rest.size(), page);
                if (r1.ec == std::errc{} && r2.ec == std::errc{} && tree_.by_id(parent) && page > 0) {
                    Decision d;
                    d.items.push_back(DecisionItem{Rule::menu_page, parent, {}, {}, page});
                    return d;
                }
            }
        }
        // A template quick-reply payload or a stale id: treat it as text.
        return from_text(id);
    }

    Decision from_text(const std::string& text) {
        std::u32string folded;
        for (char32_t c : decode_text(text)) folded.push_back(fold(c));
        const auto all_words = words(text);

        if (auto consent = consent_command(folded, all_words)) {
            Decision d = menu(*consent == ConsentAction::withdraw ? Rule::consent_withdraw
                                                                  : Rule::consent_grant);
            d.consent = consent;
            return d;
        }

        const auto hashes = find_hashes(folded);
        if (!hashes.empty()) return from_hashes(hashes);

        if (all_words.empty()) return menu(Rule::empty);
        if (all_words.size() == 1) {
            if (contains(config_.greetings, all_words.front())) return menu(Rule::greeting);
            if (const auto* node = tree_.find(all_words.front())) {
                Decision d;
                d.items.push_back(answer(*node, Rule::bare_word, all_words.front()));
                d.unanswered = d.items.front().rule == Rule::expired;
                return d;
            }
        }
        if (all_words.size() <= 3 && contains(config_.greetings, all_words.front()) &&
            !looks_like_question(folded, all_words))
            return menu(Rule::greeting);   // "ciao buongiorno", "buonasera a tutti"

        if (looks_like_question(folded, all_words)) {
            Decision d = menu(Rule::question);
            d.unanswered = true;
            d.escalate = config_.question_policy == QuestionPolicy::root_menu_and_escalate;
            return d;
        }
        Decision d = menu(Rule::free_text);
        d.unanswered = true;
        return d;
    }

    std::optional<ConsentAction> consent_command(const std::u32string& folded,
                                                 const std::vector<std::string>& all_words) const {
        // Only a message that is nothing but the command counts: "stop" yes,
        // "non riesco a fermare lo stop" no.
        if (all_words.size() != 1) return std::nullopt;
        const auto& w = all_words.front();
        if (contains(config_.withdraw_words, w)) return ConsentAction::withdraw;
        if (contains(config_.grant_words, w) &&
            (std::find(folded.begin(), folded.end(), U'#') != folded.end() || w == "iscrivimi"))
            return ConsentAction::grant;
        return std::nullopt;
    }

    Decision from_hashes(const std::vector<HashOccurrence>& hashes) {
        Decision d;
        for (const auto& occ : hashes) {
            if (static_cast<int>(d.items.size()) >= config_.max_tags) break;
            DecisionItem item = match_occurrence(occ);
            if (item.rule == Rule::unknown_tag || item.rule == Rule::expired) d.unanswered = true;
            // The same node twice in one message is answered once.
            const bool repeated = item.node_id && item.rule != Rule::unknown_tag &&
                std::any_of(d.items.begin(), d.items.end(),
                            [&](const DecisionItem& x) { return x.node_id == item.node_id && x.rule == item.rule; });
            if (!repeated) d.items.push_back(std::move(item));
        }
        return d;
    }

    DecisionItem match_occurrence(const HashOccurrence& occ) {
        // Exact: the longest run of words that names a tag or alias.
        for (std::size_t n = occ.words.size(); n >= 1; --n) {
            const std::string name = join_prefix(occ.words, n);
            if (const auto* node = tree_.find(name)) {
                if (node == tree_.root()) return DecisionItem{Rule::greeting, node->id, name, {}, 0};
                return answer(*node, rule_for_name(*node, name), name);
            }
        }
        // Typo: one clear winner within the threshold, longest run first.
        for (std::size_t n = occ.words.size(); n >= 1; --n) {
            const std::string name = join_prefix(occ.words, n);
            const Closest c = closest(tree_, name);
            if (c.best_node && !c.tie && c.best_distance > 0 && c.best_distance <= typo_threshold(name.size()))
                return answer(*tree_.by_id(c.best_node), Rule::typo, name);
        }
        const std::string token = occ.first_token.empty() ? occ.words.front() : occ.first_token;
        if (contains(config_.greetings, token)) return DecisionItem{Rule::greeting, root_id(), token, {}, 0};
        // Suggest from the full run too, whichever is closer.
        Closest best = closest(tree_, token);
        const std::string joined = join_prefix(occ.words, occ.words.size());
        if (joined != token && best.nodes.empty()) best = closest(tree_, joined);
        return DecisionItem{Rule::unknown_tag, root_id(), token, best.nodes, 0};
    }

    const HashtagTree& tree_;
    const BotConfig& config_;
};

} // namespace

std::string_view to_string(Rule rule) noexcept {
    switch (rule) {
    case Rule::tag: return "tag";
    case Rule::alias: return "alias";
    case Rule::typo: return "typo";
    case Rule::bare_word: return "bare_word";
    case Rule::menu_reply: return "menu_reply";
    case Rule::menu_page: return "menu_page";
    case Rule::greeting: return "greeting";
    case Rule::empty: return "empty";
    case Rule::unknown_tag: return "unknown_tag";
    case Rule::expired: return "expired";
    case Rule::question: return "question";
    case Rule::free_text: return "free_text";
    case Rule::consent_withdraw: return "consent_withdraw";
    case Rule::consent_grant: return "consent_grant";
    }
    return "free_text";
}

Decision decide(const CitizenInput& input, const HashtagTree& tree, const BotConfig& config) {
    return Matcher(tree, config).run(input);
}

std::vector<std::int64_t> suggest(const HashtagTree& tree, std::string_view token, std::size_t limit) {
    auto found = closest(tree, token).nodes;
    if (found.size() > limit) found.resize(limit);
    return found;
}

UnansweredKey unanswered_key(const Decision& d, std::string_view text) {
    if (!d.unanswered) return {};
    for (const auto& item : d.items)
        if ((item.rule == Rule::unknown_tag || item.rule == Rule::expired) && !item.token.empty())
            return {redact_personal_data(item.token), "tag"};
    const auto w = redacted_words(text);
    if (w.empty() || w.size() > max_phrase_words) return {};
    std::string phrase;
    for (const auto& x : w) phrase += (phrase.empty() ? "" : " ") + x;
    return {phrase, "phrase"};
}

Decision without_personal_data(Decision d) {
    for (auto& item : d.items)
        if (item.rule == Rule::unknown_tag || item.rule == Rule::typo) item.token = redact_personal_data(item.token);
    return d;
}

std::string reply_id_for_tag(std::string_view tag) { return "tag:" + std::string(tag); }

std::string reply_id_for_more(std::int64_t parent_id, int page) {
    return "more:" + std::to_string(parent_id) + ":" + std::to_string(page);
}

} // namespace sportello::hashtag
