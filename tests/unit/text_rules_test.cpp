#include "sportello/phone.hpp"
#include "sportello/time.hpp"
#include "sportello/whatsapp/text_rules.hpp"

#include <gtest/gtest.h>

using namespace sportello;

TEST(TextRules, LengthCountsCodePoints) {
    EXPECT_EQ(wa::length("abc"), 3u);
    EXPECT_EQ(wa::length("perch\xC3\xA9"), 6u);
    EXPECT_EQ(wa::length("\xF0\x9F\x98\x80"), 1u);
}

TEST(TextRules, Utf8ValidityIsStrict) {
    for (const char* good : {"", "Centri vaccinali", "perch\xC3\xA8", "\xEF\xBC\x83tamponi", "\xF0\x9F\x92\x89"})
        EXPECT_TRUE(wa::is_valid_utf8(good)) << good;
    for (const char* bad : {"Rispos\xF4" "a", "\xC3", "\xE2\x80", "\x80", "\xC0\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80",
                            "\xF8\x88\x80\x80\x80"})
        EXPECT_FALSE(wa::is_valid_utf8(bad)) << bad;
}

TEST(TextRules, SplitPrefersParagraphsThenLinesThenSpaces) {
    const std::string para(3000, 'a');
    const auto parts = wa::split(para + "\n\n" + para, 4096);
    ASSERT_EQ(parts.size(), 2u);
    EXPECT_EQ(parts[0], para);
    EXPECT_EQ(parts[1], para);

    const auto words = wa::split("uno due tre quattro", 8);
    for (const auto& p : words) EXPECT_LE(wa::length(p), 8u);
    EXPECT_EQ(words.front(), "uno due");

    const auto giant = wa::split(std::string(10000, 'x'), 4096);
    ASSERT_EQ(giant.size(), 3u);
    EXPECT_EQ(giant[0].size(), 4096u);
    EXPECT_TRUE(wa::split("   \n\n ", 10).empty());
}

TEST(TextRules, SplitNeverCutsInsideACharacter) {
    std::string accents;
    for (int i = 0; i < 5000; ++i) accents += "\xC3\xA8";   // è
    for (const auto& part : wa::split(accents, 4096)) {
        EXPECT_LE(wa::length(part), 4096u);
        EXPECT_NE(static_cast<unsigned char>(part.front()) & 0xC0, 0x80);
    }
}

TEST(TextRules, Truncate) {
    EXPECT_EQ(wa::truncate("Centri vaccinali di Torino nord", 24), "Centri vaccinali di Tor\xE2\x80\xA6");
    EXPECT_EQ(wa::length(wa::truncate("Centri vaccinali di Torino nord", 24)), 24u);
    EXPECT_EQ(wa::truncate("breve", 24), "breve");
}

TEST(Phone, NormalisesInternationalFormsAndRejectsTheRest) {
    EXPECT_EQ(phone::normalize("+39 340 123 4567").value(), "393401234567");
    EXPECT_EQ(phone::normalize("0039-340-1234567").value(), "393401234567");
    EXPECT_EQ(phone::normalize("393401234567").value(), "393401234567");
    EXPECT_EQ(phone::normalize("(+39) 340.123.4567").value(), "393401234567");
    for (const char* bad : {"", "3401234567", "+39 abc", "0401234567", "+12", "+1234567890123456", "++39340"}) {
        auto r = phone::normalize(bad);
        ASSERT_FALSE(r) << bad;
        EXPECT_EQ(r.error().code, api::ErrorCode::invalid_phone);
        EXPECT_EQ(r.error().field, "phone");
    }
    EXPECT_EQ(phone::to_e164("393401234567"), "+393401234567");
    // WhatsApp ids always carry the country code: no guessing about national numbers.
    EXPECT_EQ(phone::from_wa_id("393401234567").value(), "393401234567");
    EXPECT_EQ(phone::from_wa_id("3541234567").value(), "3541234567");   // Iceland, 10 digits
    for (const char* bad : {"", "+393401234567", "39 340", "0401234567", "1234567", "1234567890123456"}) {
        auto r = phone::from_wa_id(bad, "from");
        ASSERT_FALSE(r) << bad;
        EXPECT_EQ(r.error().field, "from");
    }
    EXPECT_EQ(phone::mask("393401234567"), "+39 340 \xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2" "567");
}

TEST(Time, FormatsAndParsesIso8601) {
    EXPECT_EQ(time::format_iso8601(1795339800000), "2026-11-22T09:30:00Z");
    EXPECT_EQ(time::format_iso8601(1795339800250), "2026-11-22T09:30:00.250Z");
    EXPECT_EQ(time::parse_iso8601("2026-11-22T09:30:00Z"), 1795339800000);
    EXPECT_EQ(time::parse_iso8601("2026-11-22T10:30:00+01:00"), 1795339800000);
    EXPECT_EQ(time::parse_iso8601("2026-11-22T09:30:00.25Z"), 1795339800250);
    EXPECT_EQ(time::parse_iso8601("2026-11-22"), 1795305600000);
    for (const char* bad : {"2026-13-01", "2026-02-30", "22/11/2026", "2026-11-22T25:00:00Z", "2026-11-22T09:30:00"})
        EXPECT_FALSE(time::parse_iso8601(bad).has_value()) << bad;
    EXPECT_TRUE(time::is_iso_date("2028-02-29"));
    EXPECT_FALSE(time::is_iso_date("2027-02-29"));
}
