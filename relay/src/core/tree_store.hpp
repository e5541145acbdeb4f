#pragma once
// The published hashtag tree, held in memory as an immutable snapshot that
// is swapped atomically on publish: readers (every inbound message) never
// lock and never see half a tree.

#include "sportello/api/contract.hpp"
#include "sportello/hashtag/tree.hpp"
#include "storage/sqlite.hpp"

#include <atomic>
#include <memory>
#include <optional>

namespace sportello::relay {

struct TreeSnapshot {
    api::PublishedTree published;
    hashtag::HashtagTree index;
};

class TreeStore {
public:
    TreeStore();

    // Never null; an empty tree (version 0) until one is published.
    std::shared_ptr<const TreeSnapshot> current() const;
    // Takes tree unless a newer version is already current.
    void replace(api::PublishedTree tree);

    // The newest published version, if any. Runs on a database connection.
    static std::optional<api::PublishedTree> load_latest(storage::Connection& c);
    static std::optional<api::PublishedTree> load_version(storage::Connection& c, std::int64_t version);
    // Stores nodes as the next version and returns it (already validated).
    static api::PublishedTree insert_version(storage::Connection& c, std::vector<hashtag::TreeNode> nodes,
                                             const std::string& author, const std::string& note, std::int64_t now_ms);

private:
    std::atomic<std::shared_ptr<const TreeSnapshot>> current_;
};

} // namespace sportello::relay
