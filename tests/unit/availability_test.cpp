// The SLA's availability (relay/src/ops/availability.hpp) on generated
// heartbeat and probe series: a quiet month, DST days of 23 and 25 hours, a
// relay-down gap, an unwritable database, WhatsApp's stop, a failed probe,
// the probe timer's jitter, an outage across a month boundary, and the
// budget against the 99.6 % target.
#include "ops/availability.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace sportello;
using namespace sportello::relay;

namespace {

constexpr std::int64_t second = 1000, minute = 60 * second, hour = 60 * minute;

// Everything healthy over [from, to): a heartbeat every 10 s, a successful
// probe 5 s into every minute.
struct Series {
    AvailabilityInput in;

    Series(std::int64_t from, std::int64_t to, std::int64_t now) {
        for (auto t = from; t < to; t += 10 * second) in.heartbeats.push_back({t, true, false, std::nullopt});
        for (auto t = from + 5 * second; t < to; t += minute) in.probes.push_back({t, true, {}});
        in.monitoring_start_ms = from;
        in.now_ms = now;
    }
    void drop_heartbeats(std::int64_t from, std::int64_t to) {   // (from, to)
        std::erase_if(in.heartbeats, [&](const HeartbeatRow& h) { return h.at_ms > from && h.at_ms < to; });
    }
    void drop_probes(std::int64_t from, std::int64_t to) {
        std::erase_if(in.probes, [&](const ProbeRow& p) { return p.at_ms >= from && p.at_ms < to; });
    }
    void fail_probe_at(std::int64_t minute_start, std::string cause) {
        for (auto& p : in.probes)
            if (p.at_ms >= minute_start && p.at_ms < minute_start + minute) p = {p.at_ms, false, std::move(cause)};
    }
    HeartbeatRow* heartbeat_at(std::int64_t t) {
        for (auto& h : in.heartbeats)
            if (h.at_ms == t) return &h;
        return nullptr;
    }
    api::SlaReport month(int y, unsigned m) const { return compute_availability(in, rome_month(y, m)); }
};

const api::SlaDay& day(const api::SlaReport& r, const std::string& date) {
    auto it = std::find_if(r.days.begin(), r.days.end(), [&](const api::SlaDay& d) { return d.date == date; });
    if (it == r.days.end()) throw std::runtime_error("no day " + date);
    return *it;
}

} // namespace

TEST(Availability, RomeMonthsAndDaysFollowDaylightSaving) {
    // 1 April 2026 00:00 CEST = 31 March 22:00 UTC.
    EXPECT_EQ(rome_midnight_ms(2026, 4, 1), 1'774'994'400'000);
    EXPECT_EQ(rome_midnight_ms(2026, 1, 1), 1'767'222'000'000);   // 31 Dec 2025 23:00 UTC
    EXPECT_EQ((rome_month(2026, 3).end_ms - rome_month(2026, 3).start_ms) / minute, 31 * 1440 - 60);
    EXPECT_EQ((rome_month(2026, 10).end_ms - rome_month(2026, 10).start_ms) / minute, 31 * 1440 + 60);
    EXPECT_EQ((rome_month(2026, 4).end_ms - rome_month(2026, 4).start_ms) / minute, 30 * 1440);
    ASSERT_TRUE(parse_rome_month("2026-12"));
    EXPECT_EQ(parse_rome_month("2026-12")->end_ms, rome_midnight_ms(2027, 1, 1));
    for (const char* bad : {"2026-13", "2026-00", "26-01", "2026/01", "2026-1", "abcd-ef", ""})
        EXPECT_FALSE(parse_rome_month(bad)) << bad;
    // 23:30 local on 31 October 2026 (CET) belongs to October.
    const auto m = rome_month_of(rome_midnight_ms(2026, 11, 1) - 30 * minute);
    EXPECT_EQ(m.year, 2026);
    EXPECT_EQ(m.month, 10u);
}

TEST(Availability, AHealthyMonthIsFullyAvailableWithTheWholeBudgetLeft) {
    const auto april = rome_month(2026, 4);
    Series s(april.start_ms - hour, april.end_ms + hour, april.end_ms + hour);
    const auto r = s.month(2026, 4);
    EXPECT_EQ(r.month, "2026-04");
    EXPECT_EQ(r.month_minutes, 43200);
    EXPECT_EQ(r.measured_minutes, 43200);
    EXPECT_EQ(r.unavailable_minutes, 0);
    ASSERT_TRUE(r.availability_percent);
    EXPECT_DOUBLE_EQ(*r.availability_percent, 100.0);
    EXPECT_NEAR(r.budget_minutes, 172.8, 1e-9);   // 0.4 % of a 30-day month
    EXPECT_NEAR(r.budget_left_minutes, 172.8, 1e-9);
    EXPECT_TRUE(r.target_met);
    EXPECT_TRUE(r.incidents.empty());
    ASSERT_EQ(r.days.size(), 30u);
    for (const auto& d : r.days) EXPECT_EQ(d.measured_minutes, 1440) << d.date;
}

