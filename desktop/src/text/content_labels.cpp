#include "text/content_labels.hpp"

namespace sportello::desk {

using hashtag::Rule;

QString ContentLabels::ruleLabel(Rule rule) {
    switch (rule) {
    case Rule::tag: return tr("Hashtag", "bot rule");
    case Rule::alias: return tr("Alias", "bot rule");
    case Rule::typo: return tr("Typo corrected", "bot rule");
    case Rule::bare_word: return tr("Word without #", "bot rule");
    case Rule::menu_reply: return tr("Menu choice", "bot rule");
    case Rule::menu_page: return tr("More topics", "bot rule");
    case Rule::greeting: return tr("Greeting", "bot rule");
    case Rule::empty: return tr("Empty message", "bot rule");
    case Rule::unknown_tag: return tr("Unknown hashtag", "bot rule");
    case Rule::expired: return tr("Expired content", "bot rule");
    case Rule::question: return tr("Question", "bot rule");
    case Rule::free_text: return tr("Free text", "bot rule");
    case Rule::consent_withdraw: return tr("Consent withdrawn", "bot rule");
    case Rule::consent_grant: return tr("Consent given", "bot rule");
    }
    return tr("Unknown rule", "bot rule");
}

QString ContentLabels::ruleExplanation(Rule rule) {
    switch (rule) {
    case Rule::tag: return tr("The message names a hashtag of the tree.");
    case Rule::alias: return tr("The message names an alias of a hashtag.");
    case Rule::typo: return tr("The hashtag was misspelt; the closest one was answered.");
    case Rule::bare_word: return tr("The message is a hashtag written without #.");
    case Rule::menu_reply: return tr("The citizen chose a row of a menu.");
    case Rule::menu_page: return tr("The citizen asked for the next page of a menu.");
    case Rule::greeting: return tr("A greeting: the main menu is sent.");
    case Rule::empty: return tr("Nothing to read in the message: the main menu is sent.");
    case Rule::unknown_tag: return tr("No such hashtag: the closest ones are suggested. Counted as unanswered.");
    case Rule::expired: return tr("The hashtag exists but is outside its validity window.");
    case Rule::question: return tr("Free text that looks like a question: it may go to the operators.");
    case Rule::free_text: return tr("Free text: the main menu is sent. Counted as unanswered.");
    case Rule::consent_withdraw: return tr("The citizen withdraws consent to messages.");
    case Rule::consent_grant: return tr("The citizen gives consent to messages.");
    }
    return {};
}

QString ContentLabels::fieldLabel(const QString& field) {
    if (field == u"tag") return tr("hashtag", "node field");
    if (field == u"aliases") return tr("aliases", "node field");
    if (field == u"title") return tr("title", "node field");
    if (field == u"title_en") return tr("English title", "node field");
    if (field == u"answer.it") return tr("Italian answer", "node field");
    if (field == u"answer.en") return tr("English answer", "node field");
    if (field == u"valid_from") return tr("valid from", "node field");
    if (field == u"valid_until") return tr("valid until", "node field");
    if (field == u"reviewed_at") return tr("review date", "node field");
    if (field == u"reviewer") return tr("reviewer", "node field");
    if (field == u"parent_id") return tr("parent", "node field");
    if (field == u"position") return tr("position", "node field");
    if (field == u"id") return tr("id", "node field");
    return field;
}

QString ContentLabels::issueDescription(const ContentIssue& issue) {
    const QString& code = issue.code;
    if (code == u"missing_answer") return tr("The Italian answer is empty.");
    if (code == u"answer_too_long")
        return tr("The %1 is longer than 4096 characters, WhatsApp's limit for one message.")
            .arg(fieldLabel(issue.field));
    if (code == u"missing_title") return tr("The title is empty.");
    if (code == u"invalid_text")
        return tr("The %1 contains bytes that are not valid text (UTF-8): WhatsApp could not send it.")
            .arg(fieldLabel(issue.field));
    if (code == u"title_too_long")
        return tr("The %1 is longer than 24 characters, the limit of a WhatsApp menu row.").arg(fieldLabel(issue.field));
    if (code == u"invalid_tag")
        return tr("Not a valid hashtag: 2 to 40 lowercase letters and digits, starting with a letter.");
    if (code == u"duplicate_tag") return tr("This hashtag or alias is already used.");
    if (code == u"window_reversed") return tr("The validity ends before it starts.");
    if (code == u"expired") return tr("The content has expired: citizens no longer receive it.");
    if (code == u"missing_parent") return tr("The parent node does not exist.");
    if (code == u"cycle") return tr("The node is its own ancestor.");
    if (code == u"duplicate_id") return tr("Two nodes have the same id.");
    if (code == u"root_count") return tr("The tree must have exactly one root.");
    if (code == u"empty_tree") return tr("The tree has no nodes.");
    return issue.message.isEmpty() ? code : issue.message;
}

QString ContentLabels::issueText(const ContentIssue& issue) {
    return issue.isError() ? tr("Error: %1").arg(issueDescription(issue))
                           : tr("Warning: %1").arg(issueDescription(issue));
}

} // namespace sportello::desk
