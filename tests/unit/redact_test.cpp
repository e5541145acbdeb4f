// Masking of personal data before a citizen's short text is kept for the
// unanswered report: numbers, e-mail addresses, fiscal codes, and what is
// deliberately left alone.
#include "sportello/hashtag/matcher.hpp"
#include "sportello/hashtag/normalize.hpp"
#include "sportello/hashtag/redact.hpp"

#include <gtest/gtest.h>

using namespace sportello::hashtag;

namespace {

using Words = std::vector<std::string>;

Decision unanswered(Rule rule, std::string token = {}) {
    Decision d;
    d.items.push_back(DecisionItem{rule, 1, std::move(token), {}, 0});
    d.unanswered = true;
    return d;
}

} // namespace

TEST(Redact, PhoneNumbersInEveryUsualSpelling) {
    for (const char* phone : {"3401234567", "340 1234567", "340 123 4567", "+39 340 123 4567", "+393401234567",
                              "0039 340.123.45.67", "340-123-4567", "340 - 123 - 4567", "(011) 123 4567",
                              "011/1234567", "340\xC2\xA0" "1234567"})   // no-break space
        EXPECT_EQ(redact_personal_data(phone), "[numero]") << phone;
    EXPECT_EQ(redact_personal_data("Il mio numero: +39 340 123 4567, grazie"), "il mio numero: [numero], grazie");
    EXPECT_EQ(redact_personal_data("tel3401234567"), "tel[numero]");
    EXPECT_EQ(redact_personal_data("(+39) 340 1234567"), "[numero]");
    EXPECT_EQ(redact_personal_data("numero (verde)"), "numero (verde)");
}

TEST(Redact, DigitsHiddenBehindFoldingAndEscapesAreCaughtToo) {
    // Fullwidth digits fold to ASCII; Meta's escaped form is decoded.
    EXPECT_EQ(redact_personal_data("\xEF\xBC\x93\xEF\xBC\x94\xEF\xBC\x90\xEF\xBC\x91"), "[numero]");   // ３４０１
    EXPECT_EQ(redact_personal_data(R"(\u0033\u0034\u0030 1234567)"), "[numero]");
    // A combining mark between digits does not split the number.
    EXPECT_EQ(redact_personal_data("34\xCC\x80" "0"), "[numero]");
}

TEST(Redact, ThreeDigitsOrMoreAreANumberFewerAreNot) {
    static_assert(min_masked_digits == 3);
    EXPECT_EQ(redact_personal_data("123"), "[numero]");
    EXPECT_EQ(redact_personal_data("1 2 3"), "[numero]");   // grouped digits count together
    EXPECT_EQ(redact_personal_data("12"), "12");
    EXPECT_EQ(redact_personal_data("terza dose"), "terza dose");
    EXPECT_EQ(redact_personal_data("3 dosi"), "3 dosi");
    EXPECT_EQ(redact_personal_data("covid19"), "covid19");
    EXPECT_EQ(redact_personal_data("dalle 9 alle 12:30"), "dalle 9 alle 12:30");
    EXPECT_EQ(redact_personal_data("+1"), "+1");
    EXPECT_EQ(redact_personal_data("cap 10121"), "cap [numero]");
}

TEST(Redact, DatesAreNumbers) {
    EXPECT_EQ(redact_personal_data("12/03"), "[numero]");
    EXPECT_EQ(redact_personal_data("nato il 12/03/1985"), "nato il [numero]");
    EXPECT_EQ(redact_personal_data("12.03.85"), "[numero]");
    EXPECT_EQ(redact_personal_data("12-3-2021 ore 9"), "[numero] ore 9");
}

TEST(Redact, EmailAddresses) {
    EXPECT_EQ(redact_personal_data("mario.rossi@example.com"), "[email]");
    EXPECT_EQ(redact_personal_data("Mario.Rossi85@Example.COM"), "[email]");
    EXPECT_EQ(redact_personal_data("scrivete a m.rossi+asl@pec.regione.piemonte.it."), "scrivete a [email].");
    EXPECT_EQ(redact_personal_data("<mario@example.com>"), "<[email]>");
    EXPECT_EQ(redact_personal_data("mail: mario@localhost"), "mail: [email]");
    EXPECT_EQ(redact_personal_data("jos\xC3\xA9@exampl\xC3\xA9.it"), "[email]");   // accents fold, then masked
    EXPECT_EQ(redact_personal_data("a@b.it, c@d.it"), "[email], [email]");
    // Not addresses: nothing before or after the '@'.
    EXPECT_EQ(redact_personal_data("@regionepiemonte"), "@regionepiemonte");
    EXPECT_EQ(redact_personal_data("ciao@"), "ciao@");
    EXPECT_EQ(redact_personal_data("ciao @ tutti"), "ciao @ tutti");
}

TEST(Redact, FiscalCodesWholeLowercaseOmocodicAndGrouped) {
    EXPECT_EQ(redact_personal_data("RSSMRA85T10A944S"), "[codice fiscale]");
    EXPECT_EQ(redact_personal_data("rssmra85t10a944s"), "[codice fiscale]");
    EXPECT_EQ(redact_personal_data("RSSMRA85T10A9QQS"), "[codice fiscale]");      // omocodia: 44 → QQ
    EXPECT_EQ(redact_personal_data("RSSMRAURTMLARQVS"), "[codice fiscale]");      // every digit replaced
    EXPECT_EQ(redact_personal_data("RSS MRA 85T10 A944S"), "[codice fiscale]");
    EXPECT_EQ(redact_personal_data("RSSMRA-85T10-A944S"), "[codice fiscale]");
    EXPECT_EQ(redact_personal_data("il mio cf: RSSMRA85T10A944S."), "il mio cf: [codice fiscale].");
    EXPECT_EQ(redact_personal_data("cfRSSMRA85T10A944S"), "cf[codice fiscale]");  // glued to a word
    // Not a month letter in the ninth place: not a fiscal code, but its
    // three digits in a row are still a number.
    EXPECT_EQ(redact_personal_data("RSSMRA85Z10A944S"), "rssmra85z10a[numero]s");
    // Sixteen letters inside a longer word are not taken for a code.
    EXPECT_EQ(redact_personal_data("xrssmrauqtmlarqvsx"), "xrssmrauqtmlarqvsx");
    EXPECT_EQ(redact_personal_data("precipitevolissimevolmente"), "precipitevolissimevolmente");
}

