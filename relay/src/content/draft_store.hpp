#pragma once
// The content draft: the tree editors change before publishing. Stored in
// draft_nodes (one row per node, its fields as JSON) with a draft-wide
// revision in meta. Every function runs inside one database job, so each
// write is atomic, and returns an Error instead of throwing for what the
// editor did wrong (conflict 409, not_found 404, validation_failed 422).

#include "sportello/api/content.hpp"
#include "storage/sqlite.hpp"

#include <string>

namespace sportello::relay {

// Creates the draft from the newest version when there is none yet.
void ensure_draft(storage::Connection& c, std::int64_t now_ms);

api::Draft load_draft(storage::Connection& c, const std::string& today);
std::vector<hashtag::TreeNode> draft_nodes(storage::Connection& c);
std::int64_t draft_revision(storage::Connection& c);

Result<api::DraftNode> edit_node(storage::Connection& c, std::int64_t id, const api::NodeEdit& edit,
                                 const std::string& user, std::int64_t now_ms);
Result<api::DraftNode> create_node(storage::Connection& c, const api::NodeCreate& create, const std::string& user,
                                   std::int64_t now_ms);
Status move_node(storage::Connection& c, std::int64_t id, const api::NodeMove& move, const std::string& user,
                 std::int64_t now_ms);
Status delete_node(storage::Connection& c, std::int64_t id, std::int64_t draft_revision, const std::string& user,
                   std::int64_t now_ms);
Result<api::DraftNode> add_alias(storage::Connection& c, std::int64_t id, const api::AliasAdd& add,
                                 const std::string& user, std::int64_t now_ms);

// Replaces the whole draft with these nodes (discard, rollback).
void reset_draft(storage::Connection& c, const std::vector<hashtag::TreeNode>& nodes, std::int64_t base_version,
                 const std::string& user, std::int64_t now_ms);

// 409 unless the draft is at `expected`.
Status check_draft_revision(storage::Connection& c, std::int64_t expected);

} // namespace sportello::relay
