#include "sportello/crypto.hpp"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <array>
#include <memory>
#include <stdexcept>

namespace sportello::crypto {

Bytes sha256(std::string_view data) {
    Bytes out(32);
    unsigned int len = 0;
    if (EVP_Digest(data.data(), data.size(), out.data(), &len, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("SHA-256 failed");
    return out;
}

namespace {

struct MacCtxDeleter { void operator()(EVP_MAC_CTX* c) const { EVP_MAC_CTX_free(c); } };

// A MAC context with its key already set (the inner and outer pads hashed).
// OpenSSL's one-shot HMAC() fetches the algorithm and rekeys on every call,
// which doubled the cost of checking a webhook's signature.
struct KeyedMac {
    std::string key;
    std::unique_ptr<EVP_MAC_CTX, MacCtxDeleter> ctx;
    KeyedMac() = default;
    KeyedMac(KeyedMac&&) = default;
    KeyedMac& operator=(KeyedMac&&) = default;
    ~KeyedMac() {   // the whole buffer: a moved-from short key keeps its bytes there
        key.resize(key.capacity());
        OPENSSL_cleanse(key.data(), key.size());
    }
};

EVP_MAC_CTX* keyed_hmac_sha256(std::string_view key) {
    static EVP_MAC* hmac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    if (!hmac) throw std::runtime_error("HMAC is not available");
    // Per thread, the few keys a program uses (the app secret, the lookup
    // key): a context is never shared between threads.
    thread_local std::vector<KeyedMac> cache;
    for (auto& k : cache)
        if (k.key == key) return k.ctx.get();
    if (cache.size() >= 8) cache.clear();
    KeyedMac k;
    k.key.assign(key);
    k.ctx.reset(EVP_MAC_CTX_new(hmac));
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                 OSSL_PARAM_construct_end()};
    if (!k.ctx || EVP_MAC_init(k.ctx.get(), reinterpret_cast<const unsigned char*>(k.key.data()), k.key.size(), params) != 1)
        throw std::runtime_error("cannot initialise HMAC-SHA256");
    cache.push_back(std::move(k));
    return cache.back().ctx.get();
}

} // namespace

Bytes hmac_sha256(std::string_view key, std::string_view data) {
    EVP_MAC_CTX* ctx = keyed_hmac_sha256(key);
    Bytes out(32);
    std::size_t len = 0;
    // A null key restarts the MAC with the key already set.
    if (EVP_MAC_init(ctx, nullptr, 0, nullptr) != 1 ||
        EVP_MAC_update(ctx, reinterpret_cast<const unsigned char*>(data.data()), data.size()) != 1 ||
        EVP_MAC_final(ctx, out.data(), &len, out.size()) != 1 || len != out.size())
        throw std::runtime_error("HMAC-SHA256 failed");
    return out;
}

bool constant_time_equal(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    if (a.empty()) return true;
    return CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

Bytes random_bytes(std::size_t count) {
    Bytes out(count);
    if (count > 0 && RAND_bytes(out.data(), static_cast<int>(count)) != 1)
        throw std::runtime_error("the system's random generator failed");
    return out;
}

std::string hex_encode(const Bytes& bytes) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (auto b : bytes) {
        out.push_back(digits[b >> 4]);
        out.push_back(digits[b & 0xF]);
    }
    return out;
}

namespace {
int hex_value(char c) noexcept {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

constexpr std::string_view b64_alphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
} // namespace

std::optional<Bytes> hex_decode(std::string_view hex) {
    if (hex.size() % 2 != 0) return std::nullopt;
    Bytes out(hex.size() / 2);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const int hi = hex_value(hex[2 * i]);
        const int lo = hex_value(hex[2 * i + 1]);
        if (hi < 0 || lo < 0) return std::nullopt;
        out[i] = static_cast<std::uint8_t>(hi << 4 | lo);
    }
    return out;
}

std::string base64url_encode(const Bytes& bytes) {
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        const unsigned v = unsigned(bytes[i]) << 16 | unsigned(bytes[i + 1]) << 8 | bytes[i + 2];
        for (int s = 18; s >= 0; s -= 6) out.push_back(b64_alphabet[(v >> s) & 63]);
    }
    const std::size_t rest = bytes.size() - i;
    if (rest == 1) {
        const unsigned v = unsigned(bytes[i]) << 16;
        out.push_back(b64_alphabet[(v >> 18) & 63]);
        out.push_back(b64_alphabet[(v >> 12) & 63]);
    } else if (rest == 2) {
        const unsigned v = unsigned(bytes[i]) << 16 | unsigned(bytes[i + 1]) << 8;
        out.push_back(b64_alphabet[(v >> 18) & 63]);
        out.push_back(b64_alphabet[(v >> 12) & 63]);
        out.push_back(b64_alphabet[(v >> 6) & 63]);
    }
    return out;
}

std::optional<Bytes> base64url_decode(std::string_view text) {
    std::array<int, 256> lookup{};
    lookup.fill(-1);
    for (std::size_t i = 0; i < b64_alphabet.size(); ++i)
        lookup[static_cast<unsigned char>(b64_alphabet[i])] = static_cast<int>(i);
    if (text.size() % 4 == 1) return std::nullopt;
    Bytes out;
    out.reserve(text.size() * 3 / 4);
    unsigned acc = 0;
    int bits = 0;
    for (char c : text) {
        const int v = lookup[static_cast<unsigned char>(c)];
        if (v < 0) return std::nullopt;
        acc = (acc << 6) | unsigned(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<std::uint8_t>((acc >> bits) & 0xFF));
        }
    }
    return out;
}

} // namespace sportello::crypto
