#include "app/year_generator.hpp"

#include "app/seed.hpp"
#include "app/year_uptime.hpp"
#include "core/audit.hpp"
#include "core/report_rollups.hpp"
#include "core/tree_store.hpp"
#include "security/vault.hpp"
#include "sportello/rome_time.hpp"
#include "sportello/time.hpp"
#include "storage/database.hpp"

#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <iomanip>

namespace sportello::relay {
namespace {

using generate::day_weight;
using generate::hour_weight;

constexpr double requests_a_year = 12'000'000, pushes_a_year = 3'000'000, contacts_at_scale_1 = 300'000;
constexpr double broadcast_share = 0.2;   // of the push messages
constexpr int operators = 10;
constexpr std::int64_t hour_ms = 3'600'000;

struct Day {
    std::string date;
    std::int64_t start_ms, end_ms;
    int weekday;
    double weight;
};

// The local days of the year (up to now for the current year).
std::vector<Day> days_of(int year, std::int64_t now_ms) {
    std::vector<Day> days;
    std::string date = std::to_string(year) + "-01-01";
    for (int doy = 1; date.rfind(std::to_string(year), 0) == 0; ++doy, date = time::add_days(date, 1)) {
        const auto start = *time::rome_midnight(date);
        const auto end = std::min(*time::rome_midnight(time::add_days(date, 1)), now_ms);
        if (start >= end) break;
        const int weekday = time::weekday_of(date);
        days.push_back({date, start, end, weekday,
                        day_weight(weekday, doy) * static_cast<double>(end - start) / (24.0 * hour_ms)});
    }
    return days;
}

// Splits total over the days in proportion to their weights, exactly.
std::vector<std::int64_t> share_out(const std::vector<Day>& days, std::int64_t total) {
    double sum = 0;
    for (const auto& d : days) sum += d.weight;
    std::vector<std::int64_t> out;
    double cumulative = 0;
    std::int64_t given = 0;
    for (const auto& d : days) {
        cumulative += d.weight;
        const auto upto = std::llround(static_cast<double>(total) * cumulative / sum);
        out.push_back(upto - given);
        given = upto;
    }
    return out;
}

// A time in the day, the hour chosen by weight among the day's real UTC
// hours (23, 24 or 25 of them: DST-correct by construction).
std::int64_t time_in(generate::Random& r, const Day& d, const std::vector<double>& weights) {
    const auto hour = static_cast<std::int64_t>(generate::pick_weighted(r, weights));
    const auto start = d.start_ms + hour * hour_ms;
    return start + r.below(std::min(hour_ms, d.end_ms - start));
}

// Whether a TCP connection to the listener's address succeeds (a wildcard
// address is tried on loopback): the relay is running.
bool someone_listens(const std::string& address, unsigned short port) {
    const std::string host = address == "0.0.0.0" || address.empty() ? "127.0.0.1" : address == "::" ? "::1" : address;
    addrinfo hints{};
    hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    if (::getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &found) != 0) return false;
    bool answered = false;
    for (auto* a = found; a && !answered; a = a->ai_next) {
        const int fd = ::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol);
        if (fd < 0) continue;
        const timeval limit{2, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &limit, sizeof limit);
        answered = ::connect(fd, a->ai_addr, a->ai_addrlen) == 0;
        ::close(fd);
    }
    ::freeaddrinfo(found);
    return answered;
}

