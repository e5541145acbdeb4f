#include "security/key_files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace sportello::security {
namespace {

namespace fs = std::filesystem;

void fsync_folder_of(const std::string& path) {
    const auto folder = fs::absolute(path).parent_path();
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

bool write_all(int fd, const std::string& data) {
    std::size_t done = 0;
    while (done < data.size()) {
        const auto n = ::write(fd, data.data() + done, data.size() - done);
        if (n <= 0) return false;
        done += static_cast<std::size_t>(n);
    }
    return ::fsync(fd) == 0;
}

} // namespace

crypto::Bytes read_key_file(const std::string& path, const std::string& what) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) throw std::runtime_error(what + " file " + path + " does not exist");
    if ((st.st_mode & 0077) != 0)
        throw std::runtime_error(what + " file " + path + " is readable by other users; run chmod 600 on it");
    std::ifstream in(path);
    std::string hex;
    in >> hex;
    auto key = crypto::hex_decode(hex);
    if (!key || key->size() != 32) throw std::runtime_error(what + " file " + path + " does not hold 64 hex digits");
    return *key;
}

crypto::Bytes load_or_create_key_file(const std::string& path, const std::string& what) {
    if (fs::exists(path)) return read_key_file(path, what);
    if (fs::path(path).has_parent_path()) fs::create_directories(fs::path(path).parent_path());
    const auto key = crypto::random_bytes(32);
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0) throw std::runtime_error("cannot create " + what + " file " + path);
    const bool ok = write_all(fd, crypto::hex_encode(key) + "\n");
    ::close(fd);
    if (!ok) throw std::runtime_error("cannot write " + what + " file " + path);
    fsync_folder_of(path);
    return key;
}

void write_key_file(const std::string& path, const crypto::Bytes& key) {
    const std::string temporary = path + ".writing";
    ::unlink(temporary.c_str());
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0) throw std::runtime_error("cannot create key file " + temporary);
    const bool ok = write_all(fd, crypto::hex_encode(key) + "\n");
    ::close(fd);
    if (!ok || std::rename(temporary.c_str(), path.c_str()) != 0) {
        ::unlink(temporary.c_str());
        throw std::runtime_error("cannot write key file " + path);
    }
    fsync_folder_of(path);
}

void destroy_key_file(const std::string& path) {
    const int fd = ::open(path.c_str(), O_WRONLY);
    if (fd < 0) {
        if (errno == ENOENT) return;
        throw std::runtime_error("cannot open key file " + path + " to destroy it");
    }
    struct stat st {};
    const bool ok = ::fstat(fd, &st) == 0 &&
                    write_all(fd, std::string(static_cast<std::size_t>(std::max<off_t>(st.st_size, 65)), '\0')) &&
                    ::lseek(fd, 0, SEEK_SET) == 0 &&
                    write_all(fd, crypto::hex_encode(crypto::random_bytes(32)) + "\n");
    ::close(fd);
    if (!ok) throw std::runtime_error("cannot overwrite key file " + path);
    if (::unlink(path.c_str()) != 0) throw std::runtime_error("cannot remove key file " + path);
    fsync_folder_of(path);
}

std::uint32_t key_id_of(const crypto::Bytes& key) {
    const auto h = crypto::hmac_sha256(crypto::as_view(key), "sportello/key-id/v1");
    return (std::uint32_t{h[0]} << 24) | (std::uint32_t{h[1]} << 16) | (std::uint32_t{h[2]} << 8) | h[3];
}

std::string key_id_text(std::uint32_t id) {
    char text[9];
    std::snprintf(text, sizeof text, "%08x", id);
    return text;
}

} // namespace sportello::security
