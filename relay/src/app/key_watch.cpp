#include "app/key_watch.hpp"

#include "core/key_rotation.hpp"
#include "log/log.hpp"
#include "security/key_files.hpp"
#include "storage/async.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <chrono>

namespace sportello::relay {

namespace asio = boost::asio;

KeyFileWatch::KeyFileWatch(asio::any_io_executor executor, security::Vault& vault, storage::Database& db,
                           std::string key_file)
    : vault_(vault), db_(db), key_file_(std::move(key_file)), timer_(std::move(executor)) {}

void KeyFileWatch::start() { asio::co_spawn(timer_.get_executor(), follow(), asio::detached); }

void KeyFileWatch::stop() {
    stopping_ = true;
    asio::post(timer_.get_executor(), [this] { timer_.cancel(); });
}

asio::awaitable<void> KeyFileWatch::record_key_in_use() {
    const auto id = vault_.current_key_id();
    co_await storage::write(db_, [id](storage::Connection& c) { relay::record_key_in_use(c, id); });
}

asio::awaitable<void> KeyFileWatch::follow() {
    bool recorded = false;
    while (!stopping_) {
        try {
            if (vault_.reload_key_files(key_file_)) {
                recorded = false;
                log::info("vault", "data key files changed: encrypting with key " +
                                       security::key_id_text(vault_.current_key_id()) +
                                       (vault_.holds_previous_key() ? ", the previous key kept for reading" : ""));
            }
            if (!recorded) {
                co_await record_key_in_use();
                recorded = true;
            }
        } catch (const std::exception& e) {
            log::error("vault", std::string("the data key files could not be read again; the keys in use stay: ") + e.what());
        }
        timer_.expires_after(std::chrono::seconds(1));
        auto [ec] = co_await timer_.async_wait(asio::as_tuple(asio::use_awaitable));
        (void)ec;
    }
}

} // namespace sportello::relay
