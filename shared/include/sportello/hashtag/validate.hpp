#pragma once
// Checks a tree before it is published (and while it is edited, in the
// desktop): structure, tag syntax and uniqueness, required Italian answers,
// WhatsApp's length limits, validity windows.

#include "sportello/hashtag/tree.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace sportello::hashtag {

struct ValidationIssue {
    enum class Severity { error, warning };
    Severity severity = Severity::error;
    std::int64_t node_id = 0;     // 0: the tree as a whole
    std::string field;            // "tag", "aliases", "answer.it", …
    std::string code;             // stable id, e.g. "duplicate_tag"
    std::string message;          // English, for the API and logs
    friend bool operator==(const ValidationIssue&, const ValidationIssue&) = default;
};

// today: ISO date used to flag expired content; empty to skip that check.
std::vector<ValidationIssue> validate_tree(const std::vector<TreeNode>& nodes, const std::string& today = {});

bool has_errors(const std::vector<ValidationIssue>& issues) noexcept;

} // namespace sportello::hashtag
