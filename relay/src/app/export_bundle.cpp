#include "app/export_bundle.hpp"

#include "app/bundle_manifest.hpp"
#include "app/export_entities.hpp"
#include "config/owned_paths.hpp"
#include "security/vault.hpp"
#include "sportello/crypto.hpp"
#include "sportello/phone.hpp"
#include "sportello/time.hpp"
#include "sportello/version.hpp"
#include "storage/database.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <stdexcept>

namespace sportello::relay {
namespace {

namespace fs = std::filesystem;
namespace bj = boost::json;

// RFC 4180: a field holding a comma, a quote, CR or LF is quoted, its quotes doubled.
void put_csv_field(std::ostream& out, std::string_view value) {
    if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
        out << value;
        return;
    }
    out << '"';
    for (const char ch : value) {
        if (ch == '"') out << '"';
        out << ch;
    }
    out << '"';
}

std::string select_sql(const ExportEntity& e) {
    std::string sql = "SELECT ";
    for (std::size_t i = 0; i < e.fields.size(); ++i) {
        if (i) sql += ", ";
        sql += e.fields[i].source.empty() ? e.fields[i].name : e.fields[i].source;
    }
    return sql + " FROM " + std::string(e.table) + " ORDER BY " + std::string(e.order_by);
}

// One value as JSON (null, a number or a string) and as its CSV text.
bj::value read_field(const storage::Query& q, int col, const ExportField& f, const security::Vault& vault) {
    if (q.is_null(col)) return nullptr;
    switch (f.type) {
    case FieldType::integer: return q.int64(col);
    case FieldType::text:
    case FieldType::json: return bj::string(q.text(col));
    case FieldType::hex: return bj::string(crypto::hex_encode(q.blob(col)));
    case FieldType::decrypted: return bj::string(vault.decrypt(q.blob(col), f.vault_column));
    case FieldType::phone: return bj::string(phone::to_e164(vault.decrypt(q.blob(col), f.vault_column)));
    }
    return nullptr;
}

std::string csv_text(const bj::value& v) {
    if (v.is_null()) return {};
    if (v.is_int64()) return std::to_string(v.as_int64());
    return std::string(v.as_string());
}

// Streams one entity's rows into FILE.jsonl and FILE.csv; returns the count.
std::int64_t export_entity(storage::Connection& c, const ExportEntity& e, const security::Vault& vault,
                           const fs::path& dir) {
    std::ofstream jsonl(dir / (std::string(e.file) + ".jsonl"), std::ios::binary);
    std::ofstream csv(dir / (std::string(e.file) + ".csv"), std::ios::binary);
    for (std::size_t i = 0; i < e.fields.size(); ++i) {
        if (i) csv << ',';
        put_csv_field(csv, e.fields[i].name);
    }
    csv << "\r\n";
    std::int64_t rows = 0;
    auto q = c.query(select_sql(e));
    while (q.next()) {
        bj::object line;
        for (std::size_t i = 0; i < e.fields.size(); ++i) {
            const auto& f = e.fields[i];
            auto value = read_field(q, static_cast<int>(i), f, vault);
            if (i) csv << ',';
            put_csv_field(csv, csv_text(value));
            line.emplace(f.name, std::move(value));
        }
        jsonl << bj::serialize(line) << '\n';
        csv << "\r\n";
        ++rows;
    }
    jsonl.flush();
    csv.flush();
    if (!jsonl || !csv) throw std::runtime_error("cannot write the files of " + std::string(e.file));
    return rows;
}

bj::object file_entry(std::string name, std::string_view format, std::string_view meaning) {
    return {{"file", std::move(name)}, {"format", format}, {"meaning", meaning}};
}

// schema.json: every file of the bundle, and every field of each data file.
std::string schema_document(const ExportSummary& summary, std::int64_t snapshot_ms) {
    bj::array files;
    for (std::size_t n = 0; n < export_entities().size(); ++n) {
        const auto& e = export_entities()[n];
        bj::array fields;
        for (const auto& f : e.fields)
            fields.push_back(bj::object{{"name", f.name}, {"type", to_string(f.type)}, {"meaning", f.meaning}});
        for (const auto& [ext, format] : {std::pair{".jsonl", "JSON Lines (UTF-8): one JSON object per row"},
                                          std::pair{".csv", "CSV (UTF-8, RFC 4180, CRLF, a header row); "
                                                            "an empty field is a null"}}) {
            auto entry = file_entry(std::string(e.file) + ext, format, e.meaning);
            entry["entity"] = e.file;
            entry["rows"] = summary.rows[n].second;
            entry["fields"] = fields;
            files.push_back(std::move(entry));
        }
    }
    files.push_back(file_entry("schema.json", "JSON", "this description of every file and field"));
    files.push_back(file_entry(public_key_file, "PEM (SubjectPublicKeyInfo)",
                               "the Ed25519 public key that verifies MANIFEST.sig"));
    files.push_back(file_entry(manifest_file, "text",
                               "header lines, an empty line, then \"SHA256 SIZE NAME\" for every other file "
                               "but MANIFEST.sig"));
    files.push_back(file_entry(signature_file, "hex text", "the Ed25519 signature of MANIFEST's exact bytes"));
    bj::object doc{{"format", "sportello-export/1"},
                   {"snapshot_at", time::format_iso8601(snapshot_ms)},
                   {"relay_version", PRODUCT_VERSION},
                   {"times", "integers named *_at, at, since, not_before: Unix milliseconds, UTC"},
                   {"nulls", "any field may be null where the relay has no value (an empty CSV field)"},
                   {"files", std::move(files)}};
    return bj::serialize(doc) + "\n";
}

Result<void> prepare_folder(const std::string& out_dir) {
    std::error_code ec;
    if (fs::exists(out_dir, ec) && (!fs::is_directory(out_dir, ec) || !fs::is_empty(out_dir, ec)))
        return make_error(api::ErrorCode::invalid_request, "--out " + out_dir + " exists and is not an empty folder");
    fs::create_directories(out_dir, ec);
    if (ec) return make_error(api::ErrorCode::invalid_request, "cannot create " + out_dir + ": " + ec.message());
    ::chmod(out_dir.c_str(), 0700);
    return {};
}

} // namespace

