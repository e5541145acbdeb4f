#pragma once
// X-Hub-Signature-256 on WhatsApp webhooks: "sha256=" + lowercase hex of
// HMAC-SHA256(app secret, raw body bytes). Always hash the bytes received;
// never re-serialise parsed JSON.

#include <string>
#include <string_view>

namespace sportello::wa {

enum class SignatureCheck { valid, missing, malformed, mismatch };

// Checks header (may be empty when absent) against the body in constant time.
SignatureCheck check_signature(std::string_view header, std::string_view body,
                               std::string_view app_secret);

// The header value for a body; used by the simulator and tests.
std::string sign_body(std::string_view body, std::string_view app_secret);

} // namespace sportello::wa
