#include "security/backup_cipher.hpp"

#include "security/key_files.hpp"

#include <openssl/evp.h>

#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <vector>

namespace sportello::security {
namespace {

constexpr char magic[8] = {'S', 'P', 'B', 'A', 'C', 'K', 'U', 'P'};
constexpr std::uint8_t format = 1;
constexpr std::size_t header_size = 32;
constexpr std::uint32_t chunk_size = 1 << 20;
constexpr std::uint32_t last_flag = 0x80000000u;
constexpr std::size_t tag_size = 16;

using Header = std::array<std::uint8_t, header_size>;

void put32(std::uint8_t* p, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) p[i] = static_cast<std::uint8_t>(v >> (24 - 8 * i));
}
std::uint32_t get32(const std::uint8_t* p) {
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3];
}

struct CtxDeleter { void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); } };
struct FileCloser { void operator()(std::FILE* f) const { std::fclose(f); } };
using File = std::unique_ptr<std::FILE, FileCloser>;

crypto::Bytes cipher_key(const crypto::Bytes& backup_key) {
    return crypto::hmac_sha256(crypto::as_view(backup_key), "sportello/backup/v1");
}

// The nonce and associated data of chunk `index`.
void chunk_parameters(const Header& h, std::uint32_t index, bool last, std::uint8_t (&nonce)[12],
                      std::vector<std::uint8_t>& aad) {
    std::memcpy(nonce, h.data() + 24, 8);
    put32(nonce + 8, index);
    aad.assign(h.begin(), h.end());
    aad.resize(header_size + 5);
    put32(aad.data() + header_size, index);
    aad[header_size + 4] = last ? 1 : 0;
}

// One AES-256-GCM operation over a chunk; `tag` is written (encrypt) or checked (decrypt).
bool crypt_chunk(bool encrypt, const crypto::Bytes& key, const Header& h, std::uint32_t index, bool last,
                 const std::uint8_t* in, std::size_t n, std::uint8_t* out, std::uint8_t* tag) {
    std::unique_ptr<EVP_CIPHER_CTX, CtxDeleter> ctx(EVP_CIPHER_CTX_new());
    std::uint8_t nonce[12];
    std::vector<std::uint8_t> aad;
    chunk_parameters(h, index, last, nonce, aad);
    int len = 0;
    const auto update = encrypt ? EVP_EncryptUpdate : EVP_DecryptUpdate;
    if (!ctx || (encrypt ? EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), nonce)
                         : EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), nonce)) != 1 ||
        update(ctx.get(), nullptr, &len, aad.data(), static_cast<int>(aad.size())) != 1 ||
        (n > 0 && update(ctx.get(), out, &len, in, static_cast<int>(n)) != 1))
        return false;
    if (encrypt)
        return EVP_EncryptFinal_ex(ctx.get(), out + n, &len) == 1 &&
               EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, tag_size, tag) == 1;
    return EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, tag_size, tag) == 1 &&
           EVP_DecryptFinal_ex(ctx.get(), out + n, &len) == 1;
}

File create_private(const std::string& path) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) throw std::runtime_error("cannot create " + path);
    File f(::fdopen(fd, "wb"));
    if (!f) {
        ::close(fd);
        throw std::runtime_error("cannot create " + path);
    }
    return f;
}

void finish(File& f, const std::string& path) {
    if (std::fflush(f.get()) != 0 || ::fsync(::fileno(f.get())) != 0 || std::fclose(f.release()) != 0)
        throw std::runtime_error("cannot write " + path + " (disk full?)");
}

Header parse_header(std::FILE* in, const std::string& path) {
    Header h{};
    if (std::fread(h.data(), 1, header_size, in) != header_size || std::memcmp(h.data(), magic, sizeof magic) != 0)
        throw std::runtime_error(path + " is not a Sportello backup");
    if (h[8] != format)
        throw std::runtime_error(path + " has backup format " + std::to_string(h[8]) + ", which this relay does not read");
    return h;
}

BackupHeader describe(const Header& h) { return {h[8], get32(h.data() + 12), get32(h.data() + 16)}; }

