#pragma once
// A real relay and a real simulator on loopback, in a private folder with
// certificates generated for the test, a fresh database and the seed tree.
// Framework-neutral: used by the GoogleTest integration tests and by the
// QtTest GUI tests alike.

#include "net/http_client.hpp"
#include "process.hpp"

#include <boost/json/object.hpp>
#include <boost/json/array.hpp>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <string>

namespace sportello::testing {

struct FixtureOptions {
    bool start_simulator = true;
    bool seed_tree = true;
    bool start_relay = true;
    // Load tests/support/net_recorder.cpp into the relay and every relay
    // command the fixture runs: each network destination they name is
    // appended to RelayFixture::network_record (read with net_record.hpp).
    bool record_network = false;
    // Edit the generated configuration before it is written.
    std::function<void(boost::json::object&)> tweak_relay_config;
    std::function<void(boost::json::object&)> tweak_sim_config;
};

class RelayFixture {
public:
    explicit RelayFixture(FixtureOptions options = {});
    ~RelayFixture();
    RelayFixture(const RelayFixture&) = delete;
    RelayFixture& operator=(const RelayFixture&) = delete;

    // Where everything is.
    std::string dir, ca_file, relay_config, sim_config, db_path, relay_log, sim_log;
    std::string network_record;   // empty unless FixtureOptions::record_network
    std::string relay_url, sim_url;
    unsigned short relay_port = 0, sim_port = 0;
    // The shared secrets, as configured on both sides.
    std::string app_secret = "test-app-secret", verify_token = "test-verify-token",
                access_token = "test-access-token", phone_number_id = "109000000000001";

    void start_simulator();
    void stop_simulator();
    void start_relay();
    void stop_relay();                 // SIGTERM, graceful
    void kill_relay();                 // SIGKILL, like a crash
    bool relay_running();
    void signal_relay(int signal);     // e.g. SIGHUP
    // The relay's CPU time so far (user and system), from /proc.
    std::chrono::milliseconds relay_cpu_time();
    void wait_until_ready(std::chrono::milliseconds timeout = std::chrono::seconds(20));

    // Runs a sportello-relay command (e.g. {"probe", "--config", relay_config})
    // in the relay's environment (the network recorder, when on); returns
    // its exit code and captures its output.
    int run_relay_command(const std::vector<std::string>& args, std::string* output = nullptr,
                          const std::string& stdin_text = {});
    // sportello-relay admin create-user; returns the exit code.
    int create_user(const std::string& username, const std::string& password, const std::string& role);
    // POST /ops/v1/session; returns the token (empty on failure). Two-factor
    // authentication is handled as an operator would: an account that must
    // enrol is enrolled at once (the secret remembered), and an enrolled one
    // whose secret is known gives a fresh code (next_totp_code).
    std::string login(const std::string& username, const std::string& password);
    // Unless a test configures auth.two_factor_roles itself, the fixture's
    // relay requires two-factor authentication of administrators only (the
    // least it allows), so that other roles' tests log in with a password.
    // The secret (base32) of an account enrolled outside login(), e.g. by the desk.
    void remember_totp_secret(const std::string& username, const std::string& base32_secret);
    // A code of the account's secret whose time step the relay has not seen
    // accepted yet (steps used by this fixture are tracked): the current
    // step, or the next (within the relay's tolerance); when both are used,
    // waits for the clock to reach the next step. Empty: no secret known.
    std::string next_totp_code(const std::string& username);
    // sportello-relay admin create-client; returns the bearer token.
    std::string create_api_client(const std::string& name, const std::string& scopes, int rate_per_minute = 6000,
                                  const std::string& certificate_subject = {});
    // sportello-relay admin save-template.
    void save_template(const std::string& name, int parameters, const std::string& body = {});
    // A call to /api/v1 with an integrator's bearer token (and optional client certificate).
    net::ClientResult api(const std::string& method, const std::string& path, const std::string& token,
                          const std::string& body = {}, const std::string& client_certificate = {});

    net::ClientResult relay(const std::string& method, const std::string& path, const std::string& body = {},
                            net::Headers headers = {});
    net::ClientResult sim(const std::string& method, const std::string& path, const std::string& body = {});

    // The simulator makes a citizen write; returns the inbound wamid.
    std::string citizen_says(const std::string& wa_id, const std::string& text);
    boost::json::array inbox(const std::string& wa_id);
    // The simulator signs and posts a raw webhook body; returns the relay's
    // status (0: no answer). With redeliver, it keeps retrying until 200.
    int post_webhook(const std::string& body, bool redeliver = false);
    // Simulator controls (see tests/wasim/src/simulator.hpp).
    void sim_settings(const boost::json::object& settings);
    void sim_faults(const boost::json::array& faults);
    boost::json::array all_sent_messages();

    // A single integer from the database (read-only connection).
    std::int64_t db_int(const std::string& sql);

    // Both processes' logs, for a failing test's output.
    std::string logs() const;

private:
    struct TotpAccount {
        std::string secret;          // raw bytes
        std::int64_t last_step = 0;  // the last step this fixture had accepted
    };
    std::string enrol(const std::string& username, const std::string& token);

    std::vector<std::string> relay_environment() const;

    FixtureOptions options_;
    std::map<std::string, TotpAccount> totp_;
    std::unique_ptr<Process> relay_process_;
    std::unique_ptr<Process> sim_process_;
};

// Polls cond every 20 ms until it holds or the timeout passes.
bool wait_for(const std::function<bool()>& cond, std::chrono::milliseconds timeout = std::chrono::seconds(10));

// The built programs (paths set by CMake).
const char* relay_binary();
const char* wasim_binary();
const char* seed_tree_file();
const char* net_recorder_library();   // tests/support/net_recorder.cpp, built as a shared library

} // namespace sportello::testing
