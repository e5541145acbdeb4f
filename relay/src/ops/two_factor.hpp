#pragma once
// Two-factor authentication of operators' accounts (docs/ops-api.md,
// "Two-factor authentication"): TOTP secrets (security/totp.hpp) encrypted
// by the vault, the last accepted time step (a code is never accepted twice:
// one of a step not after the last accepted one is refused), and ten
// single-use recovery codes kept as keyed hashes. All functions run inside a
// database job; those that change something audit in the same job.

#include "security/vault.hpp"
#include "sportello/api/contract.hpp"
#include "sportello/api/users.hpp"
#include "sportello/result.hpp"
#include "storage/sqlite.hpp"

#include <cstdint>
#include <string>

namespace sportello::relay {

constexpr int recovery_code_count = 10;

// What the second factor of a login amounted to.
enum class SecondFactor {
    not_enrolled,      // the account has no second factor: nothing to check
    accepted,          // a fresh TOTP code, or an unused recovery code (now spent)
    missing,           // enrolled, but the request gave no code
    wrong,             // neither a current code nor an unused recovery code
    replayed,          // a current code, of a step already used
};

bool is_enrolled(storage::Connection& c, std::int64_t user_id);

// Checks the code or recovery code of `login` for an enrolled user and, when
// accepted, records it (the code's step; the recovery code as spent, audited).
SecondFactor check_second_factor(storage::Connection& c, const security::Vault& vault, std::int64_t user_id,
                                 const std::string& username, const api::LoginRequest& login, std::int64_t now_ms);

// A new pending secret for the session's own user, replacing any earlier
// pending one. Errors: conflict (already enrolled: an administrator resets it first).
Result<api::TwoFactorEnrolment> start_enrolment(storage::Connection& c, const security::Vault& vault,
                                                const api::UserInfo& user, std::int64_t now_ms);

// Enrols with the pending secret when `code` is one of it now; returns the
// new recovery codes, shown this once. Errors: conflict (already enrolled,
// or no enrolment started), validation_failed (field code: wrong code).
Result<api::RecoveryCodes> confirm_enrolment(storage::Connection& c, const security::Vault& vault,
                                             const api::UserInfo& user, const std::string& code, std::int64_t now_ms);

// Clears the user's enrolment (and a pending one) and recovery codes, and
// ends the user's sessions: the next login enrols again. Errors: not_found.
Result<void> reset_two_factor(storage::Connection& c, std::int64_t user_id, const std::string& actor,
                              std::int64_t now_ms);

} // namespace sportello::relay
