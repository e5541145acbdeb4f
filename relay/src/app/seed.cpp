#include "app/seed.hpp"

#include "sportello/hashtag/validate.hpp"
#include "sportello/json.hpp"

#include <fstream>
#include <sstream>

namespace sportello::relay {
namespace {

void add(const json::Reader& r, std::optional<std::int64_t> parent, int position, std::vector<hashtag::TreeNode>& out) {
    hashtag::TreeNode n;
    n.id = static_cast<std::int64_t>(out.size()) + 1;
    n.parent_id = parent;
    n.position = position;
    n.tag = r.get_string("tag");
    n.aliases = r.get_string_list("aliases");
    n.title = r.get_string("title");
    n.title_en = r.get_optional_string("title_en").value_or("");
    const auto answer = r.at("answer");
    n.answer_it = answer.get_string("it");
    n.answer_en = answer.get_optional_string("en").value_or("");
    n.valid_from = r.get_optional_string("valid_from");
    n.valid_until = r.get_optional_string("valid_until");
    n.reviewed_at = r.get_optional_string("reviewed_at");
    n.reviewer = r.get_optional_string("reviewer").value_or("");
    const auto id = n.id;
    out.push_back(std::move(n));
    if (auto children = r.find("children")) {
        int i = 0;
        for (const auto& child : children->array()) add(child, id, i++, out);
    }
}

} // namespace

Result<SeedTree> parse_seed_tree(std::string_view text) {
    auto tree = json::decode(text, [](const json::Reader& r) {
        SeedTree t;
        t.note = r.get_optional_string("note").value_or("seed content");
        add(r.at("root"), std::nullopt, 0, t.nodes);
        return t;
    });
    if (!tree) return tree;
    const auto issues = hashtag::validate_tree(tree->nodes);
    for (const auto& issue : issues)
        if (issue.severity == hashtag::ValidationIssue::Severity::error)
            return make_error(api::ErrorCode::validation_failed,
                              "node " + std::to_string(issue.node_id) + " (" + issue.field + "): " + issue.message,
                              issue.field);
    return tree;
}

Result<SeedTree> load_seed_tree(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return make_error(api::ErrorCode::not_found, "cannot read the seed tree " + path);
    std::ostringstream s;
    s << in.rdbuf();
    return parse_seed_tree(s.str());
}

} // namespace sportello::relay
