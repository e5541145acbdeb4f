// Unanswered phrases in the database: the upgrade from a schema that kept
// them in clear, the report's threshold of different citizens, and the
// retention's erasure, on a real SQLite file (the relay process is tested in
// tests/relay/unanswered_privacy_test.cpp).
#include "content/unanswered.hpp"
#include "security/vault.hpp"
#include "sportello/api/content.hpp"
#include "sportello/hashtag/tree.hpp"
#include "storage/database.hpp"
#include "storage/schema.hpp"

#include <gtest/gtest.h>

#include <filesystem>

using namespace sportello;
using namespace sportello::relay;
using storage::Connection;

namespace {

// The last schema version that kept unanswered phrases in clear.
constexpr int version_with_phrases_in_clear = 4;

struct TempDb {
    std::string dir, path;
    TempDb() {
        dir = (std::filesystem::temp_directory_path() /
               ("sportello-unanswered-" + std::to_string(::getpid()) + "-" + std::to_string(counter++)))
                  .string();
        std::filesystem::create_directories(dir);
        path = dir + "/t.db";
    }
    ~TempDb() { std::filesystem::remove_all(dir); }
    static inline int counter = 0;
};

std::int64_t scalar(Connection& c, const std::string& sql) {
    auto q = c.query(sql);
    return q.next() ? q.int64(0) : -1;
}

hashtag::Decision decision(std::vector<std::pair<hashtag::Rule, std::string>> items, bool unanswered) {
    hashtag::Decision d;
    for (auto& [rule, token] : items) d.items.push_back(hashtag::DecisionItem{rule, 1, token, {}, 0});
    d.unanswered = unanswered;
    return d;
}

std::int64_t add_contact(Connection& c, int n) {
    c.query("INSERT INTO contacts(phone_hash, phone_enc, created_at) VALUES (?, ?, 0)",
            storage::Blob{static_cast<std::uint8_t>(n)}, storage::Blob{1})
        .run();
    return c.last_insert_rowid();
}

security::Vault test_vault() { return security::Vault(crypto::Bytes(32, 7)); }

// An unanswered phrase as the relay's intake stores it.
void add_phrase(Connection& c, const security::Vault& vault, std::int64_t contact, const std::string& phrase,
                std::int64_t at) {
    static int wamid = 0;
    const auto sealed = seal_phrase(vault, phrase);
    c.query("INSERT INTO inbound_messages(wamid, contact_id, phone_number_id, type, sent_at, received_at, unanswered, "
            "  unanswered_kind, unanswered_hash, unanswered_enc) VALUES (?, ?, '1', 'text', ?, ?, 1, 'phrase', ?, ?)",
            "wamid.p" + std::to_string(++wamid), contact, at, at, sealed.hash, sealed.encrypted)
        .run();
}

} // namespace

TEST(UnansweredStorage, UpgradeLeavesNoUnansweredDataInClear) {
    TempDb t;
    {
        Connection c(t.path, Connection::Mode::read_write, true);
        storage::migrate(c, version_with_phrases_in_clear);
        ASSERT_EQ(storage::schema_version(c), version_with_phrases_in_clear);
        const auto contact = add_contact(c, 1);
        using hashtag::Rule;
        struct Old { const char* key; const char* kind; hashtag::Decision d; };
        const std::vector<Old> rows{
            {"340 123 4567", "phrase", decision({{Rule::free_text, ""}}, true)},
            {"mario rossi", "phrase", decision({{Rule::free_text, ""}}, true)},
            {"greenpass", "tag", decision({{Rule::unknown_tag, "greenpass"}}, true)},
            {"3401234567", "tag", decision({{Rule::tag, "centrivaccinali"}, {Rule::unknown_tag, "3401234567"}}, true)},
            {"rssmra85t10a944s", "tag", decision({{Rule::unknown_tag, "rssmra85t10a944s"}}, true)},
            {nullptr, nullptr, decision({{Rule::typo, "tampone12345"}}, false)},
        };
        int n = 0;
        for (const auto& r : rows)
            c.query("INSERT INTO inbound_messages(wamid, contact_id, phone_number_id, type, sent_at, received_at, "
                    "  unanswered, decision, unanswered_key, unanswered_kind) VALUES (?, ?, '1', 'text', 0, 0, ?, ?, ?, ?)",
                    "wamid." + std::to_string(++n), contact, r.d.unanswered, api::encode(r.d),
                    r.key ? std::optional<std::string>(r.key) : std::nullopt,
                    r.kind ? std::optional<std::string>(r.kind) : std::nullopt)
                .run();
    }
    storage::Database db({t.path});   // migrates to the latest version
    db.read_sync([](Connection& c) {
        EXPECT_EQ(storage::schema_version(c), storage::latest_schema_version());
        EXPECT_EQ(scalar(c, "SELECT count(*) FROM inbound_messages WHERE unanswered_kind = 'phrase'"), 0);
        for (const char* clear : {"4567", "mario", "rssmra", "12345"})
            EXPECT_EQ(scalar(c, std::string("SELECT count(*) FROM inbound_messages WHERE instr(coalesce(unanswered_key, '') "
                                            "|| coalesce(decision, ''), '") + clear + "') > 0"), 0)
                << clear << " is still in inbound_messages";
        // What holds no personal data is kept, and every request stays counted.
        EXPECT_EQ(scalar(c, "SELECT count(*) FROM inbound_messages WHERE unanswered_key = 'greenpass'"), 1);
        EXPECT_EQ(scalar(c, "SELECT count(*) FROM inbound_messages WHERE unanswered = 1"), 5);
        auto decisions = c.query("SELECT decision FROM inbound_messages ORDER BY id");
        std::vector<hashtag::Decision> after;
        while (decisions.next()) after.push_back(api::decode_decision(decisions.text(0)).value());
        ASSERT_EQ(after.size(), 6u);
        ASSERT_EQ(after[3].items.size(), 2u);
        EXPECT_EQ(after[3].items[0].token, "centrivaccinali");   // a tag of the tree, untouched and in place
        EXPECT_EQ(after[3].items[1].token, "[numero]");
        EXPECT_EQ(after[3].items[1].rule, hashtag::Rule::unknown_tag);
        EXPECT_EQ(after[4].items[0].token, "[codice fiscale]");
        EXPECT_EQ(after[5].items[0].token, "[numero]");
        EXPECT_EQ(after[2].items[0].token, "greenpass");
    });
}

