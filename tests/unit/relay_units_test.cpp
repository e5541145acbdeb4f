// Units of the relay that need no network: configuration, error policy,
// vault, router, URLs and targets.
#include "config/config.hpp"
#include "log/log.hpp"
#include "net/http_types.hpp"
#include "net/router.hpp"
#include "net/url.hpp"
#include "outbound/error_policy.hpp"
#include "security/common_passwords.hpp"
#include "security/passwords.hpp"
#include "security/vault.hpp"

#include <gtest/gtest.h>

using namespace sportello;
using namespace sportello::relay;

namespace {
const std::string minimal = R"({
  "listeners": [{"address": "127.0.0.1", "port": 8443, "tls": false}],
  "database": {"path": "data/s.db"}, "data_key_file": "data/k",
  "whatsapp": {"app_secret": "a", "verify_token": "v", "access_token": "t", "phone_number_id": "1",
               "api_base_url": "http://127.0.0.1:9000/v25.0"}})";
} // namespace

TEST(Config, MinimalIsValidAndPathsAreRelativeToTheFile) {
    auto c = parse_config(minimal, "/etc/sportello");
    ASSERT_TRUE(c) << c.error().message;
    EXPECT_EQ(c->database_path, "/etc/sportello/data/s.db");
    EXPECT_TRUE(c->synchronous_full);
    EXPECT_EQ(c->whatsapp.webhook_body_limit, 4u * 1024 * 1024);
    EXPECT_DOUBLE_EQ(c->dispatcher.messages_per_second, 80);
    EXPECT_EQ(c->slow_commit_ms, 100);
}

TEST(Config, MistakesNameTheKey) {
    auto with = [](std::string from, std::string to) {
        std::string s = minimal;
        s.replace(s.find(from), from.size(), to);
        return parse_config(s, "/x");
    };
    auto typo = with("\"data_key_file\"", "\"data_keyfile\"");
    ASSERT_FALSE(typo);
    EXPECT_EQ(typo.error().field, "data_keyfile");
    auto public_plain = with("\"127.0.0.1\", \"port\": 8443", "\"0.0.0.0\", \"port\": 8443");
    ASSERT_FALSE(public_plain);
    EXPECT_EQ(public_plain.error().field, "listeners[0].tls");
    auto remote_http = with("http://127.0.0.1:9000", "http://graph.facebook.com");
    ASSERT_FALSE(remote_http);
    EXPECT_EQ(remote_http.error().field, "whatsapp.api_base_url");
    auto no_secret = with("\"app_secret\": \"a\", ", "");
    ASSERT_FALSE(no_secret);
    EXPECT_NE(no_secret.error().message.find("app_secret"), std::string::npos);
    auto bad_sync = with("\"path\": \"data/s.db\"", "\"path\": \"data/s.db\", \"synchronous\": \"off\"");
    ASSERT_FALSE(bad_sync);
    EXPECT_EQ(bad_sync.error().field, "database.synchronous");
    auto never_logged = with("\"path\": \"data/s.db\"", "\"path\": \"data/s.db\", \"slow_commit_ms\": 0");
    ASSERT_TRUE(never_logged) << never_logged.error().message;
    EXPECT_EQ(never_logged->slow_commit_ms, 0);
    auto negative = with("\"path\": \"data/s.db\"", "\"path\": \"data/s.db\", \"slow_commit_ms\": -5");
    ASSERT_FALSE(negative);
    EXPECT_EQ(negative.error().field, "database.slow_commit_ms");
}

