#include "app/cli_citizen.hpp"

#include "config/config.hpp"
#include "ops/citizen_export.hpp"
#include "ops/citizen_rights.hpp"
#include "sportello/time.hpp"
#include "storage/database.hpp"

#include <boost/json/serialize.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <optional>

namespace sportello::relay {
namespace {

std::string option(const std::map<std::string, std::string>& options, const std::string& name) {
    const auto it = options.find(name);
    return it == options.end() ? std::string() : it->second;
}

// The document in a new file only the relay's user reads: it holds a
// citizen's whole history in clear.
bool write_new_file(const std::string& path, const std::string& text) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        std::cerr << "cannot create " << path << ": " << std::strerror(errno)
                  << (errno == EEXIST ? " (an export is never written over an existing file)" : "") << "\n";
        return false;
    }
    std::size_t done = 0;
    while (done < text.size()) {
        const auto n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            std::cerr << "cannot write " << path << ": " << std::strerror(errno) << "\n";
            ::close(fd);
            ::unlink(path.c_str());
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

int export_citizen(storage::Database& db, const security::Vault& vault, const ExportRequest& request,
                   const std::string& out) {
    const auto lookup = citizen_lookup(vault, request.citizen);
    std::optional<boost::json::object> data;
    db.read_sync([&](storage::Connection& c) {
        if (const auto id = locate_citizen(c, lookup)) data = citizen_data(c, vault, *id);
    });
    db.write_sync([&](storage::Connection& c) {
        audit_citizen_export(c, request.requested_by, request.citizen, data.has_value(), request.at_ms);
    });
    const auto document = citizen_export_document(request, data);
    if (out.empty()) std::cout << document << "\n";
    else if (!write_new_file(out, document)) return 1;
    if (!data) std::cerr << "no data held about " << masked_subject(request.citizen) << "\n";
    else if (!out.empty()) std::cerr << "exported the data of " << masked_subject(request.citizen) << " to " << out << "\n";
    return 0;
}

int erase_citizen_data(storage::Database& db, const security::Vault& vault, const ExportRequest& request) {
    const auto lookup = citizen_lookup(vault, request.citizen);
    std::optional<ErasureCounts> counts;
    db.write_sync([&](storage::Connection& c) {
        counts = erase_citizen(c, lookup, request.at_ms);
        audit_citizen_erasure(c, request.requested_by, request.citizen, counts, request.at_ms);
    });
    if (!counts) {
        std::cout << "no data held about " << masked_subject(request.citizen) << ": nothing erased\n";
        return 0;
    }
    std::cout << "erased the data of " << masked_subject(request.citizen) << ": "
              << boost::json::serialize(counts->to_json()) << "\n";
    if (counts->pending_cancelled > 0)
        std::cout << counts->pending_cancelled << " message(s) not yet sent were cancelled\n";
    return 0;
}

} // namespace

int run_citizen_command(const std::string& action, const std::map<std::string, std::string>& options) {
    if (action != "export" && action != "erase") {
        std::cerr << "citizen: the action is export or erase\n";
        return 2;
    }
    const auto config_path = option(options, "config");
    const auto requested_by = option(options, "requested-by");
    if (config_path.empty() || requested_by.empty()) {
        std::cerr << "citizen " << action << ": --config FILE and --requested-by NAME are required\n";
        return 2;
    }
    if (action == "erase" && !options.count("--confirm")) {
        std::cerr << "citizen erase deletes the citizen's data for good: add --confirm\n";
        return 2;
    }
    auto citizen = make_citizen_request(option(options, "phone"), option(options, "user-id"), option(options, "reason"));
    if (!citizen) {
        const auto& e = citizen.error();
        std::cerr << "citizen " << action << ": " << (e.field == "user_id" ? "--user-id" : "--" + e.field) << ": "
                  << e.message << "\n";
        return 2;
    }
    auto config = load_config(config_path);
    if (!config) {
        std::cerr << "configuration " << config_path << ": " << config.error().message << "\n";
        return 2;
    }
    // Never a new key: lookups with it would find nothing and answer "no data held".
    if (!std::filesystem::exists(config->data_key_file)) {
        std::cerr << "the data key " << config->data_key_file << " does not exist\n";
        return 1;
    }
    const auto vault = security::Vault::from_key_file(config->data_key_file);
    storage::Database db({config->database_path, config->synchronous_full, 1});
    const ExportRequest request{std::move(*citizen), "cli:" + requested_by, time::now_ms()};
    if (action == "export") return export_citizen(db, vault, request, option(options, "out"));
    return erase_citizen_data(db, vault, request);
}

} // namespace sportello::relay
