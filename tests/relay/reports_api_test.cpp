// The report routes end to end: citizens write through the WhatsApp
// simulator to the real relay, which answers them; a viewer then reads the
// figures over HTTPS, as JSON and as CSV.
#include "relay_fixture.hpp"
#include "sportello/api/codec.hpp"
#include "sportello/api/reports.hpp"
#include "sportello/rome_time.hpp"
#include "sportello/time.hpp"

#include <gtest/gtest.h>

using namespace sportello;
using namespace sportello::testing;

namespace {

net::Headers bearer(const std::string& token) { return {{"authorization", "Bearer " + token}}; }

} // namespace

TEST(ReportsApi, RequestsAndRepliesAreCountedAsTheyHappenAndExportedWithSmallCellsSuppressed) {
    RelayFixture f;
    ASSERT_EQ(f.create_user("l.bianchi", "una-password-per-i-report", "viewer"), 0) << f.logs();
    const auto token = f.login("l.bianchi", "una-password-per-i-report");
    for (int i = 0; i < 6; ++i) f.citizen_says("39333100000" + std::to_string(i), "#vaccinazione");
    f.citizen_says("393331000009", "#argomentosconosciuto");
    // Every auto-reply accepted and delivered (the simulator reports it).
    ASSERT_TRUE(wait_for([&] {
        return f.db_int("SELECT coalesce(sum(samples), 0) FROM report_latency WHERE metric = 'auto_reply_delivered'") == 7;
    })) << f.logs();

    const auto today = time::rome_date(time::now_ms());
    const auto period = "?from=" + today + "&to=" + today;
    auto requests = f.relay("GET", "/ops/v1/reports/requests" + period, {}, bearer(token));
    ASSERT_EQ(requests.response->status, 200) << requests.response->body;
    const auto r = api::decode_report<api::RequestsReport>(requests.response->body);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->totals.direct, 7);
    EXPECT_EQ(r->totals.push_reply, 0);
    EXPECT_EQ(r->totals.unanswered, 1);
    ASSERT_EQ(r->series.size(), 1u);
    EXPECT_EQ(r->series.front().period, today);

    auto replies = f.relay("GET", "/ops/v1/reports/auto-reply" + period, {}, bearer(token));
    const auto a = api::decode_report<api::AutoReplyReport>(replies.response->body);
    ASSERT_TRUE(a) << replies.response->body;
    EXPECT_EQ(a->accepted.samples, 7);
    EXPECT_EQ(a->delivered.samples, 7);
    EXPECT_GT(a->delivered.mean_ms, 0);
    EXPECT_NEAR(a->resolution_percent, 9.05, 0.01);

    auto unanswered = f.relay("GET", "/ops/v1/reports/unanswered" + period, {}, bearer(token));
    const auto u = api::decode_report<api::UnansweredFigures>(unanswered.response->body);
    ASSERT_TRUE(u) << unanswered.response->body;
    ASSERT_EQ(u->top_terms.size(), 1u);
    EXPECT_EQ(u->top_terms.front().term, "argomentosconosciuto");   // the tag, masked, without its #

    auto pushes = f.relay("GET", "/ops/v1/reports/pushes", {}, bearer(token));
    const auto p = api::decode_report<api::PushReport>(pushes.response->body);
    ASSERT_TRUE(p) << pushes.response->body;
    EXPECT_TRUE(p->read_is_lower_bound);

    // CSV: BOM, ';', the six direct requests shown, the single unanswered one suppressed.
    auto csv = f.relay("GET", "/ops/v1/reports/requests" + period + "&format=csv", {}, bearer(token));
    ASSERT_EQ(csv.response->status, 200);
    EXPECT_EQ(csv.response->header("content-type"), "text/csv; charset=utf-8");
    EXPECT_EQ(csv.response->body, "\xEF\xBB\xBFperiod;direct;push_reply;unanswered\r\n" + today + ";7;0;<5\r\ntotal;7;0;<5\r\n");

    auto bad = f.relay("GET", "/ops/v1/reports/requests?from=2026-13-01", {}, bearer(token));
    EXPECT_EQ(bad.response->status, 400);
    EXPECT_EQ(api::decode_error(bad.response->body)->field, "from");
    EXPECT_EQ(f.relay("GET", "/ops/v1/reports/requests").response->status, 401);
}

TEST(ReportsApi, TheCsvPolicyTellsTheConfiguredSmallCellThresholdToReportReaders) {
    RelayFixture f({.tweak_relay_config = [](boost::json::object& c) {
        c["reports"] = boost::json::object{{"min_cell_count", 3}};
    }});
    ASSERT_EQ(f.create_user("l.bianchi", "una-password-per-i-report", "viewer"), 0) << f.logs();
    const auto token = f.login("l.bianchi", "una-password-per-i-report");
    auto policy = f.relay("GET", "/ops/v1/reports/csv-policy", {}, bearer(token));
    ASSERT_EQ(policy.response->status, 200) << policy.response->body;
    const auto p = api::decode_report<api::ReportCsvPolicy>(policy.response->body);
    ASSERT_TRUE(p) << policy.response->body;
    EXPECT_EQ(p->min_cell_count, 3);
    // The CSV files suppress under that same threshold.
    f.citizen_says("393331000001", "#vaccinazione");
    ASSERT_TRUE(wait_for([&] { return f.db_int("SELECT coalesce(sum(requests), 0) FROM report_hours") == 1; }));
    const auto today = time::rome_date(time::now_ms());
    auto csv = f.relay("GET", "/ops/v1/reports/requests?from=" + today + "&to=" + today + "&format=csv", {},
                       bearer(token));
    EXPECT_EQ(csv.response->body, "\xEF\xBB\xBFperiod;direct;push_reply;unanswered\r\n" + today + ";<3;0;0\r\ntotal;<3;0;0\r\n");
    EXPECT_EQ(f.relay("GET", "/ops/v1/reports/csv-policy").response->status, 401);
    EXPECT_FALSE(api::decode_report<api::ReportCsvPolicy>(R"({"min_cell_count":0})"));
}
