// sportello-relay generate end to end: a year of raw traffic written into a
// real database, a real relay started on it, and every figure its report
// routes give compared with a recomputation from the raw rows (plain SQL and
// the Europe/Rome calendar, independently of the rollups and of the report
// code), DST days, late statuses and the generated outages included.
#include "generate_support.hpp"

#include "sportello/api/reports.hpp"
#include "sportello/api/sla.hpp"
#include "sportello/rome_time.hpp"

#include <gtest/gtest.h>

#include <map>

using namespace sportello;
using namespace sportello::testing;

namespace {

constexpr const char* year = "2025";
const std::string whole_year = "?from=2025-01-01&to=2025-12-31";

// The report's series as a map, days or hours without requests left out.
std::map<std::string, std::array<std::int64_t, 3>> series_of(const api::RequestsReport& r) {
    std::map<std::string, std::array<std::int64_t, 3>> out;
    for (const auto& p : r.series)
        if (p.direct || p.push_reply || p.unanswered) out[p.period] = {p.direct, p.push_reply, p.unanswered};
    return out;
}

} // namespace

TEST(GenerateYear, ReportsOverAGeneratedYearEqualARecomputationFromItsRawRows) {
    GeneratedYear g(year, "0.001", "7");
    ASSERT_EQ(g.exit_code, 0) << g.output;
    auto& f = g.fixture;
    storage::Connection db(f.db_path, storage::Connection::Mode::read_only, false);
    ASSERT_GE(count(db, "SELECT count(*) FROM inbound_messages"), 11'500);
    ASSERT_GE(count(db, "SELECT count(*) FROM outbox WHERE kind IN ('push', 'broadcast')"), 2'900);
    // The outages as the raw rows show them, before the relay adds its own heartbeats.
    const auto outages = generated_outages(db);

    f.start_relay();
    f.wait_until_ready();
    ASSERT_EQ(f.create_user("a.rossi", "una-password-per-i-report", "viewer"), 0);
    const auto token = f.login("a.rossi", "una-password-per-i-report");
    ASSERT_FALSE(token.empty()) << f.logs();
    auto report = [&](const std::string& path) { return get_report(f, token, path); };

    // Requests per local day, by type.
    const auto requests = api::decode_report<api::RequestsReport>(report("requests" + whole_year + "&granularity=day"));
    ASSERT_TRUE(requests);
    const auto by_day = recount_requests(db, [](std::int64_t t) { return time::rome_date(t); });
    EXPECT_EQ(series_of(*requests), by_day);
    EXPECT_EQ(by_day.size(), 365u);
    EXPECT_GT(requests->totals.push_reply, 0);
    EXPECT_GT(requests->totals.unanswered, 0);

    // The two DST days, hour by hour: 23 and 25 local hours.
    for (const auto& [dst_date, hours] : {std::pair{"2025-03-30", 23u}, std::pair{"2025-10-26", 25u}}) {
        const std::string date = dst_date;
        const auto r = api::decode_report<api::RequestsReport>(
            report(std::string("requests?from=") + date + "&to=" + date + "&granularity=hour"));
        ASSERT_TRUE(r);
        auto expected = recount_requests(db, [](std::int64_t t) { return hour_label(t); });
        std::erase_if(expected, [&](const auto& e) { return e.first.substr(0, 10) != date; });
        EXPECT_EQ(series_of(*r), expected) << date;
        EXPECT_FALSE(expected.empty()) << date;
        EXPECT_LE(expected.size(), hours) << date;
    }

    // Pushes: the year, and the day whose pushes were read the latest.
    const auto pushes = api::decode_report<api::PushReport>(report("pushes" + whole_year));
    ASSERT_TRUE(pushes);
    const auto all = recount_pushes(db, "");
    EXPECT_EQ(pushes->total.sent, all.sent);
    EXPECT_EQ(pushes->total.delivered, all.delivered);
    EXPECT_EQ(pushes->total.read, all.read);
    EXPECT_EQ(pushes->total.failed, all.failed);
    EXPECT_EQ(pushes->total.failed_by_reason, all.failed_by_reason);
    EXPECT_GT(all.read, 0);
    EXPECT_GT(all.failed, 0);
    const auto late_day = day_of_latest_read(db);
    ASSERT_FALSE(late_day.empty()) << "no read receipt came more than a day after its push";
    const auto day = api::decode_report<api::PushReport>(report("pushes?from=" + late_day + "&to=" + late_day));
    ASSERT_TRUE(day);
    const auto expected_day = recount_pushes(db, late_day);
    EXPECT_EQ(day->total.read, expected_day.read) << late_day;
    EXPECT_EQ(day->total.delivered, expected_day.delivered) << late_day;
    EXPECT_EQ(day->total.sent, expected_day.sent) << late_day;

    // Auto-replies: every first reply accepted, and those delivered.
    const auto replies = api::decode_report<api::AutoReplyReport>(report("auto-reply" + whole_year));
    ASSERT_TRUE(replies);
    EXPECT_EQ(replies->accepted.samples, count(db, first_replies_sql));
    EXPECT_EQ(replies->delivered.samples, count(db, std::string(first_replies_sql) +
                                                    " AND EXISTS (SELECT 1 FROM message_statuses s WHERE "
                                                    "s.wamid = o.wamid AND s.status = 'delivered')"));

    // Cases by outcome, and the operators' first replies.
    const auto cases = api::decode_report<api::OperatorReplyReport>(report("operator-replies" + whole_year));
    ASSERT_TRUE(cases);
    EXPECT_EQ(cases->cases_opened, count(db, "SELECT count(*) FROM cases"));
    EXPECT_EQ(cases->cases_closed, count(db, "SELECT count(*) FROM cases WHERE closed_at IS NOT NULL"));
    EXPECT_EQ(cases->closed_by_outcome, outcomes(db));
    EXPECT_EQ(cases->closed_by_outcome.size(), 4u);
    EXPECT_EQ(cases->overall.samples, count(db, "SELECT count(*) FROM cases WHERE first_reply_outbox IS NOT NULL"));
    EXPECT_GE(cases->operators.size(), 8u);

    // Availability: every generated outage is an incident of its month.
    ASSERT_GE(outages.size(), 6u);
    for (const auto& o : outages) {
        const auto month = time::rome_date(o.start_ms).substr(0, 7);
        const auto sla = api::decode_sla_report(report("sla?month=" + month));
        ASSERT_TRUE(sla) << month;
        EXPECT_TRUE(has_incident(*sla, o)) << month << ": no incident for the outage from " << o.start_ms << " to "
                                           << o.end_ms;
        ASSERT_TRUE(sla->availability_percent);
        EXPECT_LT(*sla->availability_percent, 100.0) << month;
    }
}

TEST(GenerateYear, TheSameSeedGivesTheSameYear) {
    GeneratedYear a(year, "0.0003", "11"), b(year, "0.0003", "11"), c(year, "0.0003", "12");
    ASSERT_EQ(a.exit_code, 0) << a.output;
    ASSERT_EQ(b.exit_code, 0) << b.output;
    ASSERT_EQ(c.exit_code, 0) << c.output;
    EXPECT_EQ(fingerprint(a.fixture.db_path), fingerprint(b.fixture.db_path));
    EXPECT_NE(fingerprint(a.fixture.db_path), fingerprint(c.fixture.db_path));
}
