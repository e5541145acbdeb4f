#pragma once
// The registry of WhatsApp message templates approved by Meta, kept by
// administrators: pushes are checked against it when they are accepted.
// All functions run inside a database job.

#include "sportello/api/sire.hpp"
#include "storage/sqlite.hpp"

#include <optional>
#include <vector>

namespace sportello::relay {

std::vector<api::TemplateSpec> list_templates(storage::Connection& c);
std::optional<api::TemplateSpec> find_template(storage::Connection& c, const std::string& name, const std::string& language);
// Errors: validation_failed (name syntax).
Status upsert_template(storage::Connection& c, const api::TemplateSpec& spec, std::int64_t now_ms);
bool delete_template(storage::Connection& c, const std::string& name, const std::string& language);

// Errors: unknown_template, template_parameters (field names given the prefix).
std::optional<Error> check_template_use(storage::Connection& c, const std::string& name, const std::string& language,
                                        std::size_t parameters, const std::string& prefix = {});

// The body with {{n}} replaced (what the citizen reads).
std::string render_template(const api::TemplateSpec& spec, const std::vector<std::string>& parameters);

} // namespace sportello::relay
