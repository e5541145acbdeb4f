#pragma once
// Who is using a database file: a lock file beside it (DATABASE.lock, an
// flock(2) lock, released by the kernel when the process ends, even by a
// crash). A running relay holds it shared for its whole life (several relays
// on one file stay possible, as before); commands that must not run beside a
// relay — a restore, a key rotation with no relay running — hold it
// exclusive. So a restore refuses while a relay runs, and a relay refuses to
// start while a restore runs.

#include <string>

namespace sportello::storage {

class InstanceLock {
public:
    enum class Kind { relay, maintenance };
    // Throws std::runtime_error with a message for the administrator when the
    // other kind holds the lock (a relay: "a relay is running on …").
    InstanceLock(const std::string& database_path, Kind kind);
    // Tries the exclusive lock; nullptr-like (held() false) when busy.
    static InstanceLock try_maintenance(const std::string& database_path);
    InstanceLock(InstanceLock&& other) noexcept;
    InstanceLock& operator=(InstanceLock&&) = delete;
    ~InstanceLock();

    bool held() const noexcept { return fd_ >= 0; }
    static std::string lock_path(const std::string& database_path) { return database_path + ".lock"; }

private:
    InstanceLock() = default;
    int fd_ = -1;
};

} // namespace sportello::storage
