// Two-factor authentication (TOTP, RFC 6238) on the real relay over HTTPS:
// enrolment, login with a code, replay refused, wrong codes counted toward
// the lock, recovery codes spent once, an administrator's reset, and the
// enforcement per role (administrators always). The codes are computed by
// the tests' own RFC 6238 implementation (tests/support/totp_codes.hpp),
// first checked against the RFC's test vectors, as is the relay's (liboath).
#include "config/config.hpp"
#include "process.hpp"
#include "relay_fixture.hpp"
#include "security/totp.hpp"
#include "sportello/api/codec.hpp"
#include "sportello/api/users.hpp"
#include "totp_codes.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <set>

using namespace sportello;
using namespace sportello::testing;
namespace bj = boost::json;

namespace {

constexpr const char* admin_password = "Amministrazione-Regionale-7";
constexpr const char* operator_password = "Piemonte-Vaccini-Hub-9";

// RFC 6238, appendix B (SHA-1, 8 digits): Unix time → code.
constexpr std::pair<std::int64_t, const char*> rfc_vectors[] = {
    {59, "94287082"},         {1111111109, "07081804"}, {1111111111, "14050471"},
    {1234567890, "89005924"}, {2000000000, "69279037"}, {20000000000, "65353130"},
};
constexpr const char* rfc_secret = "12345678901234567890";

api::ErrorCode code_of(const net::ClientResult& r) { return api::decode_error(r.response->body).value().code; }

struct Desk {
    RelayFixture& f;
    std::string token;
    net::ClientResult call(const std::string& method, const std::string& path, const std::string& body = {}) {
        return f.relay(method, path, body, {{"authorization", "Bearer " + token}});
    }
};

net::ClientResult login(RelayFixture& f, const std::string& username, const std::string& password,
                        const std::string& totp = {}, const std::string& recovery = {}) {
    api::LoginRequest request{username, password, totp, recovery};
    return f.relay("POST", "/ops/v1/session", api::encode(request));
}

std::string token_of(const net::ClientResult& r) {
    return std::string(bj::parse(r.response->body).as_object().at("token").as_string());
}

FixtureOptions with_two_factor_roles(bj::array roles, int lockout_failures = 10) {
    FixtureOptions o;
    o.start_simulator = false;
    o.tweak_relay_config = [roles, lockout_failures](bj::object& config) {
        config["auth"] = bj::object{{"two_factor_roles", roles}, {"lockout_failures", lockout_failures}};
    };
    return o;
}

Desk admin_desk(RelayFixture& f) {
    if (f.create_user("admin.regione", admin_password, "admin") != 0) throw std::runtime_error("create_user");
    Desk admin{f, f.login("admin.regione", admin_password)};   // enrols the administrator at once
    if (admin.token.empty()) throw std::runtime_error("admin login");
    return admin;
}

// An operator created by the administrator through the API, who has changed
// the temporary password; the session, still to enrol.
Desk new_operator(Desk& admin, const std::string& username) {
    auto created = admin.call("POST", "/ops/v1/users", api::encode(api::UserCreate{username, "Maria Rossi", Role::operator_}));
    if (created.response->status != 201) throw std::runtime_error("create: " + created.response->body);
    const auto temporary = api::decode_users<api::TemporaryPassword>(created.response->body)->temporary_password;
    Desk op{admin.f, token_of(login(admin.f, username, temporary))};
    auto changed = op.call("PUT", "/ops/v1/session/password", api::encode(api::PasswordChange{temporary, operator_password}));
    if (changed.response->status != 204) throw std::runtime_error("password: " + changed.response->body);
    return op;
}

// Enrols the session's user; returns the recovery codes.
std::vector<std::string> enrol(Desk& desk, const std::string& username) {
    auto started = desk.call("POST", "/ops/v1/session/two-factor");
    if (started.response->status != 201) throw std::runtime_error("start: " + started.response->body);
    desk.f.remember_totp_secret(username, api::decode_users<api::TwoFactorEnrolment>(started.response->body)->secret);
    auto confirmed = desk.call("POST", "/ops/v1/session/two-factor/confirm",
                               api::encode(api::TwoFactorConfirmation{desk.f.next_totp_code(username)}));
    if (confirmed.response->status != 200) throw std::runtime_error("confirm: " + confirmed.response->body);
    return api::decode_users<api::RecoveryCodes>(confirmed.response->body)->codes;
}

} // namespace

