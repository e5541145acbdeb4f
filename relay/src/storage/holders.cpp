#include "storage/holders.hpp"

#include <fcntl.h>
#include <unistd.h>

namespace sportello::storage {
namespace {

// SQLite's unix VFS: the lock bytes start at the "pending byte" (1 GiB);
// shared locks take the 510 bytes after the pending and reserved bytes. In
// the -shm file, open connections hold byte 128 (the "DMS" lock).
constexpr off_t pending_byte = 0x40000000;
constexpr off_t shm_dms_byte = 128;

std::optional<pid_t> holder(const std::string& path, off_t start, off_t length) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return std::nullopt;
    struct flock probe {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = start;
    probe.l_len = length;
    const bool asked = ::fcntl(fd, F_GETLK, &probe) == 0;
    ::close(fd);
    if (!asked || probe.l_type == F_UNLCK) return std::nullopt;
    return probe.l_pid;
}

} // namespace

std::optional<pid_t> process_holding(const std::string& database_path) {
    if (auto pid = holder(database_path, pending_byte, 512)) return pid;
    return holder(database_path + "-shm", shm_dms_byte, 1);
}

} // namespace sportello::storage
