#include "outbound/quiet_hours.hpp"
#include "sportello/time.hpp"

#include <gtest/gtest.h>

using namespace sportello;
using namespace sportello::relay;

namespace {
std::int64_t at(const char* iso) { return *time::parse_iso8601(iso); }
} // namespace

TEST(QuietHours, RomeIsCetInWinterAndCestInSummer) {
    EXPECT_EQ(rome_offset_ms(at("2026-01-15T12:00:00Z")), 3'600'000);
    EXPECT_EQ(rome_offset_ms(at("2026-07-15T12:00:00Z")), 7'200'000);
    // 2026: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC.
    EXPECT_EQ(rome_offset_ms(at("2026-03-29T00:59:59Z")), 3'600'000);
    EXPECT_EQ(rome_offset_ms(at("2026-03-29T01:00:00Z")), 7'200'000);
    EXPECT_EQ(rome_offset_ms(at("2026-10-25T00:59:59Z")), 7'200'000);
    EXPECT_EQ(rome_offset_ms(at("2026-10-25T01:00:00Z")), 3'600'000);
    EXPECT_EQ(rome_minute_of_day(at("2026-11-22T20:30:00Z")), 21 * 60 + 30);
}

TEST(QuietHours, PushesWaitForTheMorning) {
    const QuietHours q;   // 21:00 to 08:00, Rome time
    EXPECT_FALSE(in_quiet_hours(q, at("2026-11-22T19:59:00Z")));   // 20:59 local
    EXPECT_TRUE(in_quiet_hours(q, at("2026-11-22T20:00:00Z")));    // 21:00
    EXPECT_TRUE(in_quiet_hours(q, at("2026-11-23T06:59:00Z")));    // 07:59
    EXPECT_EQ(next_allowed_time(q, at("2026-11-22T22:15:30Z")), at("2026-11-23T07:00:00Z"));   // 08:00 local
    EXPECT_EQ(next_allowed_time(q, at("2026-11-22T10:00:00Z")), at("2026-11-22T10:00:00Z"));
    // Across the October switch, morning is 08:00 in the new offset.
    EXPECT_EQ(next_allowed_time(q, at("2026-10-24T22:00:00Z")), at("2026-10-25T07:00:00Z"));
    EXPECT_EQ(next_allowed_time(q, at("2026-03-28T22:00:00Z")), at("2026-03-29T06:00:00Z"));
    const QuietHours off{false, 21 * 60, 8 * 60};
    EXPECT_FALSE(in_quiet_hours(off, at("2026-11-22T22:00:00Z")));
}