TEST(Totp, TheTestsComputationAndTheRelaysMatchTheRfcVectors) {
    const crypto::Bytes secret(rfc_secret, rfc_secret + 20);
    for (const auto& [time, code] : rfc_vectors) {
        EXPECT_EQ(totp_code(rfc_secret, time / 30, 8), code) << time;
        const std::string six = std::string(code).substr(2);
        EXPECT_EQ(totp_code(rfc_secret, time / 30), six) << time;
        EXPECT_EQ(security::totp::code_at_step(secret, time / 30), six) << time;
        // Accepted at its time and one step either side, not two.
        EXPECT_EQ(security::totp::matching_step(secret, six, time), time / 30);
        EXPECT_EQ(security::totp::matching_step(secret, six, time + 30), time / 30);
        EXPECT_EQ(security::totp::matching_step(secret, six, time - 30), time / 30);
        EXPECT_FALSE(security::totp::matching_step(secret, six, time + 61));
    }
    EXPECT_FALSE(security::totp::matching_step(secret, "28708", 59)) << "too short";
    EXPECT_FALSE(security::totp::matching_step(secret, "28708a", 59));
    EXPECT_EQ(security::totp::matching_step(secret, "287 082", 59), 1) << "spaces are ignored";
    EXPECT_EQ(base32_decode(security::totp::base32(secret)), std::string(rfc_secret));
    EXPECT_EQ(security::totp::base32(secret), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
}

TEST(TwoFactorConfig, AllRolesByDefaultAndAdministratorsCannotBeLeftOut) {
    const std::string base = R"({"listeners": [{"address": "127.0.0.1", "port": 8443, "tls": false}],
      "database": {"path": "s.db"}, "data_key_file": "k",
      "whatsapp": {"app_secret": "a", "verify_token": "v", "access_token": "t", "phone_number_id": "1",
                   "api_base_url": "http://127.0.0.1:9000/v25.0"})";
    auto defaults = relay::parse_config(base + "}", "/x");
    ASSERT_TRUE(defaults) << defaults.error().message;
    for (Role role : all_roles()) EXPECT_TRUE(defaults->auth.requires_two_factor(role)) << to_string(role);

    auto some = relay::parse_config(base + R"(, "auth": {"two_factor_roles": ["admin", "supervisor"]}})", "/x");
    ASSERT_TRUE(some) << some.error().message;
    EXPECT_TRUE(some->auth.requires_two_factor(Role::supervisor));
    EXPECT_FALSE(some->auth.requires_two_factor(Role::operator_));

    auto without_admin = relay::parse_config(base + R"(, "auth": {"two_factor_roles": ["operator"]}})", "/x");
    ASSERT_FALSE(without_admin);
    EXPECT_EQ(without_admin.error().field, "auth.two_factor_roles");
    EXPECT_NE(without_admin.error().message.find("must include \"admin\""), std::string::npos)
        << without_admin.error().message;
    auto unknown = relay::parse_config(base + R"(, "auth": {"two_factor_roles": ["admin", "boss"]}})", "/x");
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().field, "auth.two_factor_roles[1]");
}

