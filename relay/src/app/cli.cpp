#include "app/cli.hpp"

#include "app/cli_generate.hpp"
#include "app/cli_contract_end.hpp"
#include "app/cli_retention.hpp"
#include "app/cli_citizen.hpp"
#include "app/cli_maintenance.hpp"
#include "app/probe.hpp"
#include "app/relay_app.hpp"
#include "app/seed.hpp"
#include "core/audit.hpp"
#include "core/report_rollups.hpp"
#include "core/tree_store.hpp"
#include "log/log.hpp"
#include "net/tls.hpp"
#include "ops/two_factor.hpp"
#include "ops/users.hpp"
#include "security/passwords.hpp"
#include "sire/api_clients.hpp"
#include "sire/templates.hpp"
#include "sportello/time.hpp"
#include "sportello/version.hpp"
#include "storage/database.hpp"

#include <termios.h>
#include <unistd.h>

#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sportello::relay {
namespace {

constexpr const char* usage = R"(Usage:
  sportello-relay [run] --config FILE
  sportello-relay check-config --config FILE
  sportello-relay admin create-user --config FILE --username NAME --role ROLE
                  [--display-name TEXT] [--password-file FILE]
  sportello-relay admin reset-two-factor --config FILE --username NAME
  sportello-relay admin clear-alert --config FILE
  sportello-relay admin create-client --config FILE --name NAME --scopes consent,notify,messages:read
                  [--rate-per-minute N] [--certificate-subject CN]
  sportello-relay admin save-template --config FILE --name NAME --language it --parameters N
                  [--category utility] [--body TEXT]
  sportello-relay content publish --config FILE --file TREE.json [--note TEXT]
  sportello-relay audit verify --config FILE
  sportello-relay citizen export --config FILE (--phone NUMBER | --user-id ID) --requested-by NAME
                  --reason TEXT [--out FILE]
  sportello-relay citizen erase --config FILE (--phone NUMBER | --user-id ID) --requested-by NAME
                  --reason TEXT --confirm
  sportello-relay probe --config FILE
  sportello-relay reports rebuild --config FILE
  sportello-relay generate --config FILE --year YYYY [--scale F] [--seed N] [--force]
  sportello-relay retention run --config FILE
  sportello-relay routes --config FILE
  sportello-relay export --config FILE --out DIR
  sportello-relay export verify DIR [--public-key-sha256 HEX]
  sportello-relay purge --config FILE --confirm [--export DIR] [--report FILE]
  sportello-relay purge verify --config FILE --report FILE
  sportello-relay backup --config FILE [--out PATH]
  sportello-relay restore --config FILE --from PATH [--to DBPATH]
  sportello-relay keys rotate --config FILE
  sportello-relay dev-cert --out DIR
  sportello-relay --version

Roles: viewer, operator, editor, supervisor, admin.
Without --password-file the password is read from standard input.
)";

struct Args {
    std::vector<std::string> words;              // positional
    std::map<std::string, std::string> options;  // --name value
};

std::optional<Args> parse_args(int argc, char** argv) {
    Args a;
    for (int i = 1; i < argc; ++i) {
        std::string s = argv[i];
        if (s == "--help" || s == "-h" || s == "--version" || s == "--confirm") {
            a.options[s] = "";
        } else if (s.rfind("--", 0) == 0) {
            if (i + 1 >= argc) {
                std::cerr << "option " << s << " needs a value\n";
                return std::nullopt;
            }
            a.options[s.substr(2)] = argv[++i];
        } else {
            a.words.push_back(s);
        }
    }
    return a;
}

std::optional<RelayConfig> config_from(const Args& a) {
    auto it = a.options.find("config");
    if (it == a.options.end()) {
        std::cerr << "--config FILE is required\n";
        return std::nullopt;
    }
    auto c = load_config(it->second);
    if (!c) {
        std::cerr << "configuration " << it->second << ": " << c.error().message << "\n";
        return std::nullopt;
    }
    log::Level level;
    if (log::parse_level(c->log_level, level)) log::set_level(level);
    return std::move(c).value();
}

