// sportello-relay keys rotate: a new data key, every encrypted row
// re-encrypted under it in bounded batches while the relay keeps serving,
// then the old key destroyed. The design (key files, the relay's handshake,
// crash recovery) is in docs/privacy.md, "Backups and keys".

#include "app/cli_maintenance.hpp"

#include "core/key_rotation.hpp"
#include "security/key_files.hpp"
#include "security/vault.hpp"
#include "storage/instance_lock.hpp"
#include "storage/schema.hpp"
#include "storage/sqlite.hpp"

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <thread>

namespace sportello::relay {
namespace {

namespace fs = std::filesystem;

constexpr std::int64_t rows_per_batch = 500;   // one short transaction each: the relay's writer waits at most that long
constexpr auto relay_pickup_timeout = std::chrono::seconds(60);

// Steps 1–3, each idempotent so that an interrupted rotation resumes: the
// lookup-hash key saved on its own, the old key kept under P.previous (a
// hard link: the same file, so destroying it later destroys the only copy),
// a new key written atomically over P.
void install_new_key(const std::string& path) {
    const std::string previous = path + ".previous", lookup = path + ".lookup";
    if (!fs::exists(lookup)) security::write_key_file(lookup, security::derived_lookup_key(security::read_key_file(path, "data key")));
    if (!fs::exists(previous)) {
        if (::link(path.c_str(), previous.c_str()) != 0) throw std::runtime_error("cannot create " + previous);
    } else {
        std::cout << "resuming an interrupted rotation: " << previous << " exists\n";
    }
    const auto old_id = security::key_id_of(security::read_key_file(previous, "previous data key"));
    if (security::key_id_of(security::read_key_file(path, "data key")) != old_id) return;   // new key already in place
    crypto::Bytes fresh;
    do fresh = crypto::random_bytes(32);
    while (security::key_id_of(fresh) == old_id);
    security::write_key_file(path, fresh);
}

// A running relay polls the key files every second and, once it encrypts
// with the new key, records so in meta.data_key_in_use.
void wait_for_relay(storage::Connection& c, std::uint32_t key_id) {
    const auto deadline = std::chrono::steady_clock::now() + relay_pickup_timeout;
    while (key_in_use(c) != key_id) {
        if (std::chrono::steady_clock::now() > deadline)
            throw std::runtime_error("the running relay has not started using the new data key within 60 s; both keys stay "
                                     "in place, so nothing is lost: check the relay's log and run keys rotate again");
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
}

// Windows of rowids, one transaction each, until a full pass finds nothing
// left under an old key (the relay may have committed a row encrypted just
// before it switched keys while a pass was running).
std::int64_t reencrypt_everything(storage::Connection& c, const security::Vault& vault) {
    std::int64_t total = 0;
    for (;;) {
        std::int64_t pass = 0;
        for (const auto& column : encrypted_columns()) {
            const auto last = max_rowid(c, column);
            for (std::int64_t after = 0; after < last; after += rows_per_batch) {
                c.exec_script("BEGIN IMMEDIATE");
                try {
                    pass += reencrypt_window(c, vault, column, after, rows_per_batch);
                    c.exec_script("COMMIT");
                } catch (...) {
                    c.exec_script("ROLLBACK");
                    throw;
                }
            }
        }
        total += pass;
        if (pass == 0 && count_not_current(c, vault) == 0) return total;
    }
}

} // namespace

int rotate_keys_command(const RelayConfig& config) {
    const std::string& path = config.data_key_file;
    if (!fs::exists(path)) {
        std::cerr << "keys rotate: the data key file " << path << " does not exist\n";
        return 1;
    }
    // Held: no relay runs (and none can start until the end). Not held: a
    // relay runs and takes part through the handshake.
    auto maintenance = storage::InstanceLock::try_maintenance(config.database_path);
    const bool relay_running = !maintenance.held();
    storage::Connection c(config.database_path, storage::Connection::Mode::read_write, config.synchronous_full);
    c.set_busy_timeout_ms(config.busy_timeout_ms);
    storage::migrate(c);

    install_new_key(path);
    const auto old_id = security::key_id_of(security::read_key_file(path + ".previous", "previous data key"));
    auto vault = security::Vault::from_key_file(path);
    const auto new_id = vault.current_key_id();
    std::cout << "new data key " << security::key_id_text(new_id) << " in " << path << "\n";
    if (relay_running) {
        std::cout << "a relay is running on this database: waiting for it to use the new key\n";
        wait_for_relay(c, new_id);
    } else {
        record_key_in_use(c, new_id);
    }
    const auto rewritten = reencrypt_everything(c, vault);
    std::cout << "re-encrypted " << rewritten << " values under key " << security::key_id_text(new_id) << "\n";
    security::destroy_key_file(path + ".previous");
    std::cout << "the previous data key " << security::key_id_text(old_id) << " was overwritten and removed; backups made before this rotation can no longer be restored "
                 "(their personal data was under that key): make a new backup now\n";
    return 0;
}

} // namespace sportello::relay