TEST(TwoFactor, EnrolmentThenLoginsWithCodesReplayRefusedRecoveryCodesOnce) {
    RelayFixture f(with_two_factor_roles(bj::array{"admin", "operator"}));
    auto admin = admin_desk(f);
    auto op = new_operator(admin, "m.rossi");

    // A session that must enrol reaches only the session setup.
    auto session = bj::parse(op.call("GET", "/ops/v1/session").response->body).as_object();
    EXPECT_TRUE(session.at("must_enrol_two_factor").as_bool());
    auto blocked = op.call("GET", "/ops/v1/tree");
    EXPECT_EQ(blocked.response->status, 403);
    EXPECT_EQ(code_of(blocked), api::ErrorCode::two_factor_enrolment_required);
    EXPECT_EQ(code_of(op.call("GET", "/ops/v1/sessions")), api::ErrorCode::two_factor_enrolment_required);

    // Start: a base32 secret and the URI for the QR code; pending until confirmed.
    auto started = op.call("POST", "/ops/v1/session/two-factor");
    ASSERT_EQ(started.response->status, 201) << started.response->body;
    const auto enrolment = api::decode_users<api::TwoFactorEnrolment>(started.response->body).value();
    EXPECT_EQ(enrolment.secret.size(), 32u);
    EXPECT_EQ(enrolment.otpauth_uri, "otpauth://totp/Sportello:m.rossi?secret=" + enrolment.secret +
                                         "&issuer=Sportello&algorithm=SHA1&digits=6&period=30");
    EXPECT_EQ(f.db_int("SELECT count(*) FROM users WHERE username = 'm.rossi' AND totp_pending_enc IS NOT NULL"), 1);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM users WHERE username = 'm.rossi' AND totp_enrolled_at IS NOT NULL"), 0);
    const auto secret = base32_decode(enrolment.secret).value();

    auto wrong = op.call("POST", "/ops/v1/session/two-factor/confirm", api::encode(api::TwoFactorConfirmation{"000000"}));
    if (totp_code(secret, current_totp_step()) != "000000") {
        EXPECT_EQ(wrong.response->status, 422) << wrong.response->body;
        EXPECT_EQ(api::decode_error(wrong.response->body)->field, "code");
    }
    f.remember_totp_secret("m.rossi", enrolment.secret);
    auto confirmed = op.call("POST", "/ops/v1/session/two-factor/confirm",
                             api::encode(api::TwoFactorConfirmation{f.next_totp_code("m.rossi")}));
    ASSERT_EQ(confirmed.response->status, 200) << confirmed.response->body;
    const auto recovery = api::decode_users<api::RecoveryCodes>(confirmed.response->body)->codes;
    ASSERT_EQ(recovery.size(), 10u);
    EXPECT_EQ(std::set<std::string>(recovery.begin(), recovery.end()).size(), 10u);
    EXPECT_EQ(op.call("GET", "/ops/v1/tree").response->status, 200) << "enrolled: the session works";
    EXPECT_EQ(code_of(op.call("POST", "/ops/v1/session/two-factor")), api::ErrorCode::conflict);

    // At rest: the secret encrypted, the recovery codes as hashes only; never logged.
    EXPECT_EQ(f.db_int("SELECT count(*) FROM users WHERE username = 'm.rossi' AND totp_pending_enc IS NULL "
                       "AND totp_secret_enc IS NOT NULL AND instr(totp_secret_enc, X'" +
                       crypto::hex_encode(crypto::Bytes(secret.begin(), secret.end())) + "') = 0"),
              1);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM recovery_codes r JOIN users u ON u.id = r.user_id "
                       "WHERE u.username = 'm.rossi' AND r.used_at IS NULL"), 10);
    for (const auto& code : recovery)
        EXPECT_EQ(f.db_int("SELECT count(*) FROM recovery_codes WHERE instr(code_hash, CAST('" + code + "' AS BLOB)) > 0"), 0);
    const auto log = read_text_file(f.relay_log);
    EXPECT_EQ(log.find(enrolment.secret), std::string::npos);
    EXPECT_EQ(log.find(recovery[0]), std::string::npos);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM audit_log WHERE action = 'two_factor_enrolled' AND target = 'm.rossi'"), 1);

    // The administrator's list shows it.
    const auto users = api::decode_users<std::vector<api::UserView>>(admin.call("GET", "/ops/v1/users").response->body);
    for (const auto& u : *users) EXPECT_TRUE(u.two_factor_enrolled) << u.username;

    // Without a code: a distinct error, not counted as a failure.
    auto missing = login(f, "m.rossi", operator_password);
    EXPECT_EQ(missing.response->status, 401);
    EXPECT_EQ(code_of(missing), api::ErrorCode::two_factor_required);
    EXPECT_EQ(f.db_int("SELECT failed_logins FROM users WHERE username = 'm.rossi'"), 0);

    // With a fresh code: in. The same code again: refused, and counted.
    const auto code = f.next_totp_code("m.rossi");
    auto in = login(f, "m.rossi", operator_password, code);
    ASSERT_EQ(in.response->status, 201) << in.response->body;
    EXPECT_TRUE(api::decode<api::Session>(in.response->body)->user.two_factor_enrolled);
    auto replayed = login(f, "m.rossi", operator_password, code);
    EXPECT_EQ(replayed.response->status, 401);
    EXPECT_EQ(code_of(replayed), api::ErrorCode::unauthorized);
    EXPECT_NE(api::decode_error(replayed.response->body)->message.find("already used"), std::string::npos);
    EXPECT_EQ(f.db_int("SELECT failed_logins FROM users WHERE username = 'm.rossi'"), 1);

    // A recovery code: once, typed in capitals without dashes too.
    auto recovered = login(f, "m.rossi", operator_password, {}, recovery[3]);
    ASSERT_EQ(recovered.response->status, 201) << recovered.response->body;
    EXPECT_EQ(code_of(login(f, "m.rossi", operator_password, {}, recovery[3])), api::ErrorCode::unauthorized);
    std::string typed;
    for (char c : recovery[4])
        if (c != '-') typed.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    EXPECT_EQ(login(f, "m.rossi", operator_password, {}, typed).response->status, 201);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM recovery_codes WHERE used_at IS NOT NULL"), 2);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM audit_log WHERE action = 'recovery_code_used'"), 2);
    // Another user's recovery code does not open this account.
    EXPECT_EQ(code_of(login(f, "admin.regione", admin_password, {}, recovery[5])), api::ErrorCode::unauthorized);
    // Both factors at once: refused as malformed.
    EXPECT_EQ(code_of(login(f, "m.rossi", operator_password, "123456", recovery[6])), api::ErrorCode::invalid_request);
}

