#include "sportello/hashtag/diff.hpp"

#include <map>

namespace sportello::hashtag {
namespace {

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
    return out;
}

std::string opt(const std::optional<std::string>& v) { return v.value_or(""); }
std::string opt(const std::optional<std::int64_t>& v) { return v ? std::to_string(*v) : std::string(); }

// Every comparable field of a node as text, in a fixed order.
std::vector<std::pair<std::string, std::string>> fields_of(const TreeNode& n) {
    return {{"tag", n.tag},
            {"aliases", join(n.aliases)},
            {"title", n.title},
            {"title_en", n.title_en},
            {"answer.it", n.answer_it},
            {"answer.en", n.answer_en},
            {"parent_id", opt(n.parent_id)},
            {"position", std::to_string(n.position)},
            {"valid_from", opt(n.valid_from)},
            {"valid_until", opt(n.valid_until)},
            {"reviewed_at", opt(n.reviewed_at)},
            {"reviewer", n.reviewer}};
}

} // namespace

std::string_view to_string(NodeChange::Kind kind) noexcept {
    switch (kind) {
    case NodeChange::Kind::added: return "added";
    case NodeChange::Kind::removed: return "removed";
    case NodeChange::Kind::changed: return "changed";
    }
    return "changed";
}

std::vector<NodeChange> diff_trees(const std::vector<TreeNode>& from, const std::vector<TreeNode>& to) {
    std::map<std::int64_t, const TreeNode*> before, after;
    for (const auto& n : from) before[n.id] = &n;
    for (const auto& n : to) after[n.id] = &n;
    std::map<std::int64_t, NodeChange> changes;
    for (const auto& [id, n] : before) {
        if (after.count(id)) continue;
        NodeChange c{NodeChange::Kind::removed, id, n->tag, {}};
        for (auto& [f, v] : fields_of(*n))
            if (!v.empty()) c.fields.push_back({f, v, ""});
        changes[id] = std::move(c);
    }
    for (const auto& [id, n] : after) {
        auto old = before.find(id);
        if (old == before.end()) {
            NodeChange c{NodeChange::Kind::added, id, n->tag, {}};
            for (auto& [f, v] : fields_of(*n))
                if (!v.empty()) c.fields.push_back({f, "", v});
            changes[id] = std::move(c);
            continue;
        }
        const auto a = fields_of(*old->second);
        const auto b = fields_of(*n);
        NodeChange c{NodeChange::Kind::changed, id, n->tag, {}};
        for (std::size_t i = 0; i < a.size(); ++i)
            if (a[i].second != b[i].second) c.fields.push_back({a[i].first, a[i].second, b[i].second});
        if (!c.fields.empty()) changes[id] = std::move(c);
    }
    std::vector<NodeChange> out;
    for (auto& [id, c] : changes) out.push_back(std::move(c));
    return out;
}

} // namespace sportello::hashtag
