#include "outbound/dispatcher.hpp"

#include "core/contacts.hpp"
#include "core/report_rollups.hpp"
#include "log/log.hpp"
#include "log/metrics.hpp"
#include "outbound/outbox.hpp"
#include "outbound/window.hpp"
#include "sportello/phone.hpp"
#include "sportello/time.hpp"
#include "sportello/whatsapp/identity.hpp"
#include "storage/async.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/json.hpp>

namespace sportello::relay {

namespace asio = net::asio;

namespace {
constexpr auto use_tuple = asio::as_tuple(asio::use_awaitable);
constexpr int max_claim = 64;
constexpr auto idle_poll = std::chrono::seconds(1);
} // namespace

// Declared outside the coroutines that use them: GCC 12 mishandles local
// class types captured from coroutine frames (and clang is fine either way).
struct Dispatcher::Claimed {
    std::int64_t id = 0;
    std::int64_t contact_id = 0;
    std::string kind;
    Lane lane = Lane::interactive;
    storage::Blob payload_enc;
    std::string context_wamid;
    int attempts = 0;
    std::optional<storage::Blob> phone_enc;     // nullopt: known by user id only
    std::optional<storage::Blob> user_id_enc;
    std::optional<std::int64_t> last_inbound_ms;
    std::optional<std::int64_t> expires_at_ms;
    bool synthetic = false;                     // the SLA probe's contact: never sent to WhatsApp
    std::int64_t created_at_ms = 0;
};

struct Dispatcher::ClaimBatch {
    std::vector<Claimed> rows;
    bool bulk_waiting = false;    // due bulk rows left for lack of tokens above the reserve
    bool window_full = false;     // as many candidates as asked for: more may be due
    std::optional<std::int64_t> next_due;
};

struct Dispatcher::SendOutcome {
    // What became of the send; not an outbox state (see record in send_one).
    enum class Result {
        sent,             // accepted: the row moves to sent
        retry,            // queued again, from not_before
        failed,
        outside_window,   // the citizen's 24-hour window is closed: falls back to a template
        synthetic,        // probe traffic: recorded, never sent
    };
    Result result = Result::failed;
    std::string wamid;
    crypto::Bytes user_id_hash, user_id_enc;   // a user id Meta returned for the recipient
    std::int64_t not_before = 0;
    std::optional<std::int64_t> code;
    std::optional<std::string> title, details;

