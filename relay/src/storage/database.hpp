#pragma once
// The relay's database: one writer thread that owns the only read-write
// connection and commits jobs in batches (group commit), reader threads with
// their own connections (WAL lets them read while the writer writes), and a
// checkpointer thread that copies the WAL into the database file, so the
// writer never stops to do it.
// Callers never touch SQLite on an I/O thread: they submit jobs and are told
// when the job's transaction is durable (see storage/async.hpp).

#include "storage/sqlite.hpp"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace sportello::storage {

struct DatabaseOptions {
    std::string path;
    bool synchronous_full = true;   // durability of every acknowledged write
    int reader_threads = 2;
    std::size_t max_batch = 512;    // jobs per commit
    std::int64_t max_size_bytes = 0; // 0: no cap
    int writer_cache_mb = 32;       // page cache of the writer connection
    // A commit (its jobs, COMMIT and the fdatasync) or a WAL restart that
    // takes longer than this is logged as a warning: every acknowledgement
    // of its batch waited for it. 0: never logged.
    int slow_commit_ms = 100;
    int busy_timeout_ms = 5000;     // waiting for a lock another process holds
    // Jobs waiting for the writer (or for a reader) beyond this many are
    // refused at once with a storage failure: a stalled disk must not grow
    // the queue, and the requests behind it, without bound. 0: no cap.
    std::size_t max_queued_jobs = 10000;
};

// What write() and read() fail with when the queue is full. A storage
// failure: callers answer 503 storage_unavailable (webhooks are retried).
class QueueFull : public std::runtime_error {
public:
    QueueFull() : std::runtime_error("the database queue is full: storage is not keeping up") {}
};

struct DatabaseStats {
    std::uint64_t write_jobs = 0;
    std::uint64_t commits = 0;
    std::uint64_t failed_commits = 0;
    std::uint64_t slow_commits = 0;      // over DatabaseOptions::slow_commit_ms
    std::int64_t slowest_commit_ms = 0;  // since start
    std::uint64_t wal_restarts = 0;      // restart checkpoints the writer attempted
};

class Database {
public:
    using Job = std::function<void(Connection&)>;
    // Called on a database thread with nullptr on success, or the exception
    // the job or the commit threw. Must not block.
    using Done = std::function<void(std::exception_ptr)>;

    // Opens the database, applies pending migrations, starts the threads.
    // Throws SqliteError when the file cannot be opened or migrated.
    explicit Database(DatabaseOptions options);
    ~Database();   // finishes queued jobs, then joins the threads
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Both fail at once (done(QueueFull), job never run) when max_queued_jobs
    // are already waiting.
    // The job runs inside a transaction shared with other jobs of the same
    // batch: if it throws, only its own changes are rolled back, but it may
    // then run a second time (see commit_batch), so a job must only write to
    // the database and its own results. done() runs after COMMIT, so success
    // means durable.
    void write(Job job, Done done);
    // The job runs on a reader connection (a consistent snapshot).
    void read(Job job, Done done);
    // Queued with the writes, but run alone on the writer connection outside
    // any transaction (for what SQLite refuses inside one: a TRUNCATE
    // checkpoint, VACUUM). It holds the writer for as long as it runs, so it
    // must be bounded. Fails at once like write() when the queue is full.
    void maintain(Job job, Done done);

    // Blocking variants for start-up and command-line use; never call them
    // from an I/O thread.
    void write_sync(const Job& job);
    void read_sync(const Job& job);

    DatabaseStats stats() const;
    const DatabaseOptions& options() const noexcept { return options_; }

private:
    struct Task {
        Job job;
        Done done;
        bool outside_transaction = false;   // see maintain()
    };
    void run_maintenance(Connection* conn, std::exception_ptr open_error, Task& task);
    void enqueue_write(Task task);
    void writer_loop();
    void reader_loop();
    void checkpoint_loop();
    // Where a batch's time went, for the slow-commit warning.
    struct BatchTiming {
        std::chrono::steady_clock::duration jobs{}, commit{}, restart{};
        static std::int64_t ms(std::chrono::steady_clock::duration d) {
            return std::chrono::duration_cast<std::chrono::milliseconds>(d).count();
        }
        std::int64_t total_ms() const { return ms(jobs + commit + restart); }
    };
    std::exception_ptr commit_batch(Connection& conn, std::vector<Task>& batch,
                                    std::vector<std::exception_ptr>& outcomes, BatchTiming& timing);
    void log_slow_commit(std::size_t jobs, const BatchTiming& timing);

    DatabaseOptions options_;
    mutable std::mutex mutex_;
    std::condition_variable write_ready_;
    std::condition_variable read_ready_;
    std::deque<Task> writes_;
    std::deque<Task> reads_;
    bool stopping_ = false;
    DatabaseStats stats_;
    std::thread writer_;
    std::thread checkpointer_;
    std::atomic<bool> restart_wal_{false};   // checkpointer → writer
    std::condition_variable checkpoint_wait_;
    std::vector<std::thread> readers_;
};

} // namespace sportello::storage
