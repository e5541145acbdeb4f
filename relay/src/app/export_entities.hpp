#pragma once
// What the contract-end export bundle holds (docs/privacy.md, "Contract end"):
// one entity per file pair (JSON Lines and CSV), each field with its type and
// meaning. The same table drives the queries, the files and schema.json, so a
// field cannot be exported without being documented, nor documented without
// being exported.
// Left out on purpose: password hashes, TOTP secrets, recovery codes,
// session and API tokens (their hashes too); report rollups (statistics
// without personal data, rebuilt from the rows); heartbeats and probe results.

#include <string_view>
#include <vector>

namespace sportello::relay {

enum class FieldType {
    integer,     // a number (times: Unix milliseconds, UTC)
    text,        // UTF-8 text as stored
    json,        // UTF-8 text holding a JSON document
    hex,         // binary stored in the database, as lower-case hex
    decrypted,   // encrypted at rest; exported decrypted (UTF-8 text)
    phone,       // an encrypted phone number, exported decrypted in E.164 (+39…)
};

std::string_view to_string(FieldType type) noexcept;

struct ExportField {
    std::string_view name;
    FieldType type;
    std::string_view meaning;
    std::string_view source = {};         // SQL expression; empty: the column named `name`
    std::string_view vault_column = {};   // for decrypted and phone: the vault's associated data
};

struct ExportEntity {
    std::string_view file;     // base name: FILE.jsonl and FILE.csv
    std::string_view table;
    std::string_view order_by;
    std::string_view meaning;
    std::vector<ExportField> fields;
};

const std::vector<ExportEntity>& export_entities();

} // namespace sportello::relay
