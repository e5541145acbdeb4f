#include "app/relay_app.hpp"

#include "app/key_watch.hpp"
#include "app/seed.hpp"
#include "cases/case_store.hpp"
#include "cases/event_feed.hpp"
#include "cases/presence.hpp"
#include "content/draft_store.hpp"
#include "content/phrase_retention.hpp"
#include "core/audit.hpp"
#include "core/http_errors.hpp"
#include "core/retention_job.hpp"
#include "core/tree_store.hpp"
#include "log/log.hpp"
#include "net/http_server.hpp"
#include "net/tls.hpp"
#include "ops/access_guard.hpp"
#include "ops/admin_api.hpp"
#include "ops/auth.hpp"
#include "ops/cases_api.hpp"
#include "ops/citizen_rights_api.hpp"
#include "ops/content_api.hpp"
#include "ops/events_api.hpp"
#include "ops/health_api.hpp"
#include "ops/heartbeat.hpp"
#include "ops/ops_api.hpp"
#include "ops/users_api.hpp"
#include "ops/reports_api.hpp"
#include "core/report_rollups.hpp"
#include "outbound/cloud_api.hpp"
#include "outbound/dispatcher.hpp"
#include "security/vault.hpp"
#include "sire/api_clients.hpp"
#include "sire/broadcasts.hpp"
#include "sire/sire_api.hpp"
#include "sportello/api/codec.hpp"
#include "sportello/time.hpp"
#include "sportello/version.hpp"
#include "storage/async.hpp"
#include "storage/database.hpp"
#include "storage/instance_lock.hpp"
#include "webhook/intake.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>

#include <atomic>
#include <thread>

#include <pthread.h>

namespace sportello::relay {

namespace asio = net::asio;

namespace {

constexpr auto shutdown_grace = std::chrono::seconds(5);
constexpr auto published_poll_interval = std::chrono::seconds(1);
constexpr auto stale_case_check_interval = std::chrono::minutes(1);

void publish_seed_if_empty(storage::Database& db, const std::string& seed_file) {
    if (seed_file.empty()) return;
    auto seed = load_seed_tree(seed_file);
    if (!seed) throw std::runtime_error("seed tree " + seed_file + ": " + seed.error().message);
    db.write_sync([&](storage::Connection& c) {
        if (TreeStore::load_latest(c)) return;
        auto t = TreeStore::insert_version(c, seed->nodes, "system", seed->note, time::now_ms());
        log::info("content", "published the seed tree as version " + std::to_string(t.version) + " (" +
                  std::to_string(t.nodes.size()) + " nodes)");
    });
}

// 0 (the default): one I/O thread per core but one, which the database
// writer needs; at least one. Measured on two cores: one I/O thread serves
// as many webhooks as two, with 20% less CPU per request.
int thread_count(int configured) {
    if (configured > 0) return configured;
    return static_cast<int>(std::max(2u, std::thread::hardware_concurrency()) - 1);
}

} // namespace

struct RelayApp::Impl {
    RelayConfig config;
    storage::InstanceLock instance_lock;   // first: nothing opens the database while a restore runs
    security::Vault vault;
    storage::Database db;
    TreeStore trees;
    EventFeed feed;   // before io: the event streams' subscriptions end with io
    asio::io_context io;
    // The Cloud API client's own thread. A new connection's TLS handshake
    // costs about 2 ms of OpenSSL work; on the event loop a burst of them
    // (a fresh relay's first replies opened 20) held up every webhook
    // acknowledgement behind it.
    asio::thread_pool cloud_thread{1};
    asio::thread_pool cpu{1};
    std::unique_ptr<CloudApi> cloud;
    std::unique_ptr<Dispatcher> dispatcher;
    std::unique_ptr<Auth> auth;
    std::unique_ptr<WebhookIntake> intake;
    std::unique_ptr<ClientGate> gate;
    std::unique_ptr<Broadcasts> broadcasts;
    std::unique_ptr<PhraseRetention> retention;
    std::unique_ptr<RetentionJob> data_retention;
    std::unique_ptr<Heartbeat> heartbeat;
    std::unique_ptr<KeyFileWatch> key_watch;
    net::RoutedService service{relay_error_policy()};
    std::unique_ptr<net::HttpServer> server;
    std::atomic<bool> stopping{false};
    Presence presence;

