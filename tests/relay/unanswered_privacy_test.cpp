// Unanswered requests on the real relay, without personal data: what
// citizens type alone (a number, an e-mail address, a fiscal code) is masked
// before anything is stored, phrases are kept only encrypted, shown once
// enough different citizens wrote them, and erased after the retention.
#include "relay_fixture.hpp"
#include "sportello/api/codec.hpp"
#include "sportello/api/content.hpp"
#include "storage/sqlite.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

using namespace sportello;
using namespace sportello::testing;
namespace bj = boost::json;

namespace {

class Reports {
public:
    explicit Reports(RelayFixture& f) : f_(f) {
        if (f.create_user("report.reader", "una-password-lunga", "editor") != 0) throw std::runtime_error("create_user");
        token_ = f.login("report.reader", "una-password-lunga");
    }
    api::UnansweredReport unanswered() {
        auto r = f_.relay("GET", "/ops/v1/unanswered?days=7&limit=100", {}, {{"authorization", "Bearer " + token_}});
        if (!r.ok() || r.response->status != 200) throw std::runtime_error("GET /ops/v1/unanswered failed");
        return api::decode_content<api::UnansweredReport>(r.response->body).value();
    }

private:
    RelayFixture& f_;
    std::string token_;
};

const api::UnansweredItem* find(const api::UnansweredReport& report, const std::string& key) {
    for (const auto& i : report.items)
        if (i.key == key) return &i;
    return nullptr;
}

// Rows of inbound_messages in which any column, read as bytes, holds `needle`.
std::int64_t rows_holding(RelayFixture& f, const std::string& needle) {
    storage::Connection c(f.db_path, storage::Connection::Mode::read_only, true);
    std::vector<std::string> columns;
    auto info = c.query("SELECT name FROM pragma_table_info('inbound_messages')");
    while (info.next()) columns.push_back(info.text(0));
    std::string where;
    for (const auto& col : columns)
        // Times and ids are numbers, which may hold any digits by chance.
        where += (where.empty() ? "" : " OR ") + std::string("(typeof(") + col + ") IN ('text', 'blob') AND instr(CAST(" +
                 col + " AS BLOB), CAST(?1 AS BLOB)) > 0)";
    auto q = c.query("SELECT count(*) FROM inbound_messages WHERE " + where, needle);
    q.next();
    return q.int64(0);
}

bool unanswered_stored(RelayFixture& f, int n) {
    return wait_for([&] { return f.db_int("SELECT count(*) FROM inbound_messages WHERE unanswered = 1") == n; });
}

} // namespace

TEST(UnansweredPrivacy, NumbersEmailsAndFiscalCodesAreNeverStored) {
    RelayFixture f;
    Reports reports(f);
    f.citizen_says("393401280001", "347 765 8899");
    f.citizen_says("393401280002", "scrivete a mario.rossi@example.com");
    f.citizen_says("393401280003", "RSSMRA85T10A944S");
    f.citizen_says("393401280004", "#3477658899");
    f.citizen_says("393401280005", "Ludovica Bertolazzi");
    ASSERT_TRUE(unanswered_stored(f, 5)) << f.logs();

    for (const char* clear : {"7658899", "765 8899", "8899", "mario.rossi", "rossi", "example.com", "RSSMRA85",
                              "rssmra85", "ludovica", "Ludovica", "bertolazzi"})
        EXPECT_EQ(rows_holding(f, clear), 0) << "\"" << clear << "\" is stored in inbound_messages";
    // Phrases are stored only encrypted: no key in clear; the masked tag is.
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages WHERE unanswered_kind = 'phrase' AND "
                       "(unanswered_key IS NOT NULL OR unanswered_enc IS NULL OR unanswered_hash IS NULL)"), 0);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages WHERE unanswered_kind = 'phrase'"), 4);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages WHERE unanswered_kind = 'tag' AND unanswered_key = '[numero]'"),
              1);

    const auto report = reports.unanswered();
    EXPECT_EQ(report.total, 5);
    ASSERT_EQ(report.items.size(), 1u) << "only the tag: each phrase was written by one citizen";
    EXPECT_EQ(report.items[0].key, "[numero]");
    EXPECT_EQ(report.items[0].kind, "tag");
    EXPECT_EQ(report.other_phrase_requests, 4);
    EXPECT_EQ(report.other_phrases, 4);
    EXPECT_EQ(report.min_citizens, 3);
}

