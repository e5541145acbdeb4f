#include "outbound/pacing.hpp"
#include "outbound/window.hpp"
#include "sportello/whatsapp/text_rules.hpp"

#include <gtest/gtest.h>

using namespace sportello::relay;

TEST(TokenBucket, RefillsAtTheRateUpToTheCapacity) {
    TokenBucket b(80, 80, 80, 0);
    EXPECT_EQ(b.take(100, 0), 80);       // starts full
    EXPECT_EQ(b.take(1, 0), 0);
    EXPECT_EQ(b.wait_ms(0), 13);         // 1/80 s
    EXPECT_EQ(b.take(10, 125), 10);      // 125 ms → 10 tokens
    EXPECT_EQ(b.take(10, 10'000), 10);
    EXPECT_EQ(b.take(1000, 10'000), 70); // capped at 80
    b.give_back(5);
    EXPECT_EQ(b.take(10, 10'000), 5);
}

TEST(TokenBucket, StartsWithTheInitialTokensOnly) {
    TokenBucket b(80, 80, 8, 0);
    EXPECT_EQ(b.take(100, 0), 8);
    EXPECT_EQ(b.take(100, 500), 40);     // then refills at the rate
    EXPECT_EQ(TokenBucket(80, 80, 500, 0).available(0), 80); // never above the capacity
    EXPECT_EQ(TokenBucket(80, 80, -3, 0).available(0), 0);
}

TEST(RecipientPacer, AllowsABurstThenOnePerInterval) {
    RecipientPacer p(6.0, 3);
    for (int i = 0; i < 3; ++i) EXPECT_FALSE(p.acquire(42, 0).has_value());
    auto next = p.acquire(42, 0);
    ASSERT_TRUE(next.has_value());
    EXPECT_EQ(*next, 6000);
    EXPECT_FALSE(p.acquire(7, 0).has_value());       // other recipients are unaffected
    EXPECT_FALSE(p.acquire(42, 6000).has_value());
    EXPECT_TRUE(p.acquire(42, 6000).has_value());
    p.release(42);
    EXPECT_FALSE(p.acquire(42, 6000).has_value());
    p.hold(7, 60'000);                                // 131056 from WhatsApp
    EXPECT_EQ(p.acquire(7, 1000), 60'000);
    RecipientPacer off(0, 1);
    for (int i = 0; i < 100; ++i) EXPECT_FALSE(off.acquire(1, 0).has_value());
}

TEST(Window, IsTwentyFourHoursFromTheCitizensLastMessage) {
    const std::int64_t hour = 3600 * 1000;
    EXPECT_TRUE(window_open(0, 23 * hour));
    EXPECT_FALSE(window_open(0, 24 * hour));
    EXPECT_FALSE(window_open(std::nullopt, 0));
    EXPECT_TRUE(is_free_form("auto_reply"));
    EXPECT_TRUE(is_free_form("operator_reply"));
    EXPECT_FALSE(is_free_form("push"));
    EXPECT_EQ(template_parameter("  *Tamponi*\n\nIl tampone   serve\tsubito \n"), "*Tamponi* Il tampone serve subito");
    EXPECT_EQ(sportello::wa::length(template_parameter(std::string(2000, 'a'))), 900u);
}
