#include "content/publishing.hpp"

#include "content/draft_store.hpp"
#include "core/audit.hpp"
#include "core/tree_store.hpp"

#include <boost/json.hpp>

namespace sportello::relay {

Result<api::PublishedTree> publish_draft(storage::Connection& c, const api::PublishRequest& request,
                                         const std::string& user, std::int64_t now_ms, const std::string& today) {
    if (auto s = check_draft_revision(c, request.draft_revision); !s) return s.error();
    const auto nodes = draft_nodes(c);
    std::vector<hashtag::ValidationIssue> errors;
    for (const auto& issue : hashtag::validate_tree(nodes, today))
        if (issue.severity == hashtag::ValidationIssue::Severity::error) errors.push_back(issue);
    if (!errors.empty()) {
        const auto& first = errors.front();
        return make_error(api::ErrorCode::validation_failed,
                          std::to_string(errors.size()) + " problem(s) must be fixed before publishing; first: node " +
                              std::to_string(first.node_id) + " (" + first.field + "): " + first.message,
                          first.field);
    }
    auto published = TreeStore::insert_version(c, nodes, user, request.note, now_ms);
    c.query("INSERT INTO meta(key, value) VALUES ('draft_base_version', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value", std::to_string(published.version)).run();
    audit(c, user, "tree_published", "version " + std::to_string(published.version), request.note, now_ms);
    return published;
}

Result<api::PublishedTree> rollback_to(storage::Connection& c, std::int64_t version, const api::PublishRequest& request,
                                       const std::string& user, std::int64_t now_ms) {
    if (auto s = check_draft_revision(c, request.draft_revision); !s) return s.error();
    auto old = TreeStore::load_version(c, version);
    if (!old) return make_error(api::ErrorCode::not_found, "no version " + std::to_string(version));
    const std::string note = request.note.empty() ? "rollback to version " + std::to_string(version) : request.note;
    auto published = TreeStore::insert_version(c, old->nodes, user, note, now_ms);
    reset_draft(c, published.nodes, published.version, user, now_ms);
    audit(c, user, "tree_rolled_back", "version " + std::to_string(published.version),
          "content of version " + std::to_string(version) + ": " + note, now_ms);
    return published;
}

Status discard_draft(storage::Connection& c, std::int64_t expected, const std::string& user, std::int64_t now_ms) {
    if (auto s = check_draft_revision(c, expected); !s) return s;
    auto latest = TreeStore::load_latest(c);
    if (!latest) return make_error(api::ErrorCode::not_found, "nothing is published yet");
    reset_draft(c, latest->nodes, latest->version, user, now_ms);
    audit(c, user, "draft_discarded", "version " + std::to_string(latest->version), "", now_ms);
    return {};
}

std::vector<api::VersionSummary> list_versions(storage::Connection& c) {
    std::vector<api::VersionSummary> out;
    auto q = c.query("SELECT version, published_at, published_by, note, json_array_length(content) FROM tree_versions "
                     "ORDER BY version DESC");
    while (q.next()) out.push_back({q.int64(0), q.int64(1), q.text(2), q.text(3), q.int64(4)});
    return out;
}

Result<api::TreeDiff> diff_versions(storage::Connection& c, std::int64_t from, std::int64_t to) {
    auto a = TreeStore::load_version(c, from);
    if (!a) return make_error(api::ErrorCode::not_found, "no version " + std::to_string(from));
    auto b = TreeStore::load_version(c, to);
    if (!b) return make_error(api::ErrorCode::not_found, "no version " + std::to_string(to));
    return api::TreeDiff{from, to, hashtag::diff_trees(a->nodes, b->nodes)};
}

api::TreeDiff diff_draft(storage::Connection& c) {
    auto latest = TreeStore::load_latest(c);
    return api::TreeDiff{latest ? latest->version : 0, 0,
                         hashtag::diff_trees(latest ? latest->nodes : std::vector<hashtag::TreeNode>{}, draft_nodes(c))};
}

} // namespace sportello::relay