Result<ExportSummary> write_export_bundle(const RelayConfig& config, const std::string& out_dir) {
    if (!fs::exists(config.data_key_file))
        return make_error(api::ErrorCode::invalid_request,
                          "data key " + config.data_key_file + " does not exist: nothing could be decrypted");
    if (!fs::exists(config.database_path))
        return make_error(api::ErrorCode::invalid_request, "database " + config.database_path + " does not exist");
    if (auto ready = prepare_folder(out_dir); !ready) return ready.error();
    const auto vault = security::Vault::from_key_file(config.data_key_file);
    const auto key = security::SigningKey::load_or_create(export_signing_key_path(config));

    ExportSummary summary;
    std::int64_t snapshot_ms = 0;
    storage::Database db({config.database_path, config.synchronous_full, 1});
    // One job on a reader: one read transaction, so every file shows the
    // same instant while the relay goes on writing.
    db.read_sync([&](storage::Connection& c) {
        snapshot_ms = time::now_ms();
        for (const auto& e : export_entities())
            summary.rows.emplace_back(std::string(e.file), export_entity(c, e, vault, out_dir));
    });
    write_text_file((fs::path(out_dir) / "schema.json").string(), schema_document(summary, snapshot_ms));
    write_text_file((fs::path(out_dir) / public_key_file).string(), key.public_key_pem());
    summary.manifest_sha256 = write_signed_manifest(
        out_dir,
        {"sportello-relay export bundle, format 1", "snapshot_at: " + time::format_iso8601(snapshot_ms),
         "relay_version: " + std::string(PRODUCT_VERSION),
         "signature: Ed25519 over this file's bytes, hex in MANIFEST.sig, public key in signing-key.pem"},
        key);
    summary.public_key_sha256 = digest_file((fs::path(out_dir) / public_key_file).string()).sha256;
    return summary;
}

} // namespace sportello::relay