TEST(Availability, DaylightSavingDaysHave23And25HoursAndTheBudgetScales) {
    const auto march = rome_month(2026, 3);
    Series s(march.start_ms - hour, march.end_ms + hour, march.end_ms + hour);
    const auto r = s.month(2026, 3);
    EXPECT_EQ(r.month_minutes, 44580);
    EXPECT_NEAR(r.budget_minutes, 44580 * 0.004, 1e-9);
    EXPECT_EQ(day(r, "2026-03-29").minutes, 1380);
    EXPECT_EQ(day(r, "2026-03-29").measured_minutes, 1380);
    EXPECT_EQ(day(r, "2026-03-28").minutes, 1440);

    const auto october = rome_month(2026, 10);
    Series o(october.start_ms - hour, october.end_ms + hour, october.end_ms + hour);
    // An outage of 30 minutes during the repeated hour of 25 October (02:30
    // CEST = 00:30 UTC; 02:30 CET = 01:30 UTC): minutes the clock shows twice.
    const auto repeated = rome_midnight_ms(2026, 10, 25) + 2 * hour + 30 * minute;   // 01:30 UTC, the second 02:30
    o.drop_heartbeats(repeated, repeated + 30 * minute);
    const auto ro = o.month(2026, 10);
    EXPECT_EQ(ro.month_minutes, 44700);
    EXPECT_EQ(day(ro, "2026-10-25").minutes, 1500);
    EXPECT_EQ(day(ro, "2026-10-25").unavailable_minutes, 30);
    ASSERT_EQ(ro.incidents.size(), 1u);
    EXPECT_EQ(ro.incidents[0].start_ms, repeated);
    EXPECT_EQ(ro.incidents[0].minutes, 30);
    EXPECT_EQ(ro.incidents[0].cause, api::IncidentCause::relay_down);
}

TEST(Availability, EachCauseBecomesAnIncidentWithItsDuration) {
    const auto april = rome_month(2026, 4);
    Series s(april.start_ms - hour, april.end_ms + hour, april.end_ms + hour);
    const auto day10 = rome_midnight_ms(2026, 4, 10);
    // Relay down: no heartbeat after 10:00:00 until 10:05:00 (and no probe).
    s.drop_heartbeats(day10 + 10 * hour, day10 + 10 * hour + 5 * minute);
    s.drop_probes(day10 + 10 * hour, day10 + 10 * hour + 5 * minute);
    // The database refused writes from 12:00 until 12:03: the heartbeat after says so.
    s.drop_heartbeats(day10 + 12 * hour, day10 + 12 * hour + 3 * minute);
    s.heartbeat_at(day10 + 12 * hour + 3 * minute)->db_failed_since_ms = day10 + 12 * hour + 10 * second;
    // WhatsApp stopped sending from 16:00 to 16:10.
    for (auto t = day10 + 16 * hour; t < day10 + 16 * hour + 10 * minute; t += 10 * second)
        s.heartbeat_at(t)->sending_stopped = true;
    // One probe failed at 14:30.
    s.fail_probe_at(day10 + 14 * hour + 30 * minute, "no answer in the outbox within 10 s");

    const auto r = s.month(2026, 4);
    ASSERT_EQ(r.incidents.size(), 4u);
    EXPECT_EQ(r.incidents[0].cause, api::IncidentCause::relay_down);
    EXPECT_EQ(r.incidents[0].start_ms, day10 + 10 * hour);
    EXPECT_EQ(r.incidents[0].end_ms, day10 + 10 * hour + 5 * minute);
    EXPECT_EQ(r.incidents[0].minutes, 5);
    EXPECT_EQ(r.incidents[1].cause, api::IncidentCause::database_unwritable);
    EXPECT_EQ(r.incidents[1].minutes, 3);
    EXPECT_EQ(r.incidents[2].cause, api::IncidentCause::probe_failed);
    EXPECT_EQ(r.incidents[2].start_ms, day10 + 14 * hour + 30 * minute);
    EXPECT_EQ(r.incidents[2].minutes, 1);
    EXPECT_NE(r.incidents[2].detail.find("within 10 s"), std::string::npos) << r.incidents[2].detail;
    EXPECT_EQ(r.incidents[3].cause, api::IncidentCause::sending_stopped);
    EXPECT_EQ(r.incidents[3].minutes, 10);
    EXPECT_EQ(r.unavailable_minutes, 19);
    EXPECT_EQ(day(r, "2026-04-10").unavailable_minutes, 19);
    EXPECT_EQ(day(r, "2026-04-11").unavailable_minutes, 0);
    EXPECT_NEAR(r.budget_left_minutes, 172.8 - 19, 1e-9);
    EXPECT_NEAR(*r.availability_percent, 100.0 * (43200 - 19) / 43200, 1e-9);
}

