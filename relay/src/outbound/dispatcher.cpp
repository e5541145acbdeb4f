#include "outbound/dispatcher.hpp"

#include "net/log.hpp"
#include "outbound/outbox.hpp"
#include "sportello/phone.hpp"
#include "sportello/time.hpp"
#include "storage/async.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/json.hpp>

namespace sportello::relay {

namespace asio = net::asio;

namespace {
constexpr auto use_tuple = asio::as_tuple(asio::use_awaitable);
constexpr std::size_t max_claim = 64;
constexpr auto idle_poll = std::chrono::seconds(1);
} // namespace

struct Dispatcher::Claimed {
    std::int64_t id = 0;
    std::string kind;
    storage::Blob payload_enc;
    std::string context_wamid;
    int attempts = 0;
    storage::Blob phone_enc;
};

// Declared outside the coroutines that use them: GCC 12 mishandles local
// class types captured from coroutine frames.
struct Dispatcher::ClaimBatch {
    std::vector<Claimed> rows;
    std::optional<std::int64_t> next_due;
};

struct Dispatcher::SendOutcome {
    std::string state;            // sent, queued, failed
    std::string wamid;
    std::int64_t not_before = 0;
    std::optional<std::int64_t> code;
    std::optional<std::string> title, details;
};

Dispatcher::Dispatcher(asio::io_context& io, storage::Database& db, const security::Vault& vault, CloudApi& api,
                       const RelayConfig& config)
    : io_(io), strand_(asio::make_strand(io)), db_(db), vault_(vault), api_(api), config_(config),
      wake_timer_(strand_), refilled_at_(std::chrono::steady_clock::now()) {}

void Dispatcher::start() {
    db_.write_sync([this](storage::Connection& c) {
        c.query("UPDATE outbox SET state = 'queued', in_flight_at_crash = 1 WHERE state = 'sending'").run();
        if (const int n = c.changes(); n > 0)
            log::warning("dispatcher", std::to_string(n) + " message(s) were in flight at the last stop; "
                         "they are sent again and flagged (in_flight_at_crash)");
        auto q = c.query("SELECT value FROM meta WHERE key = 'sending_stopped'");
        if (q.next()) {
            auto v = boost::json::parse(q.text(0)).as_object();
            std::lock_guard lock(mutex_);
            alert_.active = true;
            alert_.code = static_cast<int>(v["code"].as_int64());
            alert_.reason = std::string(v["reason"].as_string());
            alert_.since_ms = v["since"].as_int64();
        }
    });
    tokens_ = std::max(1.0, config_.dispatcher.messages_per_second);
    asio::co_spawn(strand_, loop(), asio::detached);
}

void Dispatcher::wake() {
    asio::post(strand_, [this] {
        woken_ = true;
        wake_timer_.cancel();
    });
}

void Dispatcher::stop() {
    stopping_ = true;
    wake();
}

SendingAlert Dispatcher::alert() const {
    std::lock_guard lock(mutex_);
    return alert_;
}

DispatcherCounters Dispatcher::counters() const {
    std::lock_guard lock(mutex_);
    return counters_;
}

void Dispatcher::raise_alert(int code, const std::string& reason) {
    const auto now = time::now_ms();
    {
        std::lock_guard lock(mutex_);
        if (alert_.active) return;
        alert_ = SendingAlert{true, code, reason, now};
    }
    log::error("dispatcher", "ALL SENDING STOPPED: WhatsApp error " + std::to_string(code) + " (" + reason +
               "). The queue is kept. Fix the cause, then clear the alert.");
    const std::string value = boost::json::serialize(boost::json::object{{"code", code}, {"reason", reason}, {"since", now}});
    db_.write([value](storage::Connection& c) {
        c.query("INSERT INTO meta(key, value) VALUES('sending_stopped', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value", value).run();
    }, [](std::exception_ptr e) {
        if (e) log::error("dispatcher", "could not persist the sending alert");
    });
}

void Dispatcher::clear_alert_in(storage::Connection& c) {
    c.query("DELETE FROM meta WHERE key = 'sending_stopped'").run();
    {
        std::lock_guard lock(mutex_);
        alert_ = SendingAlert{};
    }
    log::info("dispatcher", "sending alert cleared; sending resumes");
    wake();
}

double Dispatcher::take_tokens(double wanted) {
    const auto now = std::chrono::steady_clock::now();
    const double rate = config_.dispatcher.messages_per_second;
    const double capacity = std::max(1.0, rate);
    tokens_ = std::min(capacity, tokens_ + std::chrono::duration<double>(now - refilled_at_).count() * rate);
    refilled_at_ = now;
    const double granted = std::min(wanted, std::floor(tokens_));
    tokens_ -= granted;
    return granted;
}

asio::awaitable<void> Dispatcher::loop() {
    const std::size_t max_in_flight = static_cast<std::size_t>(config_.dispatcher.max_in_flight);
    while (!stopping_) {
        if (alert().active) {
            wake_timer_.expires_after(idle_poll);
            co_await wake_timer_.async_wait(use_tuple);
            continue;
        }
        const std::size_t free_slots = max_in_flight > in_flight_ ? max_in_flight - in_flight_ : 0;
        const auto wanted = static_cast<double>(std::min(free_slots, max_claim));
        const auto granted = static_cast<std::size_t>(wanted > 0 ? take_tokens(wanted) : 0);
        if (granted == 0) {
            // Out of tokens or of slots: wait for the next token (or a finished send).
            const double rate = config_.dispatcher.messages_per_second;
            wake_timer_.expires_after(std::chrono::microseconds(static_cast<long long>(1e6 / rate) + 1));
            woken_ = false;
            co_await wake_timer_.async_wait(use_tuple);
            continue;
        }
        const auto now = time::now_ms();
        ClaimBatch batch;
        woken_ = false;
        bool read_failed = false;
        try {
            batch = co_await storage::write(db_, [now, granted](storage::Connection& c) {
                ClaimBatch b;
                auto q = c.query(
                    "UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE id IN ("
                    "  SELECT id FROM outbox WHERE state = 'queued' AND not_before <= ? "
                    "  ORDER BY lane, not_before, id LIMIT ?) "
                    "RETURNING id, contact_id, kind, payload_enc, coalesce(context_wamid, ''), attempts",
                    now, static_cast<std::int64_t>(granted));
                std::vector<std::int64_t> contacts;
                while (q.next()) {
                    b.rows.push_back(Claimed{q.int64(0), q.text(2), q.blob(3), q.text(4), static_cast<int>(q.int64(5)), {}});
                    contacts.push_back(q.int64(1));
                }
                for (std::size_t i = 0; i < b.rows.size(); ++i) {
                    auto p = c.query("SELECT phone_enc FROM contacts WHERE id = ?", contacts[i]);
                    if (p.next()) b.rows[i].phone_enc = p.blob(0);
                }
                if (b.rows.size() < granted) {
                    auto d = c.query("SELECT min(not_before) FROM outbox WHERE state = 'queued'");
                    if (d.next()) b.next_due = d.optional_int64(0);
                }
                return b;
            });
        } catch (const std::exception& e) {
            log::error("dispatcher", std::string("cannot read the outbox: ") + e.what());
            read_failed = true;
        }
        if (read_failed) {
            tokens_ += static_cast<double>(granted);
            wake_timer_.expires_after(idle_poll);
            co_await wake_timer_.async_wait(use_tuple);
            continue;
        }
        // Unused tokens go back to the bucket.
        tokens_ += static_cast<double>(granted - batch.rows.size());
        for (auto& row : batch.rows) {
            ++in_flight_;
            asio::co_spawn(strand_, send_one(std::move(row)), asio::detached);
        }
        if (batch.rows.size() == granted) continue;   // maybe more due right now
        if (woken_) continue;
        auto wait = std::chrono::milliseconds(idle_poll);
        if (batch.next_due) wait = std::min(wait, std::chrono::milliseconds(std::max<std::int64_t>(1, *batch.next_due - time::now_ms())));
        wake_timer_.expires_after(wait);
        co_await wake_timer_.async_wait(use_tuple);
    }
}

asio::awaitable<void> Dispatcher::send_one(Claimed row) {
    SendOutcome outcome;
    const auto now = time::now_ms();
    try {
        const std::string to = phone::to_e164(vault_.decrypt(row.phone_enc, "contacts.phone"));
        std::string body;
        if (row.kind == "mark_read") {
            body = wa::mark_read_body(vault_.decrypt(row.payload_enc, "outbox.payload"));
        } else {
            auto message = wa::decode_outgoing(vault_.decrypt(row.payload_enc, "outbox.payload"));
            if (!message) throw std::runtime_error("stored payload is unreadable: " + message.error().message);
            body = wa::send_request_body(*message, to, row.context_wamid, callback_data_for(row.id));
        }
        const SendResult result = co_await api_.send(std::move(body));
        if (result.accepted) {
            outcome.state = "sent";
            outcome.wamid = result.accepted->wamid;
        } else {
            const auto& f = *result.failure;
            outcome.code = f.code;
            outcome.title = f.title;
            outcome.details = f.details;
            const auto action = classify_failure(f.code, f.http_status);
            const bool exhausted = row.attempts >= config_.dispatcher.max_attempts;
            switch (action) {
            case FailureAction::retry:
            case FailureAction::retry_recipient:
                if (!exhausted) {
                    outcome.state = "queued";
                    const auto delay = action == FailureAction::retry ? backoff_.delay(row.attempts, random_)
                                                                      : backoff_.pair_rate_delay(row.attempts);
                    outcome.not_before = now + delay.count();
                    break;
                }
                outcome.state = "failed";
                break;
            case FailureAction::stop_all:
                raise_alert(f.code, f.title);
                outcome.state = "queued";   // kept for when sending resumes
                outcome.not_before = now;
                break;
            case FailureAction::outside_window:
            case FailureAction::fail:
                outcome.state = "failed";
                break;
            }
            log::warning("dispatcher", "message " + std::to_string(row.id) + " " + outcome.state + ": " +
                         (f.code ? "error " + std::to_string(f.code) + " " : std::string()) + f.title);
        }
    } catch (const std::exception& e) {
        outcome.state = "failed";
        outcome.title = e.what();
        log::error("dispatcher", "message " + std::to_string(row.id) + " failed: " + e.what());
    }
    try {
        co_await storage::write(db_, [id = row.id, outcome, now](storage::Connection& c) {
            if (outcome.state == "sent") {
                std::optional<std::string> wamid;
                if (!outcome.wamid.empty()) wamid = outcome.wamid;
                c.query("UPDATE outbox SET state = 'sent', wamid = coalesce(wamid, ?), sent_at = ?, error_code = NULL, "
                        "error_title = NULL, error_details = NULL WHERE id = ? AND state = 'sending'",
                        wamid, now, id).run();
                if (wamid) reconcile_statuses(c, *wamid);
            } else {
                c.query("UPDATE outbox SET state = ?, not_before = CASE WHEN ? = 'queued' THEN ? ELSE not_before END, "
                        "error_code = ?, error_title = ?, error_details = ? WHERE id = ? AND state = 'sending'",
                        outcome.state, outcome.state, outcome.not_before, outcome.code, outcome.title, outcome.details, id)
                    .run();
            }
        });
        std::lock_guard lock(mutex_);
        if (outcome.state == "sent") ++counters_.sent;
        else if (outcome.state == "failed") ++counters_.failed;
        else ++counters_.retried;
    } catch (const std::exception& e) {
        // The row stays "sending"; the next start-up queues it again (flagged).
        log::error("dispatcher", "cannot record the outcome of message " + std::to_string(row.id) + ": " + e.what());
    }
    --in_flight_;
    if (outcome.state != "queued" || outcome.not_before <= now) wake();
}

} // namespace sportello::relay