TEST(TwoFactor, WrongCodesCountTowardTheLock) {
    RelayFixture f(with_two_factor_roles(bj::array{"admin", "operator"}, 3));
    auto admin = admin_desk(f);
    auto op = new_operator(admin, "m.rossi");
    enrol(op, "m.rossi");
    net::ClientResult last;
    for (const char* wrong : {"111111", "222222", "333333"}) last = login(f, "m.rossi", operator_password, wrong);
    EXPECT_EQ(last.response->status, 429) << last.response->body;
    EXPECT_FALSE(last.response->header("retry-after").empty());
    EXPECT_EQ(f.db_int("SELECT count(*) FROM audit_log WHERE action = 'login_failed' AND detail LIKE 'wrong two-factor%'"), 3);
    // Locked: even the right code is refused now.
    EXPECT_EQ(login(f, "m.rossi", operator_password, f.next_totp_code("m.rossi")).response->status, 429);
}

TEST(TwoFactor, AnAdministratorsResetClearsItAndEndsTheSessions) {
    RelayFixture f(with_two_factor_roles(bj::array{"admin", "operator"}));
    auto admin = admin_desk(f);
    auto op = new_operator(admin, "m.rossi");
    enrol(op, "m.rossi");
    ASSERT_EQ(op.call("GET", "/ops/v1/tree").response->status, 200);
    const auto id = f.db_int("SELECT id FROM users WHERE username = 'm.rossi'");

    EXPECT_EQ(op.call("POST", "/ops/v1/users/" + std::to_string(id) + "/two-factor/reset").response->status, 403);
    auto reset = admin.call("POST", "/ops/v1/users/" + std::to_string(id) + "/two-factor/reset");
    ASSERT_EQ(reset.response->status, 200) << reset.response->body;
    EXPECT_FALSE(api::decode_users<api::UserView>(reset.response->body)->two_factor_enrolled);
    EXPECT_EQ(op.call("GET", "/ops/v1/tree").response->status, 401) << "the user's sessions ended";
    EXPECT_EQ(f.db_int("SELECT count(*) FROM recovery_codes WHERE user_id = " + std::to_string(id)), 0);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM recovery_codes"), 10) << "the administrator's stay";
    EXPECT_EQ(f.db_int("SELECT count(*) FROM users WHERE totp_secret_enc IS NOT NULL"), 1) << "the administrator's only";
    EXPECT_EQ(f.db_int("SELECT count(*) FROM audit_log WHERE action = 'two_factor_reset' AND actor = 'admin.regione' "
                       "AND target = 'm.rossi' AND detail = '1 session(s) ended'"),
              1);
    EXPECT_EQ(code_of(admin.call("POST", "/ops/v1/users/9999/two-factor/reset")), api::ErrorCode::not_found);

    // The next login needs no code, and must enrol again.
    auto again = login(f, "m.rossi", operator_password);
    ASSERT_EQ(again.response->status, 201) << again.response->body;
    EXPECT_TRUE(api::decode<api::Session>(again.response->body)->user.must_enrol_two_factor);
}