TEST(Config, SlaSettingsAndTheirMistakes) {
    auto c = parse_config(minimal, "/x");
    ASSERT_TRUE(c) << c.error().message;
    EXPECT_EQ(c->sla.heartbeat_seconds, 10);
    EXPECT_EQ(c->sla.probe_deadline_seconds, 10);
    EXPECT_DOUBLE_EQ(c->sla.target_percent, 99.6);
    EXPECT_TRUE(c->sla.probe_sender.empty());
    auto with = [](const std::string& section) {
        std::string s = minimal;
        s.insert(s.rfind('}'), ", \"sla\": " + section);
        return parse_config(s, "/x");
    };
    auto set = with(R"({"probe_sender": "390000000999", "probe_text": "#tamponi", "probe_ca_file": "ca.pem",
                        "probe_deadline_seconds": 5, "metrics_token": "a-token-of-enough-length"})");
    ASSERT_TRUE(set) << set.error().message;
    EXPECT_EQ(set->sla.probe_ca_file, "/x/ca.pem");
    EXPECT_EQ(set->sla.metrics_token, "a-token-of-enough-length");
    auto by_user_id = with(R"({"probe_sender": "US.4A7F21C9", "probe_text": "#tamponi"})");
    ASSERT_TRUE(by_user_id) << by_user_id.error().message;
    const std::pair<const char*, const char*> mistakes[] = {
        {R"({"probe_sender": "+39 000", "probe_text": "#tamponi"})", "sla.probe_sender"},
        {R"({"probe_sender": "390000000999"})", "sla.probe_sender"},
        {R"({"probe_url": "http://relay.example/webhook"})", "sla.probe_url"},
        {R"({"metrics_token": "short"})", "sla.metrics_token"},
        {R"({"target_percent": 101})", "sla.target_percent"},
        {R"({"heartbeat_seconds": 0})", "sla.heartbeat_seconds"},
        {R"({"probe_sendr": "1"})", "sla.probe_sendr"},
    };
    for (const auto& [section, field] : mistakes) {
        auto r = with(section);
        ASSERT_FALSE(r) << section;
        EXPECT_EQ(r.error().field, field) << section << ": " << r.error().message;
    }
}

TEST(Config, UnansweredPhrasesThresholdAndRetention) {
    auto c = parse_config(minimal, "/x");
    ASSERT_TRUE(c) << c.error().message;
    EXPECT_EQ(c->unanswered.min_citizens, 3);
    EXPECT_EQ(c->unanswered.phrase_retention_days, 90);
    auto with = [](const std::string& section) {
        std::string s = minimal;
        s.insert(s.rfind('}'), ", \"unanswered\": " + section);
        return parse_config(s, "/x");
    };
    auto set = with(R"({"min_citizens": 5, "phrase_retention_days": 30})");
    ASSERT_TRUE(set) << set.error().message;
    EXPECT_EQ(set->unanswered.min_citizens, 5);
    EXPECT_EQ(set->unanswered.phrase_retention_days, 30);
    // One citizen would be enough to show a name typed alone.
    auto one = with(R"({"min_citizens": 1})");
    ASSERT_FALSE(one);
    EXPECT_EQ(one.error().field, "unanswered.min_citizens");
    auto forever = with(R"({"phrase_retention_days": 0})");
    ASSERT_FALSE(forever);
    EXPECT_EQ(forever.error().field, "unanswered.phrase_retention_days");
    auto typo = with(R"({"min_citizen": 3})");
    ASSERT_FALSE(typo);
    EXPECT_EQ(typo.error().field, "unanswered.min_citizen");
}

TEST(ErrorPolicy, KeyedOnMetasCodes) {
    EXPECT_EQ(classify_failure(130429, 400), FailureAction::retry);
    EXPECT_EQ(classify_failure(80007, 400), FailureAction::retry);
    EXPECT_EQ(classify_failure(131056, 400), FailureAction::retry_recipient);
    EXPECT_EQ(classify_failure(131047, 400), FailureAction::outside_window);
    for (int code : {131026, 100, 132000, 132001}) EXPECT_EQ(classify_failure(code, 400), FailureAction::fail) << code;
    for (int code : {190, 368, 131031}) EXPECT_EQ(classify_failure(code, 401), FailureAction::stop_all) << code;
    EXPECT_EQ(classify_failure(0, 401), FailureAction::stop_all);   // AuthException
    EXPECT_EQ(classify_failure(0, 0), FailureAction::retry);        // timeout / reset
    EXPECT_EQ(classify_failure(0, 503), FailureAction::retry);
    EXPECT_EQ(classify_failure(0, 400), FailureAction::fail);
}

TEST(Backoff, GrowsWithJitterAndIsCapped) {
    const Backoff b(std::chrono::milliseconds(1000), std::chrono::milliseconds(60000));
    std::mt19937 random(42);
    for (int attempt = 1; attempt <= 12; ++attempt) {
        const auto expected = std::min<long long>(1000LL << (attempt - 1), 60000);
        const auto d = b.delay(attempt, random).count();
        EXPECT_GE(d, expected / 2) << attempt;
        EXPECT_LE(d, expected) << attempt;
    }
    EXPECT_EQ(b.pair_rate_delay(1).count(), 1000);
    EXPECT_EQ(b.pair_rate_delay(2).count(), 4000);
    EXPECT_EQ(b.pair_rate_delay(3).count(), 16000);
    EXPECT_EQ(b.pair_rate_delay(9).count(), 60000);
}

TEST(Vault, EncryptsBindsToColumnAndDetectsTampering) {
    const security::Vault v(crypto::random_bytes(32));
    const auto c1 = v.encrypt("393401234567", "contacts.phone");
    const auto c2 = v.encrypt("393401234567", "contacts.phone");
    EXPECT_NE(c1, c2);   // random nonces
    EXPECT_EQ(v.decrypt(c1, "contacts.phone"), "393401234567");
    EXPECT_THROW(v.decrypt(c1, "inbound.body"), std::runtime_error);
    auto tampered = c1;
    tampered[20] ^= 1;
    EXPECT_THROW(v.decrypt(tampered, "contacts.phone"), std::runtime_error);
    const security::Vault other(crypto::random_bytes(32));
    EXPECT_THROW(other.decrypt(c1, "contacts.phone"), std::runtime_error);
    EXPECT_EQ(v.lookup_hash("39340"), v.lookup_hash("39340"));
    EXPECT_NE(v.lookup_hash("39340"), other.lookup_hash("39340"));
}

TEST(Passwords, Argon2idVerifyAndPolicy) {
    const auto hash = security::hash_password("una-password-lunga");
    EXPECT_EQ(hash.rfind("$argon2id$", 0), 0u);
    EXPECT_TRUE(security::verify_password("una-password-lunga", hash));
    EXPECT_FALSE(security::verify_password("una-password-lungA", hash));
    EXPECT_FALSE(security::check_password_policy("corta", "m.rossi").empty());
    EXPECT_TRUE(security::check_password_policy("abbastanza-lunga", "m.rossi").empty());
}

TEST(Passwords, PolicyRefusesShortCommonAndUsernamePasswords) {
    using security::check_password_policy;
    // Characters, not bytes: eleven accented letters are 22 bytes but too short.
    EXPECT_NE(check_password_policy("èèèèèèèèèèè", "m.rossi").find("at least 12"), std::string::npos);
    EXPECT_TRUE(check_password_policy("èèèèèèèèèèèè", "m.rossi").empty());
    EXPECT_NE(check_password_policy("Maria.Rossi-2026", "maria.rossi").find("username"), std::string::npos);
    // Whole entries of the list, and entries with digits and symbols around them.
    for (const char* weak : {"passwordpassword", "Juventus1897!!", "Password2024!",
                             "123456789012", "!!Francesca1990", "1234settembre56"})
        EXPECT_NE(check_password_policy(weak, "m.rossi").find("too common"), std::string::npos) << weak;
    EXPECT_TRUE(check_password_policy("Sportello-Piemonte-2026", "m.rossi").empty());
    EXPECT_GE(security::common_password_count(), 10000u);
    EXPECT_TRUE(security::is_common_password("juventus"));   // Italian
    EXPECT_TRUE(security::is_common_password("dragon"));     // English
    EXPECT_FALSE(security::is_common_password("Juventus"));  // the caller lowercases
}

TEST(Passwords, TemporaryPasswordsPassThePolicyAndDiffer) {
    const auto a = security::generate_temporary_password();
    const auto b = security::generate_temporary_password();
    EXPECT_EQ(a.size(), 16u);
    EXPECT_NE(a, b);
    EXPECT_TRUE(security::check_password_policy(a, "m.rossi").empty()) << a;
}

TEST(Router, MatchesParamsAndTellsNotFoundFromMethodNotAllowed) {
    net::Router r;
    auto h = [](net::HttpRequest&) -> net::asio::awaitable<net::HttpResponse> { co_return net::HttpResponse::empty(204); };
    r.add("GET", "/ops/v1/tree", h, 0);
    r.add("PUT", "/api/v1/consents/{phone}", h, 100);
    r.add("GET", "/api/v1/consents/{phone}", h, 0);
    auto m = r.match("PUT", "/api/v1/consents/393401234567");
    ASSERT_NE(m.route, nullptr);
    EXPECT_EQ(m.params.at("phone"), "393401234567");
    EXPECT_EQ(r.match("GET", "/nope").allowed_methods.size(), 0u);
    auto wrong = r.match("DELETE", "/api/v1/consents/1");
    EXPECT_EQ(wrong.route, nullptr);
    EXPECT_EQ(wrong.allowed_methods, (std::vector<std::string>{"PUT", "GET"}));
    EXPECT_EQ(r.body_limit("PUT", "/api/v1/consents/1"), 100u);
    EXPECT_EQ(r.body_limit("DELETE", "/api/v1/consents/1"), 0u);
    EXPECT_EQ(r.match("GET", "/api/v1/consents/").route, nullptr);
}

TEST(Http, TargetsAndUrls) {
    auto t = net::split_target("/webhook?hub.mode=subscribe&hub.challenge=12%2034&x");
    ASSERT_TRUE(t);
    EXPECT_EQ(t->first, "/webhook");
    EXPECT_EQ(t->second.at(1).second, "12 34");
    EXPECT_EQ(t->second.at(2).first, "x");
    EXPECT_FALSE(net::split_target("webhook"));
    EXPECT_FALSE(net::split_target("/a?b=%zz"));
    auto u = net::Url::parse("https://graph.facebook.com/v25.0/");
    ASSERT_TRUE(u);
    EXPECT_EQ(u->port, 443);
    EXPECT_EQ(u->path, "/v25.0");
    EXPECT_EQ(net::Url::parse("http://[::1]:8080")->host, "::1");
    EXPECT_FALSE(net::Url::parse("ftp://x"));
    EXPECT_FALSE(net::Url::parse("https://user@host"));
    EXPECT_FALSE(net::Url::parse("https://host:99999"));
}

TEST(LogThrottle, OneLinePerIntervalAndTheNextSaysHowManyWereSuppressed) {
    using namespace std::chrono_literals;
    log::Throttle throttle(10s);
    const auto t0 = log::Throttle::Clock::time_point{} + 1h;
    EXPECT_EQ(throttle.admit(t0), 0u);
    for (int i = 0; i < 1000; ++i) EXPECT_FALSE(throttle.admit(t0 + std::chrono::milliseconds(i * 9)));
    EXPECT_EQ(throttle.admit(t0 + 10s), 1000u);
    EXPECT_FALSE(throttle.admit(t0 + 19s));
    EXPECT_EQ(throttle.admit(t0 + 20s), 1u);
    EXPECT_EQ(throttle.admit(t0 + 60s), 0u);
}
