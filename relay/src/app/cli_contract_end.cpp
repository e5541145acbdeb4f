#include "app/cli_contract_end.hpp"

#include "app/bundle_manifest.hpp"
#include "app/export_bundle.hpp"
#include "app/purge.hpp"
#include "config/config.hpp"
#include "core/audit.hpp"
#include "sportello/time.hpp"
#include "storage/database.hpp"

#include <iostream>
#include <optional>

namespace sportello::relay {
namespace {

using Options = std::map<std::string, std::string>;

std::string option(const Options& o, const std::string& name) {
    auto it = o.find(name);
    return it == o.end() ? std::string() : it->second;
}

std::optional<RelayConfig> load(const Options& o, const char* command) {
    const auto path = option(o, "config");
    if (path.empty()) {
        std::cerr << command << ": --config FILE is required\n";
        return std::nullopt;
    }
    auto c = load_config(path);
    if (!c) {
        std::cerr << "configuration " << path << ": " << c.error().message << "\n";
        return std::nullopt;
    }
    return std::move(c).value();
}

int verify_export(const std::string& dir, const Options& o) {
    const auto v = verify_bundle(dir, option(o, "public-key-sha256"));
    if (!v.ok) {
        std::cout << "export bundle " << dir << " FAILS verification:\n";
        for (const auto& p : v.problems) std::cout << "  " << p << "\n";
        return 1;
    }
    std::cout << "export bundle " << dir << " verified: " << v.files
              << " files, every SHA-256 and size as in the signed MANIFEST, nothing missing or extra\n"
              << "MANIFEST SHA-256: " << v.manifest_sha256 << "\nsigning key SHA-256: " << v.public_key_sha256
              << "\n";
    return 0;
}

} // namespace

int export_cli(const std::vector<std::string>& words, const Options& options) {
    if (words.size() == 3 && words[1] == "verify") return verify_export(words[2], options);
    if (words.size() != 1) {
        std::cerr << "usage: sportello-relay export --config FILE --out DIR | export verify DIR\n";
        return 2;
    }
    const auto config = load(options, "export");
    if (!config) return 2;
    const auto out = option(options, "out");
    if (out.empty()) {
        std::cerr << "export: --out DIR is required\n";
        return 2;
    }
    auto summary = write_export_bundle(*config, out);
    if (!summary) {
        std::cerr << "export: " << summary.error().message << "\n";
        return 1;
    }
    storage::Database db({config->database_path, config->synchronous_full, 1});
    db.write_sync([&](storage::Connection& c) {
        audit(c, "cli", "data_exported", out, "MANIFEST sha256 " + summary->manifest_sha256, time::now_ms());
    });
    for (const auto& [entity, rows] : summary->rows) std::cout << entity << ": " << rows << " rows\n";
    std::cout << "export bundle written to " << out << "\nMANIFEST SHA-256: " << summary->manifest_sha256
              << "\nsigning key SHA-256: " << summary->public_key_sha256
              << "\n(give the Region the signing key's SHA-256 by a separate channel; "
                 "it checks the bundle with `sportello-relay export verify DIR --public-key-sha256 HEX`)\n";
    return 0;
}

int purge_cli(const std::vector<std::string>& words, const Options& options) {
    if (words.size() == 2 && words[1] == "verify") {
        const auto config = load(options, "purge verify");
        if (!config) return 2;
        const auto report = option(options, "report");
        if (report.empty()) {
            std::cerr << "purge verify: --report FILE is required\n";
            return 2;
        }
        const auto problems = verify_purge(*config, report);
        if (!problems.empty()) {
            std::cout << "purge verification FAILED:\n";
            for (const auto& p : problems) std::cout << "  " << p << "\n";
            return 1;
        }
        std::cout << "purge verified: nothing remains at the configured paths, and the report " << report
                  << " matches its checksum and this configuration\n";
        return 0;
    }
    if (words.size() != 1) {
        std::cerr << "usage: sportello-relay purge --config FILE --confirm [--export DIR] [--report FILE]\n";
        return 2;
    }
    const auto config = load(options, "purge");
    if (!config) return 2;
    if (!options.count("--confirm")) {
        std::cerr << "purge deletes the database and destroys the keys for good; run it again with --confirm "
                     "(after `sportello-relay export`). Nothing was deleted.\n";
        return 1;
    }
    auto done = purge(*config, {option(options, "config"), option(options, "report"), option(options, "export")});
    if (!done) {
        std::cerr << "purge: " << done.error().message << "\n";
        return 1;
    }
    for (const auto& path : done->deleted) std::cout << "deleted " << path << "\n";
    std::cout << "deletion report: " << done->report_json << "\nreadable report: " << done->report_text << "\n";
    return 0;
}

} // namespace sportello::relay