std::string read_password(const Args& a) {
    if (auto it = a.options.find("password-file"); it != a.options.end()) {
        std::ifstream in(it->second);
        std::string line;
        std::getline(in, line);
        return line;
    }
    const bool tty = ::isatty(STDIN_FILENO);
    termios old{};
    if (tty) {
        std::cerr << "Password: " << std::flush;
        tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::cerr << "\n";
    }
    return line;
}

int create_user(const Args& a) {
    auto config = config_from(a);
    if (!config) return 2;
    const auto username = a.options.count("username") ? a.options.at("username") : "";
    const auto role = role_from_string(a.options.count("role") ? a.options.at("role") : "");
    if (username.empty() || !role) {
        std::cerr << "--username and a valid --role (viewer, operator, editor, supervisor, admin) are required\n";
        return 2;
    }
    const std::string password = read_password(a);
    if (auto problem = security::check_password_policy(password, username); !problem.empty()) {
        std::cerr << problem << "\n";
        return 1;
    }
    const auto hash = security::hash_password(password);
    storage::Database db({config->database_path, config->synchronous_full, 1});
    std::optional<Error> error;
    const std::string display = a.options.count("display-name") ? a.options.at("display-name") : username;
    db.write_sync([&](storage::Connection& c) {
        const auto now = time::now_ms();
        auto created = relay::create_user(c, username, display, *role, hash, now);
        if (!created) { error = created.error(); return; }
        audit(c, "cli", "user_created", username, "role " + std::string(to_string(*role)), now);
    });
    if (error) {
        std::cerr << error->message << "\n";
        return 1;
    }
    std::cout << "created user " << username << " with role " << to_string(*role) << "\n";
    return 0;
}

// For an operator — typically the only administrator — who lost both the
// authenticator and the recovery codes: the next login enrols again.
int reset_two_factor_of(const Args& a) {
    auto config = config_from(a);
    if (!config) return 2;
    const std::string username = a.options.count("username") ? a.options.at("username") : "";
    if (username.empty()) {
        std::cerr << "admin reset-two-factor: --username is required\n";
        return 2;
    }
    storage::Database db({config->database_path, config->synchronous_full, 1});
    Result<void> done = make_error(api::ErrorCode::not_found, "no user '" + username + "'");
    db.write_sync([&](storage::Connection& c) {
        if (auto user = find_user(c, username)) done = reset_two_factor(c, user->info.id, "cli", time::now_ms());
    });
    if (!done) {
        std::cerr << "admin reset-two-factor: " << done.error().message << "\n";
        return 1;
    }
    std::cout << "two-factor authentication of '" << username << "' reset; its sessions ended\n";
    return 0;
}

int clear_alert(const Args& a) {
    auto config = config_from(a);
    if (!config) return 2;
    storage::Database db({config->database_path, config->synchronous_full, 1});
    bool had = false;
    db.write_sync([&](storage::Connection& c) {
        c.query("DELETE FROM meta WHERE key = 'sending_stopped'").run();
        had = c.changes() > 0;
        if (had) audit(c, "cli", "sending_alert_cleared", "", "", time::now_ms());
    });
    std::cout << (had ? "sending alert cleared; restart the relay (or it resumes at its next start)\n"
                      : "no sending alert was active\n");
    return 0;
}

// Rebuilds the report rollups from the raw rows, in one transaction (the
// relay may keep running: its writes wait for this one).
int rebuild_reports(const Args& a) {
    auto config = config_from(a);
    if (!config) return 2;
    storage::Database db({config->database_path, config->synchronous_full, 1});
    std::int64_t rows = 0;
    db.write_sync([&](storage::Connection& c) {
        rows = rebuild_report_rollups(c);
        audit(c, "cli", "report_rollups_rebuilt", "", std::to_string(rows) + " rows", time::now_ms());
    });
    std::cout << "report rollups rebuilt from " << rows << " stored rows\n";
    return 0;
}

