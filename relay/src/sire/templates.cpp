#include "sire/templates.hpp"

#include <algorithm>

namespace sportello::relay {
namespace {

api::TemplateSpec row(storage::Query& q) {
    return api::TemplateSpec{q.text(0), q.text(1), q.text(2), static_cast<int>(q.int64(3)), q.text(4)};
}

bool valid_name(const std::string& name) {
    // Meta's template names: lowercase letters, digits and underscores.
    return !name.empty() && name.size() <= 512 && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

} // namespace

std::vector<api::TemplateSpec> list_templates(storage::Connection& c) {
    std::vector<api::TemplateSpec> out;
    auto q = c.query("SELECT name, language, category, parameter_count, body FROM templates ORDER BY name, language");
    while (q.next()) out.push_back(row(q));
    return out;
}

std::optional<api::TemplateSpec> find_template(storage::Connection& c, const std::string& name, const std::string& language) {
    auto q = c.query("SELECT name, language, category, parameter_count, body FROM templates WHERE name = ? AND language = ?",
                     name, language);
    if (!q.next()) return std::nullopt;
    return row(q);
}

Status upsert_template(storage::Connection& c, const api::TemplateSpec& t, std::int64_t now_ms) {
    if (!valid_name(t.name))
        return make_error(api::ErrorCode::validation_failed, "name: lowercase letters, digits and underscores, as on Meta",
                          "name");
    if (t.language.empty() || t.language.size() > 10)
        return make_error(api::ErrorCode::validation_failed, "language: a code such as it or en_US", "language");
    c.query("INSERT INTO templates(name, language, category, parameter_count, body, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(name, language) DO UPDATE SET category = excluded.category, "
            "parameter_count = excluded.parameter_count, body = excluded.body, updated_at = excluded.updated_at",
            t.name, t.language, t.category, t.parameter_count, t.body, now_ms).run();
    return {};
}

bool delete_template(storage::Connection& c, const std::string& name, const std::string& language) {
    c.query("DELETE FROM templates WHERE name = ? AND language = ?", name, language).run();
    return c.changes() > 0;
}

std::optional<Error> check_template_use(storage::Connection& c, const std::string& name, const std::string& language,
                                        std::size_t parameters, const std::string& prefix) {
    auto t = find_template(c, name, language);
    if (!t)
        return make_error(api::ErrorCode::unknown_template,
                          prefix + "template: '" + name + "' (" + language + ") is not in the template registry",
                          prefix + "template");
    if (static_cast<std::size_t>(t->parameter_count) != parameters)
        return make_error(api::ErrorCode::template_parameters,
                          prefix + "parameters: template '" + name + "' takes " + std::to_string(t->parameter_count) +
                              " parameter(s), " + std::to_string(parameters) + " given",
                          prefix + "parameters");
    return std::nullopt;
}

std::string render_template(const api::TemplateSpec& t, const std::vector<std::string>& params) {
    std::string out = t.body;
    for (std::size_t i = 0; i < params.size(); ++i) {
        const std::string slot = "{{" + std::to_string(i + 1) + "}}";
        for (auto pos = out.find(slot); pos != std::string::npos; pos = out.find(slot, pos + params[i].size()))
            out.replace(pos, slot.size(), params[i]);
    }
    return out;
}

} // namespace sportello::relay
