#include "app/purge.hpp"

#include "app/bundle_manifest.hpp"
#include "config/owned_paths.hpp"
#include "sportello/crypto.hpp"
#include "sportello/json.hpp"
#include "sportello/time.hpp"
#include "sportello/version.hpp"
#include "storage/holders.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>

namespace sportello::relay {
namespace {

namespace fs = std::filesystem;
namespace bj = boost::json;

std::uint64_t size_of(const fs::path& p) {
    std::error_code ec;
    if (!fs::is_directory(p, ec)) return fs::file_size(p, ec);
    std::uint64_t total = 0;
    for (const auto& e : fs::recursive_directory_iterator(p, ec))
        if (e.is_regular_file(ec)) total += e.file_size(ec);
    return total;
}

// Overwrites the key with random bytes, durably, before unlinking it: the
// blocks that held it no longer do (as far as the file system rewrites in
// place; see docs/privacy.md on copy-on-write and SSDs).
Result<void> shred(const std::string& path, std::uint64_t size) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) return make_error(api::ErrorCode::internal, "cannot open " + path + " to overwrite it");
    const auto noise = crypto::random_bytes(std::max<std::uint64_t>(size, 1));
    const bool ok = ::pwrite(fd, noise.data(), noise.size(), 0) == static_cast<ssize_t>(noise.size()) && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok) return make_error(api::ErrorCode::internal, "cannot overwrite " + path);
    return {};
}

void sync_folder(const fs::path& dir) {
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

Result<void> remove_one(const OwnedPath& owned, bj::object& item) {
    const fs::path p(owned.path);
    std::error_code ec;
    const bool existed = fs::exists(fs::symlink_status(p, ec));
    item["existed"] = existed;
    if (!existed) {
        item["action"] = "absent";
        return {};
    }
    const auto size = size_of(p);
    item["size_bytes"] = size;
    item["action"] = "NOT deleted: the purge failed here";
    std::string action = "deleted";
    if (owned.kind == OwnedKind::key && fs::is_regular_file(p, ec)) {
        if (auto s = shred(owned.path, size); !s) return s;
        item["action"] = "overwritten with random bytes, but NOT deleted: the purge failed here";
        action = "overwritten with random bytes, then deleted";
    }
    fs::remove_all(p, ec);
    if (ec) return make_error(api::ErrorCode::internal, "cannot delete " + owned.path + ": " + ec.message());
    item["action"] = action;
    sync_folder(p.parent_path());
    item["deleted_at"] = time::format_iso8601(time::now_ms());
    return {};
}

std::string default_report_path(const std::string& config_path) {
    std::string stamp = time::format_iso8601(time::now_ms());
    stamp.erase(std::remove_if(stamp.begin(), stamp.end(), [](char c) { return c == ':' || c == '-'; }), stamp.end());
    return (fs::path(config_path).parent_path() / ("deletion-report-" + stamp + ".json")).string();
}

std::string text_path(const std::string& json_path) { return fs::path(json_path).replace_extension(".txt").string(); }

std::string readable(const bj::object& report, const std::string& checksum) {
    std::ostringstream t;
    t << "Sportello relay: deletion report\n\n"
      << "Configuration: " << report.at("config").as_string().c_str() << "\n"
      << "Started:       " << report.at("started_at").as_string().c_str() << "\n"
      << "Finished:      " << report.at("finished_at").as_string().c_str() << "\n"
      << "Host:          " << report.at("host").as_string().c_str() << "\n";
    if (const auto& e = report.at("export"); e.is_object())
        t << "Follows the export bundle " << e.at("dir").as_string().c_str() << "\n  MANIFEST SHA-256: "
          << e.at("manifest_sha256").as_string().c_str() << "\n  signing key SHA-256: "
          << e.at("public_key_sha256").as_string().c_str() << "\n";
    else
        t << "Follows no export bundle (none was given).\n";
    if (const auto* error = report.if_contains("error"))
        t << "\nTHE PURGE STOPPED BEFORE THE END: " << error->as_string().c_str() << "\n";
    t << "\nWhat was deleted, in order (keys last):\n";
    for (const auto& v : report.at("items").as_array()) {
        const auto& i = v.as_object();
        t << "- " << i.at("what").as_string().c_str() << "\n    " << i.at("path").as_string().c_str() << "\n    "
          << i.at("action").as_string().c_str();
        if (i.contains("size_bytes")) t << ", " << i.at("size_bytes").to_number<std::uint64_t>() << " bytes";
        if (i.contains("deleted_at")) t << ", at " << i.at("deleted_at").as_string().c_str();
        t << "\n";
    }
    t << "\nReport checksum (SHA-256 of the JSON report's \"report\" object): " << checksum << "\n"
      << "Check with: sportello-relay purge verify --config FILE --report REPORT.json\n";
    return t.str();
}

} // namespace

