// sportello-relay backup and restore: an online, consistent copy of the
// database, encrypted with the backup key (security/backup_cipher.hpp), and
// its checked restore. docs/privacy.md, "Backups and keys".

#include "app/cli_maintenance.hpp"

#include "security/backup_cipher.hpp"
#include "security/key_files.hpp"
#include "security/vault.hpp"
#include "sportello/time.hpp"
#include "storage/instance_lock.hpp"
#include "storage/online_backup.hpp"
#include "storage/sqlite.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <vector>

namespace sportello::relay {
namespace {

namespace fs = std::filesystem;

constexpr const char* backup_prefix = "sportello-";
constexpr const char* backup_suffix = ".spbk";

std::string timestamp_name() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y%m%dT%H%M%SZ", &utc);
    return std::string(backup_prefix) + text + backup_suffix;
}

void sync_folder(const fs::path& folder) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

bool is_backup_name(const std::string& name) {
    return name.rfind(backup_prefix, 0) == 0 && name.size() > std::string(backup_suffix).size() &&
           name.compare(name.size() - std::string(backup_suffix).size(), std::string::npos, backup_suffix) == 0;
}

// Rotation: the newest keep_daily backups stay, unless older than
// max_age_days (by modification time); every other backup is deleted.
// Only files named like backups are considered.
void prune_backups(const BackupSettings& settings) {
    struct Found {
        fs::path path;
        fs::file_time_type modified;
    };
    std::vector<Found> found;
    for (const auto& entry : fs::directory_iterator(settings.directory))
        if (entry.is_regular_file() && is_backup_name(entry.path().filename().string()))
            found.push_back({entry.path(), entry.last_write_time()});
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.modified > b.modified; });
    const auto oldest_allowed = fs::file_time_type::clock::now() - std::chrono::hours(24) * settings.max_age_days;
    for (std::size_t i = 0; i < found.size(); ++i) {
        const bool too_many = i >= static_cast<std::size_t>(settings.keep_daily);
        const bool too_old = found[i].modified < oldest_allowed;
        if (!too_many && !too_old) continue;
        fs::remove(found[i].path);
        std::cout << "deleted backup " << found[i].path.string() << (too_old ? " (older than backup.max_age_days)" : " (beyond backup.keep_daily)")
                  << "\n";
    }
}

// Removes a file when the scope ends, unless released.
struct TemporaryFile {
    std::string path;
    ~TemporaryFile() {
        if (!path.empty()) fs::remove(path);
    }
};

} // namespace

int backup_command(const RelayConfig& config, const std::optional<std::string>& out) {
    if (fs::exists(config.data_key_file + ".previous")) {
        std::cerr << "backup: a data key rotation is in progress (" << config.data_key_file
                  << ".previous exists); run keys rotate to its end, then back up\n";
        return 1;
    }
    if (!fs::exists(config.database_path)) {
        std::cerr << "backup: the database " << config.database_path << " does not exist\n";
        return 1;
    }
    const auto backup_key = security::load_or_create_key_file(config.backup.key_file, "backup key");
    const auto data_key_id = security::key_id_of(security::read_key_file(config.data_key_file, "data key"));
    fs::create_directories(config.backup.directory);
    fs::permissions(config.backup.directory, fs::perms::owner_all);
    const fs::path target = out ? fs::path(*out) : fs::path(config.backup.directory) / timestamp_name();
    if (fs::exists(target)) {
        std::cerr << "backup: " << target.string() << " already exists\n";
        return 1;
    }
    // The plain copy holds personal data only encrypted by the data key, but
    // it still never outlives the command.
    TemporaryFile plain{(fs::path(config.backup.directory) / ("." + target.filename().string() + ".copy")).string()};
    TemporaryFile sealed{target.string() + ".partial"};
    fs::remove(plain.path);
    const auto start = std::chrono::steady_clock::now();
    storage::copy_live_database(config.database_path, plain.path);
    security::seal_backup(plain.path, sealed.path, backup_key, data_key_id);
    fs::rename(sealed.path, target);
    sealed.path.clear();
    sync_folder(target.parent_path().empty() ? fs::path(".") : target.parent_path());
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
    std::cout << "backup " << target.string() << " (" << fs::file_size(target) << " bytes, backup key "
              << security::key_id_text(security::key_id_of(backup_key)) << ", data key " << security::key_id_text(data_key_id)
              << ") in " << ms << " ms\n";
    prune_backups(config.backup);
    return 0;
}

int restore_command(const RelayConfig& config, const std::string& from, const std::optional<std::string>& to) {
    const std::string target = to.value_or(config.database_path);
    // Refuses while a relay runs on the target; keeps one from starting until the end.
    storage::InstanceLock lock(target, storage::InstanceLock::Kind::maintenance);
    const auto backup_key = security::read_key_file(config.backup.key_file, "backup key");
    const auto header = security::read_backup_header(from);
    const auto vault = security::Vault::from_key_file(config.data_key_file);
    const bool key_held = header.data_key_id == vault.current_key_id() ||
                          (vault.holds_previous_key() &&
                           header.data_key_id == security::key_id_of(security::read_key_file(config.data_key_file + ".previous", "previous data key")));
    if (!key_held) {
        std::cerr << "restore: " << from << " holds personal data encrypted with data key "
                  << security::key_id_text(header.data_key_id) << ", which has been rotated away and destroyed (the key "
                  << "now is " << security::key_id_text(vault.current_key_id()) << "); its rows could not be read. Nothing was changed.\n";
        return 1;
    }
    const fs::path folder = fs::absolute(target).parent_path();
    fs::create_directories(folder);
    TemporaryFile plain{target + ".restoring"};
    security::open_backup(from, plain.path, backup_key);
    const auto check = storage::check_database_copy(plain.path);
    if (!check.ok) {
        std::cerr << "restore: " << check.problem << ". Nothing was changed.\n";
        return 1;
    }
    // The replaced database's WAL must not survive beside the restored file:
    // SQLite would apply it to the wrong database. A checkpoint folds it in
    // and removes it; what remains is deleted.
    if (fs::exists(target)) {
        try {
            storage::Connection old(target, storage::Connection::Mode::read_write, true);
            old.exec_script("PRAGMA wal_checkpoint(TRUNCATE);");
        } catch (const std::exception& e) {
            std::cerr << "restore: the database being replaced could not be checkpointed (" << e.what()
                      << "); its WAL is discarded with it\n";
        }
    }
    fs::remove(target + "-wal");
    fs::remove(target + "-shm");
    fs::rename(plain.path, target);
    plain.path.clear();
    sync_folder(folder);
    std::cout << "restored " << from << " into " << target << " (schema version " << check.schema_version
              << ", integrity ok, data key " << security::key_id_text(header.data_key_id) << ")\n";
    return 0;
}

} // namespace sportello::relay
