#pragma once
// Turns a bot decision into the messages the citizen receives: the node's
// answer and a menu of its children, as plain text or as a WhatsApp list.
// Citizen-facing wording lives here, in Italian (English when the citizen's
// language is English and the content has an English version).

#include "sportello/hashtag/matcher.hpp"
#include "sportello/whatsapp/outgoing.hpp"

#include <string>
#include <vector>

namespace sportello::hashtag {

struct ReplyOptions {
    Language language = Language::it;
    bool interactive_lists = false;   // menus as list messages, else plain text
    std::string today;                // ISO date: children outside their window are hidden
};

std::vector<wa::OutgoingMessage> render_reply(const Decision& decision, const HashtagTree& tree,
                                              const ReplyOptions& options);

// The confirmation a citizen receives after STOP or #consenso.
wa::OutgoingMessage consent_confirmation(ConsentAction action, Language language);

} // namespace sportello::hashtag
