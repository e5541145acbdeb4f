#include "core/tree_store.hpp"

#include "sportello/api/codec.hpp"

#include <boost/json.hpp>

namespace sportello::relay {
namespace {

std::string encode_nodes(const std::vector<hashtag::TreeNode>& nodes) {
    boost::json::array arr;
    for (const auto& n : nodes) arr.push_back(api::to_json(n));
    return boost::json::serialize(arr);
}

std::vector<hashtag::TreeNode> decode_nodes(const std::string& text) {
    auto nodes = json::decode(text, [](const json::Reader& r) {
        std::vector<hashtag::TreeNode> out;
        for (const auto& n : r.array()) out.push_back(api::node_from_json(n));
        return out;
    });
    if (!nodes) throw std::runtime_error("stored tree content is unreadable: " + nodes.error().message);
    return std::move(nodes).value();
}

std::optional<api::PublishedTree> read_row(storage::Query& q) {
    if (!q.next()) return std::nullopt;
    api::PublishedTree t;
    t.version = q.int64(0);
    t.published_at_ms = q.int64(1);
    t.published_by = q.text(2);
    t.note = q.text(3);
    t.nodes = decode_nodes(q.text(4));
    return t;
}

} // namespace

TreeStore::TreeStore() : current_(std::make_shared<const TreeSnapshot>()) {}

std::shared_ptr<const TreeSnapshot> TreeStore::current() const { return current_.load(); }

void TreeStore::replace(api::PublishedTree tree) {
    auto snap = std::make_shared<TreeSnapshot>();
    snap->index = hashtag::HashtagTree(tree.nodes, tree.version);
    snap->published = std::move(tree);
    // Never back to an older version: the desk's publish and the relay's
    // check for versions published elsewhere may race.
    std::shared_ptr<const TreeSnapshot> seen = current_.load();
    while (seen->published.version <= snap->published.version &&
           !current_.compare_exchange_weak(seen, std::shared_ptr<const TreeSnapshot>(snap))) {
    }
}

std::optional<api::PublishedTree> TreeStore::load_latest(storage::Connection& c) {
    auto q = c.query("SELECT version, published_at, published_by, note, content FROM tree_versions "
                     "ORDER BY version DESC LIMIT 1");
    return read_row(q);
}

std::optional<api::PublishedTree> TreeStore::load_version(storage::Connection& c, std::int64_t version) {
    auto q = c.query("SELECT version, published_at, published_by, note, content FROM tree_versions WHERE version = ?",
                     version);
    return read_row(q);
}

api::PublishedTree TreeStore::insert_version(storage::Connection& c, std::vector<hashtag::TreeNode> nodes,
                                             const std::string& author, const std::string& note, std::int64_t now_ms) {
    auto q = c.query("SELECT coalesce(max(version), 0) + 1 FROM tree_versions");
    q.next();
    api::PublishedTree t;
    t.version = q.int64(0);
    t.published_at_ms = now_ms;
    t.published_by = author;
    t.note = note;
    t.nodes = std::move(nodes);
    c.query("INSERT INTO tree_versions(version, published_at, published_by, note, content) VALUES (?, ?, ?, ?, ?)",
            t.version, t.published_at_ms, t.published_by, t.note, encode_nodes(t.nodes))
        .run();
    return t;
}

} // namespace sportello::relay