TEST(Availability, AShortHeartbeatHiccupIsNotAnIncidentButAMissingProbeIs) {
    const auto april = rome_month(2026, 4);
    Series s(april.start_ms - hour, april.end_ms + hour, april.end_ms + hour);
    const auto t = rome_midnight_ms(2026, 4, 3) + 9 * hour;
    s.drop_heartbeats(t, t + 20 * second);   // one heartbeat missing: a 20 s gap, two intervals
    // The timer fired late: minute 09:10 has no probe, 09:11 has two.
    s.drop_probes(t + 10 * minute, t + 11 * minute);
    s.in.probes.push_back({t + 11 * minute + 50 * second, true, {}});
    std::sort(s.in.probes.begin(), s.in.probes.end(), [](auto& a, auto& b) { return a.at_ms < b.at_ms; });
    // And no probe at all from 09:20 to 09:25.
    s.drop_probes(t + 20 * minute, t + 25 * minute);
    const auto r = s.month(2026, 4);
    ASSERT_EQ(r.incidents.size(), 1u);
    EXPECT_EQ(r.incidents[0].cause, api::IncidentCause::probe_failed);
    EXPECT_EQ(r.incidents[0].start_ms, t + 22 * minute);   // the probe of 09:19 stands for two minutes more
    EXPECT_EQ(r.incidents[0].minutes, 3);
    EXPECT_EQ(r.incidents[0].detail, "no probe result");
}

TEST(Availability, AnOutageAcrossMonthsCountsInEachMonth) {
    const auto feb = rome_month(2026, 2);
    Series s(rome_month(2026, 1).start_ms - hour, feb.end_ms, feb.end_ms);
    // Down from 23:58:00 on 31 January to 00:03:00 on 1 February.
    s.drop_heartbeats(feb.start_ms - 2 * minute, feb.start_ms + 3 * minute);
    s.drop_probes(feb.start_ms - 2 * minute, feb.start_ms + 3 * minute);
    const auto jan = s.month(2026, 1);
    ASSERT_EQ(jan.incidents.size(), 1u);
    EXPECT_EQ(jan.incidents[0].minutes, 2);
    EXPECT_EQ(jan.incidents[0].end_ms, feb.start_ms);
    EXPECT_EQ(day(jan, "2026-01-31").unavailable_minutes, 2);
    const auto february = s.month(2026, 2);
    ASSERT_EQ(february.incidents.size(), 1u);
    EXPECT_EQ(february.incidents[0].start_ms, feb.start_ms);
    EXPECT_EQ(february.incidents[0].minutes, 3);
    EXPECT_EQ(february.month_minutes, 28 * 1440);
    EXPECT_NEAR(february.budget_minutes, 28 * 1440 * 0.004, 1e-9);
}

TEST(Availability, OnlyElapsedMonitoredMinutesAreMeasuredAndTheRelayDownUntilNowCounts) {
    const auto april = rome_month(2026, 4);
    const auto start = rome_midnight_ms(2026, 4, 15) + 12 * hour;     // installed at noon on the 15th
    const auto now = rome_midnight_ms(2026, 4, 16) + 12 * hour;       // a day later…
    Series s(start, now - 10 * minute, now);                            // …down for the last 10 minutes
    const auto r = s.month(2026, 4);
    EXPECT_EQ(r.measured_minutes, 1440);
    // The last heartbeat was at 11:49:50: the gap touches minute 11:49 too.
    EXPECT_EQ(r.unavailable_minutes, 11);
    EXPECT_EQ(day(r, "2026-04-14").measured_minutes, 0);
    EXPECT_FALSE(day(r, "2026-04-14").availability_percent);
    EXPECT_EQ(day(r, "2026-04-15").measured_minutes, 720);
    ASSERT_EQ(r.incidents.size(), 1u);
    EXPECT_EQ(r.incidents[0].cause, api::IncidentCause::relay_down);
    EXPECT_EQ(r.incidents[0].end_ms, now);

    AvailabilityInput nothing;
    nothing.now_ms = april.end_ms + hour;
    const auto empty = compute_availability(nothing, april);
    EXPECT_EQ(empty.measured_minutes, 0);
    EXPECT_FALSE(empty.availability_percent);
}

TEST(Availability, MoreDowntimeThanTheBudgetMissesTheTarget) {
    const auto april = rome_month(2026, 4);
    Series s(april.start_ms - hour, april.end_ms + hour, april.end_ms + hour);
    const auto t = rome_midnight_ms(2026, 4, 20) + 3 * hour;
    s.drop_heartbeats(t, t + 200 * minute);
    const auto r = s.month(2026, 4);
    EXPECT_EQ(r.unavailable_minutes, 200);
    EXPECT_FALSE(r.target_met);
    EXPECT_NEAR(r.budget_left_minutes, 172.8 - 200, 1e-9);
    EXPECT_LT(*r.availability_percent, 99.6);

    // The wire form keeps every figure.
    const auto back = api::decode_sla_report(api::encode(r));
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(*back, r);
}