File open_for_reading(const std::string& path) {
    File in(std::fopen(path.c_str(), "rb"));
    if (!in) throw std::runtime_error("cannot read " + path);
    return in;
}

} // namespace

void seal_backup(const std::string& plain, const std::string& sealed, const crypto::Bytes& backup_key,
                 std::uint32_t data_key_id) {
    File in = open_for_reading(plain);
    File out = create_private(sealed);
    Header h{};
    std::memcpy(h.data(), magic, sizeof magic);
    h[8] = format;
    put32(h.data() + 12, key_id_of(backup_key));
    put32(h.data() + 16, data_key_id);
    put32(h.data() + 20, chunk_size);
    const auto prefix = crypto::random_bytes(8);
    std::memcpy(h.data() + 24, prefix.data(), 8);
    if (std::fwrite(h.data(), 1, header_size, out.get()) != header_size) throw std::runtime_error("cannot write " + sealed);
    const auto key = cipher_key(backup_key);
    std::vector<std::uint8_t> buffer(chunk_size), next(chunk_size), ciphertext(chunk_size + tag_size);
    std::size_t n = std::fread(buffer.data(), 1, chunk_size, in.get());
    for (std::uint32_t index = 0;; ++index) {
        const std::size_t following = n == chunk_size ? std::fread(next.data(), 1, chunk_size, in.get()) : 0;
        const bool last = following == 0;
        if (std::ferror(in.get())) throw std::runtime_error("cannot read " + plain);
        std::uint8_t length[4];
        put32(length, static_cast<std::uint32_t>(n) | (last ? last_flag : 0));
        if (!crypt_chunk(true, key, h, index, last, buffer.data(), n, ciphertext.data(), ciphertext.data() + n) ||
            std::fwrite(length, 1, 4, out.get()) != 4 ||
            std::fwrite(ciphertext.data(), 1, n + tag_size, out.get()) != n + tag_size)
            throw std::runtime_error("cannot encrypt the backup into " + sealed);
        if (last) break;
        std::swap(buffer, next);
        n = following;
    }
    finish(out, sealed);
}

BackupHeader read_backup_header(const std::string& sealed) {
    File in = open_for_reading(sealed);
    return describe(parse_header(in.get(), sealed));
}

BackupHeader open_backup(const std::string& sealed, const std::string& plain, const crypto::Bytes& backup_key) {
    File in = open_for_reading(sealed);
    const Header h = parse_header(in.get(), sealed);
    const auto header = describe(h);
    if (header.backup_key_id != key_id_of(backup_key))
        throw std::runtime_error(sealed + " was made with backup key " + key_id_text(header.backup_key_id) +
                                 ", not with the configured one (" + key_id_text(key_id_of(backup_key)) + ")");
    const auto key = cipher_key(backup_key);
    try {
        File out = create_private(plain);
        std::vector<std::uint8_t> ciphertext(chunk_size + tag_size), clear(chunk_size);
        for (std::uint32_t index = 0;; ++index) {
            std::uint8_t length[4];
            if (std::fread(length, 1, 4, in.get()) != 4)
                throw std::runtime_error(sealed + " is cut short: it ends before its last chunk (" + std::to_string(index) +
                                         " chunks read)");
            const bool last = (get32(length) & last_flag) != 0;
            const std::size_t n = get32(length) & ~last_flag;
            if (n > chunk_size || std::fread(ciphertext.data(), 1, n + tag_size, in.get()) != n + tag_size ||
                !crypt_chunk(false, key, h, index, last, ciphertext.data(), n, clear.data(), ciphertext.data() + n))
                throw std::runtime_error(sealed + " failed authentication at chunk " + std::to_string(index) +
                                         ": the file was altered or damaged; nothing was restored");
            if (std::fwrite(clear.data(), 1, n, out.get()) != n) throw std::runtime_error("cannot write " + plain);
            if (last) break;
        }
        if (std::fgetc(in.get()) != EOF)
            throw std::runtime_error(sealed + " has data after its last chunk: the file was altered; nothing was restored");
        finish(out, plain);
    } catch (...) {
        std::remove(plain.c_str());
        throw;
    }
    return header;
}

} // namespace sportello::security
