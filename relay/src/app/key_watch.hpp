#pragma once
// The running relay's side of a data key rotation (docs/privacy.md): every
// second it reads the key files again; when they changed it encrypts with the
// new key at once (and still decrypts with the previous one while
// P.previous exists), then records the key it uses in meta.data_key_in_use
// through the writer, after every write queued before the switch — which is
// what `keys rotate` waits for before re-encrypting.
// Runs on the executor it is given (the CPU pool: file reads stay off the
// event loop). start() and stop() from any thread.

#include "security/vault.hpp"
#include "storage/database.hpp"

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/steady_timer.hpp>

#include <atomic>
#include <string>

namespace sportello::relay {

class KeyFileWatch {
public:
    KeyFileWatch(boost::asio::any_io_executor executor, security::Vault& vault, storage::Database& db,
                 std::string key_file);
    void start();
    void stop();

private:
    boost::asio::awaitable<void> follow();
    boost::asio::awaitable<void> record_key_in_use();

    security::Vault& vault_;
    storage::Database& db_;
    std::string key_file_;
    boost::asio::steady_timer timer_;
    std::atomic<bool> stopping_{false};
};

} // namespace sportello::relay
