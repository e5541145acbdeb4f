#include "security/vault.hpp"

#include "security/key_files.hpp"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>

namespace sportello::security {
namespace {

constexpr std::uint8_t legacy_version = 1;   // [1][nonce][ciphertext][tag], key implied
constexpr std::uint8_t keyed_version = 2;    // [2][key id, 4 bytes big-endian][nonce][ciphertext][tag]
constexpr std::size_t key_id_size = 4;
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

std::atomic<std::uint64_t> next_context_id{1};

// Each thread keeps cipher contexts with the key schedule already set, so an
// encryption only sets its nonce.
struct KeyedContexts {
    std::uint64_t context_id = 0;
    CipherCtx encrypt, decrypt;
};

KeyedContexts& contexts_for(std::uint64_t context_id, const crypto::Bytes& key) {
    thread_local std::vector<KeyedContexts> cache;
    for (auto& k : cache)
        if (k.context_id == context_id) return k;
    if (cache.size() >= 8) cache.clear();
    KeyedContexts k;
    k.context_id = context_id;
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

void wipe(crypto::Bytes& b) { OPENSSL_cleanse(b.data(), b.size()); }

// One data key: its id and the derived encryption key.
struct DataKey {
    explicit DataKey(const crypto::Bytes& master)
        : id(key_id_of(master)), context_id(next_context_id++), enc(derive(master, "sportello/encryption/v1")) {}
    DataKey(const DataKey&) = delete;
    ~DataKey() { wipe(enc); }
    std::uint32_t id;
    std::uint64_t context_id;   // the per-thread cipher contexts of this key
    crypto::Bytes enc;
};

std::optional<crypto::Bytes> read_if_present(const std::string& path, const std::string& what) {
    if (!std::filesystem::exists(path)) return std::nullopt;
    return read_key_file(path, what);
}

} // namespace

struct Vault::Keys {
    Keys(const crypto::Bytes& master, const std::optional<crypto::Bytes>& previous_master, crypto::Bytes lookup)
        : current(master), mac(std::move(lookup)) {
        if (previous_master) previous = std::make_unique<DataKey>(*previous_master);
    }
    Keys(const Keys&) = delete;
    ~Keys() { wipe(mac); }
    DataKey current;
    std::unique_ptr<DataKey> previous;
    crypto::Bytes mac;

    const DataKey* by_id(std::uint32_t id) const {
        if (current.id == id) return &current;
        if (previous && previous->id == id) return previous.get();
        return nullptr;
    }
};

namespace {
std::shared_ptr<const Vault::Keys> load_keys(const std::string& path, bool create) {
    const auto master = create ? load_or_create_key_file(path, "data key") : read_key_file(path, "data key");
    const auto previous = read_if_present(path + ".previous", "previous data key");
    auto lookup = read_if_present(path + ".lookup", "lookup-hash key");
    return std::make_shared<const Vault::Keys>(master, previous, lookup ? *lookup : derived_lookup_key(master));
}

bool open_with(const DataKey& key, const crypto::Bytes& in, std::size_t header, std::string_view column,
               std::string& out) {
    const std::size_t n = in.size() - header - nonce_size - tag_size;
    out.assign(n, '\0');
    EVP_CIPHER_CTX* ctx = contexts_for(key.context_id, key.enc).decrypt.get();
    int len = 0;
    crypto::Bytes tag(in.end() - tag_size, in.end());
    return EVP_DecryptInit_ex2(ctx, nullptr, nullptr, in.data() + header, nullptr) == 1 &&
           EVP_DecryptUpdate(ctx, nullptr, &len, reinterpret_cast<const unsigned char*>(column.data()),
                             static_cast<int>(column.size())) == 1 &&
           EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char*>(out.data()), &len, in.data() + header + nonce_size,
                             static_cast<int>(n)) == 1 &&
           EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, tag_size, tag.data()) == 1 &&
           EVP_DecryptFinal_ex(ctx, reinterpret_cast<unsigned char*>(out.data()) + len, &len) == 1;
}

std::uint32_t id_in(const crypto::Bytes& in) {
    return (std::uint32_t{in[1]} << 24) | (std::uint32_t{in[2]} << 16) | (std::uint32_t{in[3]} << 8) | in[4];
}
} // namespace