TEST(TwoFactor, EnforcedPerRoleAndAlwaysForAdministrators) {
    RelayFixture f(with_two_factor_roles(bj::array{"admin", "operator"}));
    ASSERT_EQ(f.create_user("lettore", operator_password, "viewer"), 0);
    ASSERT_EQ(f.create_user("capo", admin_password, "admin"), 0);

    // A role that does not require it: a password is enough.
    auto viewer = login(f, "lettore", operator_password);
    ASSERT_EQ(viewer.response->status, 201);
    EXPECT_FALSE(api::decode<api::Session>(viewer.response->body)->user.must_enrol_two_factor);
    Desk reader{f, token_of(viewer)};
    EXPECT_EQ(reader.call("GET", "/ops/v1/tree").response->status, 200);

    // An administrator: limited to the session setup until enrolled.
    auto admin_login = login(f, "capo", admin_password);
    ASSERT_EQ(admin_login.response->status, 201);
    EXPECT_TRUE(api::decode<api::Session>(admin_login.response->body)->user.must_enrol_two_factor);
    Desk admin{f, token_of(admin_login)};
    auto blocked = admin.call("GET", "/ops/v1/users");
    EXPECT_EQ(blocked.response->status, 403);
    EXPECT_EQ(code_of(blocked), api::ErrorCode::two_factor_enrolment_required);
    EXPECT_EQ(admin.call("GET", "/ops/v1/session").response->status, 200);
    enrol(admin, "capo");
    EXPECT_EQ(admin.call("GET", "/ops/v1/users").response->status, 200);
    EXPECT_EQ(admin.call("DELETE", "/ops/v1/session").response->status, 204);

    // A viewer who enrols anyway must give codes from then on.
    enrol(reader, "lettore");
    EXPECT_EQ(code_of(login(f, "lettore", operator_password)), api::ErrorCode::two_factor_required);
    EXPECT_EQ(login(f, "lettore", operator_password, f.next_totp_code("lettore")).response->status, 201);
}

TEST(TwoFactor, TheCommandLineResetsAnAdministratorWhoLostEverything) {
    RelayFixture f(with_two_factor_roles(bj::array{"admin"}));
    auto admin = admin_desk(f);
    std::string out;
    EXPECT_NE(run_program(relay_binary(), {"admin", "reset-two-factor", "--config", f.relay_config, "--username", "nessuno"},
                          &out),
              0);
    EXPECT_NE(out.find("no user 'nessuno'"), std::string::npos) << out;
    ASSERT_EQ(run_program(relay_binary(),
                          {"admin", "reset-two-factor", "--config", f.relay_config, "--username", "admin.regione"}, &out),
              0)
        << out;
    EXPECT_EQ(admin.call("GET", "/ops/v1/users").response->status, 401) << "the sessions ended";
    EXPECT_EQ(f.db_int("SELECT count(*) FROM users WHERE totp_secret_enc IS NOT NULL"), 0);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM audit_log WHERE action = 'two_factor_reset' AND actor = 'cli'"), 1);
    auto again = login(f, "admin.regione", admin_password);
    ASSERT_EQ(again.response->status, 201);
    EXPECT_TRUE(api::decode<api::Session>(again.response->body)->user.must_enrol_two_factor);
}
