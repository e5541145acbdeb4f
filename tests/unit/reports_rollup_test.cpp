// Report rollups against a recomputation from the raw rows (issue 21).
//
// A generated week around each of 2026's two DST changes in Europe/Rome
// goes through the relay's own write functions — outbox enqueue, status
// application (late, reordered, repeated, before the send was recorded),
// the dispatcher's acceptance and failure records, cases opened, claimed,
// answered and closed — with inbound requests stored as the intake stores
// them and rolled up through its hook. Every report is then compared with the
// same figures recomputed here, row by row, from inbound_messages, outbox,
// message_statuses and cases alone.
#include "cases/case_store.hpp"
#include "core/report_rollups.hpp"
#include "ops/reports.hpp"
#include "outbound/outbox.hpp"
#include "reports_traffic.hpp"
#include "sportello/rome_time.hpp"
#include "sportello/time.hpp"
#include "storage/schema.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <map>
#include <random>
#include <set>

#include <unistd.h>

using namespace sportello;
using namespace sportello::relay;
using namespace sportello::relay::testing;

namespace {

// ---- The recomputation, from the raw rows only ----

struct Request {
    std::int64_t id, contact, at, node;
    bool unanswered, stop;
    std::string term;
    std::optional<std::int64_t> push;   // the push it replies to
};

struct Push {
    std::int64_t id, contact;
    std::string kind, template_name;
    std::int64_t broadcast_id;
    std::optional<std::int64_t> sent_at;
    std::string state;
    std::optional<std::int64_t> error_code, changed_at;
    std::optional<std::string> wamid;
};

std::optional<std::int64_t> latest_push(const std::vector<Push>& pushes, std::int64_t contact, std::int64_t at) {
    std::optional<std::int64_t> best;
    std::pair<std::int64_t, std::int64_t> best_key{-1, -1};
    for (const auto& p : pushes)
        if (p.contact == contact && p.sent_at && *p.sent_at <= at && *p.sent_at >= at - day &&
            std::pair(*p.sent_at, p.id) > best_key) {
            best_key = {*p.sent_at, p.id};
            best = p.id;
        }
    return best;
}

std::vector<Push> raw_pushes(storage::Connection& c) {
    std::vector<Push> out;
    auto q = c.query("SELECT id, contact_id, kind, coalesce(template_name, (SELECT template FROM broadcasts b "
                     "WHERE b.id = broadcast_id), 'unknown'), coalesce(broadcast_id, 0), sent_at, state, error_code, "
                     "state_changed_at, wamid FROM outbox WHERE kind IN ('push', 'broadcast') ORDER BY id");
    while (q.next())
        out.push_back({q.int64(0), q.int64(1), q.text(2), q.text(3), q.int64(4), q.optional_int64(5), q.text(6),
                       q.optional_int64(7), q.optional_int64(8), q.optional_text(9)});
    return out;
}

std::vector<Request> raw_requests(storage::Connection& c, const std::vector<Push>& pushes) {
    std::vector<Request> out;
    auto q = c.query("SELECT id, contact_id, received_at, coalesce(node_id, 0), unanswered, rule = 'consent_withdraw', "
                     "CASE WHEN unanswered_kind = 'tag' THEN unanswered_key ELSE '' END FROM inbound_messages "
                     "WHERE rule IS NOT NULL AND synthetic = 0 ORDER BY id");
    while (q.next()) {
        Request r{q.int64(0), q.int64(1), q.int64(2), q.int64(3), q.int64(4) != 0, q.int64(5) != 0,
                  q.optional_text(6).value_or(""), std::nullopt};
        r.push = latest_push(pushes, r.contact, r.at);
        out.push_back(std::move(r));
    }
    return out;
}

Histogram histogram_of(const std::vector<std::int64_t>& samples, std::int64_t& sum) {
    Histogram h{};
    sum = 0;
    for (auto s : samples) {
        // WhatsApp's own status time (in whole seconds) may precede the
        // relay's receipt of the request: such a latency counts as 0.
        s = std::max<std::int64_t>(s, 0);
        ++h[static_cast<std::size_t>(latency_bucket(s))];
        sum += s;
    }
    return h;
}

api::LatencyFigures figures_of(const std::vector<std::int64_t>& samples) {
    std::int64_t sum = 0;
    const auto h = histogram_of(samples, sum);
    return latency_figures(h, sum);
}

std::string label(const std::string& date, const std::string& granularity) {
    if (granularity == "week") return time::week_start(date);
    if (granularity == "month") return time::month_start(date);
    return date;
}

class ReportsRollup : public ::testing::Test {
protected:
    void SetUp() override {
        dir = std::filesystem::temp_directory_path() / ("sportello-reports-" + std::to_string(::getpid()));
        std::filesystem::create_directories(dir);
        c = std::make_unique<storage::Connection>((dir / "t.db").string(), storage::Connection::Mode::read_write, false);
        storage::migrate(*c);
        World w(*c);
        // Five days around each change: 2026-03-29 (23 hours) and 2026-10-25 (25 hours).
        for (const char* first : {"2026-03-27", "2026-10-23"}) {
            const auto start = *time::rome_midnight(first);
            for (std::int64_t t = start; t < start + 5 * day; t += 7 * minute) {
                w.at(t, [&w] { w.request(1 + w.pick(contacts)); });
                if (w.pick(3) == 0)
                    w.at(t + 1, [&w] { w.push(1 + w.pick(contacts), w.pick(4) == 0, w.pick(2) ? "promemoria" : "esito"); });
            }
        }
        c->exec_script("BEGIN");
        w.run();
        c->exec_script("COMMIT");
        pushes = raw_pushes(*c);
        requests = raw_requests(*c, pushes);
    }
    void TearDown() override {
        c.reset();
        std::filesystem::remove_all(dir);
    }

