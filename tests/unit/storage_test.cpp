// The database layer: migrations, group commit with per-job isolation, and
// the coroutine adapter, on a real SQLite file.
#include "storage/async.hpp"
#include "storage/database.hpp"
#include "storage/schema.hpp"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <future>
#include <regex>
#include <thread>

using namespace sportello::storage;

namespace {

struct TempDb {
    std::string dir, path;
    TempDb() {
        dir = (std::filesystem::temp_directory_path() / ("sportello-db-" + std::to_string(::getpid()) + "-" +
                                                         std::to_string(counter++))).string();
        std::filesystem::create_directories(dir);
        path = dir + "/t.db";
    }
    ~TempDb() { std::filesystem::remove_all(dir); }
    static inline int counter = 0;
};

} // namespace

TEST(Storage, MigratesAFreshDatabaseAndRefusesANewerOne) {
    TempDb t;
    {
        Database db({t.path});
        db.read_sync([](Connection& c) { EXPECT_EQ(schema_version(c), latest_schema_version()); });
    }
    {
        Connection c(t.path, Connection::Mode::read_write, true);
        c.query("UPDATE meta SET value = '999' WHERE key = 'schema_version'").run();
    }
    EXPECT_THROW(Database({t.path}), std::runtime_error);
}

TEST(Storage, AFailingJobRollsBackAloneInItsBatch) {
    TempDb t;
    Database db({t.path});
    std::atomic<int> done{0}, failed{0};
    for (int i = 0; i < 200; ++i) {
        db.write([i](Connection& c) {
            c.query("INSERT INTO meta(key, value) VALUES (?, 'x')", "k" + std::to_string(i)).run();
            if (i % 10 == 3) throw std::runtime_error("job fails after writing");
        }, [&](std::exception_ptr e) { (e ? failed : done)++; });
    }
    db.write_sync([](Connection&) {});   // everything before it has committed
    EXPECT_EQ(done, 180);
    EXPECT_EQ(failed, 20);
    db.read_sync([](Connection& c) {
        auto q = c.query("SELECT count(*) FROM meta WHERE key LIKE 'k%'");
        q.next();
        EXPECT_EQ(q.int64(0), 180);
        auto gone = c.query("SELECT count(*) FROM meta WHERE key = 'k3'");
        gone.next();
        EXPECT_EQ(gone.int64(0), 0);
    });
    EXPECT_LT(db.stats().commits, 200u);   // batched
}

// A commit slower than the threshold is counted and logged with where its
// time went; with the threshold at 0 it is only measured. The job's sleep
// makes the commit slow whatever the machine's speed.
TEST(Storage, SlowCommitsAreLoggedWithWhereTheTimeWent) {
    TempDb t;
    // One job that sleeps 120 ms, on a database with the given threshold:
    // its stats, and what it logged.
    const auto slow_job_under = [&t](int slow_commit_ms) {
        Database db({.path = t.path, .slow_commit_ms = slow_commit_ms});
        testing::internal::CaptureStderr();
        db.write_sync([](Connection& c) {
            c.query("INSERT INTO meta(key, value) VALUES ('slow', 'x') ON CONFLICT(key) DO NOTHING").run();
            std::this_thread::sleep_for(std::chrono::milliseconds(120));
        });
        const std::string log = testing::internal::GetCapturedStderr();
        return std::pair(db.stats(), log);
    };

    const auto [logged, log] = slow_job_under(60);
    EXPECT_EQ(logged.slow_commits, 1u);
    EXPECT_GE(logged.slowest_commit_ms, 120);
    EXPECT_TRUE(std::regex_search(log, std::regex(R"(warning \[storage\] slow commit: \d+ ms for 1 job )"
                                                  R"(\(running the jobs \d+ ms, COMMIT with its fdatasync \d+ ms\))")))
        << log;
    std::smatch jobs;
    ASSERT_TRUE(std::regex_search(log, jobs, std::regex(R"(running the jobs (\d+) ms)")));
    EXPECT_GE(std::stoi(jobs[1]), 120);

    const auto [measured, quiet] = slow_job_under(0);
    EXPECT_EQ(measured.slow_commits, 0u);
    EXPECT_GE(measured.slowest_commit_ms, 120);
    EXPECT_EQ(quiet.find("slow commit"), std::string::npos) << quiet;
}

TEST(Storage, ConstraintViolationsAreNotStorageFailures) {
    TempDb t;
    Database db({t.path});
    try {
        db.write_sync([](Connection& c) {
            c.query("INSERT INTO meta(key, value) VALUES ('a', 'x')").run();
            c.query("INSERT INTO meta(key, value) VALUES ('a', 'y')").run();
        });
        FAIL() << "expected a constraint violation";
    } catch (const SqliteError& e) {
        EXPECT_TRUE(e.constraint_violation());
        EXPECT_FALSE(e.storage_failure());
    }
}

TEST(Storage, AuditLogIsAppendOnly) {
    TempDb t;
    Database db({t.path});
    db.write_sync([](Connection& c) { c.query("INSERT INTO audit_log(at, actor, action) VALUES (1, 'a', 'b')").run(); });
    EXPECT_THROW(db.write_sync([](Connection& c) { c.query("UPDATE audit_log SET actor = 'x'").run(); }), SqliteError);
    EXPECT_THROW(db.write_sync([](Connection& c) { c.query("DELETE FROM audit_log").run(); }), SqliteError);
}