int create_client(const Args& a) {
    auto config = config_from(a);
    if (!config) return 2;
    ApiClient spec;
    spec.name = a.options.count("name") ? a.options.at("name") : "";
    std::string scopes = a.options.count("scopes") ? a.options.at("scopes") : "";
    for (std::size_t start = 0; start < scopes.size();) {
        const auto comma = scopes.find(',', start);
        spec.scopes.push_back(scopes.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        start = comma == std::string::npos ? scopes.size() : comma + 1;
    }
    if (a.options.count("rate-per-minute")) spec.rate_per_minute = std::stoi(a.options.at("rate-per-minute"));
    if (a.options.count("certificate-subject")) {
        spec.require_client_certificate = true;
        spec.certificate_subject = a.options.at("certificate-subject");
    }
    storage::Database db({config->database_path, config->synchronous_full, 1});
    std::optional<Error> error;
    std::string token;
    db.write_sync([&](storage::Connection& c) {
        const auto now = time::now_ms();
        auto created = create_api_client(c, spec, now);
        if (!created) { error = created.error(); return; }
        token = created->token;
        audit(c, "cli", "api_client_created", "client " + std::to_string(created->client.id), spec.name, now);
    });
    if (error) {
        std::cerr << error->message << "\n";
        return 1;
    }
    std::cout << "created API client " << spec.name << "\nbearer token (shown once, store it safely):\n" << token << "\n";
    return 0;
}

int save_template(const Args& a) {
    auto config = config_from(a);
    if (!config) return 2;
    api::TemplateSpec t;
    t.name = a.options.count("name") ? a.options.at("name") : "";
    t.language = a.options.count("language") ? a.options.at("language") : "it";
    t.category = a.options.count("category") ? a.options.at("category") : "utility";
    t.parameter_count = a.options.count("parameters") ? std::stoi(a.options.at("parameters")) : 0;
    t.body = a.options.count("body") ? a.options.at("body") : "";
    storage::Database db({config->database_path, config->synchronous_full, 1});
    std::optional<Error> error;
    db.write_sync([&](storage::Connection& c) {
        const auto now = time::now_ms();
        if (auto s = upsert_template(c, t, now); !s) { error = s.error(); return; }
        audit(c, "cli", "template_saved", t.name + " (" + t.language + ")", "", now);
    });
    if (error) {
        std::cerr << error->message << "\n";
        return 1;
    }
    std::cout << "saved template " << t.name << " (" << t.language << "), " << t.parameter_count << " parameter(s)\n";
    return 0;
}

int verify_audit(const Args& a) {
    auto config = config_from(a);
    if (!config) return 2;
    storage::Database db({config->database_path, config->synchronous_full, 1});
    AuditVerdict v;
    db.read_sync([&](storage::Connection& c) { v = verify_audit_chain(c); });
    if (!v.intact) {
        std::cout << "audit trail BROKEN at entry " << v.first_broken << ": " << v.reason << " (" << v.entries
                  << " entries before it verify)\n";
        return 1;
    }
    std::cout << "audit trail intact: " << v.entries << " entries";
    if (v.anchor_id) std::cout << " (entries up to " << v.anchor_id << " removed by retention)";
    if (v.entries) std::cout << "; head: entry " << v.head_id << ", hash " << crypto::hex_encode(v.head_hash);
    std::cout << "\n";
    return 0;
}

int publish_content(const Args& a) {
    auto config = config_from(a);
    if (!config) return 2;
    if (!a.options.count("file")) {
        std::cerr << "--file TREE.json is required\n";
        return 2;
    }
    auto seed = load_seed_tree(a.options.at("file"));
    if (!seed) {
        std::cerr << seed.error().message << "\n";
        return 1;
    }
    storage::Database db({config->database_path, config->synchronous_full, 1});
    std::int64_t version = 0;
    const std::string note = a.options.count("note") ? a.options.at("note") : seed->note;
    db.write_sync([&](storage::Connection& c) {
        const auto now = time::now_ms();
        version = TreeStore::insert_version(c, seed->nodes, "cli", note, now).version;
        audit(c, "cli", "tree_published", "version " + std::to_string(version), note, now);
    });
    std::cout << "published version " << version << " (" << seed->nodes.size()
              << " nodes); a relay running on this database serves it within a second\n";
    return 0;
}

// Exit 0: the bot's answer reached the outbox and the dispatcher in time;
// 1: it did not (the cause on standard error); 2: not configured.
int probe(const Args& a) {
    auto config = config_from(a);
    if (!config) return 2;
    if (config->sla.probe_sender.empty()) {
        std::cerr << "the probe is not configured: set sla.probe_sender and sla.probe_text (docs/configuration.md)\n";
        return 2;
    }
    const auto outcome = run_probe(*config);
    if (!outcome.ok) {
        std::cerr << "probe FAILED after " << outcome.latency_ms << " ms: " << outcome.cause << "\n";
        return 1;
    }
    std::cout << "probe ok: the answer reached the outbox and the dispatcher in " << outcome.latency_ms << " ms\n";
    return 0;
}

} // namespace

