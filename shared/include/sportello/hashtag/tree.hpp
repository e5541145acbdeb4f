#pragma once
// The hashtag tree: the content citizens browse. One root node (its answer is
// the welcome text, its children the main menu); every other node has a
// parent. A tree value is immutable once built, so it can be shared between
// threads (the relay swaps whole trees atomically on publish).

#include "sportello/whatsapp/text_rules.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sportello::hashtag {

enum class Language { it, en };

struct TreeNode {
    std::int64_t id = 0;
    std::optional<std::int64_t> parent_id;   // nullopt: the root
    int position = 0;                        // order among siblings
    std::string tag;                         // canonical, see normalize_tag
    std::vector<std::string> aliases;        // canonical
    std::string title;                       // Italian, shown in menus
    std::string title_en;                    // optional
    std::string answer_it;                   // required for publishing
    std::string answer_en;                   // optional
    std::optional<std::string> valid_from;   // ISO date YYYY-MM-DD, inclusive
    std::optional<std::string> valid_until;  // ISO date YYYY-MM-DD, inclusive
    std::optional<std::string> reviewed_at;  // ISO date
    std::string reviewer;

    // English where there is some; a blank English text counts as none.
    const std::string& answer(Language lang) const {
        return lang == Language::en && !wa::is_blank(answer_en) ? answer_en : answer_it;
    }
    const std::string& menu_title(Language lang) const {
        return lang == Language::en && !wa::is_blank(title_en) ? title_en : title;
    }
    friend bool operator==(const TreeNode&, const TreeNode&) = default;
};

class HashtagTree {
public:
    HashtagTree() = default;
    explicit HashtagTree(std::vector<TreeNode> nodes, std::int64_t version = 0);

    std::int64_t version() const noexcept { return version_; }
    const std::vector<TreeNode>& nodes() const noexcept { return nodes_; }
    bool empty() const noexcept { return nodes_.empty(); }

    const TreeNode* root() const noexcept;
    const TreeNode* by_id(std::int64_t id) const noexcept;
    // Exact lookup of a canonical tag or alias.
    const TreeNode* find(std::string_view canonical) const noexcept;
    // Children ordered by position, then id.
    std::vector<const TreeNode*> children(std::int64_t id) const;
    // Every tag and alias with the node it names (for suggestions).
    const std::map<std::string, std::int64_t, std::less<>>& names() const noexcept { return by_name_; }

private:
    std::vector<TreeNode> nodes_;
    std::int64_t version_ = 0;
    std::map<std::int64_t, std::size_t> by_id_;
    std::map<std::string, std::int64_t, std::less<>> by_name_;
    std::map<std::int64_t, std::vector<std::size_t>> children_;
    std::optional<std::size_t> root_;
};

// Whether a node is within its validity window on an ISO date (YYYY-MM-DD).
bool is_valid_on(const TreeNode& node, std::string_view iso_date) noexcept;

} // namespace sportello::hashtag