    explicit Impl(RelayConfig c)
        : config(std::move(c)),
          instance_lock(config.database_path, storage::InstanceLock::Kind::relay),
          vault(security::Vault::from_key_file(config.data_key_file)),
          db(storage::DatabaseOptions{.path = config.database_path,
                                      .synchronous_full = config.synchronous_full,
                                      .reader_threads = config.reader_threads,
                                      .max_size_bytes = config.max_size_mb * 1024 * 1024,
                                      .slow_commit_ms = config.slow_commit_ms,
                                      .busy_timeout_ms = config.busy_timeout_ms,
                                      .max_queued_jobs = static_cast<std::size_t>(config.max_queued_writes)}),
          io(thread_count(config.io_threads)) {
        set_rollups_enabled(config.reports.rollups);
        publish_seed_if_empty(db, config.seed_tree_file);
        db.write_sync([](storage::Connection& conn) {
            ensure_draft(conn, time::now_ms());
            if (!report_rollups_built(conn)) {   // a database from before the reports: its history, once
                const auto rows = rebuild_report_rollups(conn);
                if (rows > 0) log::info("reports", "rolled up " + std::to_string(rows) + " stored rows for the reports");
            }
            if (const int sealed = seal_audit_chain(conn); sealed > 0)
                log::info("audit", "chained " + std::to_string(sealed) + " audit entries written before the chain existed");
        });
        db.read_sync([this](storage::Connection& conn) {
            if (auto t = TreeStore::load_latest(conn)) trees.replace(std::move(*t));
        });
        cloud = make_cloud_api(cloud_thread.get_executor(), config.whatsapp);
        dispatcher = std::make_unique<Dispatcher>(io, db, vault, *cloud, config);
        auth = std::make_unique<Auth>(db, cpu, vault, config.auth);
        intake = std::make_unique<WebhookIntake>(config, db, vault, trees, [this] { dispatcher->wake(); },
                                                 [this] { feed.notify(); });
        gate = std::make_unique<ClientGate>(db);
        broadcasts = std::make_unique<Broadcasts>(io, db, vault, config, trees, *dispatcher);
        retention = std::make_unique<PhraseRetention>(io, db, config.unanswered);
        data_retention = std::make_unique<RetentionJob>(io, db, config.retention);
        heartbeat = std::make_unique<Heartbeat>(io, db, *dispatcher, config.sla);
        register_routes();
        service.set_guard(make_access_guard(*auth, config.sla.metrics_token));
        std::shared_ptr<asio::ssl::context> tls;
        if (!config.tls.certificate_chain_file.empty()) tls = net::make_server_context(config.tls);
        net::ServerLimits limits;
        limits.request_deadline = std::chrono::milliseconds(config.request_deadline_ms);
        server = std::make_unique<net::HttpServer>(io, service, tls, limits);
    }

    void register_routes() {
        auto& r = service.router();
        r.add("GET", "/webhook", net::Access::open_to_all(), [this](net::HttpRequest& req) -> asio::awaitable<net::HttpResponse> {
            co_return intake->verify(req);
        }, 0);
        r.add("POST", "/webhook", net::Access::open_to_all(), [this](net::HttpRequest& req) -> asio::awaitable<net::HttpResponse> {
            co_return co_await intake->receive(req);
        }, config.whatsapp.webhook_body_limit);
        register_health_routes(r, HealthApiDeps{db, *dispatcher, config});
        register_ops_routes(r, OpsApiDeps{*auth, trees, db, *dispatcher});
        register_cases_routes(r, CasesApiDeps{*auth, trees, db, vault, config, *dispatcher, presence, feed});
        register_events_routes(r, EventsApiDeps{*auth, db, feed});
        register_content_routes(r, ContentApiDeps{*auth, trees, db, config, vault});
        register_admin_routes(r, AdminApiDeps{*auth, db, *broadcasts});
        register_user_routes(r, UsersApiDeps{*auth, db});
        register_citizen_rights_routes(r, CitizenRightsApiDeps{*auth, db, vault});
        register_report_routes(r, ReportsApiDeps{*auth, trees, db, config});
        register_sire_routes(r, SireApiDeps{*gate, db, vault, config, *dispatcher});
    }

    // A version published by another process on this database (the command
    // line's `content publish`) reaches citizens within a second, as one
    // from the desk does at once. One indexed read a second.
    asio::awaitable<void> follow_published_versions() {
        asio::steady_timer timer(io);
        for (;;) {
            timer.expires_after(published_poll_interval);
            auto [ec] = co_await timer.async_wait(asio::as_tuple(asio::use_awaitable));
            if (ec || stopping) co_return;
            const auto known = trees.current()->published.version;
            try {
                auto newer = co_await storage::read(db, [known](storage::Connection& c) -> std::optional<api::PublishedTree> {
                    auto q = c.query("SELECT max(version) FROM tree_versions");
                    if (!q.next() || q.optional_int64(0).value_or(0) <= known) return std::nullopt;
                    return TreeStore::load_latest(c);
                });
                if (newer && newer->version > trees.current()->published.version) {
                    log::info("content", "version " + std::to_string(newer->version) + ", published by " +
                              newer->published_by + ", now answers citizens");
                    trees.replace(std::move(*newer));
                }
            } catch (const std::exception& e) {
                log::warning("content", std::string("cannot check for a newer published version: ") + e.what());
            }
        }
    }

