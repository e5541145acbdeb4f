// Report pieces on their own: CSV suppression, Europe/Rome local time across
// DST changes, and the routes' parameters.
#include "ops/reports.hpp"
#include "ops/reports_csv.hpp"
#include "sportello/rome_time.hpp"
#include "sportello/time.hpp"

#include <gtest/gtest.h>

using namespace sportello;
using namespace sportello::relay;

// The CSV leaves the system: counts 1-4 are "<5", thin latency rows lose their figures.
TEST(ReportsCsv, SmallCellsAreSuppressedForExcel) {
    api::RequestsReport r;
    r.period = {"2026-03-01", "2026-03-31", "day"};
    r.series = {{"2026-03-01", 12, 4, 0}, {"2026-03-02", 5, 1, 3}};
    r.totals = {"", 17, 5, 3};
    const auto csv = to_csv(r, 5);
    EXPECT_EQ(csv, "\xEF\xBB\xBFperiod;direct;push_reply;unanswered\r\n2026-03-01;12;<5;0\r\n2026-03-02;5;<5;<5\r\n"
                   "total;17;5;<5\r\n");
    api::OperatorReplyReport o;
    o.overall = {40, 125000.5, 90000, 300000, 600000};
    o.operators = {{1, "=op", {3, 1000, 900, 1100, 1100}}};
    const auto ops = to_csv(o, 5);
    EXPECT_NE(ops.find("overall;total;40;125000,5;90000,0;300000,0;600000,0\r\n"), std::string::npos) << ops;
    EXPECT_NE(ops.find("operator;'=op;<5;;;;\r\n"), std::string::npos) << ops;   // and no formula
    api::BusiestHoursReport b;
    b.requests[6][23] = 2;
    EXPECT_NE(to_csv(b, 3).find("domenica;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;<3\r\n"), std::string::npos);
}

TEST(RomeTime, DstChangesAndLocalMidnights) {
    // 2026-03-29 01:00 UTC: 02:00 CET becomes 03:00 CEST.
    const auto spring = *time::parse_iso8601("2026-03-29T00:59:59Z");
    EXPECT_EQ(time::rome_hour(spring).hour, 1);
    EXPECT_EQ(time::rome_hour(spring + 1000).hour, 3);
    // 2026-10-25 01:00 UTC: 03:00 CEST becomes 02:00 CET; 02:00 comes twice.
    const auto first_two = time::rome_hour(*time::parse_iso8601("2026-10-25T00:30:00Z"));
    const auto second_two = time::rome_hour(*time::parse_iso8601("2026-10-25T01:30:00Z"));
    EXPECT_EQ(first_two.hour, 2);
    EXPECT_EQ(second_two.hour, 2);
    EXPECT_NE(first_two.utc_hour_start_ms, second_two.utc_hour_start_ms);
    EXPECT_EQ(second_two.weekday, 7);
    EXPECT_EQ(*time::rome_midnight("2026-03-29"), *time::parse_iso8601("2026-03-28T23:00:00Z"));
    EXPECT_EQ(*time::rome_midnight("2026-03-30"), *time::parse_iso8601("2026-03-29T22:00:00Z"));
    EXPECT_EQ(*time::rome_midnight("2026-10-26"), *time::parse_iso8601("2026-10-25T23:00:00Z"));
    EXPECT_EQ(time::week_start("2026-10-25"), "2026-10-19");
    EXPECT_EQ(time::add_days("2026-02-28", 1), "2026-03-01");
}

TEST(ReportQueryParsing, BadParametersAreRefusedByName) {
    EXPECT_EQ(parse_report_query("2026-02-30", std::nullopt, {}, {}, {}, "2026-12-01").error().field, "from");
    EXPECT_EQ(parse_report_query("2026-12-02", std::nullopt, {}, {}, {}, "2026-12-01").error().field, "from");
    EXPECT_EQ(parse_report_query({}, {}, "year", {}, {}, "2026-12-01").error().field, "granularity");
    EXPECT_EQ(parse_report_query({}, {}, {}, "x", {}, "2026-12-01").error().field, "node_id");
    const auto q = parse_report_query({}, {}, {}, {}, {}, "2026-12-01");
    ASSERT_TRUE(q);
    EXPECT_EQ(q->from, "2026-11-02");
    EXPECT_EQ(q->to, "2026-12-01");
}

