#pragma once
// Generated traffic for tests/unit/reports_rollup_test.cpp: citizens, pushes
// and cases driven through the relay's own write functions, in time order.
#include "cases/case_store.hpp"
#include "core/report_rollups.hpp"
#include "outbound/outbox.hpp"
#include "sportello/hashtag/tree.hpp"
#include "sportello/rome_time.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <random>

namespace sportello::relay::testing {

constexpr std::int64_t minute = 60'000, hour = time::hour_ms, day = time::day_ms;
constexpr int contacts = 30;
constexpr int operators = 3;

hashtag::HashtagTree topic_tree() {
    auto node = [](std::int64_t id, std::optional<std::int64_t> parent, std::string tag) {
        hashtag::TreeNode n;
        n.id = id;
        n.parent_id = parent;
        n.tag = std::move(tag);
        n.answer_it = "x";
        return n;
    };
    return hashtag::HashtagTree({node(1, std::nullopt, "benvenuto"), node(2, 1, "vaccini"), node(3, 1, "esami"),
                                 node(4, 2, "covid"), node(5, 2, "influenza"), node(6, 3, "sangue")});
}

// The generated traffic: events run in time order, each may schedule more.
class World {
public:
    explicit World(storage::Connection& c) : c(c) {
        for (int i = 1; i <= contacts; ++i)
            c.query("INSERT INTO contacts(id, phone_hash, phone_enc, created_at) VALUES (?, ?, x'01', 0)", i,
                    storage::Blob{static_cast<unsigned char>(i)}).run();
        for (int u = 1; u <= operators; ++u)
            c.query("INSERT INTO users(id, username, display_name, role, password_hash, created_at, updated_at) "
                    "VALUES (?, ?, 'Op', 'operator', 'x', 0, 0)", u, "op" + std::to_string(u)).run();
        c.query("INSERT INTO broadcasts(id, name, template, language, parameters, state, scheduled_at, created_by, "
                "created_at) VALUES (1, 'Campagna antinfluenzale', 'informazione_generale', 'it', '[]', 'done', 0, 'x', 0)")
            .run();
    }

    void at(std::int64_t t, std::function<void()> f) { events.emplace(t, std::move(f)); }
    void run() {
        while (!events.empty()) {
            auto it = events.begin();
            now = it->first;
            auto f = std::move(it->second);
            events.erase(it);
            f();
        }
    }

    // What the dispatcher's record job does when the Cloud API accepts a row.
    void accept(std::int64_t outbox_id, const std::string& wamid) {
        auto before = c.query("SELECT sent_at IS NULL FROM outbox WHERE id = ?", outbox_id);
        const bool first = before.next() && before.int64(0) != 0;
        c.query("UPDATE outbox SET state = CASE WHEN state = 'sending' OR state = 'queued' THEN 'sent' ELSE state END, "
                "wamid = coalesce(wamid, ?), sent_at = ? WHERE id = ?", wamid, now, outbox_id).run();
        reconcile_statuses(c, wamid);
        if (first) roll_up_accepted(c, outbox_id);
    }
    // … and when it gives up before any acceptance.
    void fail_send(std::int64_t outbox_id, int code) {
        c.query("UPDATE outbox SET state = 'failed', error_code = ?, error_title = 'refused', state_changed_at = ? "
                "WHERE id = ?", code, now, outbox_id).run();
        roll_up_send_failed(c, outbox_id, now);
    }
    void status(const std::string& wamid, const char* s, std::int64_t outbox_id = 0, int error = 0) {
        wa::StatusUpdate u;
        u.wamid = wamid;
        u.status = s;
        if (outbox_id) u.callback_data = callback_data_for(outbox_id);
        if (error) u.errors.push_back({error, "undeliverable", "", ""});
        apply_status(c, u, *outbox_state_from_string(s), now - 1000, now);
    }