    ReportQuery query(std::string from, std::string to, std::string granularity = "day") {
        ReportQuery q;
        q.from = std::move(from);
        q.to = std::move(to);
        q.granularity = std::move(granularity);
        q.limit = 500;
        return q;
    }

    std::filesystem::path dir;
    std::unique_ptr<storage::Connection> c;
    std::vector<Push> pushes;
    std::vector<Request> requests;
    hashtag::HashtagTree tree = topic_tree();
};

TEST_F(ReportsRollup, RequestsPerPeriodTypeAndTopicEqualTheRawRows) {
    ASSERT_GT(requests.size(), 1500u);
    for (const char* g : {"hour", "day", "week", "month"}) {
        SCOPED_TRACE(g);
        const auto q = query("2026-03-01", "2026-10-31", g);
        std::map<std::string, api::RequestPoint> expected;
        api::RequestPoint totals;
        for (const auto& r : requests) {
            const auto h = time::rome_hour(r.at);
            char buf[40];
            std::snprintf(buf, sizeof buf, "%sT%02d:00+%02lld:00", h.date.c_str(), h.hour,
                          static_cast<long long>(time::rome_offset_ms(r.at) / hour));
            const std::string l = std::string(g) == "hour" ? buf : label(h.date, g);
            for (auto* p : {&expected[l], &totals}) {
                (r.push ? p->push_reply : p->direct) += 1;
                p->unanswered += r.unanswered;
            }
            expected[l].period = l;
        }
        const auto report = requests_report(*c, q, tree);
        EXPECT_EQ(report.totals.direct, totals.direct);
        EXPECT_EQ(report.totals.push_reply, totals.push_reply);
        EXPECT_EQ(report.totals.unanswered, totals.unanswered);
        ASSERT_EQ(report.series.size(), expected.size());
        for (const auto& p : report.series) EXPECT_EQ(p, expected[p.period]) << p.period;
    }
    // The autumn day has two 02:00 hours, the spring day none.
    const auto hourly = requests_report(*c, query("2026-10-25", "2026-10-25", "hour"), tree);
    int twos = 0;
    for (const auto& p : hourly.series) twos += p.period.substr(11, 2) == "02";
    EXPECT_EQ(twos, 2);
    const auto spring = requests_report(*c, query("2026-03-29", "2026-03-29", "hour"), tree);
    for (const auto& p : spring.series) EXPECT_NE(p.period.substr(11, 2), "02");
    EXPECT_EQ(spring.series.size(), 23u);
    EXPECT_EQ(hourly.series.size(), 25u);

    // A topic and its subtree: #vaccini is nodes 2, 4 and 5.
    auto q = query("2026-03-27", "2026-03-31");
    q.node_id = 2;
    const auto topic = requests_report(*c, q, tree);
    std::int64_t in_subtree = 0;
    for (const auto& r : requests)
        in_subtree += (r.node == 2 || r.node == 4 || r.node == 5) && time::rome_date(r.at) <= "2026-03-31";
    EXPECT_EQ(topic.totals.direct + topic.totals.push_reply, in_subtree);
}

TEST_F(ReportsRollup, TopTopicsBusiestHoursAndUnansweredEqualTheRawRows) {
    const auto q = query("2026-03-01", "2026-10-31");
    std::map<std::int64_t, std::int64_t> unanswered;
    std::array<std::array<std::int64_t, 24>, 7> hours{};
    std::map<std::string, std::int64_t> terms;
    std::int64_t total_unanswered = 0;
    for (const auto& r : requests) {
        if (r.node && r.unanswered) ++unanswered[r.node];
        const auto h = time::rome_hour(r.at);
        ++hours[static_cast<std::size_t>(h.weekday - 1)][static_cast<std::size_t>(h.hour)];
        if (r.unanswered && !r.term.empty()) ++terms[r.term];
        total_unanswered += r.unanswered;
    }
    // Whole months (the monthly rollup), and days on both sides of whole months.
    for (const auto& [from, to] : {std::pair{"2026-03-01", "2026-10-31"}, {"2026-03-28", "2026-10-24"},
                                   {"2026-03-29", "2026-03-30"}}) {
        SCOPED_TRACE(from);
        std::map<std::int64_t, std::int64_t> own;
        for (const auto& r : requests)
            if (r.node && time::rome_date(r.at) >= from && time::rome_date(r.at) <= to) ++own[r.node];
        const auto top = top_topics_report(*c, query(from, to), tree);
        ASSERT_FALSE(top.topics.empty());
        for (const auto& t : top.topics) {
            EXPECT_EQ(t.requests, own[t.node_id]) << t.tag;
            std::int64_t subtree = own[t.node_id];
            if (t.node_id == 1) subtree = own[1] + own[2] + own[3] + own[4] + own[5] + own[6];
            if (t.node_id == 2) subtree = own[2] + own[4] + own[5];
            if (t.node_id == 3) subtree = own[3] + own[6];
            EXPECT_EQ(t.subtree_requests, subtree) << t.tag;
        }
        EXPECT_EQ(top.topics.front().node_id, 1);   // the root holds everything
    }

    EXPECT_EQ(busiest_hours_report(*c, q).requests, hours);

    const auto u = unanswered_figures(*c, q);
    EXPECT_EQ(u.unanswered, total_unanswered);
    EXPECT_EQ(u.requests, static_cast<std::int64_t>(requests.size()));
    ASSERT_EQ(u.top_terms.size(), terms.size());
    for (const auto& t : u.top_terms) EXPECT_EQ(t.requests, terms[t.term]) << t.term;
    // Days on both sides of whole months (the daily rollup), and the months between.
    std::map<std::string, std::int64_t> edge_terms;
    for (const auto& r : requests)
        if (r.unanswered && !r.term.empty() && time::rome_date(r.at) >= "2026-03-28" && time::rome_date(r.at) <= "2026-10-24")
            ++edge_terms[r.term];
    const auto edges = unanswered_figures(*c, query("2026-03-28", "2026-10-24"));
    ASSERT_EQ(edges.top_terms.size(), edge_terms.size());
    for (const auto& t : edges.top_terms) EXPECT_EQ(t.requests, edge_terms[t.term]) << t.term;
}

TEST_F(ReportsRollup, LatenciesEqualTheRawRows) {
    std::map<std::string, std::vector<std::int64_t>> accepted, delivered;   // by local day of the request
    std::vector<std::int64_t> all_accepted, all_delivered;
    auto q = c->query("SELECT i.received_at, o.sent_at, (SELECT at FROM message_statuses s WHERE s.wamid = o.wamid "
                      "AND s.status = 'delivered') FROM outbox o JOIN inbound_messages i ON i.id = o.inbound_id "
                      "WHERE o.kind = 'auto_reply' AND o.context_wamid IS NOT NULL AND o.sent_at IS NOT NULL");
    while (q.next()) {
        const auto date = time::rome_date(q.int64(0));
        accepted[date].push_back(q.int64(1) - q.int64(0));
        all_accepted.push_back(q.int64(1) - q.int64(0));
        if (auto d = q.optional_int64(2)) {
            delivered[date].push_back(*d - q.int64(0));
            all_delivered.push_back(*d - q.int64(0));
        }
    }
    const auto report = auto_reply_report(*c, query("2026-03-01", "2026-10-31"));
    EXPECT_EQ(report.accepted, figures_of(all_accepted));
    EXPECT_EQ(report.delivered, figures_of(all_delivered));
    EXPECT_GT(report.delivered.samples, 1000);
    ASSERT_EQ(report.accepted_series.size(), accepted.size());
    for (const auto& p : report.accepted_series) EXPECT_EQ(p.figures, figures_of(accepted[p.period])) << p.period;
    for (const auto& p : report.delivered_series) EXPECT_EQ(p.figures, figures_of(delivered[p.period])) << p.period;
    // The mean is exact; the percentiles are within the stated resolution of the true ones.
    std::sort(all_accepted.begin(), all_accepted.end());
    const double true_p50 = static_cast<double>(all_accepted[(all_accepted.size() + 1) / 2 - 1]);
    EXPECT_NEAR(report.accepted.p50_ms, true_p50, true_p50 * report.resolution_percent / 100 + 1);

    // Operators: case opened → first reply, per operator.
    std::map<std::int64_t, std::vector<std::int64_t>> by_operator;
    std::vector<std::int64_t> all;
    auto cases = c->query("SELECT k.opened_at, o.created_at, k.first_reply_by FROM cases k "
                          "JOIN outbox o ON o.id = k.first_reply_outbox");
    while (cases.next()) {
        by_operator[cases.int64(2)].push_back(cases.int64(1) - cases.int64(0));
        all.push_back(cases.int64(1) - cases.int64(0));
    }
    const auto ops = operator_reply_report(*c, query("2026-03-01", "2026-10-31"));
    EXPECT_EQ(ops.overall, figures_of(all));
    EXPECT_GT(ops.overall.samples, 20);
    ASSERT_EQ(ops.operators.size(), by_operator.size());
    for (const auto& o : ops.operators) {
        EXPECT_EQ(o.figures, figures_of(by_operator[o.operator_id])) << o.username;
        EXPECT_EQ(o.username, "op" + std::to_string(o.operator_id));
    }
    std::int64_t opened = 0, closed = 0, open_now = 0;
    std::map<std::string, std::int64_t> outcomes;
    auto k = c->query("SELECT state, outcome FROM cases");
    while (k.next()) {
        ++opened;
        if (k.text(0) == "closed") ++closed, ++outcomes[k.text(1)];
        else ++open_now;
    }
    EXPECT_EQ(ops.cases_opened, opened);
    EXPECT_EQ(ops.cases_closed, closed);
    EXPECT_EQ(ops.cases_open_now, open_now);
    EXPECT_EQ(ops.closed_by_outcome, outcomes);
}

TEST_F(ReportsRollup, PushFunnelEqualsTheRawRowsWhateverOrderTheStatusesCameIn) {
    std::map<std::tuple<std::string, std::string, std::int64_t>, api::PushFigures> expected;
    api::PushFigures total;
    for (const auto& p : pushes) {
        auto& f = expected[{p.kind, p.template_name, p.broadcast_id}];
        std::vector<api::PushFigures*> both{&f, &total};
        if (!p.sent_at) {
            if (p.state == "failed")
                for (auto* x : both) ++x->failed, ++x->failed_by_reason[std::to_string(p.error_code.value_or(0))];
            continue;
        }
        std::set<std::string> seen;
        std::optional<std::int64_t> failure;
        auto s = c->query("SELECT status, error_code FROM message_statuses WHERE wamid = ?", *p.wamid);
        while (s.next()) {
            seen.insert(s.text(0));
            if (s.text(0) == "failed") failure = s.optional_int64(1);
        }
        // The first request and the first STOP after the push, if this push is what they answer.
        const Request* first = nullptr;
        const Request* first_stop = nullptr;
        for (const auto& r : requests) {
            if (r.contact != p.contact || r.at < *p.sent_at) continue;
            if (!first) first = &r;
            if (r.stop && !first_stop) first_stop = &r;
        }
        for (auto* x : both) {
            ++x->sent;
            x->delivered += seen.count("delivered") || seen.count("read");
            x->read += seen.count("read");
            if (seen.count("failed")) ++x->failed, ++x->failed_by_reason[std::to_string(failure.value_or(0))];
            x->replied += first && first->push == p.id;
            x->stopped += first_stop && first_stop->push == p.id;
        }
    }
    const auto report = push_report(*c, query("2026-03-01", "2026-10-31"));
    auto same = [](const api::PushFigures& got, const api::PushFigures& want) {
        EXPECT_EQ(got.sent, want.sent);
        EXPECT_EQ(got.delivered, want.delivered);
        EXPECT_EQ(got.read, want.read);
        EXPECT_EQ(got.failed, want.failed);
        EXPECT_EQ(got.replied, want.replied);
        EXPECT_EQ(got.stopped, want.stopped);
        EXPECT_EQ(got.failed_by_reason, want.failed_by_reason);
    };
    same(report.total, total);
    EXPECT_GT(total.replied, 20);
    EXPECT_GT(total.stopped, 0);
    EXPECT_GT(total.read, 50);
    EXPECT_TRUE(report.read_is_lower_bound);
    EXPECT_DOUBLE_EQ(report.total.read_rate_lower_bound,
                     static_cast<double>(total.read) / static_cast<double>(total.delivered));
    ASSERT_EQ(report.templates.size() + report.broadcasts.size(), expected.size());
    for (const auto& row : report.templates) same(row.figures, expected[{row.kind, row.template_name, 0}]);
    ASSERT_EQ(report.broadcasts.size(), 1u);
    EXPECT_EQ(report.broadcasts.front().broadcast_name, "Campagna antinfluenzale");
    same(report.broadcasts.front().figures, expected[{"broadcast", "informazione_generale", 1}]);
}

// Everything the rollup tables hold, in a canonical order.
std::string rollup_contents(storage::Connection& c) {
    std::string out;
    for (const auto& [table, columns] : std::map<std::string, int>{
             {"report_hours", 7}, {"report_topics", 5}, {"report_topic_months", 4}, {"report_terms", 3}, {"report_term_months", 3},
             {"report_latency", 6}, {"report_pushes", 10}, {"report_push_failures", 6}, {"report_cases", 4}}) {
        auto q = c.query("SELECT * FROM " + table + " ORDER BY 1, 2, 3");
        while (q.next()) {
            out += table;
            for (int i = 0; i < columns; ++i) out += "|" + q.optional_text(i).value_or("NULL");
            out += "\n";
        }
    }
    return out;
}

// The rebuild (first start on an older database, `sportello-relay reports
// rebuild`) replays the raw rows through the same functions: same rollups.
TEST_F(ReportsRollup, ARebuildFromTheRawRowsGivesTheSameRollups) {
    const auto incremental = rollup_contents(*c);
    ASSERT_GT(incremental.size(), 10000u);
    EXPECT_FALSE(report_rollups_built(*c));
    c->exec_script("BEGIN");
    EXPECT_GT(rebuild_report_rollups(*c), 1500);
    c->exec_script("COMMIT");
    EXPECT_TRUE(report_rollups_built(*c));
    EXPECT_EQ(rollup_contents(*c), incremental);
}

} // namespace
