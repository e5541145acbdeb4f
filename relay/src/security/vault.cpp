#include "security/vault.hpp"

#include <openssl/evp.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <memory>
#include <vector>
#include <stdexcept>

namespace sportello::security {
namespace {

constexpr std::uint8_t format_version = 1;
constexpr std::size_t nonce_size = 12;
constexpr std::size_t tag_size = 16;

struct CtxDeleter { void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); } };
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CtxDeleter>;

// Fetched once: OpenSSL 3 would otherwise look the algorithm up (under
// locks) on every EVP_aes_256_gcm() use.
const EVP_CIPHER* aes_gcm() {
    static EVP_CIPHER* cipher = EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr);
    if (!cipher) throw std::runtime_error("AES-256-GCM is not available");
    return cipher;
}

std::atomic<std::uint64_t> next_vault_id{1};

// Each thread keeps cipher contexts with the key schedule already set, so an
// encryption only sets its nonce.
struct KeyedContexts {
    std::uint64_t vault_id = 0;
    CipherCtx encrypt, decrypt;
};

KeyedContexts& contexts_for(std::uint64_t vault_id, const crypto::Bytes& key) {
    thread_local std::vector<KeyedContexts> cache;
    for (auto& k : cache)
        if (k.vault_id == vault_id) return k;
    if (cache.size() >= 8) cache.clear();
    KeyedContexts k;
    k.vault_id = vault_id;
    k.encrypt.reset(EVP_CIPHER_CTX_new());
    k.decrypt.reset(EVP_CIPHER_CTX_new());
    if (!k.encrypt || !k.decrypt ||
        EVP_EncryptInit_ex2(k.encrypt.get(), aes_gcm(), key.data(), nullptr, nullptr) != 1 ||
        EVP_DecryptInit_ex2(k.decrypt.get(), aes_gcm(), key.data(), nullptr, nullptr) != 1)
        throw std::runtime_error("cannot initialise AES-256-GCM");
    cache.push_back(std::move(k));
    return cache.back();
}

// Random 96-bit nonces, drawn from a per-thread buffer of CSPRNG output:
// OpenSSL's RAND_bytes makes a getpid() system call on every call (its fork
// check), which dominated encryption on virtual machines. Still random,
// never reused: each nonce is fresh bytes from RAND_bytes.
void fill_nonce(unsigned char* out) {
    thread_local crypto::Bytes pool;
    thread_local std::size_t used = 0;
    if (used + nonce_size > pool.size()) {
        pool = crypto::random_bytes(nonce_size * 256);
        used = 0;
    }
    std::copy(pool.begin() + static_cast<long>(used), pool.begin() + static_cast<long>(used + nonce_size), out);
    used += nonce_size;
}

crypto::Bytes derive(const crypto::Bytes& master, std::string_view label) {
    return crypto::hmac_sha256(crypto::as_view(master), label);
}

} // namespace

Vault::Vault(const crypto::Bytes& master_key) {
    if (master_key.size() != 32) throw std::runtime_error("the data key must be 32 bytes");
    enc_key_ = derive(master_key, "sportello/encryption/v1");
    id_ = next_vault_id++;
    mac_key_ = derive(master_key, "sportello/lookup-hash/v1");
}

Vault Vault::from_key_file(const std::string& path) {
    namespace fs = std::filesystem;
    if (!fs::exists(path)) {
        if (fs::path(path).has_parent_path()) fs::create_directories(fs::path(path).parent_path());
        const auto key = crypto::random_bytes(32);
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600);
        if (fd < 0) throw std::runtime_error("cannot create data key file " + path);
        const std::string hex = crypto::hex_encode(key) + "\n";
        const bool ok = ::write(fd, hex.data(), hex.size()) == static_cast<ssize_t>(hex.size()) && ::fsync(fd) == 0;
        ::close(fd);
        if (!ok) throw std::runtime_error("cannot write data key file " + path);
        return Vault(key);
    }
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0 && (st.st_mode & 0077) != 0)
        throw std::runtime_error("data key file " + path + " is readable by other users; run chmod 600 on it");
    std::ifstream in(path);
    std::string hex;
    in >> hex;
    auto key = crypto::hex_decode(hex);
    if (!key || key->size() != 32) throw std::runtime_error("data key file " + path + " does not hold 64 hex digits");
    return Vault(*key);
}

crypto::Bytes Vault::encrypt(std::string_view plaintext, std::string_view column) const {
    crypto::Bytes out(1 + nonce_size + plaintext.size() + tag_size);
    out[0] = format_version;
    unsigned char* nonce = out.data() + 1;
    fill_nonce(nonce);
    EVP_CIPHER_CTX* ctx = contexts_for(id_, enc_key_).encrypt.get();
    int len = 0;
    if (EVP_EncryptInit_ex2(ctx, nullptr, nullptr, nonce, nullptr) != 1 ||
        EVP_EncryptUpdate(ctx, nullptr, &len, reinterpret_cast<const unsigned char*>(column.data()),
                          static_cast<int>(column.size())) != 1 ||
        EVP_EncryptUpdate(ctx, out.data() + 1 + nonce_size, &len,
                          reinterpret_cast<const unsigned char*>(plaintext.data()), static_cast<int>(plaintext.size())) != 1 ||
        EVP_EncryptFinal_ex(ctx, out.data() + 1 + nonce_size + len, &len) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, tag_size, out.data() + out.size() - tag_size) != 1)
        throw std::runtime_error("encryption failed");
    return out;
}

std::string Vault::decrypt(const crypto::Bytes& in, std::string_view column) const {
    if (in.size() < 1 + nonce_size + tag_size || in[0] != format_version)
        throw std::runtime_error("not a ciphertext of this vault");
    const std::size_t n = in.size() - 1 - nonce_size - tag_size;
    std::string out(n, '\0');
    EVP_CIPHER_CTX* ctx = contexts_for(id_, enc_key_).decrypt.get();
    int len = 0;
    crypto::Bytes tag(in.end() - tag_size, in.end());
    if (EVP_DecryptInit_ex2(ctx, nullptr, nullptr, in.data() + 1, nullptr) != 1 ||
        EVP_DecryptUpdate(ctx, nullptr, &len, reinterpret_cast<const unsigned char*>(column.data()),
                          static_cast<int>(column.size())) != 1 ||
        EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char*>(out.data()), &len, in.data() + 1 + nonce_size,
                          static_cast<int>(n)) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, tag_size, tag.data()) != 1 ||
        EVP_DecryptFinal_ex(ctx, reinterpret_cast<unsigned char*>(out.data()) + len, &len) != 1)
        throw std::runtime_error("decryption failed: wrong key, wrong column or altered data");
    return out;
}

crypto::Bytes Vault::lookup_hash(std::string_view value) const {
    return crypto::hmac_sha256(crypto::as_view(mac_key_), value);
}

} // namespace sportello::security
