#include "storage/database.hpp"

#include "log/log.hpp"
#include "log/metrics.hpp"
#include "storage/schema.hpp"

#include <algorithm>
#include <future>
#include <string>

#include <pthread.h>

namespace sportello::storage {

Database::Database(DatabaseOptions options) : options_(std::move(options)) {
    {
        // Migrate before any thread starts; this throws on failure.
        Connection c(options_.path, Connection::Mode::read_write, options_.synchronous_full);
        migrate(c);
    }
    writer_ = std::thread([this] { writer_loop(); });
    checkpointer_ = std::thread([this] { checkpoint_loop(); });

    for (int i = 0; i < std::max(1, options_.reader_threads); ++i)
        readers_.emplace_back([this] { reader_loop(); });
}

Database::~Database() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    write_ready_.notify_all();
    read_ready_.notify_all();
    checkpoint_wait_.notify_all();
    if (writer_.joinable()) writer_.join();
    if (checkpointer_.joinable()) checkpointer_.join();
    for (auto& t : readers_)
        if (t.joinable()) t.join();
}

void Database::write(Job job, Done done) {
    {
        std::unique_lock lock(mutex_);
        if (options_.max_queued_jobs && writes_.size() >= options_.max_queued_jobs) {
            lock.unlock();
            return done(std::make_exception_ptr(QueueFull()));
        }
        writes_.push_back({std::move(job), std::move(done)});
    }
    write_ready_.notify_one();
}

void Database::read(Job job, Done done) {
    {
        std::unique_lock lock(mutex_);
        if (options_.max_queued_jobs && reads_.size() >= options_.max_queued_jobs) {
            lock.unlock();
            return done(std::make_exception_ptr(QueueFull()));
        }
        reads_.push_back({std::move(job), std::move(done)});
    }
    read_ready_.notify_one();
}

namespace {
void run_sync(Database& db, const Database::Job& job, bool write) {
    std::promise<void> finished;
    auto future = finished.get_future();
    auto done = [&finished](std::exception_ptr e) {
        if (e) finished.set_exception(e);
        else finished.set_value();
    };
    if (write) db.write(job, done);
    else db.read(job, done);
    future.get();
}
} // namespace

void Database::write_sync(const Job& job) { run_sync(*this, job, true); }
void Database::read_sync(const Job& job) { run_sync(*this, job, false); }

DatabaseStats Database::stats() const {
    std::lock_guard lock(mutex_);
    return stats_;
}

void Database::writer_loop() {
    pthread_setname_np(pthread_self(), "sp-db-writer");
    std::unique_ptr<Connection> conn;
    std::exception_ptr open_error;
    try {
        conn = std::make_unique<Connection>(options_.path, Connection::Mode::read_write, options_.synchronous_full);
        if (options_.max_size_bytes > 0) conn->set_max_size(options_.max_size_bytes);
        conn->set_cache_size_mb(options_.writer_cache_mb);
        conn->set_busy_timeout_ms(options_.busy_timeout_ms);
        conn->disable_auto_checkpoint();   // the checkpointer thread does it
    } catch (...) {
        open_error = std::current_exception();
    }
    std::vector<Task> batch;
    std::vector<std::exception_ptr> outcomes;
    for (;;) {
        {
            std::unique_lock lock(mutex_);
            write_ready_.wait(lock, [this] { return stopping_ || !writes_.empty(); });
            if (writes_.empty() && stopping_) return;
            while (!writes_.empty() && batch.size() < options_.max_batch) {
                batch.push_back(std::move(writes_.front()));
                writes_.pop_front();
            }
        }
        outcomes.assign(batch.size(), nullptr);
        std::exception_ptr batch_error = open_error;
        BatchTiming timing;
        if (!batch_error) batch_error = commit_batch(*conn, batch, outcomes, timing);
        if (!batch_error && restart_wal_.exchange(false)) {
            const auto start = std::chrono::steady_clock::now();
            // Waiting briefly: long enough for the relay's own short reads,
            // not for a reader holding an old snapshot (a backup in
            // progress, another process), which must not hold up the writer
            // and every acknowledgement behind it; a later restart catches up.
            try {
                conn->set_busy_timeout_ms(std::min(options_.busy_timeout_ms, 20));
                conn->checkpoint(true);
            } catch (...) {}
            try { conn->set_busy_timeout_ms(options_.busy_timeout_ms); } catch (...) {}
            timing.restart = std::chrono::steady_clock::now() - start;
        }
        bool slow = false;
        {
            std::lock_guard lock(mutex_);
            stats_.write_jobs += batch.size();
            if (batch_error) {
                ++stats_.failed_commits;
            } else {
                ++stats_.commits;
                stats_.slowest_commit_ms = std::max(stats_.slowest_commit_ms, timing.total_ms());
                slow = options_.slow_commit_ms > 0 && timing.total_ms() > options_.slow_commit_ms;
                if (slow) ++stats_.slow_commits;
            }
        }
        if (slow) log_slow_commit(batch.size(), timing);
        if (!batch_error)
            metrics::global().sqlite_commit.observe(
                std::chrono::duration<double>(timing.jobs + timing.commit + timing.restart).count());
        for (std::size_t i = 0; i < batch.size(); ++i)
            if (batch[i].done) batch[i].done(batch_error ? batch_error : outcomes[i]);
        batch.clear();
    }
}

