// The relay's TLS: Mozilla's "intermediate" profile, checked with the
// openssl command-line client (allowed to offer anything, so that what is
// refused is refused by the relay); HSTS; the certificate reloaded on SIGHUP.
#include "net/tls.hpp"
#include "process.hpp"
#include "relay_fixture.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <csignal>
#include <filesystem>
#include <fstream>

using namespace sportello;
using namespace sportello::testing;
namespace fs = std::filesystem;

namespace {

struct Handshake {
    bool ok = false;
    bool client_refused = false;
    std::string output;
};

// One handshake with `openssl s_client`, at security level 0 so that the
// client itself would accept old protocols and ciphers.
Handshake handshake(RelayFixture& f, std::vector<std::string> options) {
    std::vector<std::string> args{"s_client", "-connect", "127.0.0.1:" + std::to_string(f.relay_port), "-CAfile",
                                  f.ca_file, "-servername", "localhost"};
    args.insert(args.end(), options.begin(), options.end());
    Handshake h;
    const int rc = run_program("/usr/bin/openssl", args, &h.output, "Q\n");
    // A refusal must come from the relay, not from the client's own settings.
    h.client_refused = h.output.find("no protocols available") != std::string::npos ||
                       h.output.find("no cipher match") != std::string::npos;
    h.ok = rc == 0 && h.output.find("Cipher is (NONE)") == std::string::npos &&
           h.output.find("-----BEGIN CERTIFICATE-----") != std::string::npos;
    return h;
}

std::string served_certificate(RelayFixture& f) {
    const auto h = handshake(f, {});
    const auto begin = h.output.find("-----BEGIN CERTIFICATE-----");
    const auto end = h.output.find("-----END CERTIFICATE-----");
    if (begin == std::string::npos || end == std::string::npos) return {};
    return h.output.substr(begin, end - begin);
}

} // namespace

TEST(Tls, OnlyTheIntermediateProfileIsAccepted) {
    RelayFixture f({.start_simulator = false});
    const std::string level0 = "DEFAULT:@SECLEVEL=0";
    EXPECT_TRUE(handshake(f, {"-tls1_3"}).ok);
    auto good = handshake(f, {"-tls1_2", "-cipher", "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256"});
    EXPECT_TRUE(good.ok) << good.output;
    for (const char* old : {"-tls1", "-tls1_1"}) {
        auto h = handshake(f, {old, "-cipher", level0});
        EXPECT_FALSE(h.ok) << old << "\n" << h.output;
        EXPECT_FALSE(h.client_refused) << old << "\n" << h.output;
    }
    // CBC and non-forward-secret suites are outside the profile.
    for (const char* weak : {"ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA", "AES128-GCM-SHA256:AES256-SHA",
                             "ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384"}) {
        auto h = handshake(f, {"-tls1_2", "-cipher", std::string(weak) + ":@SECLEVEL=0"});
        EXPECT_FALSE(h.ok) << weak << "\n" << h.output;
        EXPECT_FALSE(h.client_refused) << weak << "\n" << h.output;
    }
}

TEST(Tls, ResponsesCarryHsts) {
    RelayFixture f({.start_simulator = false});
    auto r = f.relay("GET", "/healthz");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.response->header("strict-transport-security"), "max-age=63072000");
}

TEST(Tls, SighupReloadsTheCertificate) {
    RelayFixture f({.start_simulator = false});
    const auto before = served_certificate(f);
    ASSERT_FALSE(before.empty());
    const auto config = boost::json::parse(read_text_file(f.relay_config)).as_object();
    const std::string cert_file(config.at("tls").at("certificate_file").as_string());
    const std::string key_file(config.at("tls").at("private_key_file").as_string());
    // A renewed certificate (a new key, signed by a new CA) written over the old files.
    const auto renewed = net::ensure_dev_certificates(f.dir + "/renewed");
    fs::copy_file(renewed.certificate_chain_file, cert_file, fs::copy_options::overwrite_existing);
    fs::copy_file(renewed.private_key_file, key_file, fs::copy_options::overwrite_existing);
    EXPECT_EQ(served_certificate(f), before) << "nothing changes before the signal";
    f.signal_relay(SIGHUP);
    ASSERT_TRUE(wait_for([&] { return read_text_file(f.relay_log).find("TLS certificate reloaded") != std::string::npos; }))
        << f.logs();
    const auto after = served_certificate(f);
    EXPECT_NE(after, before);
    EXPECT_NE(read_text_file(cert_file).find(after), std::string::npos) << "the new file's certificate is served";
    EXPECT_TRUE(f.relay_running());
    // A broken file is refused and the current certificate stays.
    { std::ofstream(key_file, std::ios::trunc) << "not a key"; }
    f.signal_relay(SIGHUP);
    ASSERT_TRUE(wait_for([&] { return read_text_file(f.relay_log).find("was not reloaded") != std::string::npos; }));
    EXPECT_EQ(served_certificate(f), after);
}