TEST(UnansweredPrivacy, APhraseIsHiddenWithTwoCitizensAndShownWithThree) {
    RelayFixture f;
    Reports reports(f);
    // The same request with different numbers: one phrase once masked.
    f.citizen_says("393401290001", "Prenotazione 347 111 2233");
    f.citizen_says("393401290002", "prenotazione +39 347 444 5566");
    f.citizen_says("393401290001", "orari farmacia notturna");
    f.citizen_says("393401290001", "Orari farmacia notturna!");   // the same citizen again
    f.citizen_says("393401290002", "orari farmacia notturna");
    ASSERT_TRUE(unanswered_stored(f, 5)) << f.logs();

    auto report = reports.unanswered();
    EXPECT_EQ(report.total, 5);
    EXPECT_TRUE(report.items.empty()) << report.items.front().key;
    EXPECT_EQ(report.other_phrase_requests, 5);
    EXPECT_EQ(report.other_phrases, 2);

    f.citizen_says("393401290003", "orari farmacia notturna");
    f.citizen_says("393401290003", "prenotazione 011 998877");
    ASSERT_TRUE(unanswered_stored(f, 7)) << f.logs();
    report = reports.unanswered();
    const auto* pharmacy = find(report, "orari farmacia notturna");
    ASSERT_NE(pharmacy, nullptr);
    EXPECT_EQ(pharmacy->kind, "phrase");
    EXPECT_EQ(pharmacy->count, 4);
    EXPECT_EQ(pharmacy->citizens, 3);
    const auto* booking = find(report, "prenotazione [numero]");
    ASSERT_NE(booking, nullptr);
    EXPECT_EQ(booking->citizens, 3);
    EXPECT_EQ(report.other_phrase_requests, 0);
    for (const char* clear : {"1112233", "111 2233", "4445566", "998877", "farmacia"})
        EXPECT_EQ(rows_holding(f, clear), 0) << clear;
}

TEST(UnansweredPrivacy, OldPhrasesAreErasedAndTheThresholdIsConfigurable) {
    FixtureOptions options;
    options.tweak_relay_config = [](bj::object& c) {
        c["unanswered"] = bj::object{{"min_citizens", 2}, {"phrase_retention_days", 1}};
    };
    RelayFixture f(options);
    Reports reports(f);
    for (const char* who : {"393401300001", "393401300002"}) f.citizen_says(who, "vaccino antinfluenzale");
    for (const char* who : {"393401300001", "393401300002"}) f.citizen_says(who, "tampone rapido");
    ASSERT_TRUE(unanswered_stored(f, 4)) << f.logs();
    auto report = reports.unanswered();
    EXPECT_EQ(report.min_citizens, 2);
    ASSERT_NE(find(report, "vaccino antinfluenzale"), nullptr) << "two citizens are enough when so configured";
    ASSERT_NE(find(report, "tampone rapido"), nullptr);

    // Two days pass for the first phrase; the retention runs when the relay
    // starts (and every hour after).
    f.stop_relay();
    const std::int64_t two_days_ms = 2 * 86'400'000LL;
    {
        storage::Connection c(f.db_path, storage::Connection::Mode::read_write, true);
        const auto sealed = [&] {
            auto q = c.query("SELECT unanswered_hash FROM inbound_messages WHERE unanswered_kind = 'phrase' ORDER BY id");
            q.next();
            return q.blob(0);
        }();
        c.query("UPDATE inbound_messages SET received_at = received_at - ? WHERE unanswered_hash = ?", two_days_ms, sealed)
            .run();
        ASSERT_EQ(c.changes(), 2);
    }
    f.start_relay();
    f.wait_until_ready();
    ASSERT_TRUE(wait_for([&] {
        return f.db_int("SELECT count(*) FROM inbound_messages WHERE unanswered_enc IS NOT NULL") == 2;
    })) << f.logs();
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages WHERE unanswered_hash IS NOT NULL"), 2);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages WHERE unanswered_kind = 'phrase'"), 2);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages WHERE unanswered = 1"), 4) << "still counted";
    EXPECT_NE(f.logs().find("erased 2 phrase(s) received more than 1 day(s) ago"), std::string::npos) << f.logs();
    EXPECT_EQ(f.db_int("SELECT count(*) FROM audit_log WHERE action = 'phrases_erased' AND actor = 'system'"), 1)
        << "the erasure is in the audit trail";

    report = reports.unanswered();   // sessions outlive a restart
    EXPECT_EQ(find(report, "vaccino antinfluenzale"), nullptr);
    ASSERT_NE(find(report, "tampone rapido"), nullptr);
    EXPECT_EQ(report.total, 4) << "the erased phrases' requests are still counted";
    EXPECT_EQ(report.other_phrase_requests, 0);
}
