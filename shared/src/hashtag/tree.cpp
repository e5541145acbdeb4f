#include "sportello/hashtag/tree.hpp"

#include <algorithm>

namespace sportello::hashtag {

HashtagTree::HashtagTree(std::vector<TreeNode> nodes, std::int64_t version)
    : nodes_(std::move(nodes)), version_(version) {
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
        const auto& n = nodes_[i];
        by_id_.emplace(n.id, i);
        if (!n.parent_id) {
            if (!root_) root_ = i;
        } else {
            children_[*n.parent_id].push_back(i);
        }
        // First writer wins: duplicates are rejected by validation before
        // publishing, so this only matters for drafts being previewed.
        if (!n.tag.empty()) by_name_.emplace(n.tag, n.id);
        for (const auto& alias : n.aliases)
            if (!alias.empty()) by_name_.emplace(alias, n.id);
    }
    for (auto& [parent, kids] : children_)
        std::sort(kids.begin(), kids.end(), [this](std::size_t a, std::size_t b) {
            const auto& x = nodes_[a];
            const auto& y = nodes_[b];
            return x.position != y.position ? x.position < y.position : x.id < y.id;
        });
}

const TreeNode* HashtagTree::root() const noexcept { return root_ ? &nodes_[*root_] : nullptr; }

const TreeNode* HashtagTree::by_id(std::int64_t id) const noexcept {
    auto it = by_id_.find(id);
    return it == by_id_.end() ? nullptr : &nodes_[it->second];
}

const TreeNode* HashtagTree::find(std::string_view canonical) const noexcept {
    auto it = by_name_.find(canonical);
    return it == by_name_.end() ? nullptr : by_id(it->second);
}

std::vector<const TreeNode*> HashtagTree::children(std::int64_t id) const {
    std::vector<const TreeNode*> out;
    if (auto it = children_.find(id); it != children_.end())
        for (auto i : it->second) out.push_back(&nodes_[i]);
    return out;
}

bool is_valid_on(const TreeNode& node, std::string_view iso_date) noexcept {
    // ISO dates compare correctly as strings.
    if (iso_date.empty()) return true;
    if (node.valid_from && iso_date < std::string_view(*node.valid_from)) return false;
    if (node.valid_until && iso_date > std::string_view(*node.valid_until)) return false;
    return true;
}

} // namespace sportello::hashtag