TEST(Storage, CoroutinesAwaitJobsAndSeeTheirExceptions) {
    TempDb t;
    Database db({t.path});
    boost::asio::io_context io;
    std::int64_t value = 0;
    bool threw = false;
    boost::asio::co_spawn(io, [&]() -> boost::asio::awaitable<void> {
        co_await write(db, [](Connection& c) { c.query("INSERT INTO meta(key, value) VALUES ('n', '41')").run(); });
        value = co_await read(db, [](Connection& c) {
            auto q = c.query("SELECT value + 1 FROM meta WHERE key = 'n'");
            q.next();
            return q.int64(0);
        });
        try {
            co_await write(db, [](Connection& c) { c.query("INSERT INTO nope VALUES (1)").run(); });
        } catch (const SqliteError&) {
            threw = true;
        }
    }, boost::asio::detached);
    io.run();
    EXPECT_EQ(value, 42);
    EXPECT_TRUE(threw);
}

// While the writer is stalled (a job blocked here), jobs queue up to
// max_queued_jobs; the next is refused at once with QueueFull and never runs.
// The queued ones commit when the writer resumes.
TEST(Storage, AFullWriteQueueRefusesAtOnce) {
    TempDb t;
    Database db({.path = t.path, .max_queued_jobs = 2});
    std::promise<void> resume;
    std::promise<void> stalled;
    db.write([&, go = resume.get_future().share()](Connection&) { stalled.set_value(); go.wait(); }, [](std::exception_ptr) {});
    stalled.get_future().wait();   // the writer is inside the first job
    std::atomic<int> committed{0}, refused{0};
    auto insert = [](int n) {
        return [n](Connection& c) {
            c.query("INSERT INTO meta(key, value) VALUES (?, 'x')", "queued-" + std::to_string(n)).run();
        };
    };
    auto count = [&](std::exception_ptr e) {
        if (!e) return void(++committed);
        try {
            std::rethrow_exception(e);
        } catch (const QueueFull&) {
            ++refused;
        } catch (...) {
        }
    };
    for (int n = 0; n < 3; ++n) db.write(insert(n), count);
    EXPECT_EQ(refused, 1);      // told at once, while the writer is still stalled
    EXPECT_EQ(committed, 0);
    resume.set_value();
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (committed < 2 && std::chrono::steady_clock::now() < give_up)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    EXPECT_EQ(committed, 2);
    int rows = 0;
    db.read_sync([&](Connection& c) {
        auto q = c.query("SELECT count(*) FROM meta WHERE key LIKE 'queued-%'");
        q.next();
        rows = static_cast<int>(q.int64(0));
    });
    EXPECT_EQ(rows, 2);
}

// Schema 5: citizens known by a number, a user id, or both. A database from
// before keeps its citizens, found by number as before.
TEST(Storage, ContactsFromBeforeUsernamesKeepTheirNumbers) {
    TempDb t;
    {
        Connection c(t.path, Connection::Mode::read_write, true);
        migrate(c, 4);
        c.query("INSERT INTO contacts(phone_hash, phone_enc, last_inbound_at, created_at) VALUES (x'01', x'02', 5, 1)").run();
        migrate(c);
        auto q = c.query("SELECT id, phone_enc, user_id_hash IS NULL, last_inbound_at FROM contacts WHERE phone_hash = x'01'");
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.blob(1), (Blob{0x02}));
        EXPECT_EQ(q.int64(2), 1);
        EXPECT_EQ(q.int64(3), 5);
        // A citizen known by a user id alone; a row with neither is refused.
        c.query("INSERT INTO contacts(user_id_hash, user_id_enc, created_at) VALUES (x'03', x'04', 2)").run();
        EXPECT_THROW(c.query("INSERT INTO contacts(created_at) VALUES (3)").run(), SqliteError);
        EXPECT_THROW(c.query("INSERT INTO contacts(user_id_hash, user_id_enc, created_at) VALUES (x'03', x'05', 4)").run(),
                     SqliteError);   // each user id once
    }
}

// A reader holding one snapshot for long (a contract-end export, a backup)
// while the WAL outgrows its restart threshold: the writer's restart
// checkpoints must not wait for it. With a one-hour busy timeout, a writer
// that waited would hang here instead of committing on.
TEST(Storage, ALongReadDoesNotHoldTheWriterAtWalRestarts) {
    TempDb t;
    Database db({.path = t.path, .busy_timeout_ms = 3'600'000});
    Connection reader(t.path, Connection::Mode::read_only, true);
    reader.exec_script("BEGIN");
    const auto rows_seen = [&] {
        auto q = reader.query("SELECT count(*) FROM meta WHERE key GLOB 'blob-*'");
        q.next();
        return q.int64(0);
    };
    ASSERT_EQ(rows_seen(), 0);   // the snapshot starts here
    int batches = 0;
    while (db.stats().wal_restarts < 2 && batches < 2000) {
        db.write_sync([](Connection& c) {
            for (int i = 0; i < 100; ++i)
                c.query("INSERT INTO meta(key, value) VALUES ('blob-' || lower(hex(randomblob(16))), "
                        "hex(randomblob(4000)))").run();
        });
        ++batches;
    }
    EXPECT_GE(db.stats().wal_restarts, 2u) << batches << " batches";
    EXPECT_EQ(rows_seen(), 0) << "the reader's snapshot stayed the same";
    reader.exec_script("COMMIT");
    EXPECT_EQ(rows_seen(), batches * 100);
}
