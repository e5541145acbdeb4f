#include "sportello/hashtag/normalize.hpp"

#include <gtest/gtest.h>

using namespace sportello::hashtag;

TEST(Normalize, CaseAccentsPunctuationAndSpaces) {
    EXPECT_EQ(normalize_tag("Centri Vaccinali"), "centrivaccinali");
    EXPECT_EQ(normalize_tag("centri-vaccinali"), "centrivaccinali");
    EXPECT_EQ(normalize_tag("CentriVaccinali!"), "centrivaccinali");
    EXPECT_EQ(normalize_tag("centri_vaccinali"), "centrivaccinali");
    EXPECT_EQ(normalize_tag("Perch\xC3\xA9"), "perche");            // é
    EXPECT_EQ(normalize_tag("citt\xC3\xA0 \xC3\x80"), "cittaa");    // à À
    EXPECT_EQ(normalize_tag("\xC3\x87" "a"), "ca");                  // Ç
    EXPECT_EQ(normalize_tag("\xC5\x81\xC3\xB3" "dz"), "lodz");       // Łódź partly
}

TEST(Normalize, FullwidthAndEscapesAndCombiningMarks) {
    EXPECT_EQ(fold(0xFF03), U'#');                                   // ＃
    EXPECT_EQ(normalize_tag("\xEF\xBC\xA3\xEF\xBC\xA1"), "ca");      // fullwidth ＣＡ
    EXPECT_EQ(normalize_tag(R"(perch\u00e9)"), "perche");            // Meta's escaped form
    EXPECT_EQ(normalize_tag("e\xCC\x80"), "e");                      // e + combining grave
    const auto emoji = decode_text(R"(\ud83d\ude00)");               // surrogate pair
    ASSERT_EQ(emoji.size(), 1u);
    EXPECT_EQ(emoji[0], U'\U0001F600');
}

TEST(Normalize, InvalidUtf8NeverBreaksAnything) {
    EXPECT_EQ(normalize_tag("ab\xFF\xFE" "cd"), "abcd");
    EXPECT_EQ(normalize_tag("\xE2\x82"), "");                        // truncated sequence
    EXPECT_EQ(normalize_tag("\xC0\xAF"), "");                        // overlong '/'
    EXPECT_EQ(words("ciao\xF0\x9F\x98\x80 mondo"), (std::vector<std::string>{"ciao", "mondo"}));
}

TEST(Normalize, CanonicalTags) {
    EXPECT_TRUE(is_canonical_tag("centrivaccinali"));
    EXPECT_TRUE(is_canonical_tag("covid19"));
    EXPECT_FALSE(is_canonical_tag("a"));
    EXPECT_FALSE(is_canonical_tag("19covid"));
    EXPECT_FALSE(is_canonical_tag("Centri"));
    EXPECT_FALSE(is_canonical_tag("centri vaccinali"));
    EXPECT_FALSE(is_canonical_tag(std::string(41, 'a')));
}

TEST(Normalize, EditDistance) {
    EXPECT_EQ(edit_distance("centrivaccinali", "centrivacinali"), 1);
    EXPECT_EQ(edit_distance("tamponi", "tmaponi"), 1);   // transposition
    EXPECT_EQ(edit_distance("", "abc"), 3);
    EXPECT_EQ(edit_distance("abc", "abc"), 0);
}
