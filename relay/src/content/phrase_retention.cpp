#include "content/phrase_retention.hpp"

#include "content/unanswered.hpp"
#include "core/audit.hpp"
#include "log/log.hpp"
#include "sportello/time.hpp"
#include "storage/async.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <exception>
#include <string>

namespace sportello::relay {

namespace asio = boost::asio;

PhraseRetention::PhraseRetention(asio::io_context& io, storage::Database& db, const UnansweredSettings& settings)
    : db_(db), retention_(std::chrono::days(settings.phrase_retention_days)), strand_(asio::make_strand(io)),
      timer_(strand_) {}

void PhraseRetention::start() { asio::co_spawn(strand_, loop(), asio::detached); }

void PhraseRetention::stop() {
    stopping_ = true;
    asio::post(strand_, [this] { timer_.cancel(); });
}

asio::awaitable<void> PhraseRetention::loop() {
    while (!stopping_) {
        try {
            co_await sweep();
        } catch (const std::exception& e) {
            // A full or failing disk: the next round tries again.
            log::warning("unanswered", std::string("erasing old phrases failed: ") + e.what());
        }
        if (stopping_) break;
        timer_.expires_after(interval);
        co_await timer_.async_wait(asio::as_tuple(asio::use_awaitable));
    }
}

asio::awaitable<void> PhraseRetention::sweep() {
    const std::int64_t before = time::now_ms() - retention_.count();
    std::int64_t erased = 0;
    for (;;) {
        const int n = co_await storage::write(db_, [before](storage::Connection& c) {
            const int count = erase_phrases_before(c, before, batch);
            if (count > 0)
                audit(c, "system", "phrases_erased", "", std::to_string(count) + " phrase(s) past their retention",
                      time::now_ms());
            return count;
        });
        erased += n;
        if (n < batch || stopping_) break;
    }
    if (erased > 0)
        log::info("unanswered", "erased " + std::to_string(erased) + " phrase(s) received more than " +
                  std::to_string(std::chrono::duration_cast<std::chrono::days>(retention_).count()) + " day(s) ago");
}

} // namespace sportello::relay
