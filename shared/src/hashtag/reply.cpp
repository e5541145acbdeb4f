#include "sportello/hashtag/reply.hpp"

#include "sportello/whatsapp/text_rules.hpp"

#include <algorithm>

namespace sportello::hashtag {
namespace {

// Rows per list page: one row is kept for "more" when there are more.
constexpr std::size_t rows_per_page = wa::limits::list_rows - 1;

struct Phrases {
    const char* topics;           // heading of the menu
    const char* more_topics;      // heading of a sub-menu
    const char* back_to_menu;
    const char* list_button;
    const char* more_row;
    const char* not_found;        // "#x" is appended
    const char* did_you_mean;
    const char* expired;
    const char* not_understood;
    const char* escalated;
    const char* withdrawn;
    const char* granted;
};

constexpr Phrases italian{
    "Argomenti:",
    "Approfondisci:",
    "Scrivi #menu per tornare all'elenco degli argomenti.",
    "Argomenti",
    "Altri argomenti",
    "Non ho trovato l'argomento",
    "Forse cercavi:",
    "Le informazioni su questo argomento non sono al momento disponibili.",
    "Non ho capito la richiesta. Scrivi uno degli hashtag qui sotto, per esempio #centrivaccinali.",
    "Ho inoltrato la tua domanda a un operatore della Regione Piemonte: riceverai una risposta "
    "in questa chat appena possibile. Nel frattempo puoi consultare questi argomenti.",
    "Hai revocato il consenso: non riceverai più promemoria né informazioni dalla Regione "
    "Piemonte su WhatsApp. Puoi comunque scriverci quando vuoi. Per dare di nuovo il consenso "
    "scrivi #consenso.",
    "Grazie! Riceverai su WhatsApp le informazioni generali della Regione Piemonte. "
    "Puoi revocare il consenso in qualsiasi momento scrivendo STOP.",
};

constexpr Phrases english{
    "Topics:",
    "Learn more:",
    "Write #menu to go back to the list of topics.",
    "Topics",
    "More topics",
    "I could not find the topic",
    "Did you mean:",
    "Information on this topic is not available at the moment.",
    "I did not understand the request. Write one of the hashtags below, for example #centrivaccinali.",
    "I have passed your question to an operator of Regione Piemonte: you will get an answer in "
    "this chat as soon as possible. Meanwhile you can read these topics.",
    "You have withdrawn your consent: you will no longer receive reminders or information from "
    "Regione Piemonte on WhatsApp. You can still write to us at any time. To give your consent "
    "again write #consenso.",
    "Thank you! You will receive general information from Regione Piemonte on WhatsApp. "
    "You can withdraw your consent at any time by writing STOP.",
};

const Phrases& phrases(Language lang) { return lang == Language::en ? english : italian; }

class Renderer {
public:
    Renderer(const HashtagTree& tree, const ReplyOptions& options)
        : tree_(tree), options_(options), p_(phrases(options.language)) {}

    void add(const DecisionItem& item) {
        const TreeNode* root = tree_.root();
        switch (item.rule) {
        case Rule::tag: case Rule::alias: case Rule::typo: case Rule::bare_word: case Rule::menu_reply:
            if (const auto* node = tree_.by_id(item.node_id.value_or(0)); node) {
                node_answer(*node, "", 0);
                return;
            }
            break;
        case Rule::menu_page:
            if (const auto* node = tree_.by_id(item.node_id.value_or(0)); node) {
                menu_only(*node, item.page);
                return;
            }
            break;
        case Rule::unknown_tag: {
            std::string intro = std::string(p_.not_found) + " #" + item.token + ".";
            if (!item.suggestions.empty()) {
                intro += " ";
                intro += p_.did_you_mean;
                for (std::size_t i = 0; i < item.suggestions.size(); ++i) {
                    if (const auto* s = tree_.by_id(item.suggestions[i]))
                        intro += (i ? ", #" : " #") + s->tag;
                }
                intro += "?";
            }
            if (root) node_answer(*root, intro, 0, /*with_answer=*/false);
            else text(intro);
            return;
        }
        case Rule::expired:
            if (root) node_answer(*root, p_.expired, 0, false);
            else text(p_.expired);
            return;
        case Rule::question:
        case Rule::free_text:
            if (root) node_answer(*root, escalated_ ? p_.escalated : p_.not_understood, 0, false);
            else text(p_.not_understood);
            return;
        case Rule::consent_withdraw:
        case Rule::consent_grant:
            out_.push_back(consent_confirmation(item.rule == Rule::consent_withdraw ? ConsentAction::withdraw
                                                                                      : ConsentAction::grant,
                                                options_.language));
            return;
        case Rule::greeting:
        case Rule::empty:
            break;
        }
        if (root) node_answer(*root, "", 0);
    }

