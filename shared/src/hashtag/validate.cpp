#include "sportello/hashtag/validate.hpp"

#include "sportello/hashtag/normalize.hpp"
#include "sportello/whatsapp/text_rules.hpp"

#include <map>
#include <set>

namespace sportello::hashtag {
namespace {

class Checker {
public:
    explicit Checker(const std::vector<TreeNode>& nodes) : nodes_(nodes) {}

    std::vector<ValidationIssue> run(const std::string& today) {
        structure();
        std::map<std::string, std::int64_t> names;   // every tag and alias → owner
        for (const auto& n : nodes_) {
            check_name(n, n.tag, "tag", names);
            for (const auto& a : n.aliases) check_name(n, a, "aliases", names);
            if (wa::is_blank(n.title)) error(n.id, "title", "missing_title", "the title is empty");
            else if (wa::length(n.title) > wa::limits::list_row_title)
                error(n.id, "title", "title_too_long", "the title is longer than " +
                      std::to_string(wa::limits::list_row_title) + " characters (WhatsApp menu rows)");
            if (wa::length(n.title_en) > wa::limits::list_row_title)
                error(n.id, "title_en", "title_too_long", "the English title is longer than " +
                      std::to_string(wa::limits::list_row_title) + " characters");
            check_text(n);
            check_answer(n, n.answer_it, "answer.it", /*required=*/true);
            check_answer(n, n.answer_en, "answer.en", false);
            check_dates(n, today);
        }
        return std::move(issues_);
    }

private:
    void error(std::int64_t id, std::string field, std::string code, std::string message) {
        issues_.push_back({ValidationIssue::Severity::error, id, std::move(field), std::move(code), std::move(message)});
    }
    void warning(std::int64_t id, std::string field, std::string code, std::string message) {
        issues_.push_back({ValidationIssue::Severity::warning, id, std::move(field), std::move(code), std::move(message)});
    }

    // Content reaches citizens as JSON; text that is not UTF-8 could never be
    // sent. (Tags and aliases are held to [a-z0-9] by check_name.)
    void check_text(const TreeNode& n) {
        const std::pair<const std::string*, const char*> fields[] = {
            {&n.title, "title"}, {&n.title_en, "title_en"}, {&n.answer_it, "answer.it"},
            {&n.answer_en, "answer.en"}, {&n.reviewer, "reviewer"}};
        for (const auto& [text, field] : fields)
            if (!wa::is_valid_utf8(*text)) error(n.id, field, "invalid_text", "the text is not valid UTF-8");
    }

    void structure() {
        std::map<std::int64_t, const TreeNode*> by_id;
        int roots = 0;
        for (const auto& n : nodes_) {
            if (!by_id.emplace(n.id, &n).second) error(n.id, "id", "duplicate_id", "two nodes have the id " + std::to_string(n.id));
            if (!n.parent_id) ++roots;
        }
        if (nodes_.empty()) { error(0, "", "empty_tree", "the tree has no nodes"); return; }
        if (roots != 1) error(0, "parent_id", "root_count", "the tree must have exactly one root, it has " + std::to_string(roots));
        for (const auto& n : nodes_) {
            if (n.parent_id && !by_id.count(*n.parent_id)) {
                error(n.id, "parent_id", "missing_parent", "the parent node " + std::to_string(*n.parent_id) + " does not exist");
                continue;
            }
            // Walk up: more steps than nodes means a cycle.
            const TreeNode* cur = &n;
            std::size_t steps = 0;
            while (cur && cur->parent_id && steps <= nodes_.size()) {
                auto it = by_id.find(*cur->parent_id);
                cur = it == by_id.end() ? nullptr : it->second;
                ++steps;
            }
            if (steps > nodes_.size()) error(n.id, "parent_id", "cycle", "the node is its own ancestor");
        }
    }

    void check_name(const TreeNode& n, const std::string& name, const char* field, std::map<std::string, std::int64_t>& names) {
        if (!is_canonical_tag(name)) {
            error(n.id, field, "invalid_tag", "'" + name + "' is not a valid tag: 2 to 40 lowercase letters and digits, "
                  "starting with a letter (e.g. centrivaccinali)");
            return;
        }
        auto [it, inserted] = names.emplace(name, n.id);
        if (!inserted)
            error(n.id, field, "duplicate_tag", "#" + name + (it->second == n.id ? " is repeated on this node"
                  : " is already used by node " + std::to_string(it->second)));
    }

    void check_answer(const TreeNode& n, const std::string& answer, const char* field, bool required) {
        if (required && wa::is_blank(answer))
            error(n.id, field, "missing_answer", "the Italian answer is empty");
        if (wa::length(answer) > wa::limits::text_body)
            error(n.id, field, "answer_too_long", "the answer is longer than " + std::to_string(wa::limits::text_body) +
                  " characters, WhatsApp's limit for one message");
    }

    void check_dates(const TreeNode& n, const std::string& today) {
        if (n.valid_from && n.valid_until && *n.valid_until < *n.valid_from)
            error(n.id, "valid_until", "window_reversed", "the validity ends before it starts");
        if (!today.empty() && n.valid_until && *n.valid_until < today)
            warning(n.id, "valid_until", "expired", "the content expired on " + *n.valid_until);
    }

    const std::vector<TreeNode>& nodes_;
    std::vector<ValidationIssue> issues_;
};

} // namespace

std::vector<ValidationIssue> validate_tree(const std::vector<TreeNode>& nodes, const std::string& today) {
    return Checker(nodes).run(today);
}

bool has_errors(const std::vector<ValidationIssue>& issues) noexcept {
    for (const auto& i : issues)
        if (i.severity == ValidationIssue::Severity::error) return true;
    return false;
}

} // namespace sportello::hashtag