    // Claimed cases left untouched return to the queue (checked at start,
    // then every minute).
    asio::awaitable<void> return_stale_cases() {
        asio::steady_timer timer(io);
        const std::int64_t timeout_ms = config.cases.claim_timeout_minutes * 60'000LL;
        for (bool first = true;; first = false) {
            if (!first) {
                timer.expires_after(stale_case_check_interval);
                auto [ec] = co_await timer.async_wait(asio::as_tuple(asio::use_awaitable));
                if (ec || stopping) co_return;
            }
            try {
                const auto now = time::now_ms();
                const int returned = co_await storage::write(db, [timeout_ms, now](storage::Connection& c) {
                    return release_stale_cases(c, timeout_ms, now);
                });
                if (returned > 0) feed.notify();
                if (returned > 0)
                    log::info("cases", std::to_string(returned) + " claimed case(s) untouched for " +
                              std::to_string(config.cases.claim_timeout_minutes) + " minutes returned to the queue");
            } catch (const std::exception& e) {
                log::warning("cases", std::string("cannot return untouched cases to the queue: ") + e.what());
            }
        }
    }

    int run() {
        for (const auto& l : config.listeners) {
            const auto port = server->listen(l);
            log::info("relay", std::string("listening on ") + (l.tls ? "https://" : "http://") + l.address + ":" +
                      std::to_string(port));
        }
        asio::post(cloud_thread, [] { pthread_setname_np(pthread_self(), "sp-cloud"); });
        dispatcher->start();
        broadcasts->resume();
        asio::co_spawn(io, follow_published_versions(), asio::detached);
        if (config.cases.enabled) asio::co_spawn(io, return_stale_cases(), asio::detached);
        retention->start();
        data_retention->start();
        heartbeat->start();
        key_watch = std::make_unique<KeyFileWatch>(cpu.get_executor(), vault, db, config.data_key_file);
        key_watch->start();
        asio::signal_set reload(io, SIGHUP);
        watch_reload(reload);
        asio::signal_set signals(io, SIGINT, SIGTERM);
        signals.async_wait([this](const boost::system::error_code& ec, int sig) {
            if (ec) return;
            log::info("relay", "signal " + std::to_string(sig) + " received: shutting down");
            shutdown();
        });
        log::info("relay", std::string("sportello-relay ") + PRODUCT_VERSION + " ready; tree version " +
                  std::to_string(trees.current()->published.version));
        std::vector<std::thread> threads;
        const int n = thread_count(config.io_threads);
        for (int i = 1; i < n; ++i)
            threads.emplace_back([this] {
                pthread_setname_np(pthread_self(), "sp-io");
                io.run();
            });
        pthread_setname_np(pthread_self(), "sp-io-main");
        io.run();
        for (auto& t : threads) t.join();
        cloud_thread.stop();   // sends still in flight after the shutdown grace are abandoned
        cloud_thread.join();
        cpu.join();
        log::info("relay", "stopped");
        return 0;
    }

    // SIGHUP: the TLS certificate and key are read again (a renewed
    // certificate) for new connections; open ones keep theirs. A file that
    // cannot be used is logged and the current certificate kept.
    void watch_reload(asio::signal_set& reload) {
        reload.async_wait([this, &reload](const boost::system::error_code& ec, int) {
            if (ec || stopping) return;
            if (config.tls.certificate_chain_file.empty()) {
                log::info("relay", "SIGHUP: no TLS listener, nothing to reload");
            } else {
                try {
                    server->replace_tls_context(net::make_server_context(config.tls));
                    log::info("relay", "SIGHUP: TLS certificate reloaded from " + config.tls.certificate_chain_file);
                } catch (const std::exception& e) {
                    log::error("relay", std::string("SIGHUP: the TLS certificate was not reloaded, the current one stays: ") +
                                            e.what());
                }
            }
            watch_reload(reload);
        });
    }

    // Stop accepting; let requests and sends in flight finish, within a bound.
    void shutdown() {
        stopping = true;
        server->stop(shutdown_grace);
        dispatcher->stop();
        retention->stop();
        data_retention->stop();
        heartbeat->stop();
        key_watch->stop();
        asio::co_spawn(io, [this]() -> asio::awaitable<void> {
            asio::steady_timer timer(io);
            const auto deadline = std::chrono::steady_clock::now() + shutdown_grace + std::chrono::seconds(1);
            while (std::chrono::steady_clock::now() < deadline &&
                   (server->open_connections() > 0 || dispatcher->in_flight() > 0)) {
                timer.expires_after(std::chrono::milliseconds(50));
                co_await timer.async_wait(asio::use_awaitable);
            }
            io.stop();
        }, asio::detached);
    }
};

RelayApp::RelayApp(RelayConfig config) : impl_(std::make_unique<Impl>(std::move(config))) {}
RelayApp::~RelayApp() = default;
int RelayApp::run() { return impl_->run(); }

std::vector<RouteInfo> RelayApp::routes() const {
    std::vector<RouteInfo> out;
    for (const auto& r : impl_->service.router().routes()) out.push_back({r.method, r.pattern, net::describe(r.access)});
    return out;
}

} // namespace sportello::relay
