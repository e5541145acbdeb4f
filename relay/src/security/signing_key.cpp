#include "security/signing_key.hpp"

#include <openssl/evp.h>
#include <openssl/pem.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <stdexcept>

namespace sportello::security {
namespace {

struct BioFree {
    void operator()(BIO* b) const noexcept { BIO_free(b); }
};
using Bio = std::unique_ptr<BIO, BioFree>;
struct CtxFree {
    void operator()(EVP_MD_CTX* c) const noexcept { EVP_MD_CTX_free(c); }
};
using MdCtx = std::unique_ptr<EVP_MD_CTX, CtxFree>;

EVP_PKEY* generate() {
    EVP_PKEY* key = nullptr;
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr);
    const bool ok = ctx && EVP_PKEY_keygen_init(ctx) == 1 && EVP_PKEY_keygen(ctx, &key) == 1;
    EVP_PKEY_CTX_free(ctx);
    if (!ok) throw std::runtime_error("cannot generate an Ed25519 key");
    return key;
}

void write_new(const std::string& path, EVP_PKEY* key) {
    namespace fs = std::filesystem;
    if (fs::path(path).has_parent_path()) fs::create_directories(fs::path(path).parent_path());
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0) throw std::runtime_error("cannot create signing key file " + path);
    Bio bio(BIO_new(BIO_s_mem()));
    bool ok = bio && PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) == 1;
    char* data = nullptr;
    const long size = ok ? BIO_get_mem_data(bio.get(), &data) : 0;
    ok = ok && size > 0 && ::write(fd, data, static_cast<std::size_t>(size)) == size && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok) {
        ::unlink(path.c_str());
        throw std::runtime_error("cannot write signing key file " + path);
    }
}

} // namespace

void SigningKey::Free::operator()(EVP_PKEY* key) const noexcept { EVP_PKEY_free(key); }

SigningKey SigningKey::load_or_create(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        EVP_PKEY* key = generate();
        SigningKey owned(key);
        write_new(path, key);
        return owned;
    }
    if ((st.st_mode & 0077) != 0)
        throw std::runtime_error("signing key file " + path + " is readable by other users; run chmod 600 on it");
    std::FILE* f = std::fopen(path.c_str(), "r");
    if (!f) throw std::runtime_error("cannot read signing key file " + path);
    EVP_PKEY* key = PEM_read_PrivateKey(f, nullptr, nullptr, nullptr);
    std::fclose(f);
    if (!key || EVP_PKEY_id(key) != EVP_PKEY_ED25519) {
        EVP_PKEY_free(key);
        throw std::runtime_error("signing key file " + path + " does not hold an Ed25519 private key");
    }
    return SigningKey(key);
}

std::string SigningKey::sign(std::string_view message) const {
    MdCtx ctx(EVP_MD_CTX_new());
    std::string signature(64, '\0');
    std::size_t length = signature.size();
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key_.get()) != 1 ||
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                       reinterpret_cast<const unsigned char*>(message.data()), message.size()) != 1 ||
        length != 64)
        throw std::runtime_error("Ed25519 signing failed");
    return signature;
}

std::string SigningKey::public_key_pem() const {
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), key_.get()) != 1) throw std::runtime_error("cannot encode the public key");
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return std::string(data, static_cast<std::size_t>(size));
}

bool verify_signature(std::string_view public_key_pem, std::string_view message, std::string_view signature,
                      std::string* problem) {
    Bio bio(BIO_new_mem_buf(public_key_pem.data(), static_cast<int>(public_key_pem.size())));
    std::unique_ptr<EVP_PKEY, void (*)(EVP_PKEY*)> key(
        bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr, EVP_PKEY_free);
    if (!key || EVP_PKEY_id(key.get()) != EVP_PKEY_ED25519) {
        if (problem) *problem = "not an Ed25519 public key in PEM";
        return false;
    }
    MdCtx ctx(EVP_MD_CTX_new());
    return ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) == 1 &&
           EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.data()), signature.size(),
                            reinterpret_cast<const unsigned char*>(message.data()), message.size()) == 1;
}

} // namespace sportello::security