int run_cli(int argc, char** argv) {
    if (argc >= 2 && std::string(argv[1]) == "generate") return run_generate(argc, argv);
    auto args = parse_args(argc, argv);
    if (!args) {
        std::cerr << usage;
        return 2;
    }
    const auto& w = args->words;
    if (args->options.count("--version")) {
        std::cout << "sportello-relay " << PRODUCT_VERSION << "\n";
        return 0;
    }
    if (args->options.count("--help") || args->options.count("-h")) {
        std::cout << usage;
        return 0;
    }
    try {
        if (w.empty() || (w.size() == 1 && w[0] == "run")) {
            auto config = config_from(*args);
            if (!config) return 2;
            RelayApp app(std::move(*config));
            return app.run();
        }
        if (w.size() == 1 && w[0] == "routes") {
            auto config = config_from(*args);
            if (!config) return 2;
            RelayApp app(std::move(*config));
            for (const auto& r : app.routes()) std::cout << r.method << '\t' << r.pattern << '\t' << r.access << '\n';
            return 0;
        }
        if (w.size() == 1 && w[0] == "check-config") {
            if (!config_from(*args)) return 1;
            std::cout << "configuration is valid\n";
            return 0;
        }
        if (w.size() == 2 && w[0] == "admin" && w[1] == "create-user") return create_user(*args);
        if (w.size() == 2 && w[0] == "admin" && w[1] == "clear-alert") return clear_alert(*args);
        if (w.size() == 2 && w[0] == "admin" && w[1] == "reset-two-factor") return reset_two_factor_of(*args);
        if (w.size() == 2 && w[0] == "admin" && w[1] == "create-client") return create_client(*args);
        if (w.size() == 2 && w[0] == "admin" && w[1] == "save-template") return save_template(*args);
        if (w.size() == 2 && w[0] == "content" && w[1] == "publish") return publish_content(*args);
        if (w.size() == 2 && w[0] == "audit" && w[1] == "verify") return verify_audit(*args);
        if (w.size() == 2 && w[0] == "citizen") return run_citizen_command(w[1], args->options);
        if (w.size() == 1 && w[0] == "probe") return probe(*args);
        if (w.size() == 2 && w[0] == "reports" && w[1] == "rebuild") return rebuild_reports(*args);
        if (!w.empty() && w[0] == "export") return export_cli(w, args->options);
        if (!w.empty() && w[0] == "purge") return purge_cli(w, args->options);
        if (w.size() == 2 && w[0] == "retention" && w[1] == "run") {
            auto config = config_from(*args);
            return config ? run_retention_once(*config) : 2;
        }
        if (w.size() == 1 && (w[0] == "backup" || w[0] == "restore")) {
            auto config = config_from(*args);
            if (!config) return 2;
            const auto option = [&](const char* name) -> std::optional<std::string> {
                if (!args->options.count(name)) return std::nullopt;
                return args->options.at(name);
            };
            if (w[0] == "backup") return backup_command(*config, option("out"));
            if (!option("from")) {
                std::cerr << "--from PATH is required\n";
                return 2;
            }
            return restore_command(*config, *option("from"), option("to"));
        }
        if (w.size() == 2 && w[0] == "keys" && w[1] == "rotate") {
            auto config = config_from(*args);
            return config ? rotate_keys_command(*config) : 2;
        }
        if (w.size() == 1 && w[0] == "dev-cert") {
            if (!args->options.count("out")) {
                std::cerr << "--out DIR is required\n";
                return 2;
            }
            const auto paths = net::ensure_dev_certificates(args->options.at("out"));
            std::cout << "CA: " << paths.ca_file << "\ncertificate: " << paths.certificate_chain_file
                      << "\nkey: " << paths.private_key_file << "\n";
            return 0;
        }
    } catch (const std::exception& e) {
        std::cerr << "sportello-relay: " << e.what() << "\n";
        return 1;
    }
    std::cerr << usage;
    return 2;
}

} // namespace sportello::relay
