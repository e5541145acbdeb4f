#pragma once
// /ops/v1 content management: the draft tree editors change, publishing,
// versions, diffs, the unanswered-requests ranking and the bot preview. The
// types and their one JSON codec (content_codec.cpp); see docs/ops-api.md.

#include "sportello/hashtag/diff.hpp"
#include "sportello/hashtag/matcher.hpp"
#include "sportello/hashtag/tree.hpp"
#include "sportello/hashtag/validate.hpp"
#include "sportello/result.hpp"
#include "sportello/whatsapp/outgoing.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sportello::api {

struct DraftNode {
    hashtag::TreeNode node;
    std::int64_t revision = 0;        // bumped by every change to this node
    std::string updated_by;
    std::int64_t updated_at_ms = 0;
    friend bool operator==(const DraftNode&, const DraftNode&) = default;
};

struct Draft {
    std::int64_t revision = 0;        // bumped by every change to the draft
    std::int64_t base_version = 0;    // the published version it started from
    bool dirty = false;               // differs from the newest published version
    std::vector<DraftNode> nodes;
    std::vector<hashtag::ValidationIssue> issues;
    friend bool operator==(const Draft&, const Draft&) = default;
};

// PUT /draft/nodes/{id}: the node's editable fields, based on its revision.
struct NodeEdit {
    std::int64_t revision = 0;
    hashtag::TreeNode fields;
};

// POST /draft/nodes: a new node (or, with id, a deleted node restored).
// parent_id for the root of an empty tree (absent or null on the wire).
inline constexpr std::int64_t no_parent = 0;

struct NodeCreate {
    std::int64_t draft_revision = 0;
    std::optional<std::int64_t> id;
    std::int64_t parent_id = no_parent;
    int position = 0;
    hashtag::TreeNode fields;
};

// POST /draft/nodes/{id}/move
struct NodeMove {
    std::int64_t draft_revision = 0;
    std::int64_t parent_id = 0;
    int position = 0;
};

// POST /draft/nodes/{id}/aliases
struct AliasAdd {
    std::int64_t revision = 0;        // the node's revision
    std::string alias;
};

// POST /publish, POST /draft/discard, POST /versions/{v}/rollback
struct PublishRequest {
    std::int64_t draft_revision = 0;
    std::string note;
};

struct VersionSummary {
    std::int64_t version = 0;
    std::int64_t published_at_ms = 0;
    std::string published_by;
    std::string note;
    std::int64_t node_count = 0;
    friend bool operator==(const VersionSummary&, const VersionSummary&) = default;
};

struct TreeDiff {
    std::int64_t from = 0;            // version; 0 for "the draft" side where relevant
    std::int64_t to = 0;
    std::vector<hashtag::NodeChange> changes;
    friend bool operator==(const TreeDiff&, const TreeDiff&) = default;
};

struct UnansweredItem {
    std::string key;                  // the unknown tag, or a short normalised phrase; personal data
                                      // masked ("[numero]", "[email]", "[codice fiscale]")
    std::string kind;                 // "tag" or "phrase"
    std::int64_t count = 0;
    std::int64_t last_seen_ms = 0;
    std::vector<std::int64_t> suggestions;   // closest nodes of the published tree
    std::int64_t citizens = 0;        // different citizens who wrote it in the period (1.1)
    friend bool operator==(const UnansweredItem&, const UnansweredItem&) = default;
};

struct UnansweredReport {
    std::int64_t from_ms = 0;
    std::int64_t to_ms = 0;
    std::int64_t total = 0;           // every unanswered request in the period
    std::vector<UnansweredItem> items;
    // Phrases are listed only once min_citizens different citizens wrote
    // them; the others are only counted here (1.1).
    std::int64_t min_citizens = 0;
    std::int64_t other_phrase_requests = 0;   // requests with such a phrase
    std::int64_t other_phrases = 0;           // how many different such phrases
    friend bool operator==(const UnansweredReport&, const UnansweredReport&) = default;
};

// POST /bot/preview: what the relay would answer.
struct PreviewRequest {
    std::string text;                 // a citizen's text, or
    std::string reply_id;             // a list/button reply id
    std::string source = "draft";     // "draft" or "published"
    std::string language = "it";      // "it" or "en"
};

struct PreviewResponse {
    std::string source;
    std::int64_t revision = 0;        // draft revision or published version
    hashtag::Decision decision;
    std::vector<wa::OutgoingMessage> messages;
};

std::string encode(const Draft& v);
std::string encode(const DraftNode& v);
std::string encode(const NodeEdit& v);
std::string encode(const NodeCreate& v);
std::string encode(const NodeMove& v);
std::string encode(const AliasAdd& v);
std::string encode(const PublishRequest& v);
std::string encode(const std::vector<VersionSummary>& v);
std::string encode(const TreeDiff& v);
std::string encode(const UnansweredReport& v);
std::string encode(const PreviewRequest& v);
std::string encode(const PreviewResponse& v);

template <class T>
Result<T> decode_content(std::string_view json_text);   // specialised for each type above

std::string_view rule_id(hashtag::Rule rule) noexcept;  // same as hashtag::to_string

// A bot decision as stored with each inbound message and sent in previews.
std::string encode(const hashtag::Decision& decision);
Result<hashtag::Decision> decode_decision(std::string_view json_text);

} // namespace sportello::api