    void set_escalated(bool escalated) { escalated_ = escalated; }
    std::vector<wa::OutgoingMessage> take() { return std::move(out_); }

private:
    void text(std::string body) {
        for (auto& part : wa::split(body)) {
            wa::OutgoingMessage m;
            m.body = std::move(part);
            out_.push_back(std::move(m));
        }
    }

    std::string heading(const TreeNode& node) const {
        if (&node == tree_.root()) return {};
        return "*" + node.menu_title(options_.language) + "*\n";
    }

    // The node's answer (optionally preceded by an intro) and its children's menu.
    void node_answer(const TreeNode& node, const std::string& intro, int page, bool with_answer = true) {
        std::string body;
        if (!intro.empty()) body = intro;
        if (with_answer) {
            if (!body.empty()) body += "\n\n";
            body += heading(node) + node.answer(options_.language);
        }
        const auto kids = visible_children(node);
        if (options_.interactive_lists && !kids.empty()) {
            list(node, body, kids, page);
            return;
        }
        body += text_menu(node, kids);
        text(body);
    }

    // Another page of a node's list. Without lists (or when every child has
    // since expired) there is no page to show: the node's answer and menu.
    void menu_only(const TreeNode& node, int page) {
        const auto kids = visible_children(node);
        if (options_.interactive_lists && !kids.empty()) {
            list(node, node.menu_title(options_.language), kids, page);
            return;
        }
        node_answer(node, "", 0);
    }

    std::vector<const TreeNode*> visible_children(const TreeNode& node) const {
        auto kids = tree_.children(node.id);
        // Children outside their validity window are not offered.
        kids.erase(std::remove_if(kids.begin(), kids.end(),
                                  [&](const TreeNode* k) { return !is_valid_on(*k, options_.today); }),
                   kids.end());
        return kids;
    }

    std::string text_menu(const TreeNode& node, const std::vector<const TreeNode*>& kids) const {
        std::string menu;
        if (!kids.empty()) {
            menu += "\n\n";
            menu += &node == tree_.root() ? p_.topics : p_.more_topics;
            for (const auto* k : kids) menu += "\n#" + k->tag + " \xE2\x80\x93 " + k->menu_title(options_.language);
        }
        if (&node != tree_.root()) {
            menu += "\n\n";
            menu += p_.back_to_menu;
        }
        return menu;
    }

    // kids: at least one (both callers show text instead when there is none).
    void list(const TreeNode& node, std::string body, const std::vector<const TreeNode*>& kids, int page) {
        // A long answer goes first as text; the list then carries a short body.
        if (wa::length(body) > wa::limits::list_body) {
            text(body);
            body = &node == tree_.root() ? p_.topics : p_.more_topics;
        }
        if (body.empty()) body = p_.topics;
        wa::OutgoingMessage m;
        m.kind = wa::OutgoingMessage::Kind::list;
        m.body = std::move(body);
        m.button = p_.list_button;
        m.section_title = wa::truncate(node.menu_title(options_.language), wa::limits::list_section_title);
        if (m.section_title.empty()) m.section_title = p_.list_button;
        const bool paged = kids.size() > wa::limits::list_rows;
        const std::size_t take = paged ? rows_per_page : kids.size();
        // A "more" row from an older, longer menu (or a forged id) shows the
        // last page: a list without rows is refused by WhatsApp.
        const std::size_t last_page = (kids.size() - 1) / take;
        const std::size_t shown_page = std::min(static_cast<std::size_t>(std::max(page, 0)), last_page);
        const std::size_t first = shown_page * take;
        for (std::size_t i = first; i < kids.size() && i < first + take; ++i)
            m.rows.push_back({reply_id_for_tag(kids[i]->tag),
                              wa::truncate(kids[i]->menu_title(options_.language), wa::limits::list_row_title),
                              wa::truncate("#" + kids[i]->tag, wa::limits::list_row_description)});
        if (paged && first + take < kids.size())
            m.rows.push_back({reply_id_for_more(node.id, static_cast<int>(shown_page) + 1), p_.more_row, ""});
        if (&node != tree_.root()) m.footer = wa::truncate(p_.back_to_menu, wa::limits::list_footer);
        out_.push_back(std::move(m));
    }

    const HashtagTree& tree_;
    const ReplyOptions& options_;
    const Phrases& p_;
    bool escalated_ = false;
    std::vector<wa::OutgoingMessage> out_;
};

} // namespace

std::vector<wa::OutgoingMessage> render_reply(const Decision& decision, const HashtagTree& tree,
                                              const ReplyOptions& options) {
    Renderer r(tree, options);
    r.set_escalated(decision.escalate);
    for (const auto& item : decision.items) r.add(item);
    return r.take();
}

wa::OutgoingMessage consent_confirmation(ConsentAction action, Language language) {
    wa::OutgoingMessage m;
    m.body = action == ConsentAction::withdraw ? phrases(language).withdrawn : phrases(language).granted;
    return m;
}

} // namespace sportello::hashtag