    // For the log: the state the row goes back to or ends in, or "window".
    std::string_view word() const noexcept {
        switch (result) {
        case Result::sent: return to_string(OutboxState::sent);
        case Result::retry: return to_string(OutboxState::queued);
        case Result::failed: return to_string(OutboxState::failed);
        case Result::outside_window: return "window";
        case Result::synthetic: return "synthetic";
        }
        return {};
    }
};

Dispatcher::Dispatcher(asio::io_context& io, storage::Database& db, const security::Vault& vault, CloudApi& api,
                       const RelayConfig& config)
    : io_(io), strand_(asio::make_strand(io)), db_(db), vault_(vault), api_(api), config_(config),
      wake_timer_(strand_),
      reserve_(std::max(1, static_cast<int>(std::ceil(config.dispatcher.messages_per_second *
                                                       config.dispatcher.interactive_reserve)))),
      bulk_batch_(std::max(1.0, config.dispatcher.messages_per_second / 10.0)),
      // The bucket holds a second's worth, and at least the reserve and a
      // bulk batch: below two messages a second, a bucket of one second
      // would never rise above the reserve and pushes would starve.
      // A relay just (re)started cannot know what it sent in the second
      // before, so the bucket starts with the reserve only: never a whole
      // second's worth at once beyond WhatsApp's throughput limit, while
      // citizens' answers may still go at once.
      global_(config.dispatcher.messages_per_second,
              std::max(config.dispatcher.messages_per_second, reserve_ + bulk_batch_), reserve_, time::now_ms()),
      pacer_(config.dispatcher.pair_interval_seconds, config.dispatcher.pair_burst),
      quiet_{config.pushes.quiet_hours, config.pushes.quiet_start_minute, config.pushes.quiet_end_minute} {}

void Dispatcher::start() {
    const auto grace_ms = static_cast<std::int64_t>(config_.dispatcher.recovery_grace_seconds) * 1000;
    db_.write_sync([this, grace_ms](storage::Connection& c) {
        c.query("UPDATE outbox SET state = ?, in_flight_at_crash = 1, not_before = max(not_before, ?) "
                "WHERE state = ?", OutboxState::queued, time::now_ms() + grace_ms, OutboxState::sending).run();
        if (const int n = c.changes(); n > 0)
            log::warning("dispatcher", std::to_string(n) + " message(s) were in flight at the last stop; they are sent "
                         "again in " + std::to_string(grace_ms / 1000) + " s unless WhatsApp confirms them meanwhile");
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

// Checks made at the last moment, inside the claim: an expired reminder is
// never sent late, pushes wait out quiet hours, and nothing goes to a citizen
// who withdrew consent after it was queued.
bool Dispatcher::may_send_now(storage::Connection& c, const Claimed& row, std::int64_t now) {
    if (row.expires_at_ms && *row.expires_at_ms <= now) {
        c.query("UPDATE outbox SET state = ?, state_changed_at = ? WHERE id = ?", OutboxState::expired, now, row.id)
            .run();
        return false;
    }
    if (row.kind != "push" && row.kind != "broadcast") return true;
    if (in_quiet_hours(quiet_, now)) {
        c.query("UPDATE outbox SET not_before = ? WHERE id = ?", next_allowed_time(quiet_, now), row.id).run();
        return false;
    }
    auto consent = c.query("SELECT granted FROM consent_state WHERE contact_id = ? AND scope = ?", row.contact_id,
                           row.kind == "push" ? "reminders" : "information");
    if (consent.next() && consent.int64(0) != 0) return true;
    c.query("UPDATE outbox SET state = ?, error_title = 'consent_missing', state_changed_at = ? WHERE id = ?",
            OutboxState::cancelled, now, row.id).run();
    return false;
}

asio::awaitable<void> Dispatcher::loop() {
    const std::size_t max_in_flight = static_cast<std::size_t>(config_.dispatcher.max_in_flight);
    running_ = true;
    struct NotRunning {
        std::atomic<bool>& flag;
        ~NotRunning() { flag = false; }
    } not_running{running_};
    while (!stopping_) {
        if (alert().active) {
            wake_timer_.expires_after(idle_poll);
            co_await wake_timer_.async_wait(use_tuple);
            continue;
        }
        // Circuit breaker: while the Cloud API cannot be reached at all, stop
        // claiming messages only to fail them; probe again with backoff.
        if (transport_failures_ >= 5) {
            wake_timer_.expires_after(backoff_.delay(std::min(transport_failures_ - 4, 6), random_));
            co_await wake_timer_.async_wait(use_tuple);
            if (stopping_) break;
            if (transport_failures_ >= 5) transport_failures_ = 4;   // let one batch probe
        }
        const auto now = time::now_ms();
        int free_slots = static_cast<int>(max_in_flight > in_flight_ ? max_in_flight - in_flight_ : 0);
        if (transport_failures_ >= 4) free_slots = std::min(free_slots, in_flight_ == 0 ? 1 : 0);   // one probe at a time
        const int before = global_.available(now);
        const int granted = global_.take(std::min(free_slots, max_claim), now);
        if (granted == 0) {
            // Out of tokens or of slots: wait for the next token or a finished send.
            wake_timer_.expires_after(std::chrono::milliseconds(std::max<std::int64_t>(1, global_.wait_ms(now))));
            woken_ = false;
            co_await wake_timer_.async_wait(use_tuple);
            continue;
        }
        // Bulk rows may use only the tokens above the interactive reserve.
        const int bulk_granted = std::clamp(before - reserve_, 0, granted);
        ClaimBatch batch;
        woken_ = false;
        bool read_failed = false;
        // A claim counts as in flight: a stop meanwhile waits for it and its
        // sends, or its rows would be left "sending" as after a crash.
        ++in_flight_;
        try {
            auto claim = [this, now, granted, bulk_granted](storage::Connection& c) {
                ClaimBatch b;
                const std::size_t window = static_cast<std::size_t>(granted) * 4;   // candidates looked at
                auto q = c.query(
                    "SELECT o.id, o.contact_id, o.kind, o.lane, o.payload_enc, coalesce(o.context_wamid, ''), o.attempts, "
                    "       c.phone_enc, c.user_id_enc, c.last_inbound_at, o.expires_at, c.synthetic, o.created_at "
                    "FROM outbox o JOIN contacts c ON c.id = o.contact_id "
                    "WHERE o.state = ? AND o.not_before <= ? ORDER BY o.lane, o.not_before, o.id LIMIT ?",
                    OutboxState::queued, now, static_cast<std::int64_t>(window));
                std::vector<Claimed> candidates;
                while (q.next())
                    candidates.push_back(Claimed{q.int64(0), q.int64(1), q.text(2), static_cast<Lane>(q.int64(3)),
                                                 q.blob(4), q.text(5), static_cast<int>(q.int64(6)),
                                                 q.optional_blob(7), q.optional_blob(8), q.optional_int64(9),
                                                 q.optional_int64(10), q.int64(11) != 0, q.int64(12)});
                int bulk_claimed = 0;
                for (auto& row : candidates) {
                    if (static_cast<int>(b.rows.size()) >= granted) break;
                    if (!may_send_now(c, row, now)) continue;
                    if (row.lane == Lane::bulk && bulk_claimed >= bulk_granted) {
                        b.bulk_waiting = true;
                        continue;
                    }
                    if (auto later = pacer_.acquire(row.contact_id, now)) {
                        c.query("UPDATE outbox SET not_before = ? WHERE id = ?", *later, row.id).run();
                        continue;
                    }
                    c.query("UPDATE outbox SET state = ?, attempts = attempts + 1 WHERE id = ? AND state = ?",
                            OutboxState::sending, row.id, OutboxState::queued).run();
                    row.attempts += 1;
                    if (row.lane == Lane::bulk) ++bulk_claimed;
                    b.rows.push_back(std::move(row));
                }
                b.window_full = candidates.size() == window;
                if (static_cast<int>(b.rows.size()) < granted) {
                    // The next row to come due. Rows due now but left unclaimed
                    // wait for tokens (bulk_waiting) or were looked at already;
                    // counting them would wake the loop at once, again and again.
                    // One index seek per lane, not a scan of the whole backlog.
                    auto d = c.query("SELECT min(due) FROM ("
                                     "SELECT min(not_before) AS due FROM outbox "
                                     "WHERE state = ? AND lane = ? AND not_before > ? UNION ALL "
                                     "SELECT min(not_before) FROM outbox "
                                     "WHERE state = ? AND lane = ? AND not_before > ?)",
                                     OutboxState::queued, static_cast<int>(Lane::interactive), now,
                                     OutboxState::queued, static_cast<int>(Lane::bulk), now);
                    if (d.next()) b.next_due = d.optional_int64(0);
                }
                return b;
            };
            batch = co_await storage::write(db_, claim);
        } catch (const std::exception& e) {
            log::error("dispatcher", std::string("cannot read the outbox: ") + e.what());
            read_failed = true;
        }
        global_.give_back(granted - static_cast<int>(batch.rows.size()));   // unused tokens
        if (read_failed) {
            --in_flight_;
            wake_timer_.expires_after(idle_poll);
            co_await wake_timer_.async_wait(use_tuple);
            continue;
        }
        for (auto& row : batch.rows) {
            ++in_flight_;
            asio::co_spawn(strand_, send_one(std::move(row)), asio::detached);
        }
        --in_flight_;   // the claim's own count, now that its sends hold theirs
        // Maybe more due now: tokens for all, a wake-up, or rows beyond the
        // candidates looked at (bulk rows come last: when they wait, all
        // due interactive rows were among the candidates).
        if (static_cast<int>(batch.rows.size()) == granted || woken_ || (batch.window_full && !batch.bulk_waiting))
            continue;
        auto wait = std::chrono::milliseconds(idle_poll);
        if (batch.bulk_waiting) {
            // Bulk waits for a handful of tokens above the reserve (a tenth of
            // a second's worth), so it is claimed in batches, not token by token.
            wait = std::min(wait, std::chrono::milliseconds(std::max<std::int64_t>(
                                      1, global_.wait_ms(time::now_ms(), reserve_ + bulk_batch_))));
        }
        if (batch.next_due)
            wait = std::min(wait, std::chrono::milliseconds(std::max<std::int64_t>(1, *batch.next_due - time::now_ms())));
        wake_timer_.expires_after(wait);
        co_await wake_timer_.async_wait(use_tuple);
    }
}

asio::awaitable<void> Dispatcher::send_one(Claimed row) {
    using Result = SendOutcome::Result;
    SendOutcome outcome;
    const auto now = time::now_ms();
    try {
        wa::Recipient to;
        if (row.phone_enc) to.phone = phone::to_e164(vault_.decrypt(*row.phone_enc, "contacts.phone"));
        else if (row.user_id_enc) to.user_id = vault_.decrypt(*row.user_id_enc, "contacts.user_id");
        else throw std::runtime_error("the citizen has neither a number nor a user id");
        std::string body;
        bool skip_send = false;
        auto message = wa::decode_outgoing(vault_.decrypt(row.payload_enc, "outbox.payload"));
        if (!message) throw std::runtime_error("stored payload is unreadable: " + message.error().message);
        if (row.synthetic) {
            // The probe's answer: it reached the outbox and the dispatcher,
            // which is what the probe measures; the Cloud API never sees it.
            outcome.result = Result::synthetic;
            skip_send = true;
        } else if (message->kind != wa::OutgoingMessage::Kind::template_message && !window_open(row.last_inbound_ms, now)) {
            outcome.result = Result::outside_window;   // never send free text the API would refuse
            skip_send = true;
        } else {
            body = wa::send_request_body(*message, to, row.context_wamid, callback_data_for(row.id));
        }
        if (!skip_send) {
            metrics::global().cloud_api_call();
            const SendResult result = co_await api_.send(std::move(body));
            transport_failures_ = result.failure && result.failure->http_status == 0 ? transport_failures_ + 1 : 0;
            if (result.accepted) {
                outcome.result = Result::sent;
                outcome.wamid = result.accepted->wamid;
                if (!row.user_id_enc && wa::is_user_id(result.accepted->user_id)) {   // kept for the citizen
                    outcome.user_id_hash = user_id_hash(vault_, result.accepted->user_id);
                    outcome.user_id_enc = vault_.encrypt(result.accepted->user_id, "contacts.user_id");
                }
            } else {
                const auto& f = *result.failure;
                metrics::global().cloud_api_error(f.code);
                outcome.code = f.code;
                outcome.title = f.title;
                outcome.details = f.details;
                const auto action = classify_failure(f.code, f.http_status);
                const bool exhausted = row.attempts >= config_.dispatcher.max_attempts;
                switch (action) {
                case FailureAction::retry:
                    outcome.result = exhausted ? Result::failed : Result::retry;
                    outcome.not_before = now + backoff_.delay(row.attempts, random_).count();
                    break;
                case FailureAction::retry_recipient: {
                    const auto until = now + backoff_.pair_rate_delay(row.attempts).count();
                    pacer_.hold(row.contact_id, until);
                    outcome.result = exhausted ? Result::failed : Result::retry;
                    outcome.not_before = until;
                    break;
                }
                case FailureAction::stop_all:
                    raise_alert(f.code, f.title);
                    outcome.result = Result::retry;   // kept for when sending resumes
                    outcome.not_before = now;
                    break;
                case FailureAction::outside_window:
                    outcome.result = Result::outside_window;
                    break;
                case FailureAction::fail:
                    outcome.result = Result::failed;
                    break;
                }
                log::warning("dispatcher", "message " + std::to_string(row.id) + " " + std::string(outcome.word()) +
                             ": " + (f.code ? "error " + std::to_string(f.code) + " " : std::string()) + f.title +
                             (result.maybe_delivered ? " (the request may have reached WhatsApp)" : ""));
            }
        }
    } catch (const std::exception& e) {
        outcome.result = Result::failed;
        outcome.title = e.what();
        log::error("dispatcher", "message " + std::to_string(row.id) + " failed: " + e.what());
    }
    bool template_queued = false;
    std::optional<std::int64_t> case_opened_at;   // the first operator reply of a case: when it opened
    try {
        auto record = [this, &row, &outcome, &template_queued, &case_opened_at, now](storage::Connection& c) {
            if (outcome.result == Result::synthetic) {
                c.query("UPDATE outbox SET state = ?, error_title = ?, state_changed_at = ? WHERE id = ? AND state = ?",
                        OutboxState::cancelled, std::string(synthetic_title), now, row.id, OutboxState::sending).run();
            } else if (outcome.result == Result::sent) {
                std::optional<std::string> wamid;
                if (!outcome.wamid.empty()) wamid = outcome.wamid;
                auto before = c.query("SELECT sent_at IS NULL FROM outbox WHERE id = ?", row.id);
                const bool first_acceptance = before.next() && before.int64(0) != 0;
                // Statuses may have outrun this response (bound through the callback
                // data): record the send without moving the row back.
                c.query("UPDATE outbox SET state = CASE WHEN state = ? THEN ? ELSE state END, "
                        "wamid = coalesce(wamid, ?), sent_at = ? WHERE id = ?",
                        OutboxState::sending, OutboxState::sent, wamid, now, row.id).run();
                if (wamid) reconcile_statuses(c, *wamid);
                if (first_acceptance) roll_up_accepted(c, row.id);
                if (!outcome.user_id_hash.empty())
                    remember_user_id(c, row.contact_id, outcome.user_id_hash, outcome.user_id_enc);
                if (row.kind == "operator_reply") {
                    auto k = c.query("SELECT k.opened_at FROM outbox o JOIN cases k ON k.id = o.case_id "
                                     "WHERE o.id = ? AND k.first_reply_outbox = o.id", row.id);
                    if (k.next()) case_opened_at = k.int64(0);
                }
            } else if (outcome.result == Result::outside_window) {
                template_queued = fall_back_to_template(c, vault_, config_.whatsapp, row.id, now).has_value();
            } else {
                const bool retry = outcome.result == Result::retry;
                std::optional<std::int64_t> not_before;   // a failed row keeps its own
                if (retry) not_before = outcome.not_before;
                c.query("UPDATE outbox SET state = ?, not_before = coalesce(?, not_before), "
                        "error_code = ?, error_title = ?, error_details = ?, state_changed_at = ? "
                        "WHERE id = ? AND state = ?",
                        retry ? OutboxState::queued : OutboxState::failed, not_before, outcome.code, outcome.title,
                        outcome.details, now, row.id, OutboxState::sending).run();
                if (!retry && c.changes() > 0) roll_up_send_failed(c, row.id, now);
            }
        };
        co_await storage::write(db_, record);
        if (outcome.result == Result::outside_window)   // never with the number: the row id leads to it
            log::warning("dispatcher", "message " + std::to_string(row.id) + " (" + row.kind + ") not sent: the "
                         "citizen's 24-hour window is closed; " +
                         (template_queued ? "queued again as template " + config_.whatsapp.outside_window_template
                                          : std::string("recorded as failed (no template configured for it)")));
        auto& m = metrics::global();
        using MR = metrics::SendResult;
        m.send(row.kind, outcome.result == Result::sent             ? MR::sent
                         : outcome.result == Result::retry          ? MR::retried
                         : outcome.result == Result::outside_window ? MR::outside_window
                         : outcome.result == Result::synthetic      ? MR::synthetic
                                                                    : MR::failed);
        if (outcome.result == Result::sent && row.kind == "auto_reply") m.auto_reply.observe_ms(now - row.created_at_ms);
        if (case_opened_at) m.operator_reply.observe_ms(now - *case_opened_at);
        std::lock_guard lock(mutex_);
        if (outcome.result == Result::sent) ++counters_.sent;
        else if (outcome.result == Result::retry) ++counters_.retried;
        else if (outcome.result != Result::synthetic) ++counters_.failed;
    } catch (const std::exception& e) {
        // The row stays "sending"; the next start-up handles it as in flight.
        log::error("dispatcher", "cannot record the outcome of message " + std::to_string(row.id) + ": " + e.what());
    }
    if (outcome.result != Result::sent) pacer_.release(row.contact_id);
    // The citizen's message is marked read once its answer is on its way.
    // Cosmetic (blue ticks): not worth a durable outbox row of its own.
    if (outcome.result == Result::sent && row.kind == "auto_reply" && !row.context_wamid.empty() &&
        config_.whatsapp.mark_as_read)
        asio::co_spawn(strand_, mark_read(row.context_wamid), asio::detached);
    --in_flight_;
    if (template_queued || outcome.result != Result::retry || outcome.not_before <= now) wake();
}

asio::awaitable<void> Dispatcher::mark_read(std::string inbound_wamid) {
    // It takes a token like any call, after waiting for one if need be.
    asio::steady_timer wait(strand_);
    while (!stopping_ && global_.take(1, time::now_ms()) == 0) {
        wait.expires_after(std::chrono::milliseconds(std::max<std::int64_t>(1, global_.wait_ms(time::now_ms()))));
        co_await wait.async_wait(use_tuple);
    }
    const auto result = co_await api_.send(wa::mark_read_body(inbound_wamid));
    if (!result.accepted && result.failure)
        log::debug("dispatcher", "marking a message read failed: " + result.failure->title);
}

} // namespace sportello::relay
