// Whatever a citizen types (any bytes: broken UTF-8, emoji, Meta's escapes,
// forged list-reply ids), the bot decides something, and what it sends back
// is a reply WhatsApp accepts: within Meta's length limits, at most ten list
// rows, only nodes of the published tree; what the unanswered report keeps
// holds no number. Runs against the seed tree.
//
// The first input byte chooses the options (text or reply id, language,
// interactive lists); the rest is the message.

#include "fuzz_target.hpp"
#include "reply_checks.hpp"

#include "app/seed.hpp"
#include "sportello/api/content.hpp"
#include "sportello/hashtag/matcher.hpp"
#include "sportello/hashtag/normalize.hpp"
#include "sportello/hashtag/redact.hpp"
#include "sportello/hashtag/reply.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace sportello;
using namespace sportello::hashtag;

namespace {

const HashtagTree& seed_tree() {
    static const HashtagTree tree = [] {
        auto seed = relay::load_seed_tree(SPORTELLO_SEED_TREE);
        if (!seed) {
            std::fprintf(stderr, "cannot load the seed tree: %s\n", seed.error().message.c_str());
            std::abort();
        }
        return HashtagTree(seed->nodes, 1);
    }();
    return tree;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::uint8_t options = data[0];
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    const auto& tree = seed_tree();

    const std::string tag = normalize_tag(text);
    FUZZ_CHECK(normalize_tag(tag) == tag);

    CitizenInput input;
    input.kind = options & 1 ? CitizenInput::Kind::reply_id : CitizenInput::Kind::text;
    input.text = std::string(text);
    BotConfig config;
    config.today = "2026-11-23";
    const Decision decision = decide(input, tree, config);

    FUZZ_CHECK(!decision.items.empty());
    FUZZ_CHECK(decision.items.size() <= static_cast<std::size_t>(config.max_tags));
    for (const auto& item : decision.items) {
        if (item.node_id) FUZZ_CHECK(tree.by_id(*item.node_id) != nullptr);
        FUZZ_CHECK(item.suggestions.size() <= 3);
        for (auto id : item.suggestions) FUZZ_CHECK(tree.by_id(id) && tree.by_id(id) != tree.root());
    }

    // The decision as the relay records it, for reports and the preview.
    auto recorded = api::decode_decision(api::encode(decision));
    FUZZ_CHECK(recorded && recorded->items == decision.items && recorded->unanswered == decision.unanswered &&
               recorded->escalate == decision.escalate && recorded->consent == decision.consent);
    // What the unanswered report keeps holds no number of three digits or
    // more, whatever was typed: every such run became "[numero]".
    auto no_digit_run = [](std::string_view kept) {
        int run = 0;
        for (char c : kept) {
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run >= min_masked_digits) return false;
        }
        return true;
    };
    const auto key = unanswered_key(decision, input.text);
    FUZZ_CHECK(no_digit_run(key.key));
    FUZZ_CHECK(no_digit_run(redact_personal_data(text)));
    for (const auto& item : without_personal_data(decision).items)
        if (item.rule == Rule::unknown_tag) FUZZ_CHECK(no_digit_run(item.token));

    ReplyOptions reply;
    reply.language = options & 2 ? Language::en : Language::it;
    reply.interactive_lists = (options & 4) != 0;
    reply.today = config.today;
    const auto messages = render_reply(decision, tree, reply);
    FUZZ_CHECK(!messages.empty());
    for (const auto& m : messages) check_whatsapp_accepts(m);
    return 0;
}
