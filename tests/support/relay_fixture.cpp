#include "relay_fixture.hpp"

#include "net/tls.hpp"
#include "storage/sqlite.hpp"
#include "sync_client.hpp"
#include "totp_codes.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <unistd.h>

namespace sportello::testing {

namespace fs = std::filesystem;
namespace bj = boost::json;

const char* relay_binary() { return SPORTELLO_RELAY_BIN; }
const char* wasim_binary() { return SPORTELLO_WASIM_BIN; }
const char* seed_tree_file() { return SPORTELLO_SEED_TREE; }
const char* net_recorder_library() { return SPORTELLO_NET_RECORDER_LIB; }

bool wait_for(const std::function<bool()>& cond, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        if (cond()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return cond();
}

namespace {

void write_json(const std::string& path, const bj::object& o) {
    std::ofstream out(path);
    out << bj::serialize(o);
}

std::string make_temp_dir() {
    std::string templ = (fs::temp_directory_path() / "sportello-test-XXXXXX").string();
    if (!::mkdtemp(templ.data())) throw std::runtime_error("mkdtemp failed");
    return templ;
}

} // namespace

RelayFixture::RelayFixture(FixtureOptions options) : options_(std::move(options)) {
    dir = make_temp_dir();
    const auto certs = net::ensure_dev_certificates(dir + "/certs");
    ca_file = certs.ca_file;
    relay_port = free_port();
    sim_port = free_port();
    relay_url = "https://127.0.0.1:" + std::to_string(relay_port);
    sim_url = "https://127.0.0.1:" + std::to_string(sim_port);
    relay_config = dir + "/relay.json";
    sim_config = dir + "/wasim.json";
    db_path = dir + "/data/sportello.db";
    relay_log = dir + "/relay.log";
    sim_log = dir + "/wasim.log";
    fs::create_directories(dir + "/data");
    if (options_.record_network) network_record = dir + "/network-record.txt";

    bj::object relay{
        {"listeners", bj::array{bj::object{{"address", "127.0.0.1"}, {"port", relay_port}, {"tls", true}}}},
        {"tls", bj::object{{"certificate_file", certs.certificate_chain_file}, {"private_key_file", certs.private_key_file}}},
        {"database", bj::object{{"path", db_path}}},
        {"data_key_file", dir + "/data/data.key"},
        {"io_threads", 2},
        {"log_level", "info"},
        // Quiet hours would make push tests depend on the time of day; the
        // quiet-hours test sets its own.
        {"pushes", bj::object{{"quiet_hours", false}}},
        {"whatsapp", bj::object{{"app_secret", app_secret}, {"verify_token", verify_token},
                                {"access_token", access_token}, {"phone_number_id", phone_number_id},
                                {"api_base_url", sim_url + "/v25.0"}, {"ca_file", ca_file},
                                {"connect_timeout_ms", 2000}, {"response_timeout_ms", 5000}}},
    };
    if (options_.seed_tree) relay["seed_tree_file"] = seed_tree_file();
    if (options_.tweak_relay_config) options_.tweak_relay_config(relay);
    auto& auth = relay["auth"].is_object() ? relay["auth"].as_object() : relay["auth"].emplace_object();
    if (!auth.contains("two_factor_roles")) auth["two_factor_roles"] = bj::array{"admin"};
    write_json(relay_config, relay);

    bj::object sim{
        {"listen", bj::object{{"address", "127.0.0.1"}, {"port", sim_port}, {"tls", true}}},
        {"tls", bj::object{{"certificate_file", certs.certificate_chain_file}, {"private_key_file", certs.private_key_file}}},
        {"webhook_url", relay_url + "/webhook"},
        {"webhook_ca_file", ca_file},
        {"app_secret", app_secret},
        {"access_token", access_token},
        {"phone_number_id", phone_number_id},
        {"status_delay_ms", 5},
        {"templates", bj::array{bj::object{{"name", "promemoria_appuntamento"}, {"language", "it"}, {"parameters", 3},
                                           {"body", "Gentile cittadino, le ricordiamo l'appuntamento per {{1}} il {{2}} presso {{3}}."}},
                                bj::object{{"name", "informazione_generale"}, {"language", "it"}, {"parameters", 1},
                                           {"body", "Regione Piemonte informa: {{1}}"}}}},
    };
    if (options_.tweak_sim_config) options_.tweak_sim_config(sim);
    write_json(sim_config, sim);

    if (options_.start_simulator) start_simulator();
    if (options_.start_relay) {
        start_relay();
        wait_until_ready();
    }
}

RelayFixture::~RelayFixture() {
    if (relay_process_) relay_process_->terminate(std::chrono::seconds(10));
    if (sim_process_) sim_process_->terminate(std::chrono::seconds(5));
    if (!std::getenv("SPORTELLO_KEEP_TEST_DIRS")) {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
}

void RelayFixture::start_simulator() {
    sim_process_ = std::make_unique<Process>(wasim_binary(), std::vector<std::string>{"serve", "--config", sim_config},
                                             sim_log);
    const bool up = wait_for([this] {
        auto r = this->sim("GET", "/_sim/healthz");
        return r.ok() && r.response->status == 200;
    }, std::chrono::seconds(20));
    if (!up) throw std::runtime_error("the simulator did not start:\n" + logs());
}

void RelayFixture::stop_simulator() {
    if (sim_process_) sim_process_->terminate(std::chrono::seconds(5));
}

void RelayFixture::start_relay() {
    relay_process_ = std::make_unique<Process>(relay_binary(), std::vector<std::string>{"--config", relay_config},
                                               relay_log, std::string(), relay_environment());
}

std::vector<std::string> RelayFixture::relay_environment() const {
    if (network_record.empty()) return {};
    return {std::string("LD_PRELOAD=") + net_recorder_library(), "SPORTELLO_NET_RECORD=" + network_record};
}

int RelayFixture::run_relay_command(const std::vector<std::string>& args, std::string* output,
                                    const std::string& stdin_text) {
    return run_program(relay_binary(), args, output, stdin_text, relay_environment());
}

void RelayFixture::wait_until_ready(std::chrono::milliseconds timeout) {
    const bool up = wait_for([this] {
        if (relay_process_ && !relay_process_->running()) return true;   // fail fast
        auto r = relay("GET", "/healthz");
        return r.ok();
    }, timeout);
    if (!up || !relay_running()) throw std::runtime_error("the relay did not start:\n" + logs());
}

void RelayFixture::stop_relay() {
    if (relay_process_) relay_process_->terminate(std::chrono::seconds(15));
}

void RelayFixture::kill_relay() {
    if (relay_process_) relay_process_->kill_now();
}

void RelayFixture::signal_relay(int signal) {
    if (relay_process_) ::kill(relay_process_->pid(), signal);
}

bool RelayFixture::relay_running() { return relay_process_ && relay_process_->running(); }

std::chrono::milliseconds RelayFixture::relay_cpu_time() {
    if (!relay_running()) throw std::runtime_error("the relay is not running");
    std::ifstream in("/proc/" + std::to_string(relay_process_->pid()) + "/stat");
    std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // Fields after the command name (which may hold spaces): state is field 3,
    // utime and stime are fields 14 and 15, in clock ticks.
    std::istringstream fields(stat.substr(stat.rfind(')') + 2));
    std::string field;
    long long utime = 0, stime = 0;
    for (int i = 3; i <= 15 && fields >> field; ++i) {
        if (i == 14) utime = std::stoll(field);
        if (i == 15) stime = std::stoll(field);
    }
    return std::chrono::milliseconds((utime + stime) * 1000 / sysconf(_SC_CLK_TCK));
}

int RelayFixture::create_user(const std::string& username, const std::string& password, const std::string& role) {
    std::string out;
    return run_relay_command({"admin", "create-user", "--config", relay_config, "--username", username, "--role", role},
                             &out, password + "\n");
}

std::string RelayFixture::login(const std::string& username, const std::string& password) {
    bj::object body{{"username", username}, {"password", password}};
    if (totp_.count(username)) body["totp_code"] = next_totp_code(username);
    auto r = relay("POST", "/ops/v1/session", bj::serialize(body));
    if (!r.ok() || r.response->status != 201) return {};
    const auto answer = bj::parse(r.response->body).as_object();
    const std::string token(answer.at("token").as_string());
    const auto& user = answer.at("user").as_object();
    if (user.contains("must_enrol_two_factor") && user.at("must_enrol_two_factor").as_bool()) return enrol(username, token);
    return token;
}

std::string RelayFixture::enrol(const std::string& username, const std::string& token) {
    const net::Headers auth{{"authorization", "Bearer " + token}};
    auto started = relay("POST", "/ops/v1/session/two-factor", {}, auth);
    if (!started.ok() || started.response->status != 201) return {};
    remember_totp_secret(username, std::string(bj::parse(started.response->body).as_object().at("secret").as_string()));
    auto confirmed = relay("POST", "/ops/v1/session/two-factor/confirm",
                           bj::serialize(bj::object{{"code", next_totp_code(username)}}), auth);
    if (!confirmed.ok() || confirmed.response->status != 200) return {};
    return token;
}

void RelayFixture::remember_totp_secret(const std::string& username, const std::string& base32_secret) {
    totp_[username] = TotpAccount{base32_decode(base32_secret).value(), 0};
}

std::string RelayFixture::next_totp_code(const std::string& username) {
    const auto found = totp_.find(username);
    if (found == totp_.end()) return {};
    auto& account = found->second;
    for (;;) {
        const auto now = current_totp_step();
        const auto step = std::max(now, account.last_step + 1);
        if (step <= now + 1) {
            account.last_step = step;
            return totp_code(account.secret, step);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
    }
}

std::string RelayFixture::create_api_client(const std::string& name, const std::string& scopes, int rate_per_minute,
                                           const std::string& certificate_subject) {
    std::vector<std::string> args{"admin", "create-client", "--config", relay_config, "--name", name, "--scopes", scopes,
                                  "--rate-per-minute", std::to_string(rate_per_minute)};
    if (!certificate_subject.empty()) {
        args.push_back("--certificate-subject");
        args.push_back(certificate_subject);
    }
    std::string out;
    if (run_relay_command(args, &out) != 0) throw std::runtime_error("create-client failed: " + out);
    const auto pos = out.find("spt_");
    if (pos == std::string::npos) throw std::runtime_error("no token in: " + out);
    return out.substr(pos, out.find('\n', pos) - pos);
}

void RelayFixture::save_template(const std::string& name, int parameters, const std::string& body) {
    std::string out;
    if (run_relay_command({"admin", "save-template", "--config", relay_config, "--name", name, "--language", "it",
                           "--parameters", std::to_string(parameters), "--body", body}, &out) != 0)
        throw std::runtime_error("save-template failed: " + out);
}

net::ClientResult RelayFixture::api(const std::string& method, const std::string& path, const std::string& token,
                                    const std::string& body, const std::string& client_certificate) {
    wasim::SyncCall c;
    c.base_url = relay_url;
    c.ca_file = ca_file;
    c.method = method;
    c.path = path;
    c.body = body;
    c.headers = {{"authorization", "Bearer " + token}};
    if (!client_certificate.empty()) {
        c.client_certificate_file = dir + "/certs/" + client_certificate + ".pem";
        c.client_key_file = dir + "/certs/" + client_certificate + ".key";
    }
    return wasim::call(c);
}

net::ClientResult RelayFixture::relay(const std::string& method, const std::string& path, const std::string& body,
                                      net::Headers headers) {
    wasim::SyncCall c;
    c.base_url = relay_url;
    c.ca_file = ca_file;
    c.method = method;
    c.path = path;
    c.body = body;
    c.headers = std::move(headers);
    return wasim::call(c);
}

net::ClientResult RelayFixture::sim(const std::string& method, const std::string& path, const std::string& body) {
    wasim::SyncCall c;
    c.base_url = sim_url;
    c.ca_file = ca_file;
    c.method = method;
    c.path = path;
    c.body = body;
    return wasim::call(c);
}

std::string RelayFixture::citizen_says(const std::string& wa_id, const std::string& text) {
    auto r = sim("POST", "/_sim/citizens/" + wa_id + "/messages", bj::serialize(bj::object{{"text", text}}));
    if (!r.ok() || r.response->status != 200) throw std::runtime_error("simulator refused a citizen message:\n" + logs());
    return std::string(bj::parse(r.response->body).as_object().at("wamid").as_string());
}

bj::array RelayFixture::inbox(const std::string& wa_id) {
    auto r = sim("GET", "/_sim/citizens/" + wa_id + "/inbox");
    if (!r.ok()) return {};
    return bj::parse(r.response->body).as_object().at("messages").as_array();
}

int RelayFixture::post_webhook(const std::string& body, bool redeliver) {
    auto r = sim("POST", redeliver ? "/_sim/webhooks?retry=true" : "/_sim/webhooks", body);
    if (!r.ok() || r.response->status != 200) throw std::runtime_error("simulator refused a raw webhook:\n" + logs());
    return static_cast<int>(bj::parse(r.response->body).as_object().at("relay_status").as_int64());
}

void RelayFixture::sim_settings(const bj::object& settings) {
    auto r = sim("POST", "/_sim/settings", bj::serialize(settings));
    if (!r.ok() || r.response->status != 204) throw std::runtime_error("simulator refused settings");
}

void RelayFixture::sim_faults(const bj::array& faults) {
    auto r = sim("POST", "/_sim/faults", bj::serialize(bj::object{{"faults", faults}}));
    if (!r.ok() || r.response->status != 200) throw std::runtime_error("simulator refused faults");
}

bj::array RelayFixture::all_sent_messages() {
    auto r = sim("GET", "/_sim/messages");
    if (!r.ok()) return {};
    return bj::parse(r.response->body).as_object().at("messages").as_array();
}

std::int64_t RelayFixture::db_int(const std::string& sql) {
    storage::Connection c(db_path, storage::Connection::Mode::read_only, true);
    auto q = c.query(sql);
    return q.next() ? q.int64(0) : 0;
}

std::string RelayFixture::logs() const {
    return "---- relay log (" + relay_log + ") ----\n" + read_text_file(relay_log) + "---- simulator log ----\n" +
           read_text_file(sim_log);
}

} // namespace sportello::testing
