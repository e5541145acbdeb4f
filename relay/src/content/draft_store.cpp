#include "content/draft_store.hpp"

#include "core/audit.hpp"
#include "core/tree_store.hpp"
#include "sportello/api/codec.hpp"
#include "sportello/hashtag/normalize.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace sportello::relay {
namespace {

std::int64_t meta_int(storage::Connection& c, const char* key, std::int64_t fallback) {
    auto q = c.query("SELECT value FROM meta WHERE key = ?", key);
    return q.next() ? std::stoll(q.text(0)) : fallback;
}

void set_meta_int(storage::Connection& c, const char* key, std::int64_t value) {
    c.query("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", key,
            std::to_string(value)).run();
}

std::int64_t bump_revision(storage::Connection& c) {
    const auto r = meta_int(c, "draft_revision", 0) + 1;
    set_meta_int(c, "draft_revision", r);
    return r;
}

std::string content_json(const hashtag::TreeNode& n) { return boost::json::serialize(api::to_json(n)); }

api::DraftNode row_to_node(storage::Query& q) {
    api::DraftNode d;
    auto node = json::decode(q.text(3), [](const json::Reader& r) { return api::node_fields_from_json(r); });
    if (!node) throw std::runtime_error("draft node content is unreadable: " + node.error().message);
    d.node = std::move(*node);
    d.node.id = q.int64(0);
    d.node.parent_id = q.optional_int64(1);
    d.node.position = static_cast<int>(q.int64(2));
    d.revision = q.int64(4);
    d.updated_at_ms = q.int64(5);
    d.updated_by = q.text(6);
    return d;
}

constexpr const char* select_nodes =
    "SELECT id, parent_id, position, content, revision, updated_at, updated_by FROM draft_nodes";

std::optional<api::DraftNode> find_node(storage::Connection& c, std::int64_t id) {
    auto q = c.query(std::string(select_nodes) + " WHERE id = ?", id);
    if (!q.next()) return std::nullopt;
    return row_to_node(q);
}

std::vector<api::DraftNode> all_nodes(storage::Connection& c) {
    std::vector<api::DraftNode> out;
    auto q = c.query(std::string(select_nodes) + " ORDER BY id");
    while (q.next()) out.push_back(row_to_node(q));
    return out;
}

void write_node(storage::Connection& c, const hashtag::TreeNode& n, std::int64_t revision, const std::string& user,
                std::int64_t now_ms) {
    c.query("INSERT INTO draft_nodes(id, parent_id, position, content, revision, updated_at, updated_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET parent_id = excluded.parent_id, "
            "position = excluded.position, content = excluded.content, revision = excluded.revision, "
            "updated_at = excluded.updated_at, updated_by = excluded.updated_by",
            n.id, n.parent_id, n.position, content_json(n), revision, now_ms, user).run();
}

// Siblings numbered 0..n-1 in their current order (position, then id).
void renumber_children(storage::Connection& c, std::optional<std::int64_t> parent) {
    std::vector<std::int64_t> ids;
    {
        auto q = parent ? c.query("SELECT id FROM draft_nodes WHERE parent_id = ? ORDER BY position, id", *parent)
                        : c.query("SELECT id FROM draft_nodes WHERE parent_id IS NULL ORDER BY position, id");
        while (q.next()) ids.push_back(q.int64(0));
    }
    for (std::size_t i = 0; i < ids.size(); ++i)
        c.query("UPDATE draft_nodes SET position = ? WHERE id = ?", static_cast<std::int64_t>(i), ids[i]).run();
}

std::set<std::int64_t> subtree(storage::Connection& c, std::int64_t root) {
    std::map<std::int64_t, std::vector<std::int64_t>> children;
    auto q = c.query("SELECT id, parent_id FROM draft_nodes WHERE parent_id IS NOT NULL");
    while (q.next()) children[q.int64(1)].push_back(q.int64(0));
    std::set<std::int64_t> out{root};
    std::vector<std::int64_t> stack{root};
    while (!stack.empty()) {
        const auto id = stack.back();
        stack.pop_back();
        for (auto child : children[id])
            if (out.insert(child).second) stack.push_back(child);
    }
    return out;
}

// Tags and aliases as citizens would type them become canonical.
void normalise_names(hashtag::TreeNode& n) {
    n.tag = hashtag::normalize_tag(n.tag);
    std::vector<std::string> aliases;
    for (const auto& a : n.aliases) {
        auto canonical = hashtag::normalize_tag(a);
        if (!canonical.empty() && std::find(aliases.begin(), aliases.end(), canonical) == aliases.end())
            aliases.push_back(std::move(canonical));
    }
    n.aliases = std::move(aliases);
}

Error conflict(std::string what, std::int64_t current) {
    auto e = make_error(api::ErrorCode::conflict, std::move(what), "revision");
    e.current_revision = current;
    return e;
}

} // namespace

