#include "cases/escalation.hpp"

#include <algorithm>

namespace sportello::relay {
namespace {

// Inbound types that carry something for a person to read; reactions and
// system notices do not.
bool is_readable_by_a_person(std::string_view type) {
    return type == "image" || type == "video" || type == "audio" || type == "document" || type == "sticker" ||
           type == "location" || type == "contacts" || type == "unsupported" || type == "unknown" || type == "order";
}

bool names_an_operator_tag(const hashtag::Decision& d, const hashtag::HashtagTree& tree, const CaseSettings& settings) {
    return std::any_of(d.items.begin(), d.items.end(), [&](const hashtag::DecisionItem& item) {
        const auto* node = item.node_id ? tree.by_id(*item.node_id) : nullptr;
        return node && item.rule != hashtag::Rule::greeting && item.rule != hashtag::Rule::empty &&
               std::find(settings.operator_tags.begin(), settings.operator_tags.end(), node->tag) !=
                   settings.operator_tags.end();
    });
}

bool is_published_answer(hashtag::Rule r) {
    using hashtag::Rule;
    return r == Rule::tag || r == Rule::alias || r == Rule::typo || r == Rule::bare_word || r == Rule::menu_reply ||
           r == Rule::menu_page;
}

} // namespace

std::optional<api::CaseReason> case_reason(const std::optional<hashtag::Decision>& decision, std::string_view type,
                                           const hashtag::HashtagTree& tree, const CaseSettings& settings) {
    if (!settings.enabled) return std::nullopt;
    if (!decision) {
        if (is_readable_by_a_person(type)) return api::CaseReason::unsupported_type;
        return std::nullopt;
    }
    if (decision->consent) return std::nullopt;
    if (names_an_operator_tag(*decision, tree, settings)) return api::CaseReason::asked_for_operator;
    if (!decision->unanswered) return std::nullopt;
    switch (decision->primary_rule()) {
    case hashtag::Rule::unknown_tag: return api::CaseReason::unknown_tag;
    case hashtag::Rule::question: return api::CaseReason::question;
    case hashtag::Rule::free_text: return api::CaseReason::free_text;
    default: return std::nullopt;   // e.g. an expired answer: the bot said so
    }
}

bool bot_answers_while_open(const hashtag::Decision& decision, const hashtag::HashtagTree& tree,
                            const CaseSettings& settings) {
    if (decision.consent) return true;
    if (!settings.answer_hashtags_while_open || decision.unanswered) return false;
    return is_published_answer(decision.primary_rule()) && !names_an_operator_tag(decision, tree, settings);
}

const hashtag::TreeNode* operator_node(const hashtag::HashtagTree& tree, const CaseSettings& settings) {
    for (const auto& tag : settings.operator_tags)
        if (const auto* node = tree.find(tag)) return node;
    return nullptr;
}

} // namespace sportello::relay
