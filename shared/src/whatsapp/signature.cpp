#include "sportello/whatsapp/signature.hpp"

#include "sportello/crypto.hpp"

namespace sportello::wa {

namespace {
constexpr std::string_view prefix = "sha256=";
constexpr std::size_t hex_length = 64;
} // namespace

SignatureCheck check_signature(std::string_view header, std::string_view body,
                               std::string_view app_secret) {
    if (header.empty()) return SignatureCheck::missing;
    if (header.size() != prefix.size() + hex_length || header.substr(0, prefix.size()) != prefix)
        return SignatureCheck::malformed;
    const auto given = header.substr(prefix.size());
    for (char c : given)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return SignatureCheck::malformed;
    // Compare lowercase hex digests; the header's case is normalised first so
    // that the comparison itself stays constant-time.
    std::string given_lower(given);
    for (auto& c : given_lower)
        if (c >= 'A' && c <= 'F') c = static_cast<char>(c - 'A' + 'a');
    const auto expected = crypto::hex_encode(crypto::hmac_sha256(app_secret, body));
    return crypto::constant_time_equal(expected, given_lower) ? SignatureCheck::valid
                                                              : SignatureCheck::mismatch;
}

std::string sign_body(std::string_view body, std::string_view app_secret) {
    return std::string(prefix) + crypto::hex_encode(crypto::hmac_sha256(app_secret, body));
}

} // namespace sportello::wa
