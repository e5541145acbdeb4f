#pragma once
// What changed between two versions of the tree, node by node and field by
// field, in words an editor can read.

#include "sportello/hashtag/tree.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace sportello::hashtag {

struct FieldChange {
    std::string field;     // "tag", "aliases", "title", "answer.it", "parent_id", "position", …
    std::string before;
    std::string after;
    friend bool operator==(const FieldChange&, const FieldChange&) = default;
};

struct NodeChange {
    enum class Kind { added, removed, changed };
    Kind kind = Kind::changed;
    std::int64_t node_id = 0;
    std::string tag;                     // the tag after the change (before, for removals)
    std::vector<FieldChange> fields;     // for changed; all fields for added/removed
    friend bool operator==(const NodeChange&, const NodeChange&) = default;
};

// Changes turning `from` into `to`, ordered by node id.
std::vector<NodeChange> diff_trees(const std::vector<TreeNode>& from, const std::vector<TreeNode>& to);

std::string_view to_string(NodeChange::Kind kind) noexcept;

} // namespace sportello::hashtag
