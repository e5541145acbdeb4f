#pragma once
// Seed content files: a hashtag tree written as nested JSON, easy to author
// by hand (resources/seed/albero-covid.json), turned into the flat node list
// the relay stores and publishes.

#include "sportello/hashtag/tree.hpp"
#include "sportello/result.hpp"

#include <string>
#include <vector>

namespace sportello::relay {

struct SeedTree {
    std::string note;
    std::vector<hashtag::TreeNode> nodes;   // ids 1.., root first
};

// Errors: not_found (file), invalid_json, invalid_request (naming the field),
// validation_failed (the tree would not pass validate_tree).
Result<SeedTree> parse_seed_tree(std::string_view json_text);
Result<SeedTree> load_seed_tree(const std::string& path);

} // namespace sportello::relay
