#pragma once
// When a citizen's message goes to a person (issue 20, "Escalation"): what
// the bot could not answer (an unknown tag, a question or other free text, a
// message type it does not read) and a request for a person (the configured
// operator tags, with their aliases). Pure functions, run on the I/O thread.

#include "config/config.hpp"
#include "sportello/api/cases.hpp"
#include "sportello/hashtag/matcher.hpp"
#include "sportello/hashtag/tree.hpp"

#include <optional>
#include <string_view>

namespace sportello::relay {

// Why this message opens a case (or joins the open one); nullopt: the bot
// answered it. `decision` is empty for types the bot does not read.
std::optional<api::CaseReason> case_reason(const std::optional<hashtag::Decision>& decision, std::string_view type,
                                           const hashtag::HashtagTree& tree, const CaseSettings& settings);

// With the citizen's case open, whether the bot still answers this message:
// consent words always; published hashtags only when configured.
bool bot_answers_while_open(const hashtag::Decision& decision, const hashtag::HashtagTree& tree,
                            const CaseSettings& settings);

// The published node that answers a request for a person (the first
// operator tag the tree has), whose content tells the citizen what happens.
const hashtag::TreeNode* operator_node(const hashtag::HashtagTree& tree, const CaseSettings& settings);

} // namespace sportello::relay
