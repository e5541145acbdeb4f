#include "storage/instance_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <stdexcept>

namespace sportello::storage {
namespace {

int open_lock_file(const std::string& database_path) {
    const auto path = InstanceLock::lock_path(database_path);
    const auto folder = std::filesystem::absolute(path).parent_path();
    if (!folder.empty()) std::filesystem::create_directories(folder);
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) throw std::runtime_error("cannot open the lock file " + path);
    return fd;
}

bool lock(int fd, int operation) {
    while (::flock(fd, operation | LOCK_NB) != 0) {
        if (errno == EINTR) continue;
        return false;
    }
    return true;
}

} // namespace

InstanceLock::InstanceLock(const std::string& database_path, Kind kind) : fd_(open_lock_file(database_path)) {
    if (lock(fd_, kind == Kind::relay ? LOCK_SH : LOCK_EX)) return;
    ::close(fd_);
    fd_ = -1;
    if (kind == Kind::relay)
        throw std::runtime_error("the database " + database_path +
                                 " is being restored or its keys rotated (lock " + lock_path(database_path) +
                                 " is held exclusively); start the relay when that command has finished");
    throw std::runtime_error("a relay (or another maintenance command) is running on the database " + database_path +
                             " (lock " + lock_path(database_path) + " is held); stop it first");
}

InstanceLock InstanceLock::try_maintenance(const std::string& database_path) {
    InstanceLock l;
    l.fd_ = open_lock_file(database_path);
    if (!lock(l.fd_, LOCK_EX)) {
        ::close(l.fd_);
        l.fd_ = -1;
    }
    return l;
}

InstanceLock::InstanceLock(InstanceLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }

InstanceLock::~InstanceLock() {
    if (fd_ >= 0) ::close(fd_);
}

} // namespace sportello::storage