TEST(Redact, EverythingInOneMessage) {
    EXPECT_EQ(redact_personal_data("Sono Mario Rossi RSSMRA85T10A944S, tel. 340 123 4567, mario.rossi@example.com"),
              "sono mario rossi [codice fiscale], tel. [numero], [email]");
}

TEST(Redact, PlaceholdersAreWordsAndCannotBeForged) {
    EXPECT_EQ(redacted_words("Chiamatemi al 340 123 4567!"), (Words{"chiamatemi", "al", "[numero]"}));
    EXPECT_EQ(redacted_words("mario.rossi@example.com"), (Words{"[email]"}));
    EXPECT_EQ(redacted_words("tel3401234567"), (Words{"tel", "[numero]"}));
    EXPECT_EQ(redacted_words("centri vaccinali"), words("centri vaccinali"));
    // A private-use character in the citizen's text is a blank, not a mask.
    EXPECT_EQ(redacted_words("ciao\xEE\x80\x80mondo"), (Words{"ciao", "mondo"}));   // U+E000
    EXPECT_EQ(redact_personal_data("a\xEE\x80\x82" "b"), "a b");                     // U+E002
    // Digits of other scripts never reach a phrase: they are not word characters.
    EXPECT_EQ(redacted_words("\xD9\xA3\xD9\xA4\xD9\xA0"), Words{});                  // ٣٤٠
}

TEST(Redact, HoldsRedactionAndWithoutPlaceholders) {
    EXPECT_TRUE(holds_redaction("tel [numero]"));
    EXPECT_TRUE(holds_redaction("[codice fiscale]"));
    EXPECT_FALSE(holds_redaction("green pass"));
    EXPECT_EQ(without_placeholders("prenotazione[numero]"), "prenotazione");
    EXPECT_EQ(without_placeholders("[email][numero]x"), "x");
}

TEST(UnansweredKey, PhrasesAreMaskedBeforeTheyAreCounted) {
    const auto free = unanswered(Rule::free_text);
    EXPECT_EQ(unanswered_key(free, "Green Pass"), (UnansweredKey{"green pass", "phrase"}));
    EXPECT_EQ(unanswered_key(free, "3401234567"), (UnansweredKey{"[numero]", "phrase"}));
    EXPECT_EQ(unanswered_key(free, "numero +39 340 123 4567"), (UnansweredKey{"numero [numero]", "phrase"}));
    EXPECT_EQ(unanswered_key(free, "mario.rossi@example.com"), (UnansweredKey{"[email]", "phrase"}));
    EXPECT_EQ(unanswered_key(free, "cf RSS MRA 85T10 A944S"), (UnansweredKey{"cf [codice fiscale]", "phrase"}));
    // Four words at most, a masked item counting as one.
    EXPECT_EQ(unanswered_key(free, "il mio numero 340 123 4567").key, "il mio numero [numero]");
    EXPECT_EQ(unanswered_key(free, "il mio numero è 340 123 4567"), UnansweredKey{});
    EXPECT_EQ(unanswered_key(free, "!!!"), UnansweredKey{});
}

TEST(UnansweredKey, TagsKeepTheirFormUnlessTheyHoldPersonalData) {
    EXPECT_EQ(unanswered_key(unanswered(Rule::unknown_tag, "greenpass"), "#greenpass"),
              (UnansweredKey{"greenpass", "tag"}));
    EXPECT_EQ(unanswered_key(unanswered(Rule::unknown_tag, "covid19"), "#covid19"), (UnansweredKey{"covid19", "tag"}));
    EXPECT_EQ(unanswered_key(unanswered(Rule::unknown_tag, "3401234567"), "#3401234567"),
              (UnansweredKey{"[numero]", "tag"}));
    EXPECT_EQ(unanswered_key(unanswered(Rule::unknown_tag, "prenotazione12345"), "#prenotazione12345"),
              (UnansweredKey{"prenotazione[numero]", "tag"}));
    EXPECT_EQ(unanswered_key(unanswered(Rule::unknown_tag, "rssmra85t10a944s"), "#RSSMRA85T10A944S"),
              (UnansweredKey{"[codice fiscale]", "tag"}));
}

TEST(UnansweredKey, DecisionsAreStoredWithoutTheCitizensData) {
    Decision d = unanswered(Rule::unknown_tag, "3401234567");
    d.items.push_back(DecisionItem{Rule::tag, 7, "centrivaccinali", {}, 0});
    d.items.push_back(DecisionItem{Rule::typo, 8, "tampone123", {}, 0});
    const auto clean = without_personal_data(d);
    EXPECT_EQ(clean.items[0].token, "[numero]");
    EXPECT_EQ(clean.items[1].token, "centrivaccinali");
    EXPECT_EQ(clean.items[2].token, "tampone[numero]");
    EXPECT_EQ(clean.items[0].node_id, d.items[0].node_id);
    EXPECT_EQ(clean.unanswered, d.unanswered);
}