Status preflight(storage::Database& db, const RelayConfig& config, const YearOptions& o, const std::string& prefix,
                 std::optional<api::PublishedTree>& tree) {
    for (const auto& l : config.listeners)
        if (l.port != 0 && someone_listens(l.address, l.port))
            return make_error(api::ErrorCode::conflict, "something answers on " + l.address + ":" + std::to_string(l.port) +
                              ", the relay's configured listener: stop the relay before generating into its database");
    Status verdict;
    db.read_sync([&](storage::Connection& c) {
        auto traffic = c.query("SELECT (SELECT count(*) FROM inbound_messages WHERE synthetic = 0) + "
                               "(SELECT count(*) FROM outbox), "
                               "EXISTS (SELECT 1 FROM inbound_messages WHERE wamid >= ? AND wamid < ?)",
                               prefix, prefix + "~");
        traffic.next();
        if (traffic.int64(1)) {
            verdict = make_error(api::ErrorCode::conflict, "this year was already generated into this database with "
                                 "seed " + std::to_string(o.seed) + "; use another seed or a fresh database");
            return;
        }
        if (traffic.int64(0) > 0 && !o.force) {
            verdict = make_error(api::ErrorCode::conflict, "the database already holds " +
                                 std::to_string(traffic.int64(0)) + " messages of citizen traffic: generated data "
                                 "would mix with it; use a fresh database (or --force to add to it anyway)");
            return;
        }
        tree = TreeStore::load_latest(c);
        if (!tree && config.seed_tree_file.empty()) verdict = make_error(api::ErrorCode::not_found, "no published tree: publish one first "
                                        "(sportello-relay content publish)");
    });
    return verdict;
}

} // namespace