std::int64_t draft_revision(storage::Connection& c) { return meta_int(c, "draft_revision", 0); }

Status check_draft_revision(storage::Connection& c, std::int64_t expected) {
    const auto current = draft_revision(c);
    if (current != expected)
        return conflict("the draft changed meanwhile (revision " + std::to_string(current) + ", not " +
                        std::to_string(expected) + "); reload it", current);
    return {};
}

void ensure_draft(storage::Connection& c, std::int64_t now_ms) {
    auto count = c.query("SELECT count(*) FROM draft_nodes");
    count.next();
    if (count.int64(0) > 0) return;
    if (auto latest = TreeStore::load_latest(c)) reset_draft(c, latest->nodes, latest->version, "system", now_ms);
}

void reset_draft(storage::Connection& c, const std::vector<hashtag::TreeNode>& nodes, std::int64_t base_version,
                 const std::string& user, std::int64_t now_ms) {
    c.query("DELETE FROM draft_nodes").run();
    const auto revision = bump_revision(c);
    std::int64_t max_id = meta_int(c, "next_node_id", 1) - 1;
    for (const auto& n : nodes) {
        write_node(c, n, revision, user, now_ms);
        max_id = std::max(max_id, n.id);
    }
    set_meta_int(c, "next_node_id", max_id + 1);
    set_meta_int(c, "draft_base_version", base_version);
}

std::vector<hashtag::TreeNode> draft_nodes(storage::Connection& c) {
    std::vector<hashtag::TreeNode> out;
    for (auto& d : all_nodes(c)) out.push_back(std::move(d.node));
    return out;
}

api::Draft load_draft(storage::Connection& c, const std::string& today) {
    api::Draft d;
    d.revision = draft_revision(c);
    d.base_version = meta_int(c, "draft_base_version", 0);
    d.nodes = all_nodes(c);
    std::vector<hashtag::TreeNode> nodes;
    for (const auto& n : d.nodes) nodes.push_back(n.node);
    d.issues = hashtag::validate_tree(nodes, today);
    const auto latest = TreeStore::load_latest(c);
    d.dirty = !latest || !hashtag::diff_trees(latest->nodes, nodes).empty();
    return d;
}

Result<api::DraftNode> edit_node(storage::Connection& c, std::int64_t id, const api::NodeEdit& edit,
                                 const std::string& user, std::int64_t now_ms) {
    auto current = find_node(c, id);
    if (!current) return make_error(api::ErrorCode::not_found, "no node " + std::to_string(id) + " in the draft");
    if (current->revision != edit.revision)
        return conflict("node " + std::to_string(id) + " was changed meanwhile by " + current->updated_by, current->revision);
    hashtag::TreeNode n = edit.fields;
    n.id = id;
    n.parent_id = current->node.parent_id;
    n.position = current->node.position;
    normalise_names(n);
    const auto revision = bump_revision(c);
    write_node(c, n, revision, user, now_ms);
    audit(c, user, "draft_node_edited", "node " + std::to_string(id), "#" + n.tag, now_ms);
    return api::DraftNode{n, revision, user, now_ms};
}

Result<api::DraftNode> create_node(storage::Connection& c, const api::NodeCreate& create, const std::string& user,
                                   std::int64_t now_ms) {
    if (auto s = check_draft_revision(c, create.draft_revision); !s) return s.error();
    // No parent: the root of an empty tree (a first installation without a
    // seed gets its first content from the desk).
    const bool root = create.parent_id == api::no_parent;
    if (root) {
        auto count = c.query("SELECT count(*) FROM draft_nodes");
        count.next();
        if (count.int64(0) > 0)
            return make_error(api::ErrorCode::validation_failed,
                              "the tree already has a root: a new topic goes under an existing one", "parent_id");
    } else if (!find_node(c, create.parent_id)) {
        return make_error(api::ErrorCode::not_found, "no parent node " + std::to_string(create.parent_id), "parent_id");
    }
    hashtag::TreeNode n = create.fields;
    if (create.id) {
        if (find_node(c, *create.id)) return conflict("node " + std::to_string(*create.id) + " exists", draft_revision(c));
        n.id = *create.id;
        set_meta_int(c, "next_node_id", std::max(meta_int(c, "next_node_id", 1), n.id + 1));
    } else {
        n.id = meta_int(c, "next_node_id", 1);
        set_meta_int(c, "next_node_id", n.id + 1);
    }
    if (root) n.parent_id.reset();
    else n.parent_id = create.parent_id;
    n.position = root ? 0 : create.position;
    normalise_names(n);
    // Make room at the requested position, then renumber.
    c.query("UPDATE draft_nodes SET position = position + 1 WHERE parent_id = ? AND position >= ?", create.parent_id,
            static_cast<std::int64_t>(create.position)).run();
    const auto revision = bump_revision(c);
    write_node(c, n, revision, user, now_ms);
    renumber_children(c, create.parent_id);
    audit(c, user, create.id ? "draft_node_restored" : "draft_node_created", "node " + std::to_string(n.id), "#" + n.tag, now_ms);
    return *find_node(c, n.id);
}

