#include "app/cli_retention.hpp"

#include "core/retention_job.hpp"
#include "storage/database.hpp"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>

#include <exception>
#include <iostream>
#include <optional>

namespace sportello::relay {

int run_retention_once(const RelayConfig& config) {
    storage::Database db(storage::DatabaseOptions{.path = config.database_path,
                                                  .synchronous_full = config.synchronous_full,
                                                  .reader_threads = 1,
                                                  .busy_timeout_ms = config.busy_timeout_ms});
    boost::asio::io_context io;
    std::optional<RetentionReport> report;
    std::exception_ptr failure;
    boost::asio::co_spawn(io, run_retention(db, config.retention, "cli"),
                          [&](std::exception_ptr e, RetentionReport r) {
                              if (e) failure = e;
                              else report = std::move(r);
                          });
    io.run();
    if (failure) {
        try {
            std::rethrow_exception(failure);
        } catch (const std::exception& e) {
            std::cerr << "the retention run failed: " << e.what() << "\n";
        }
        return 1;
    }
    std::cout << "erased past their retention period: " << report->counts() << "\n"
              << report->pages_returned << " page(s) returned to the file system; "
              << (report->wal_truncated ? "WAL checkpointed and truncated"
                                        : "WAL still in use by a reader, not truncated (the next run tries again)")
              << "\n";
    return 0;
}

} // namespace sportello::relay
