#pragma once
// The relay's Ed25519 signing key for export bundles: the Region checks a
// bundle's MANIFEST with the public key alone, without any secret of ours.
// The private key lives in a PEM file readable only by the relay's user
// (mode 0600), beside the data key. Thread-compatible (one owner).

#include <memory>
#include <string>
#include <string_view>

typedef struct evp_pkey_st EVP_PKEY;

namespace sportello::security {

class SigningKey {
public:
    // Loads the key file, or creates it (mode 0600, a fresh key) when it does
    // not exist. Throws std::runtime_error when it exists but is unusable
    // (unreadable, readable by others, not an Ed25519 private key).
    static SigningKey load_or_create(const std::string& path);

    std::string sign(std::string_view message) const;       // 64 raw bytes
    std::string public_key_pem() const;

private:
    struct Free {
        void operator()(EVP_PKEY* key) const noexcept;
    };
    explicit SigningKey(EVP_PKEY* key) : key_(key) {}
    std::unique_ptr<EVP_PKEY, Free> key_;
};

// Whether signature (64 raw bytes) is message's, under the Ed25519 public
// key in PEM. Errors (a malformed key) return false with *problem set.
bool verify_signature(std::string_view public_key_pem, std::string_view message, std::string_view signature,
                      std::string* problem = nullptr);

} // namespace sportello::security
