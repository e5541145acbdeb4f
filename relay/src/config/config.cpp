#include "config/config.hpp"

#include "net/url.hpp"
#include "sportello/hashtag/normalize.hpp"
#include "sportello/json.hpp"
#include "sportello/whatsapp/identity.hpp"

#include <algorithm>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace sportello::relay {
namespace {

namespace fs = std::filesystem;

void allow_only(const json::Reader& r, std::initializer_list<std::string_view> keys) {
    const std::set<std::string_view> allowed(keys);
    for (const auto& [k, v] : r.object())
        if (!allowed.count(k)) {
            const std::string path = r.path().empty() ? std::string(k) : r.path() + "." + std::string(k);
            json::Reader(v, path).fail("unknown setting");
        }
}

std::string resolve(const std::string& base_dir, const std::string& p) {
    if (p.empty() || fs::path(p).is_absolute()) return p;
    return (fs::path(base_dir) / p).lexically_normal().string();
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return {};
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// A secret is given inline ("app_secret") or in a file ("app_secret_file");
// a file keeps it out of the configuration and of backups of it.
std::string secret(const json::Reader& r, const std::string& key, const std::string& base_dir) {
    auto inline_value = r.get_optional_string(key);
    auto file = r.get_optional_string(key + "_file");
    if (inline_value && file) r.at(key).fail("give either " + key + " or " + key + "_file, not both");
    if (file) {
        std::string value = read_file(resolve(base_dir, *file));
        while (!value.empty() && (value.back() == '\n' || value.back() == '\r' || value.back() == ' ')) value.pop_back();
        if (value.empty()) r.at(key + "_file").fail("the file is missing or empty");
        return value;
    }
    return inline_value.value_or("");
}

int positive_int(const json::Reader& r, std::string_view key, int fallback, int max) {
    auto v = r.get_optional_integer(key);
    if (!v) return fallback;
    if (*v <= 0 || *v > max) r.at(key).fail("must be between 1 and " + std::to_string(max));
    return static_cast<int>(*v);
}

WhatsAppConfig whatsapp(const json::Reader& r, const std::string& base_dir) {
    allow_only(r, {"app_secret", "app_secret_file", "verify_token", "verify_token_file", "access_token",
                   "access_token_file", "phone_number_id", "api_base_url", "ca_file", "connect_timeout_ms",
                   "response_timeout_ms", "webhook_body_limit", "mark_as_read", "outside_window_template",
                   "outside_window_template_language"});
    WhatsAppConfig w;
    w.app_secret = secret(r, "app_secret", base_dir);
    w.verify_token = secret(r, "verify_token", base_dir);
    w.access_token = secret(r, "access_token", base_dir);
    if (w.app_secret.empty()) r.fail("app_secret (or app_secret_file) is required");
    if (w.verify_token.empty()) r.fail("verify_token (or verify_token_file) is required");
    if (w.access_token.empty()) r.fail("access_token (or access_token_file) is required");
    w.phone_number_id = r.get_string("phone_number_id");
    if (w.phone_number_id.empty()) r.at("phone_number_id").fail("must not be empty");
    w.api_base_url = r.get_optional_string("api_base_url").value_or(w.api_base_url);
    const auto url = net::Url::parse(w.api_base_url);
    if (!url) r.at("api_base_url").fail("must be an http(s) URL such as https://graph.facebook.com/v25.0");
    if (!url->tls() && !net::is_loopback_address(url->host))
        r.at("api_base_url").fail("plain http is allowed only for a loopback address (a local simulator)");
    w.ca_file = resolve(base_dir, r.get_optional_string("ca_file").value_or(""));
    w.connect_timeout_ms = positive_int(r, "connect_timeout_ms", w.connect_timeout_ms, 120000);
    w.response_timeout_ms = positive_int(r, "response_timeout_ms", w.response_timeout_ms, 300000);
    w.webhook_body_limit = static_cast<std::size_t>(
        positive_int(r, "webhook_body_limit", static_cast<int>(w.webhook_body_limit), 64 * 1024 * 1024));
    w.mark_as_read = r.get_bool("mark_as_read", w.mark_as_read);
    w.outside_window_template = r.get_optional_string("outside_window_template").value_or("");
    w.outside_window_template_language =
        r.get_optional_string("outside_window_template_language").value_or(w.outside_window_template_language);
    return w;
}

BotSettings bot(const json::Reader& r) {
    allow_only(r, {"greetings", "withdraw_words", "grant_words", "escalate_questions", "max_tags", "interactive_menus"});
    BotSettings b;
    if (r.has("greetings")) b.matcher.greetings = r.get_string_list("greetings");
    if (r.has("withdraw_words")) b.matcher.withdraw_words = r.get_string_list("withdraw_words");
    if (r.has("grant_words")) b.matcher.grant_words = r.get_string_list("grant_words");
    b.matcher.question_policy = r.get_bool("escalate_questions", true) ? hashtag::QuestionPolicy::root_menu_and_escalate
                                                                       : hashtag::QuestionPolicy::root_menu;
    b.matcher.max_tags = positive_int(r, "max_tags", b.matcher.max_tags, 10);
    b.interactive_menus = r.get_bool("interactive_menus", b.interactive_menus);
    return b;
}

// "21:00" → minutes since midnight.
int clock_minute(const json::Reader& r) {
    const auto text = r.string();
    if (text.size() != 5 || text[2] != ':' || !std::isdigit(static_cast<unsigned char>(text[0])) ||
        !std::isdigit(static_cast<unsigned char>(text[1])) || !std::isdigit(static_cast<unsigned char>(text[3])) ||
        !std::isdigit(static_cast<unsigned char>(text[4])))
        r.fail("expected a time of day such as 21:00");
    const int h = (text[0] - '0') * 10 + (text[1] - '0');
    const int m = (text[3] - '0') * 10 + (text[4] - '0');
    if (h > 23 || m > 59) r.fail("expected a time of day such as 21:00");
    return h * 60 + m;
}

PushSettings pushes(const json::Reader& r) {
    allow_only(r, {"quiet_hours", "quiet_hours_start", "quiet_hours_end", "information_template",
                   "information_template_language"});
    PushSettings p;
    p.quiet_hours = r.get_bool("quiet_hours", p.quiet_hours);
    if (auto s = r.find("quiet_hours_start")) p.quiet_start_minute = clock_minute(*s);
    if (auto e = r.find("quiet_hours_end")) p.quiet_end_minute = clock_minute(*e);
    p.information_template = r.get_optional_string("information_template").value_or(p.information_template);
    p.information_template_language =
        r.get_optional_string("information_template_language").value_or(p.information_template_language);
    return p;
}

UnansweredSettings unanswered(const json::Reader& r) {
    allow_only(r, {"min_citizens", "phrase_retention_days"});
    UnansweredSettings u;
    if (auto n = r.get_optional_integer("min_citizens")) {
        // One would show every phrase, a name typed alone included.
        if (*n < 2 || *n > 1000) r.at("min_citizens").fail("must be between 2 and 1000");
        u.min_citizens = static_cast<int>(*n);
    }
    u.phrase_retention_days = positive_int(r, "phrase_retention_days", u.phrase_retention_days, 3660);
    return u;
}

// Every class in days, at least one: zero would erase what is being handled
// now (a body before its answer, a session in use).
RetentionSettings retention(const json::Reader& r) {
    allow_only(r, {"inbound_bodies_days", "outbound_bodies_days", "statuses_days", "closed_cases_days",
                   "consent_ledger_days", "audit_trail_days", "quarantine_days", "expired_sessions_days",
                   "first_run_delay_seconds", "batch_rows"});
    RetentionSettings s;
    constexpr int max_days = 36600;   // a century: a typo in a period, not a choice
    for (auto [key, field] : {std::pair{"inbound_bodies_days", &s.inbound_bodies_days},
                              {"outbound_bodies_days", &s.outbound_bodies_days}, {"statuses_days", &s.statuses_days},
                              {"closed_cases_days", &s.closed_cases_days}, {"consent_ledger_days", &s.consent_ledger_days},
                              {"audit_trail_days", &s.audit_trail_days}, {"quarantine_days", &s.quarantine_days},
                              {"expired_sessions_days", &s.expired_sessions_days}})
        *field = positive_int(r, key, *field, max_days);
    if (auto d = r.get_optional_integer("first_run_delay_seconds")) {
        if (*d < 0 || *d > 86400) r.at("first_run_delay_seconds").fail("must be between 0 and 86400");
        s.first_run_delay_seconds = static_cast<int>(*d);
    }
    if (auto b = r.get_optional_integer("batch_rows")) {
        if (*b < 10 || *b > 100000) r.at("batch_rows").fail("must be between 10 and 100000");
        s.batch_rows = static_cast<int>(*b);
    }
    return s;
}

ReportSettings reports(const json::Reader& r) {
    allow_only(r, {"min_cell_count", "rollups"});
    ReportSettings s;
    if (auto n = r.get_optional_integer("min_cell_count")) {
        if (*n < 1 || *n > 1000) r.at("min_cell_count").fail("must be between 1 and 1000");
        s.min_cell_count = static_cast<int>(*n);
    }
    s.rollups = r.get_bool("rollups", s.rollups);
    return s;
}

CaseSettings cases(const json::Reader& r) {
    allow_only(r, {"enabled", "operator_tags", "while_open", "claim_timeout_minutes"});
    CaseSettings c;
    c.enabled = r.get_bool("enabled", c.enabled);
    if (r.has("operator_tags")) {
        c.operator_tags.clear();
        for (const auto& tag : r.get_string_list("operator_tags")) {
            const auto canonical = hashtag::normalize_tag(tag);
            if (!hashtag::is_canonical_tag(canonical))
                r.at("operator_tags").fail("'" + tag + "' is not a hashtag (2 to 40 letters and digits)");
            c.operator_tags.push_back(canonical);
        }
    }
    const auto while_open = r.get_optional_string("while_open").value_or("silent");
    if (while_open != "silent" && while_open != "answer_hashtags")
        r.at("while_open").fail("must be \"silent\" or \"answer_hashtags\"");
    c.answer_hashtags_while_open = while_open == "answer_hashtags";
    c.claim_timeout_minutes = positive_int(r, "claim_timeout_minutes", c.claim_timeout_minutes, 24 * 60);
    return c;
}

// A list of role names; administrators cannot be left out.
std::vector<Role> two_factor_roles(const json::Reader& auth, std::string_view key) {
    auto roles = auth.get_list(key, [](const json::Reader& e) {
        const auto name = e.string();
        const auto role = role_from_string(name);
        if (!role) e.fail("unknown role '" + name + "' (viewer, operator, editor, supervisor, admin)");
        return *role;
    });
    if (std::find(roles.begin(), roles.end(), Role::admin) == roles.end())
        auth.at(key).fail("must include \"admin\": administrators always log in with two-factor authentication");
    return roles;
}

SlaSettings sla(const json::Reader& r, const std::string& base_dir) {
    allow_only(r, {"heartbeat_seconds", "heartbeat_retention_days", "probe_sender", "probe_text", "probe_deadline_seconds",
                   "probe_url", "probe_ca_file", "target_percent", "metrics_token", "metrics_token_file"});
    SlaSettings s;
    s.heartbeat_seconds = positive_int(r, "heartbeat_seconds", s.heartbeat_seconds, 300);
    s.heartbeat_retention_days = positive_int(r, "heartbeat_retention_days", s.heartbeat_retention_days, 3660);
    s.probe_sender = r.get_optional_string("probe_sender").value_or("");
    if (!s.probe_sender.empty() && !wa::is_user_id(s.probe_sender) &&
        !std::all_of(s.probe_sender.begin(), s.probe_sender.end(), [](char c) { return c >= '0' && c <= '9'; }))
        r.at("probe_sender").fail("must be a number in digits only (as WhatsApp's wa_id) or a WhatsApp user id");
    s.probe_text = r.get_optional_string("probe_text").value_or("");
    if (!s.probe_sender.empty() && s.probe_text.empty())
        r.at("probe_sender").fail("needs sla.probe_text, a text the published tree answers");
    s.probe_deadline_seconds = positive_int(r, "probe_deadline_seconds", s.probe_deadline_seconds, 300);
    s.probe_url = r.get_optional_string("probe_url").value_or("");
    if (!s.probe_url.empty() && s.probe_url.rfind("https://", 0) != 0) r.at("probe_url").fail("must be an https:// URL");
    s.probe_ca_file = resolve(base_dir, r.get_optional_string("probe_ca_file").value_or(""));
    if (auto t = r.find("target_percent")) {
        s.target_percent = t->number();
        if (s.target_percent <= 0 || s.target_percent > 100) t->fail("must be more than 0 and at most 100");
    }
    s.metrics_token = secret(r, "metrics_token", base_dir);
    if (!s.metrics_token.empty() && s.metrics_token.size() < 16)
        r.at("metrics_token").fail("must be at least 16 characters");
    return s;
}

AuthSettings auth(const json::Reader& r) {
    allow_only(r, {"idle_minutes", "absolute_minutes", "lockout_failures", "lockout_base_seconds", "lockout_max_seconds",
                   "source_failures", "source_window_seconds", "two_factor_roles"});
    AuthSettings a;
    a.idle_minutes = positive_int(r, "idle_minutes", a.idle_minutes, 24 * 60);
    a.absolute_minutes = positive_int(r, "absolute_minutes", a.absolute_minutes, 7 * 24 * 60);
    a.lockout_failures = positive_int(r, "lockout_failures", a.lockout_failures, 100);
    a.lockout_base_seconds = positive_int(r, "lockout_base_seconds", a.lockout_base_seconds, 24 * 3600);
    a.lockout_max_seconds = positive_int(r, "lockout_max_seconds", a.lockout_max_seconds, 30 * 24 * 3600);
    if (a.lockout_max_seconds < a.lockout_base_seconds)
        r.at("lockout_max_seconds").fail("must be at least lockout_base_seconds");
    a.source_failures = positive_int(r, "source_failures", a.source_failures, 100000);
    a.source_window_seconds = positive_int(r, "source_window_seconds", a.source_window_seconds, 24 * 3600);
    if (r.find("two_factor_roles")) a.two_factor_roles = two_factor_roles(r, "two_factor_roles");
    return a;
}

BackupSettings backup(const json::Reader& r, const std::string& base_dir) {
    allow_only(r, {"directory", "key_file", "keep_daily", "max_age_days"});
    BackupSettings b;
    b.directory = resolve(base_dir, r.get_optional_string("directory").value_or(""));
    b.key_file = resolve(base_dir, r.get_optional_string("key_file").value_or(""));
    b.keep_daily = positive_int(r, "keep_daily", b.keep_daily, 3660);
    b.max_age_days = positive_int(r, "max_age_days", b.max_age_days, 36600);
    return b;
}

RelayConfig parse(const json::Reader& r, const std::string& base_dir) {
    allow_only(r, {"listeners", "tls", "database", "data_key_file", "io_threads", "log_level", "session_ttl_minutes", "auth",
                   "seed_tree_file", "whatsapp", "dispatcher", "pushes", "bot", "unanswered", "request_deadline_ms", "cases", "sla",
                   "reports", "retention", "backup"});
    RelayConfig c;
    for (const auto& l : r.at("listeners").array()) {
        allow_only(l, {"address", "port", "tls"});
        net::ListenerConfig lc;
        lc.address = l.get_string("address");
        const auto port = l.get_integer("port");
        if (port < 0 || port > 65535) l.at("port").fail("must be between 0 and 65535");
        lc.port = static_cast<unsigned short>(port);
        lc.tls = l.get_bool("tls", true);
        if (!lc.tls && !net::is_loopback_address(lc.address))
            l.at("tls").fail("plain HTTP is allowed only on a loopback address");
        c.listeners.push_back(lc);
    }
    if (c.listeners.empty()) r.at("listeners").fail("at least one listener is required");
    if (auto t = r.find("tls")) {
        allow_only(*t, {"certificate_file", "private_key_file", "client_ca_file"});
        c.tls.certificate_chain_file = resolve(base_dir, t->get_string("certificate_file"));
        c.tls.private_key_file = resolve(base_dir, t->get_string("private_key_file"));
        c.tls.client_ca_file = resolve(base_dir, t->get_optional_string("client_ca_file").value_or(""));
    }
    for (const auto& l : c.listeners)
        if (l.tls && c.tls.certificate_chain_file.empty())
            r.fail("a TLS listener needs tls.certificate_file and tls.private_key_file");
    const auto db = r.at("database");
    allow_only(db, {"path", "synchronous", "reader_threads", "max_size_mb", "slow_commit_ms", "busy_timeout_ms",
                    "max_queued_writes"});
    c.database_path = resolve(base_dir, db.get_string("path"));
    const auto sync = db.get_optional_string("synchronous").value_or("full");
    if (sync != "full" && sync != "normal") db.at("synchronous").fail("must be \"full\" or \"normal\"");
    c.synchronous_full = sync == "full";
    c.reader_threads = positive_int(db, "reader_threads", c.reader_threads, 16);
    c.max_size_mb = positive_int(db, "max_size_mb", 0, 16 * 1024 * 1024);
    if (auto ms = db.get_optional_integer("slow_commit_ms")) {
        if (*ms < 0 || *ms > 60000) db.at("slow_commit_ms").fail("must be between 0 (never logged) and 60000");
        c.slow_commit_ms = static_cast<int>(*ms);
    }
    c.busy_timeout_ms = positive_int(db, "busy_timeout_ms", c.busy_timeout_ms, 600000);
    c.max_queued_writes = positive_int(db, "max_queued_writes", c.max_queued_writes, 1000000);
    c.request_deadline_ms = positive_int(r, "request_deadline_ms", c.request_deadline_ms, 600000);
    c.data_key_file = resolve(base_dir, r.get_string("data_key_file"));
    if (auto t = r.get_optional_integer("io_threads")) {
        if (*t < 0 || *t > 64) r.at("io_threads").fail("must be between 0 (one per core) and 64");
        c.io_threads = static_cast<int>(*t);
    }
    c.log_level = r.get_optional_string("log_level").value_or("info");
    if (auto a = r.find("auth")) c.auth = auth(*a);
    // The older name of auth.absolute_minutes; auth's own key wins.
    if (r.find("session_ttl_minutes") && !(r.find("auth") && r.at("auth").has("absolute_minutes")))
        c.auth.absolute_minutes = positive_int(r, "session_ttl_minutes", c.auth.absolute_minutes, 7 * 24 * 60);
    c.seed_tree_file = resolve(base_dir, r.get_optional_string("seed_tree_file").value_or(""));
    c.whatsapp = whatsapp(r.at("whatsapp"), base_dir);
    if (auto d = r.find("dispatcher")) {
        allow_only(*d, {"messages_per_second", "interactive_reserve", "max_in_flight", "max_attempts", "pair_interval_seconds",
                        "pair_burst", "recovery_grace_seconds"});
        if (auto mps = d->find("messages_per_second")) {
            c.dispatcher.messages_per_second = mps->number();
            if (c.dispatcher.messages_per_second <= 0 || c.dispatcher.messages_per_second > 1000)
                mps->fail("must be more than 0 and at most 1000");
        }
        c.dispatcher.max_in_flight = positive_int(*d, "max_in_flight", c.dispatcher.max_in_flight, 1024);
        c.dispatcher.max_attempts = positive_int(*d, "max_attempts", c.dispatcher.max_attempts, 100);
        if (auto reserve = d->find("interactive_reserve")) {
            c.dispatcher.interactive_reserve = reserve->number();
            if (c.dispatcher.interactive_reserve < 0 || c.dispatcher.interactive_reserve >= 1)
                reserve->fail("must be at least 0 and less than 1");
        }
        if (auto pair = d->find("pair_interval_seconds")) {
            c.dispatcher.pair_interval_seconds = pair->number();
            if (c.dispatcher.pair_interval_seconds < 0 || c.dispatcher.pair_interval_seconds > 3600)
                pair->fail("must be between 0 and 3600");
        }
        c.dispatcher.pair_burst = positive_int(*d, "pair_burst", c.dispatcher.pair_burst, 45);
        c.dispatcher.recovery_grace_seconds =
            positive_int(*d, "recovery_grace_seconds", c.dispatcher.recovery_grace_seconds, 3600);
    }
    if (auto p = r.find("pushes")) c.pushes = pushes(*p);
    if (auto b = r.find("bot")) c.bot = bot(*b);
    if (auto u = r.find("unanswered")) c.unanswered = unanswered(*u);
    if (auto k = r.find("cases")) c.cases = cases(*k);
    if (auto s = r.find("sla")) c.sla = sla(*s, base_dir);
    if (auto k = r.find("reports")) c.reports = reports(*k);
    if (auto k = r.find("retention")) c.retention = retention(*k);
    if (auto b = r.find("backup")) c.backup = backup(*b, base_dir);
    if (c.backup.directory.empty()) c.backup.directory = (fs::path(c.database_path).parent_path() / "backups").string();
    if (c.backup.key_file.empty()) c.backup.key_file = (fs::path(c.data_key_file).parent_path() / "backup.key").string();
    if (c.backup.key_file == c.data_key_file) r.fail("backup.key_file must not be the data key file");
    return c;
}

} // namespace

Result<RelayConfig> parse_config(std::string_view text, const std::string& base_dir) {
    return json::decode(text, [&](const json::Reader& r) { return parse(r, base_dir); });
}

Result<RelayConfig> load_config(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return make_error(api::ErrorCode::not_found, "cannot read the configuration file " + path);
    std::ostringstream s;
    s << in.rdbuf();
    const auto base = fs::absolute(path).parent_path().string();
    return parse_config(s.str(), base);
}

bool AuthSettings::requires_two_factor(Role role) const noexcept {
    return role == Role::admin || std::find(two_factor_roles.begin(), two_factor_roles.end(), role) != two_factor_roles.end();
}

} // namespace sportello::relay
