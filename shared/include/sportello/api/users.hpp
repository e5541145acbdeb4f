#pragma once
// /ops/v1 operator accounts and sessions (docs/ops-api.md, "Users and
// sessions"): the types and their one JSON codec, for the relay and the desk.

#include "sportello/result.hpp"
#include "sportello/roles.hpp"

// Also the audit trail's listing, the accountability half of accounts.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sportello::api {

struct UserView {
    std::int64_t id = 0;
    std::string username;
    std::string display_name;
    Role role = Role::viewer;
    bool disabled = false;
    bool must_change_password = false;          // holds a temporary password
    std::optional<std::int64_t> locked_until_ms;   // locked by failed logins, until then
    int failed_logins = 0;                      // consecutive, since the last success
    std::optional<std::int64_t> last_login_at_ms;
    std::int64_t created_at_ms = 0;
    bool two_factor_enrolled = false;           // logs in with a TOTP code
    friend bool operator==(const UserView&, const UserView&) = default;
};

// POST /ops/v1/users
struct UserCreate {
    std::string username;
    std::string display_name;    // empty: the username
    Role role = Role::viewer;
};

// PATCH /ops/v1/users/{id}: each field present is changed.
struct UserUpdate {
    std::optional<std::string> display_name;
    std::optional<Role> role;
    std::optional<bool> disabled;
};

// The answer to creating a user or resetting a password: the temporary
// password, shown this once, to be changed at the first login.
struct TemporaryPassword {
    UserView user;
    std::string temporary_password;
};

// PUT /ops/v1/session/password
struct PasswordChange {
    std::string current_password;
    std::string new_password;
};

// POST /ops/v1/session/two-factor: the start of an enrolment. The secret
// (base32, as authenticator apps take it) stays pending until confirmed.
struct TwoFactorEnrolment {
    std::string secret;
    std::string otpauth_uri;   // otpauth://totp/Sportello:<username>?secret=…&issuer=Sportello…
};

// POST /ops/v1/session/two-factor/confirm: the authenticator's current code.
struct TwoFactorConfirmation {
    std::string code;
};

// The answer to a confirmed enrolment: ten single-use recovery codes, shown
// this once (the relay keeps only keyed hashes of them).
struct RecoveryCodes {
    std::vector<std::string> codes;
};

struct SessionView {
    std::string id;                  // a public id, never the token or its hash
    std::int64_t user_id = 0;
    std::string username;
    std::int64_t created_at_ms = 0;
    std::int64_t last_seen_at_ms = 0;
    std::int64_t expires_at_ms = 0;  // absolute expiry; idle expiry comes first when unused
    std::string remote_address;
    bool current = false;            // the session making the request
    friend bool operator==(const SessionView&, const SessionView&) = default;
};

// GET /ops/v1/audit: one entry of the audit trail.
struct AuditEntry {
    std::int64_t id = 0;
    std::int64_t at_ms = 0;
    std::string actor, action, target, detail;
    friend bool operator==(const AuditEntry&, const AuditEntry&) = default;
};

// A page, newest first; next_before_id continues it (nullopt: no more).
struct AuditPage {
    std::vector<AuditEntry> entries;
    std::optional<std::int64_t> next_before_id;
};

// POST /ops/v1/audit/exports: a client wrote part of the trail to a file
// itself (the desk's CSV); the relay records that it did, and what.
struct AuditExport {
    std::int64_t entries = 0;   // how many entries the file holds, 0 or more
    std::string filter;         // the filter that chose them, for people; at most 500 bytes of UTF-8
};

std::string encode(const AuditPage& v);
std::string encode(const AuditExport& v);
std::string encode(const UserView& v);
std::string encode(const std::vector<UserView>& v);          // {"users":[…]}
std::string encode(const UserCreate& v);
std::string encode(const UserUpdate& v);
std::string encode(const TemporaryPassword& v);
std::string encode(const PasswordChange& v);
std::string encode(const std::vector<SessionView>& v);       // {"sessions":[…]}
std::string encode(const TwoFactorEnrolment& v);
std::string encode(const TwoFactorConfirmation& v);
std::string encode(const RecoveryCodes& v);                  // {"recovery_codes":[…]}

template <class T>
Result<T> decode_users(std::string_view json_text);   // specialised for each type above

} // namespace sportello::api