// A disk that stalls shows up here first: every acknowledgement of the batch
// waited for it. Each logged commit lasted at least the threshold, so a sick
// disk cannot flood the log (at most 1000 / slow_commit_ms lines a second).
void Database::log_slow_commit(std::size_t jobs, const BatchTiming& timing) {
    const auto ms = [](auto d) { return std::to_string(BatchTiming::ms(d)) + " ms"; };
    std::string line = "slow commit: " + std::to_string(timing.total_ms()) + " ms for " + std::to_string(jobs) +
                       (jobs == 1 ? " job" : " jobs") + " (running the jobs " + ms(timing.jobs) +
                       ", COMMIT with its fdatasync " + ms(timing.commit);
    if (timing.restart.count() > 0) line += ", restarting the WAL " + ms(timing.restart);
    line += "); every acknowledgement of this batch waited for it";
    log::warning("storage", line);
}

// Copies the WAL into the database file off the writer's path: a passive
// checkpoint every 250 ms. When the WAL has grown past 16 MB (a writer under
// sustained load always outruns passive checkpoints), it asks the writer to
// run a restart checkpoint between two batches: little is left to copy by
// then, and the WAL starts over, so it stays bounded.
void Database::checkpoint_loop() {
    pthread_setname_np(pthread_self(), "sp-db-ckpt");
    constexpr int restart_frames = 4096;   // 16 MB of 4 KiB pages
    std::unique_ptr<Connection> conn;
    try {
        conn = std::make_unique<Connection>(options_.path, Connection::Mode::read_write, options_.synchronous_full);
        conn->disable_auto_checkpoint();
    } catch (...) {
        return;   // the writer reports an unusable database
    }
    std::unique_lock lock(mutex_);
    while (!stopping_) {
        checkpoint_wait_.wait_for(lock, std::chrono::milliseconds(250), [this] { return stopping_; });
        if (stopping_) break;
        lock.unlock();
        try {
            // Asking the writer: a restart checkpoint from this connection would
            // wait for a writer that starts its next transaction at once.
            if (conn->checkpoint(false) > restart_frames) restart_wal_ = true;
        } catch (...) {
            // A failing disk shows up in the writer's commits; nothing to add here.
        }
        lock.lock();
    }
}

// Runs a batch in one transaction. Optimistically first, with no savepoints
// (the common case: no job fails); if a job throws, everything is rolled back
// and the batch runs again with each job in its own savepoint, so that only
// the failing job's changes are lost. Jobs must therefore be safe to run
// twice: they only write to the database and to their own result slots.
// Returns the error that failed the whole transaction, if any.
std::exception_ptr Database::commit_batch(Connection& conn, std::vector<Task>& batch,
                                          std::vector<std::exception_ptr>& outcomes, BatchTiming& timing) {
    const auto start = std::chrono::steady_clock::now();
    auto commit = [&] {
        const auto before_commit = std::chrono::steady_clock::now();
        timing.jobs = before_commit - start;
        conn.query("COMMIT").run();
        timing.commit = std::chrono::steady_clock::now() - before_commit;
    };
    try {
        conn.query("BEGIN IMMEDIATE").run();
        bool job_failed = false;
        for (auto& task : batch) {
            try {
                task.job(conn);
            } catch (...) {
                job_failed = true;
                break;
            }
        }
        if (!job_failed) {
            commit();
            return nullptr;
        }
        conn.exec_script("ROLLBACK");
        conn.query("BEGIN IMMEDIATE").run();
        for (std::size_t i = 0; i < batch.size(); ++i) {
            conn.query("SAVEPOINT job").run();
            try {
                batch[i].job(conn);
                conn.query("RELEASE job").run();
            } catch (...) {
                outcomes[i] = std::current_exception();
                conn.exec_script("ROLLBACK TO job");
                conn.exec_script("RELEASE job");
            }
        }
        commit();
        return nullptr;
    } catch (...) {
        // The transaction itself failed (disk full, I/O error): nothing of
        // this batch is durable, so every job reports the failure.
        try { conn.exec_script("ROLLBACK"); } catch (...) {}
        return std::current_exception();
    }
}

void Database::reader_loop() {
    pthread_setname_np(pthread_self(), "sp-db-reader");
    std::unique_ptr<Connection> conn;
    std::exception_ptr open_error;
    try {
        conn = std::make_unique<Connection>(options_.path, Connection::Mode::read_only, options_.synchronous_full);
    } catch (...) {
        open_error = std::current_exception();
    }
    for (;;) {
        Task task;
        {
            std::unique_lock lock(mutex_);
            read_ready_.wait(lock, [this] { return stopping_ || !reads_.empty(); });
            if (reads_.empty() && stopping_) return;
            task = std::move(reads_.front());
            reads_.pop_front();
        }
        std::exception_ptr error = open_error;
        if (!error) {
            try {
                conn->exec_script("BEGIN");
                task.job(*conn);
                conn->exec_script("COMMIT");
            } catch (...) {
                error = std::current_exception();
                try { conn->exec_script("ROLLBACK"); } catch (...) {}
            }
        }
        if (task.done) task.done(error);
    }
}

} // namespace sportello::storage