Status move_node(storage::Connection& c, std::int64_t id, const api::NodeMove& move, const std::string& user,
                 std::int64_t now_ms) {
    if (auto s = check_draft_revision(c, move.draft_revision); !s) return s;
    auto node = find_node(c, id);
    if (!node) return make_error(api::ErrorCode::not_found, "no node " + std::to_string(id) + " in the draft");
    if (!node->node.parent_id) return make_error(api::ErrorCode::validation_failed, "the root cannot be moved");
    if (!find_node(c, move.parent_id))
        return make_error(api::ErrorCode::not_found, "no parent node " + std::to_string(move.parent_id), "parent_id");
    if (subtree(c, id).count(move.parent_id))
        return make_error(api::ErrorCode::validation_failed, "a node cannot move inside its own branch", "parent_id");
    const auto old_parent = node->node.parent_id;
    // Siblings at and after the target slot shift down; the node takes the slot.
    c.query("UPDATE draft_nodes SET position = position + 1 WHERE parent_id = ? AND position >= ? AND id <> ?",
            move.parent_id, static_cast<std::int64_t>(move.position), id).run();
    const auto revision = bump_revision(c);
    c.query("UPDATE draft_nodes SET parent_id = ?, position = ?, revision = ?, updated_at = ?, updated_by = ? WHERE id = ?",
            move.parent_id, static_cast<std::int64_t>(move.position), revision, now_ms, user, id).run();
    renumber_children(c, move.parent_id);
    if (old_parent != move.parent_id) renumber_children(c, old_parent);
    audit(c, user, "draft_node_moved", "node " + std::to_string(id),
          "under node " + std::to_string(move.parent_id) + " at " + std::to_string(move.position), now_ms);
    return {};
}

Status delete_node(storage::Connection& c, std::int64_t id, std::int64_t expected, const std::string& user,
                   std::int64_t now_ms) {
    if (auto s = check_draft_revision(c, expected); !s) return s;
    auto node = find_node(c, id);
    if (!node) return make_error(api::ErrorCode::not_found, "no node " + std::to_string(id) + " in the draft");
    if (!node->node.parent_id) return make_error(api::ErrorCode::validation_failed, "the root cannot be deleted");
    const auto doomed = subtree(c, id);
    for (auto d : doomed) c.query("DELETE FROM draft_nodes WHERE id = ?", d).run();
    bump_revision(c);
    renumber_children(c, node->node.parent_id);
    audit(c, user, "draft_node_deleted", "node " + std::to_string(id),
          "#" + node->node.tag + " and " + std::to_string(doomed.size() - 1) + " below it", now_ms);
    return {};
}

Result<api::DraftNode> add_alias(storage::Connection& c, std::int64_t id, const api::AliasAdd& add,
                                 const std::string& user, std::int64_t now_ms) {
    auto node = find_node(c, id);
    if (!node) return make_error(api::ErrorCode::not_found, "no node " + std::to_string(id) + " in the draft");
    const auto alias = hashtag::normalize_tag(add.alias);
    if (!hashtag::is_canonical_tag(alias))
        return make_error(api::ErrorCode::validation_failed, "'" + add.alias + "' cannot be a tag", "alias");
    for (const auto& other : all_nodes(c))
        if (other.node.tag == alias || std::count(other.node.aliases.begin(), other.node.aliases.end(), alias))
            return make_error(api::ErrorCode::validation_failed,
                              "#" + alias + " is already used by #" + other.node.tag, "alias");
    api::NodeEdit edit{add.revision, node->node};
    edit.fields.aliases.push_back(alias);
    return edit_node(c, id, edit, user, now_ms);
}

} // namespace sportello::relay
