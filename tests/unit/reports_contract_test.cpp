// The report types of /ops/v1/reports: what the relay encodes the desk
// decodes to the same value, and a malformed body is refused by field.

#include "sportello/api/reports.hpp"

#include <gtest/gtest.h>

using namespace sportello;
using namespace sportello::api;

namespace {

const ReportPeriod period{"2026-10-19", "2026-10-25", "day"};
const LatencyFigures figures{42, 1234.5, 1097.2, 2194.4, 4388.8};

} // namespace

TEST(ReportsContract, EveryReportRoundTrips) {
    const AutoReplyReport a{period, 9.05, figures, {7, 2500, 2300, 3100, 6200}, {{"2026-10-19", figures}}, {}};
    EXPECT_EQ(decode_report<AutoReplyReport>(encode(a)).value(), a);

    OperatorReplyReport o;
    o.period = period;
    o.resolution_percent = 9.05;
    o.overall = figures;
    o.operators = {{3, "m.rossi", figures}};
    o.series = {{"2026-10-19", figures}};
    o.cases_opened = 12;
    o.cases_closed = 10;
    o.cases_open_now = 4;
    o.closed_by_outcome = {{"answered", 8}, {"spam", 2}};
    EXPECT_EQ(decode_report<OperatorReplyReport>(encode(o)).value(), o);

    PushFigures f{100, 95, 60, 5, 12, 1, {{"131026", 5}}, 60.0 / 95};
    const PushReport p{{"2026-10-01", "2026-10-31", ""}, true, f, {{"push", "promemoria", 0, "", f}},
                       {{"broadcast", "informazione_generale", 4, "Campagna antinfluenzale", f}}};
    EXPECT_EQ(decode_report<PushReport>(encode(p)).value(), p);

    const RequestsReport r{period, 2, {"", 10, 3, 1}, {{"2026-10-25T02:00+02:00", 5, 1, 0}, {"2026-10-25T02:00+01:00", 5, 2, 1}}};
    EXPECT_EQ(decode_report<RequestsReport>(encode(r)).value(), r);
    RequestsReport all = r;
    all.node_id.reset();
    EXPECT_EQ(decode_report<RequestsReport>(encode(all)).value(), all);

    const TopTopicsReport t{period, {{2, "vaccinazione", 40, 55, 3}}};
    EXPECT_EQ(decode_report<TopTopicsReport>(encode(t)).value(), t);

    BusiestHoursReport b;
    b.period = period;
    b.requests[0][9] = 120;
    b.requests[6][23] = 3;
    EXPECT_EQ(decode_report<BusiestHoursReport>(encode(b)).value(), b);

    const UnansweredFigures u{period, 500, 40, {{"2026-10-19", 70, 10, 6}}, {{"greenpass", 12}}};
    EXPECT_EQ(decode_report<UnansweredFigures>(encode(u)).value(), u);
}

TEST(ReportsContract, MalformedBodiesAreRefusedByField) {
    auto bad = decode_report<BusiestHoursReport>(R"({"period":{"from":"a","to":"b","granularity":""},"requests":[[1]]})");
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.error().message.find("7 weekdays"), std::string::npos) << bad.error().message;
    auto missing = decode_report<PushReport>(R"({"period":{"from":"a","to":"b","granularity":""}})");
    ASSERT_FALSE(missing);
    EXPECT_NE(missing.error().field.find("total"), std::string::npos) << missing.error().field;
}
