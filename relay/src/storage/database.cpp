#include "storage/database.hpp"

#include "storage/schema.hpp"

#include <future>

namespace sportello::storage {

Database::Database(DatabaseOptions options) : options_(std::move(options)) {
    {
        // Migrate before any thread starts; this throws on failure.
        Connection c(options_.path, Connection::Mode::read_write, options_.synchronous_full);
        migrate(c);
    }
    writer_ = std::thread([this] { writer_loop(); });
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
    if (writer_.joinable()) writer_.join();
    for (auto& t : readers_)
        if (t.joinable()) t.join();
}

void Database::write(Job job, Done done) {
    {
        std::lock_guard lock(mutex_);
        writes_.push_back({std::move(job), std::move(done)});
    }
    write_ready_.notify_one();
}

void Database::read(Job job, Done done) {
    {
        std::lock_guard lock(mutex_);
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
    std::unique_ptr<Connection> conn;
    std::exception_ptr open_error;
    try {
        conn = std::make_unique<Connection>(options_.path, Connection::Mode::read_write, options_.synchronous_full);
        if (options_.max_size_bytes > 0) conn->set_max_size(options_.max_size_bytes);
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
        if (!batch_error) {
            try {
                conn->exec_script("BEGIN IMMEDIATE");
                for (std::size_t i = 0; i < batch.size(); ++i) {
                    conn->exec_script("SAVEPOINT job");
                    try {
                        batch[i].job(*conn);
                        conn->exec_script("RELEASE job");
                    } catch (...) {
                        outcomes[i] = std::current_exception();
                        conn->exec_script("ROLLBACK TO job");
                        conn->exec_script("RELEASE job");
                    }
                }
                conn->exec_script("COMMIT");
            } catch (...) {
                // The transaction itself failed (disk full, I/O error): nothing
                // of this batch is durable, so every job reports the failure.
                batch_error = std::current_exception();
                try { conn->exec_script("ROLLBACK"); } catch (...) {}
            }
        }
        {
            std::lock_guard lock(mutex_);
            stats_.write_jobs += batch.size();
            if (batch_error) ++stats_.failed_commits;
            else ++stats_.commits;
        }
        for (std::size_t i = 0; i < batch.size(); ++i)
            if (batch[i].done) batch[i].done(batch_error ? batch_error : outcomes[i]);
        batch.clear();
    }
}

void Database::reader_loop() {
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
