#include "ops/two_factor.hpp"

#include "core/audit.hpp"
#include "security/totp.hpp"

#include <array>

namespace sportello::relay {
namespace {

constexpr const char* secret_column = "users.totp_secret";
constexpr const char* pending_column = "users.totp_pending";
constexpr const char* issuer = "Sportello";

// 32 symbols without 0/o and 1/i, which are easy to misread: 5 bits each.
constexpr std::string_view recovery_alphabet = "23456789abcdefghjklmnpqrstuvwxyz";
constexpr std::size_t recovery_length = 12;   // 60 bits, shown as xxxx-xxxx-xxxx

crypto::Bytes bytes_of(const std::string& s) { return crypto::Bytes(s.begin(), s.end()); }

std::string new_recovery_code() {
    const auto random = crypto::random_bytes(recovery_length);
    std::string code;
    for (std::size_t i = 0; i < recovery_length; ++i) {
        if (i > 0 && i % 4 == 0) code.push_back('-');
        code.push_back(recovery_alphabet[random[i] % recovery_alphabet.size()]);   // 256 is a multiple of 32
    }
    return code;
}

// Lower case, without the dashes and spaces people type or leave out.
std::string normalised_recovery_code(std::string_view typed) {
    std::string out;
    for (char c : typed) {
        if (c == '-' || c == ' ') continue;
        out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    return out;
}

// Keyed by the vault's key, so that a copy of the database alone does not
// allow guessing the codes offline; bound to the user.
crypto::Bytes recovery_hash(const security::Vault& vault, std::int64_t user_id, std::string_view typed) {
    return vault.lookup_hash("recovery-code:" + std::to_string(user_id) + ":" + normalised_recovery_code(typed));
}

bool spend_recovery_code(storage::Connection& c, const security::Vault& vault, std::int64_t user_id,
                         const std::string& username, const std::string& typed, std::int64_t now_ms) {
    c.query("UPDATE recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL", now_ms,
            user_id, recovery_hash(vault, user_id, typed))
        .run();
    if (c.changes() != 1) return false;
    auto left = c.query("SELECT count(*) FROM recovery_codes WHERE user_id = ? AND used_at IS NULL", user_id);
    left.next();
    audit(c, username, "recovery_code_used", username, std::to_string(left.int64(0)) + " recovery code(s) left", now_ms);
    return true;
}

} // namespace

bool is_enrolled(storage::Connection& c, std::int64_t user_id) {
    auto q = c.query("SELECT totp_enrolled_at IS NOT NULL FROM users WHERE id = ?", user_id);
    return q.next() && q.int64(0) != 0;
}

SecondFactor check_second_factor(storage::Connection& c, const security::Vault& vault, std::int64_t user_id,
                                 const std::string& username, const api::LoginRequest& login, std::int64_t now_ms) {
    auto q = c.query("SELECT totp_secret_enc, totp_last_step FROM users WHERE id = ? AND totp_enrolled_at IS NOT NULL",
                     user_id);
    if (!q.next()) return SecondFactor::not_enrolled;
    const auto secret = bytes_of(vault.decrypt(q.blob(0), secret_column));
    const auto last_step = q.int64(1);
    if (!login.recovery_code.empty())
        return spend_recovery_code(c, vault, user_id, username, login.recovery_code, now_ms) ? SecondFactor::accepted
                                                                                             : SecondFactor::wrong;
    if (login.totp_code.empty()) return SecondFactor::missing;
    const auto step = security::totp::matching_step(secret, login.totp_code, now_ms / 1000);
    if (!step) return SecondFactor::wrong;
    if (*step <= last_step) return SecondFactor::replayed;
    c.query("UPDATE users SET totp_last_step = ? WHERE id = ?", *step, user_id).run();
    return SecondFactor::accepted;
}

Result<api::TwoFactorEnrolment> start_enrolment(storage::Connection& c, const security::Vault& vault,
                                                const api::UserInfo& user, std::int64_t now_ms) {
    if (is_enrolled(c, user.id))
        return make_error(api::ErrorCode::conflict,
                          "two-factor authentication is already set up for this account; an administrator can reset it");
    const auto secret = security::totp::new_secret();
    c.query("UPDATE users SET totp_pending_enc = ?, updated_at = ? WHERE id = ?",
            vault.encrypt(crypto::as_view(secret), pending_column), now_ms, user.id)
        .run();
    return api::TwoFactorEnrolment{security::totp::base32(secret),
                                   security::totp::otpauth_uri(issuer, user.username, secret)};
}

Result<api::RecoveryCodes> confirm_enrolment(storage::Connection& c, const security::Vault& vault,
                                             const api::UserInfo& user, const std::string& code, std::int64_t now_ms) {
    if (is_enrolled(c, user.id))
        return make_error(api::ErrorCode::conflict, "two-factor authentication is already set up for this account");
    auto q = c.query("SELECT totp_pending_enc FROM users WHERE id = ?", user.id);
    std::optional<storage::Blob> pending;
    if (q.next()) pending = q.optional_blob(0);
    if (!pending)
        return make_error(api::ErrorCode::conflict,
                          "no enrolment was started: POST /ops/v1/session/two-factor first");
    const auto secret = bytes_of(vault.decrypt(*pending, pending_column));
    const auto step = security::totp::matching_step(secret, code, now_ms / 1000);
    if (!step)
        return make_error(api::ErrorCode::validation_failed,
                          "the code does not match: type the 6 digits the app shows now, and check that the device's "
                          "clock is right",
                          "code");
    c.query("UPDATE users SET totp_secret_enc = ?, totp_pending_enc = NULL, totp_enrolled_at = ?, totp_last_step = ?, "
            "updated_at = ? WHERE id = ?",
            vault.encrypt(crypto::as_view(secret), secret_column), now_ms, *step, now_ms, user.id)
        .run();
    c.query("DELETE FROM recovery_codes WHERE user_id = ?", user.id).run();
    api::RecoveryCodes codes;
    for (int i = 0; i < recovery_code_count; ++i) {
        codes.codes.push_back(new_recovery_code());
        c.query("INSERT INTO recovery_codes(user_id, code_hash) VALUES (?, ?)", user.id,
                recovery_hash(vault, user.id, codes.codes.back()))
            .run();
    }
    audit(c, user.username, "two_factor_enrolled", user.username,
          std::to_string(recovery_code_count) + " recovery codes issued", now_ms);
    return codes;
}

Result<void> reset_two_factor(storage::Connection& c, std::int64_t user_id, const std::string& actor,
                              std::int64_t now_ms) {
    auto q = c.query("SELECT username FROM users WHERE id = ?", user_id);
    if (!q.next()) return make_error(api::ErrorCode::not_found, "no user " + std::to_string(user_id));
    const auto username = q.text(0);
    c.query("UPDATE users SET totp_secret_enc = NULL, totp_pending_enc = NULL, totp_enrolled_at = NULL, "
            "totp_last_step = 0, updated_at = ? WHERE id = ?",
            now_ms, user_id)
        .run();
    c.query("DELETE FROM recovery_codes WHERE user_id = ?", user_id).run();
    c.query("DELETE FROM sessions WHERE user_id = ?", user_id).run();
    audit(c, actor, "two_factor_reset", username, std::to_string(c.changes()) + " session(s) ended", now_ms);
    return Result<void>{};
}

} // namespace sportello::relay
