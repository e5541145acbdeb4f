#pragma once
// The request and response types of /ops/v1 (relay ↔ desktop). Their one
// JSON form is in codec.hpp; docs/ops-api.md describes them for people.

#include "sportello/hashtag/tree.hpp"
#include "sportello/roles.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace sportello::api {

struct LoginRequest {
    std::string username;
    std::string password;
    // The second factor of an enrolled account, at most one of them (empty:
    // not given): the authenticator's current 6-digit code, or one of the
    // account's unused recovery codes.
    std::string totp_code;
    std::string recovery_code;
    friend bool operator==(const LoginRequest&, const LoginRequest&) = default;
};

struct UserInfo {
    std::int64_t id = 0;
    std::string username;
    std::string display_name;
    Role role = Role::viewer;
    bool must_change_password = false;   // logged in with a temporary password: only a change is allowed
    bool two_factor_enrolled = false;    // the account logs in with a TOTP code
    // The role requires two-factor authentication and the account is not
    // enrolled: only enrolment (and the other session setup) is allowed.
    bool must_enrol_two_factor = false;
    friend bool operator==(const UserInfo&, const UserInfo&) = default;
};

struct Session {
    std::string token;                // bearer token; shown once
    std::int64_t expires_at_ms = 0;
    UserInfo user;
    friend bool operator==(const Session&, const Session&) = default;
};

struct PublishedTree {
    std::int64_t version = 0;
    std::int64_t published_at_ms = 0;
    std::string published_by;
    std::string note;
    std::vector<hashtag::TreeNode> nodes;
    friend bool operator==(const PublishedTree&, const PublishedTree&) = default;
};

struct Health {
    std::string status;               // "ok" or "degraded"
    std::string version;
    bool database_ok = false;
    bool sending_stopped = false;     // a global stop condition is active
    std::string alert;                // why sending stopped, if it did
    friend bool operator==(const Health&, const Health&) = default;
};

} // namespace sportello::api
