#pragma once
// Publishing the draft as a new version, rolling back to an old one, and
// reading versions and their differences. Each function runs inside one
// database job; the caller swaps the live tree (TreeStore) after the commit.

#include "sportello/api/content.hpp"
#include "sportello/api/contract.hpp"
#include "storage/sqlite.hpp"

namespace sportello::relay {

// 409 on a stale draft revision; 422 when validation finds errors.
Result<api::PublishedTree> publish_draft(storage::Connection& c, const api::PublishRequest& request,
                                         const std::string& user, std::int64_t now_ms, const std::string& today);

// Publishes version `version`'s content as a new version and resets the draft to it.
Result<api::PublishedTree> rollback_to(storage::Connection& c, std::int64_t version, const api::PublishRequest& request,
                                       const std::string& user, std::int64_t now_ms);

// Resets the draft to the newest version.
Status discard_draft(storage::Connection& c, std::int64_t draft_revision, const std::string& user, std::int64_t now_ms);

std::vector<api::VersionSummary> list_versions(storage::Connection& c);
Result<api::TreeDiff> diff_versions(storage::Connection& c, std::int64_t from, std::int64_t to);
// From the newest version to the draft (to = 0).
api::TreeDiff diff_draft(storage::Connection& c);

} // namespace sportello::relay