Result<YearSummary> generate_year(const RelayConfig& config, const YearOptions& o, std::ostream& progress) {
    const auto started = std::chrono::steady_clock::now();
    const auto now = time::now_ms();
    const int this_year = std::stoi(time::rome_date(now).substr(0, 4));
    if (o.year < 2000 || o.year > this_year)
        return make_error(api::ErrorCode::invalid_request,
                          "--year: a year from 2000 to " + std::to_string(this_year) + ", not in the future", "year");
    if (!(o.scale > 0 && o.scale <= 10))
        return make_error(api::ErrorCode::invalid_request, "--scale: a number above 0 and at most 10", "scale");
    const auto days = days_of(o.year, now);
    if (days.empty()) return make_error(api::ErrorCode::invalid_request, "--year: no day of it has passed yet", "year");

    storage::DatabaseOptions options;
    options.path = config.database_path;
    options.synchronous_full = false;   // a day per transaction; a crash means generating again
    options.reader_threads = 1;
    options.writer_cache_mb = 256;
    options.slow_commit_ms = 0;          // every commit is large here, by design
    storage::Database db(options);
    const std::string prefix = "wamid.gen" + std::to_string(o.year) + "s" + std::to_string(o.seed) + ".";
    std::optional<api::PublishedTree> published;
    if (auto ok = preflight(db, config, o, prefix, published); !ok) return ok.error();
    if (!published) {   // what the relay's first start would publish
        auto seed = load_seed_tree(config.seed_tree_file);
        if (!seed) return make_error(api::ErrorCode::not_found, "seed tree " + config.seed_tree_file + ": " +
                                     seed.error().message);
        db.write_sync([&](storage::Connection& c) {
            published = TreeStore::insert_version(c, seed->nodes, "system", seed->note, time::now_ms());
        });
    }
    const hashtag::HashtagTree tree(published->nodes, published->version);
    const auto vault = security::Vault::from_key_file(config.data_key_file);

    YearSummary summary;
    const auto requests = std::llround(requests_a_year * o.scale);
    const auto push_messages = std::llround(pushes_a_year * o.scale);
    const auto broadcast_messages = std::llround(static_cast<double>(push_messages) * broadcast_share);
    const auto personal = push_messages - broadcast_messages;
    // Answers to pushes are requests too: the direct ones make up the rest.
    const auto direct = std::max<std::int64_t>(0, requests - std::llround(static_cast<double>(personal) * 0.11 +
                                                                          static_cast<double>(broadcast_messages) * 0.045));
    summary.contacts = std::max<std::int64_t>(200, std::llround(contacts_at_scale_1 * o.scale));
    progress << "generating " << o.year << " at scale " << o.scale << " (seed " << o.seed << "): about " << requests
             << " requests, " << push_messages << " push messages, " << summary.contacts << " citizens, " << operators
             << " operators, into " << config.database_path << "\n" << std::flush;

    const auto kept_from = now - config.sla.heartbeat_retention_days * 86'400'000LL;
    if (days.front().start_ms < kept_from)
        progress << "note: a running relay erases heartbeats and probe results older than "
                 << config.sla.heartbeat_retention_days << " days (sla.heartbeat_retention_days): the availability "
                 << "before " << time::rome_date(kept_from) << " will be gone once it starts\n";
    set_rollups_enabled(false);   // rebuilt from the raw rows at the end
    generate::Random random(o.seed);
    generate::Traffic traffic(config, vault, tree, o.seed ^ 0x7aff1cu, prefix);
    generate::Uptime uptime(o.seed, days.front().start_ms, days.back().end_ms, config.sla.heartbeat_seconds * 1000LL);
    db.write_sync([&](storage::Connection& c) {
        traffic.setup(c, summary.contacts, operators, days.front().start_ms - 30LL * 24 * hour_ms);
    });
    const auto direct_per_day = share_out(days, direct);
    const auto pushes_per_day = share_out(days, personal);
    const std::int64_t broadcasts = std::min<std::int64_t>(12, static_cast<std::int64_t>(days.size() / 28) + 1);
    for (std::size_t i = 0; i < days.size(); ++i) {
        const auto& d = days[i];
        db.write_sync([&](storage::Connection& c) {
            std::vector<double> request_hours, push_hours;
            for (auto t = d.start_ms; t < d.end_ms; t += hour_ms) {
                const int local = time::rome_hour(t).hour;
                request_hours.push_back(hour_weight(d.weekday, local));
                push_hours.push_back(local >= 9 && local < 20 ? 1.0 : 0.0);   // the quiet hours hold pushes
            }
            for (std::int64_t k = 0; k < direct_per_day[i]; ++k) traffic.add_request(time_in(random, d, request_hours));
            for (std::int64_t k = 0; k < pushes_per_day[i]; ++k) traffic.add_push(time_in(random, d, push_hours));
            if (d.date.substr(8) == "10" && d.end_ms - d.start_ms > 11 * hour_ms)
                traffic.add_broadcast(c, d.start_ms + 10 * hour_ms, broadcast_messages / broadcasts,
                                      "Campagna " + d.date.substr(0, 7) + " (generata)");
            traffic.run_until(c, d.end_ms);
            uptime.write(c, d.start_ms, d.end_ms);
        });
        if (i + 1 == days.size() || days[i + 1].date.substr(5, 2) != d.date.substr(5, 2)) {
            const std::chrono::duration<double> s = std::chrono::steady_clock::now() - started;
            progress << "  " << d.date.substr(0, 7) << ": " << traffic.counts().requests << " requests, "
                     << traffic.counts().pushes + traffic.counts().broadcast_messages << " push messages so far, "
                     << std::fixed << std::setprecision(1) << s.count() << " s\n" << std::flush;
        }
    }
    progress << "rebuilding the report rollups from the raw rows\n" << std::flush;
    db.write_sync([&](storage::Connection& c) {
        summary.rollup_rows = rebuild_report_rollups(c);
        audit(c, "cli", "traffic_generated", "year " + std::to_string(o.year),
              "scale " + std::to_string(o.scale) + ", seed " + std::to_string(o.seed), time::now_ms());
        audit(c, "cli", "report_rollups_rebuilt", "", std::to_string(summary.rollup_rows) + " rows", time::now_ms());
    });
    set_rollups_enabled(true);
    summary.counts = traffic.counts();
    summary.heartbeats = uptime.heartbeats();
    summary.probes = uptime.probes();
    summary.outages = static_cast<std::int64_t>(uptime.outages());
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::error_code ec;
    for (const auto* suffix : {"", "-wal"}) {
        const auto size = std::filesystem::file_size(config.database_path + suffix, ec);
        if (!ec) summary.database_bytes += static_cast<std::int64_t>(size);
    }
    return summary;
}

} // namespace sportello::relay
