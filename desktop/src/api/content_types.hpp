#pragma once
// The desktop's view of the content-management answers (docs/ops-api.md,
// "Content management") in Qt types. Made only by content_conversion.hpp from
// what the shared codec decoded (sportello/api/content.hpp).

#include "api/desk_types.hpp"
#include "sportello/hashtag/matcher.hpp"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sportello::desk {

// A node of the draft: its content plus what guards concurrent edits.
struct DraftNode {
    HashtagNode node;
    qint64 revision = 0;          // send it back with an edit of this node
    QString updatedBy;
    QDateTime updatedAt;          // UTC; invalid when unknown

    friend bool operator==(const DraftNode&, const DraftNode&) = default;
};

// A problem found by the relay's validation of the draft.
struct ContentIssue {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    qint64 nodeId = 0;            // 0: the tree as a whole
    QString field;                // "tag", "answer.it", …
    QString code;                 // stable id, e.g. "missing_answer"
    QString message;              // the relay's English text

    bool isError() const { return severity == Severity::Error; }
    friend bool operator==(const ContentIssue&, const ContentIssue&) = default;
};

struct DraftSnapshot {
    qint64 revision = 0;          // send it back with structural writes
    qint64 baseVersion = 0;       // the published version the draft started from
    bool dirty = false;           // differs from the newest published version
    QList<DraftNode> nodes;
    QList<ContentIssue> issues;

    bool hasErrors() const {
        for (const ContentIssue& issue : issues)
            if (issue.isError()) return true;
        return false;
    }
};

struct VersionInfo {
    qint64 version = 0;
    QDateTime publishedAt;        // UTC
    QString publishedBy;
    QString note;
    qint64 nodeCount = 0;
};

struct FieldChange {
    QString field;                // "tag", "aliases", "title", "answer.it", "parent_id", "position", …
    QString before;
    QString after;
};

struct NodeChange {
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    qint64 nodeId = 0;
    QString tag;                  // after the change (before, for removals)
    QList<FieldChange> fields;
};

struct TreeDiff {
    qint64 from = 0;              // versions; 0 on the "to" side means the draft
    qint64 to = 0;
    QList<NodeChange> changes;
};

struct UnansweredItem {
    QString key;                  // the unknown tag, or a short normalised phrase, personal data
                                  // masked by the relay ("[numero]", "[email]", "[codice fiscale]")
    QString kind;                 // "tag" or "phrase"
    qint64 count = 0;
    QDateTime lastSeen;           // UTC
    QList<qint64> suggestions;    // closest nodes of the published tree, best first
    qint64 citizens = 0;          // different citizens who wrote it
    bool masked = false;          // the key holds a placeholder: not usable as an alias
};

struct UnansweredReport {
    QDateTime from;
    QDateTime to;
    qint64 total = 0;
    QList<UnansweredItem> items;
    qint64 minCitizens = 0;           // phrases are listed once this many citizens wrote them
    qint64 otherPhraseRequests = 0;   // requests with a phrase fewer citizens wrote: not listed
    qint64 otherPhrases = 0;          // how many different such phrases
};

enum class ContentSource { Draft, Published };

// What to ask the bot preview: a citizen's text, or a menu row's reply id.
struct BotQuery {
    QString text;
    QString replyId;
    ContentSource source = ContentSource::Draft;
    QString language = QStringLiteral("it");
};

struct BotRow {
    QString id;
    QString title;
    QString description;
};

// One message as WhatsApp delivers it to the citizen.
struct BotMessage {
    enum class Kind { Text, List, Template };
    Kind kind = Kind::Text;
    QString body;
    QString header;               // list only, optional
    QString footer;               // list only, optional
    QString button;               // list only: the button that opens the rows
    QString sectionTitle;         // list only
    QList<BotRow> rows;           // list only
    QString templateName;         // template only
    QStringList parameters;       // template only
};

// One step of the bot's decision: which rule matched which node.
struct BotStep {
    hashtag::Rule rule = hashtag::Rule::free_text;
    std::optional<qint64> nodeId;
    QString token;                // the tag as the citizen wrote it, canonical
    QList<qint64> suggestions;
    int page = 0;
};

struct BotPreview {
    ContentSource source = ContentSource::Draft;
    qint64 revision = 0;          // draft revision or published version
    hashtag::Rule rule = hashtag::Rule::free_text;   // the rule that decided the reply
    bool unanswered = false;
    bool escalate = false;
    QList<BotStep> steps;
    QList<BotMessage> messages;
};

} // namespace sportello::desk