    // A push or broadcast, then what WhatsApp reports of it.
    void push(int contact, bool broadcast, const std::string& template_name) {
        const auto key = "p" + std::to_string(++serial);
        auto row = enqueue(c, NewOutbound{key, contact, broadcast ? "broadcast" : "push", Lane::bulk, storage::Blob{1},
                                          {}, std::nullopt, now}, now);
        if (broadcast) c.query("UPDATE outbox SET broadcast_id = 1 WHERE id = ?", row.id).run();
        else c.query("UPDATE outbox SET template_name = ? WHERE id = ?", template_name, row.id).run();
        const auto id = row.id;
        const auto wamid = "wamid.p" + std::to_string(id);
        const int fate = pick(10);
        if (fate == 0) {   // refused at once
            fail_send(id, 131026);
            return;
        }
        if (fate == 1) {   // the status outruns the send call's response
            status(wamid, "delivered", id);
            at(now + 200, [this, id, wamid] { accept(id, wamid); });
            at(now + hour, [this, wamid] { status(wamid, "read"); });
            return;
        }
        accept(id, wamid);
        if (fate == 2) {
            at(now + 5 * minute, [this, wamid] { status(wamid, "failed", 0, 131049); });
        } else if (fate == 3) {   // read before delivered, then delivered twice
            at(now + 2 * minute, [this, wamid] { status(wamid, "read"); });
            at(now + 3 * minute, [this, wamid] { status(wamid, "delivered"); });
            at(now + 4 * minute, [this, wamid] { status(wamid, "delivered"); });
        } else {
            at(now + 30'000, [this, wamid] { status(wamid, "delivered"); });
            if (fate >= 6) at(now + (fate == 9 ? day + hour : 20 * minute), [this, wamid] { status(wamid, "read"); });
        }
        if (pick(3) == 0) at(now + pick(30) * hour, [this, contact] { request(contact); });
    }

    // A citizen's request, stored and rolled up as the intake does, then the
    // bot's reply and, for some, a case.
    void request(int contact) {
        const int topic = pick(8);   // 0: nothing matched
        const bool stop = pick(12) == 0;
        const bool unanswered = !stop && (topic == 0 || topic == 7);
        const std::string term = unanswered && pick(2) ? "#termine" + std::to_string(pick(4)) : std::string();
        const auto wamid = "wamid.in" + std::to_string(++serial);
        const std::int64_t node = stop || topic == 0 || topic == 7 ? 0 : topic;
        const char* rule = stop ? "consent_withdraw" : unanswered ? (term.empty() ? "free_text" : "unknown_tag") : "tag";
        std::optional<std::string> kind, key;
        if (!term.empty()) { kind = "tag"; key = term; }
        auto ins = c.query("INSERT INTO inbound_messages(wamid, contact_id, phone_number_id, type, sent_at, received_at, "
                           "rule, node_id, unanswered, unanswered_kind, unanswered_key) "
                           "VALUES (?, ?, 'p', 'text', ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                           wamid, contact, now, now, rule, node, unanswered, kind, key);
        ins.next();
        const auto inbound = ins.int64(0);
        c.query("UPDATE contacts SET last_inbound_at = ? WHERE id = ?", now, contact).run();
        roll_up_request(c, RequestFacts{inbound, contact, now, node, unanswered, term, stop, false});

        auto reply = enqueue(c, NewOutbound{"reply:" + wamid + ":0", contact, "auto_reply", Lane::interactive,
                                            storage::Blob{1}, wamid, inbound, now}, now);
        const auto rid = reply.id;
        const auto rwamid = "wamid.r" + std::to_string(rid);
        const int speed = pick(4);
        at(now + 300 + pick(5000), [this, rid, rwamid, speed] {
            if (speed == 0) status(rwamid, "delivered", rid);   // delivered before the send was recorded
            accept(rid, rwamid);
            if (speed != 0) at(now + 500 + pick(3000), [this, rwamid] { status(rwamid, "delivered"); });
        });
        if (unanswered && pick(2) == 0 && !open_case_of(c, contact)) {
            const auto case_id = open_case(c, contact, api::CaseReason::free_text, inbound, now);
            const int op = 1 + pick(operators);
            at(now + pick(180) * minute + 1, [this, case_id, op] {
                if (!claim_case(c, case_id, op, now)) return;
                at(now + pick(60) * minute, [this, case_id, op] {
                    if (pick(5) == 0) {   // closed without a reply
                        ASSERT_TRUE(close_case(c, case_id, op, api::CaseOutcome::spam, now));
                        return;
                    }
                    const PreparedReply r{storage::Blob{1}, true, "k" + std::to_string(++serial)};
                    ASSERT_TRUE(queue_case_reply(c, case_id, op, r, now));
                    // A second reply is no first reply.
                    ASSERT_TRUE(queue_case_reply(c, case_id, op, PreparedReply{storage::Blob{1}, true, "again"}, now + minute));
                    if (pick(3)) at(now + hour, [this, case_id, op] { ASSERT_TRUE(close_case(c, case_id, op, api::CaseOutcome::answered, now)); });
                });
            });
        }
    }

    int pick(int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); }

    storage::Connection& c;
    std::multimap<std::int64_t, std::function<void()>> events;
    std::int64_t now = 0;
    int serial = 0;
    std::mt19937 random{2026};
};

} // namespace sportello::relay::testing