crypto::Bytes derived_lookup_key(const crypto::Bytes& master_key) { return derive(master_key, "sportello/lookup-hash/v1"); }

Vault::Vault(const crypto::Bytes& master_key) {
    if (master_key.size() != 32) throw std::runtime_error("the data key must be 32 bytes");
    keys_.store(std::make_shared<const Keys>(master_key, std::nullopt, derived_lookup_key(master_key)));
}

Vault::Vault(std::shared_ptr<const Keys> keys) : keys_(std::move(keys)) {}
Vault::Vault(Vault&& other) noexcept : keys_(other.keys_.load()) {}
Vault::~Vault() = default;

Vault Vault::from_key_file(const std::string& path) { return Vault(load_keys(path, true)); }

bool Vault::reload_key_files(const std::string& path) {
    auto fresh = load_keys(path, false);
    const auto old = keys_.load();
    const auto previous_id = [](const Keys& k) { return k.previous ? k.previous->id : 0u; };
    if (fresh->current.id == old->current.id && previous_id(*fresh) == previous_id(*old) && fresh->mac == old->mac)
        return false;
    keys_.store(std::move(fresh));
    return true;
}

crypto::Bytes Vault::encrypt(std::string_view plaintext, std::string_view column) const {
    const auto keys = keys_.load();
    constexpr std::size_t header = 1 + key_id_size;
    crypto::Bytes out(header + nonce_size + plaintext.size() + tag_size);
    out[0] = keyed_version;
    for (std::size_t i = 0; i < key_id_size; ++i)
        out[1 + i] = static_cast<std::uint8_t>(keys->current.id >> (8 * (key_id_size - 1 - i)));
    unsigned char* nonce = out.data() + header;
    fill_nonce(nonce);
    EVP_CIPHER_CTX* ctx = contexts_for(keys->current.context_id, keys->current.enc).encrypt.get();
    int len = 0;
    if (EVP_EncryptInit_ex2(ctx, nullptr, nullptr, nonce, nullptr) != 1 ||
        EVP_EncryptUpdate(ctx, nullptr, &len, reinterpret_cast<const unsigned char*>(column.data()),
                          static_cast<int>(column.size())) != 1 ||
        EVP_EncryptUpdate(ctx, out.data() + header + nonce_size, &len,
                          reinterpret_cast<const unsigned char*>(plaintext.data()), static_cast<int>(plaintext.size())) != 1 ||
        EVP_EncryptFinal_ex(ctx, out.data() + header + nonce_size + len, &len) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, tag_size, out.data() + out.size() - tag_size) != 1)
        throw std::runtime_error("encryption failed");
    return out;
}

std::string Vault::decrypt(const crypto::Bytes& in, std::string_view column) const {
    const auto keys = keys_.load();
    std::string out;
    if (in.size() >= 1 + key_id_size + nonce_size + tag_size && in[0] == keyed_version) {
        const DataKey* key = keys->by_id(id_in(in));
        if (!key)
            throw std::runtime_error("decryption failed: encrypted with data key " + key_id_text(id_in(in)) +
                                     ", which this relay does not hold");
        if (open_with(*key, in, 1 + key_id_size, column, out)) return out;
    } else if (in.size() >= 1 + nonce_size + tag_size && in[0] == legacy_version) {
        // Made before key ids existed: by the first key, which is the current
        // one or, during the first rotation, the previous one.
        if (open_with(keys->current, in, 1, column, out)) return out;
        if (keys->previous && open_with(*keys->previous, in, 1, column, out)) return out;
    } else {
        throw std::runtime_error("not a ciphertext of this vault");
    }
    throw std::runtime_error("decryption failed: wrong key, wrong column or altered data");
}

bool Vault::is_current(const crypto::Bytes& in) const {
    return in.size() > key_id_size && in[0] == keyed_version && id_in(in) == keys_.load()->current.id;
}

std::uint32_t Vault::current_key_id() const { return keys_.load()->current.id; }
bool Vault::holds_previous_key() const { return keys_.load()->previous != nullptr; }

crypto::Bytes Vault::lookup_hash(std::string_view value) const {
    return crypto::hmac_sha256(crypto::as_view(keys_.load()->mac), value);
}

} // namespace sportello::security