Result<PurgeOutcome> purge(const RelayConfig& config, const PurgeRequest& request) {
    if (auto pid = storage::process_holding(config.database_path))
        return make_error(api::ErrorCode::conflict,
                          "process " + std::to_string(*pid) + " has the database " + config.database_path +
                              " open (the relay is running?): stop it first; nothing was deleted");
    bj::value exported = nullptr;
    if (!request.export_dir.empty()) {
        const auto verdict = verify_bundle(request.export_dir);
        if (!verdict.ok)
            return make_error(api::ErrorCode::invalid_request, "the export bundle " + request.export_dir +
                                                                   " does not verify (" + verdict.problems.front() +
                                                                   "); nothing was deleted");
        exported = bj::object{{"dir", fs::absolute(request.export_dir).string()},
                              {"manifest_sha256", verdict.manifest_sha256},
                              {"public_key_sha256", verdict.public_key_sha256}};
    }
    PurgeOutcome out;
    out.report_json = request.report_path.empty() ? default_report_path(request.config_path) : request.report_path;
    out.report_text = text_path(out.report_json);
    for (const auto& path : {out.report_json, out.report_text})
        if (fs::exists(path))
            return make_error(api::ErrorCode::invalid_request, "report " + path + " already exists; nothing was deleted");
    // Created before anything is deleted: a report that cannot be written
    // must stop the purge, not follow it.
    std::ofstream json_file(out.report_json, std::ios::binary), text_file(out.report_text, std::ios::binary);
    if (!json_file || !text_file)
        return make_error(api::ErrorCode::invalid_request,
                          "cannot create the report " + out.report_json + "; nothing was deleted");

    char host[256] = {};
    ::gethostname(host, sizeof host - 1);
    bj::object report{{"kind", "sportello-relay deletion report"}, {"relay_version", PRODUCT_VERSION},
                      {"config", fs::absolute(request.config_path).string()}, {"host", host},
                      {"started_at", time::format_iso8601(time::now_ms())}, {"export", exported}};
    auto paths = owned_paths(config);
    std::stable_partition(paths.begin(), paths.end(), [](const OwnedPath& p) { return p.kind == OwnedKind::data; });
    bj::array items;
    std::optional<Error> failure;
    for (const auto& owned : paths) {
        bj::object item{{"path", owned.path}, {"what", owned.what},
                        {"kind", owned.kind == OwnedKind::key ? "key" : "data"}};
        auto removed = remove_one(owned, item);
        if (item.at("existed").as_bool() && removed) out.deleted.push_back(owned.path);
        items.push_back(std::move(item));
        if (!removed) {
            // Stop there, keys untouched if data remains, and report what was done.
            failure = removed.error();
            report["error"] = failure->message;
            break;
        }
    }
    report["items"] = std::move(items);
    report["finished_at"] = time::format_iso8601(time::now_ms());
    const auto checksum = crypto::hex_encode(crypto::sha256(bj::serialize(report)));
    json_file << bj::serialize(bj::object{{"report", report}, {"sha256", checksum}}) << "\n";
    text_file << readable(report, checksum);
    json_file.flush();
    text_file.flush();
    if (failure) return make_error(api::ErrorCode::internal, failure->message + "; the purge stopped there, "
                                                                 "what it did is in " + out.report_json);
    if (!json_file || !text_file)
        return make_error(api::ErrorCode::internal, "the data is deleted but the report " + out.report_json +
                                                        " could not be written completely");
    return out;
}

std::vector<std::string> verify_purge(const RelayConfig& config, const std::string& report_path) {
    std::vector<std::string> problems;
    std::set<std::string> configured;
    for (const auto& owned : owned_paths(config)) {
        configured.insert(owned.path);
        std::error_code ec;
        if (fs::exists(fs::symlink_status(owned.path, ec)))
            problems.push_back(owned.path + " (" + owned.what + "): still exists");
    }
    std::ifstream in(report_path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    auto doc = json::parse(text.str());
    if (!in || !doc || !doc->is_object() || !doc->as_object().contains("report") ||
        !doc->as_object().at("report").is_object() || !doc->as_object().contains("sha256")) {
        problems.push_back(report_path + ": not a deletion report");
        return problems;
    }
    const auto& report = doc->as_object().at("report").as_object();
    const auto checksum = crypto::hex_encode(crypto::sha256(bj::serialize(report)));
    const auto& stated = doc->as_object().at("sha256");
    if (!stated.is_string() || stated.as_string() != checksum)
        problems.push_back(report_path + ": its checksum does not match its contents (the report was changed)");
    if (report.contains("error"))
        problems.push_back(report_path + ": records a purge that stopped before the end; run purge again (with a new --report)");
    std::set<std::string> reported;
    if (const auto* items = report.if_contains("items"); items && items->is_array())
        for (const auto& v : items->as_array())
            if (const auto* p = v.is_object() ? v.as_object().if_contains("path") : nullptr; p && p->is_string())
                reported.insert(std::string(p->as_string()));
    for (const auto& path : configured)
        if (!reported.count(path)) problems.push_back(path + ": configured, but not in the report (another configuration?)");
    for (const auto& path : reported)
        if (!configured.count(path)) problems.push_back(path + ": in the report, but not configured (another configuration?)");
    return problems;
}

} // namespace sportello::relay