TEST(UnansweredStorage, APhraseIsListedOnlyOnceEnoughCitizensWroteIt) {
    TempDb t;
    storage::Database db({t.path});
    const auto vault = test_vault();
    db.write_sync([&](Connection& c) {
        std::vector<std::int64_t> citizens;
        for (int i = 0; i < 4; ++i) citizens.push_back(add_contact(c, i + 1));
        // Three citizens, one of them twice: listed with 3 citizens, 4 requests.
        for (auto who : {citizens[0], citizens[1], citizens[2], citizens[2]}) add_phrase(c, vault, who, "green pass", 1000);
        // One citizen three times: counted, never listed.
        for (int i = 0; i < 3; ++i) add_phrase(c, vault, citizens[3], "mario rossi", 1000 + i);
        add_phrase(c, vault, citizens[0], "numero [numero]", 1000);
        add_phrase(c, vault, citizens[1], "numero [numero]", 1001);
    });
    const hashtag::HashtagTree empty;
    auto report = [&](std::int64_t min_citizens) {
        api::UnansweredReport r;
        db.read_sync([&](Connection& c) { r = unanswered_report(c, vault, empty, UnansweredQuery{0, 5000, 20, min_citizens}); });
        return r;
    };
    const auto three = report(3);
    EXPECT_EQ(three.total, 9);
    EXPECT_EQ(three.min_citizens, 3);
    ASSERT_EQ(three.items.size(), 1u);
    EXPECT_EQ(three.items[0].key, "green pass");
    EXPECT_EQ(three.items[0].kind, "phrase");
    EXPECT_EQ(three.items[0].count, 4);
    EXPECT_EQ(three.items[0].citizens, 3);
    EXPECT_EQ(three.other_phrase_requests, 5);
    EXPECT_EQ(three.other_phrases, 2);

    const auto two = report(2);
    ASSERT_EQ(two.items.size(), 2u);
    EXPECT_EQ(two.items[1].key, "numero [numero]");
    EXPECT_EQ(two.other_phrase_requests, 3);
    EXPECT_EQ(two.other_phrases, 1);

    // Nothing in the table reads as the phrase; the same phrase hashes alike.
    db.read_sync([&](Connection& c) {
        EXPECT_EQ(scalar(c, "SELECT count(*) FROM inbound_messages WHERE unanswered_key IS NOT NULL"), 0);
        EXPECT_EQ(scalar(c, "SELECT count(DISTINCT unanswered_hash) FROM inbound_messages"), 3);
        EXPECT_EQ(scalar(c, "SELECT count(*) FROM inbound_messages WHERE instr(unanswered_enc, 'mario') > 0"), 0);
    });
}

TEST(UnansweredStorage, RetentionErasesOldPhrasesInBatches) {
    TempDb t;
    storage::Database db({t.path});
    const auto vault = test_vault();
    db.write_sync([&](Connection& c) {
        const auto who = add_contact(c, 1);
        for (int i = 0; i < 7; ++i) add_phrase(c, vault, who, "vecchia frase", 1000 + i);
        add_phrase(c, vault, who, "frase recente", 9000);
    });
    int erased = 0, rounds = 0;
    for (int n = 3; n == 3; ++rounds) {
        db.write_sync([&n](Connection& c) { n = erase_phrases_before(c, 5000, 3); });
        erased += n;
    }
    EXPECT_EQ(erased, 7);
    EXPECT_EQ(rounds, 3);
    db.read_sync([](Connection& c) {
        EXPECT_EQ(scalar(c, "SELECT count(*) FROM inbound_messages WHERE unanswered_enc IS NOT NULL"), 1);
        EXPECT_EQ(scalar(c, "SELECT count(*) FROM inbound_messages WHERE unanswered_hash IS NOT NULL"), 1);
        EXPECT_EQ(scalar(c, "SELECT count(*) FROM inbound_messages WHERE unanswered_kind IS NOT NULL"), 1);
        EXPECT_EQ(scalar(c, "SELECT count(*) FROM inbound_messages WHERE unanswered = 1"), 8);   // still counted
    });
}
