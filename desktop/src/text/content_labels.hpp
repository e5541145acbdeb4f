#pragma once
// The words the operator reads for the content contract's stable ids: bot
// rules, validation issue codes and node fields. Through tr(); the relay's
// English text is used only for ids this version does not know.

#include "api/content_types.hpp"

#include <QCoreApplication>
#include <QString>

namespace sportello::desk {

class ContentLabels {
    Q_DECLARE_TR_FUNCTIONS(ContentLabels)

public:
    // A short name for the rule, e.g. "Typo corrected".
    static QString ruleLabel(hashtag::Rule rule);
    // A sentence explaining what the rule means for the citizen.
    static QString ruleExplanation(hashtag::Rule rule);
    // "tag", "answer.it", … → "hashtag", "Italian answer", …; unknown ids as they are.
    static QString fieldLabel(const QString& field);
    // The issue as a sentence, prefixed with "Error:" or "Warning:".
    static QString issueText(const ContentIssue& issue);
    // The issue's sentence alone.
    static QString issueDescription(const ContentIssue& issue);
};

} // namespace sportello::desk
