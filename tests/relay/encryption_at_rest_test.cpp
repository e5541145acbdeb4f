// Proof of encryption at rest: personal data planted through the public
// interfaces (webhooks through the simulator, SIRE's consent and reminder
// with parameters, an operator's reply, a broadcast) appears nowhere on disk
// in any encoding: not in the database file, its WAL or shared memory, nor in
// the relay's log, checked while the relay runs, after a checkpoint and after
// a graceful stop.
#include "plant_scan.hpp"
#include "relay_fixture.hpp"
#include "storage/sqlite.hpp"
#include "traffic_scenario.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <set>

using namespace sportello;
using namespace sportello::testing;

namespace {

// Unique to this test: numbers no other test uses, texts with accented
// letters and a nonce word.
TrafficPlan planted_plan() {
    return {{"393471239876", "+39 347 123 9876", "Zoë Bärtschi Quàglia"},
            {"393489871234", "+39 348 987 1234", "Ettore Façade Nòvelli"},
            "Perché il mio richiamo è già scaduto? Codice qzxwèv-7713",
            "Può prenotarlo di nuovo: è già possibile, grazie. Rif. ykvàlu-4490",
            "Poliambulatorio Sant'Anna, ingresso più à destra jqwèrt-5531",
            "modulo firmato allo sportello qpzòmn-8824"};
}

std::vector<Needle> needles_of(const TrafficPlan& p) {
    std::vector<Needle> all;
    for (const auto* c : {&p.asker, &p.reminded}) {
        for (auto& n : phone_needles(c->typed)) all.push_back(std::move(n));
        for (auto& n : text_needles("the profile name " + c->profile_name, c->profile_name)) all.push_back(std::move(n));
    }
    for (const auto& [label, text] : {std::pair{"the citizen's question", p.question},
                                      std::pair{"the operator's reply", p.operator_reply},
                                      std::pair{"the reminder's parameter", p.reminder_place},
                                      std::pair{"the consent's evidence", p.consent_reference}}) {
        for (auto& n : text_needles(label, text)) all.push_back(std::move(n));
        // The nonce alone: a text cut short in a log line still shows.
        const auto nonce = text.substr(text.rfind(' ') + 1);
        for (auto& n : text_needles(std::string("the nonce of ") + label, nonce)) all.push_back(std::move(n));
    }
    return all;
}

// The database and what SQLite keeps beside it, the relay's log (at its most
// verbose level) and the simulator's.
std::vector<std::string> files_at_rest(const RelayFixture& f) {
    return {f.db_path, f.db_path + "-wal", f.db_path + "-shm", f.relay_log, f.sim_log};
}

} // namespace

TEST(EncryptionAtRest, TheScannerFindsEveryEncodingItLooksFor) {
    // Positive control: each needle planted in a file between other bytes is
    // found, so a scan with no hits means the data is not there.
    const auto needles = needles_of(planted_plan());
    const std::string file = ::testing::TempDir() + "plant-scan-control.bin";
    {
        std::ofstream out(file, std::ios::binary);
        for (const auto& n : needles) out << "\x01xyz" << n.bytes << std::string("\xff\0", 2);
    }
    const auto result = scan_files({file, file + ".absent"}, needles);
    std::set<std::string> found;
    for (const auto& hit : result.hits) found.insert(hit.what);
    for (const auto& n : needles) EXPECT_TRUE(found.count(n.what)) << n.what;
    EXPECT_EQ(result.missing, std::vector<std::string>{file + ".absent"});
    std::remove(file.c_str());
}

TEST(EncryptionAtRest, PlantedNumbersAndTextsAppearNowhereOnDisk) {
    auto options = traffic_fixture_options();
    options.tweak_relay_config = [probe = options.tweak_relay_config](boost::json::object& c) {
        probe(c);
        c["log_level"] = "debug";
    };
    RelayFixture f(options);
    const auto plan = planted_plan();
    run_every_kind_of_traffic(f, plan);
    const auto needles = needles_of(plan);
    // The data is there, encrypted: both citizens, their messages, the
    // operator's reply, the reminder, the consents.
    EXPECT_EQ(f.db_int("SELECT count(*) FROM contacts WHERE synthetic = 0 AND phone_enc IS NOT NULL "
                       "AND profile_name_enc IS NOT NULL"), 2);
    EXPECT_GE(f.db_int("SELECT count(*) FROM inbound_messages WHERE synthetic = 0 AND body_enc IS NOT NULL"), 2);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM outbox WHERE author_id IS NOT NULL"), 1);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM outbox WHERE kind = 'push'"), 1);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM consent_events WHERE evidence_enc IS NOT NULL"), 2);

    // While the relay runs: the WAL holds the recent pages.
    auto running = scan_files(files_at_rest(f), needles);
    EXPECT_TRUE(running.hits.empty()) << describe(running);
    EXPECT_TRUE(running.missing.empty()) << describe(running);

    // Everything copied into the database file.
    {
        storage::Connection c(f.db_path, storage::Connection::Mode::read_write, true);
        c.checkpoint(true);
    }
    auto checkpointed = scan_files(files_at_rest(f), needles);
    EXPECT_TRUE(checkpointed.hits.empty()) << describe(checkpointed);

    // A graceful stop checkpoints and removes the WAL.
    f.stop_relay();
    auto stopped = scan_files(files_at_rest(f), needles);
    EXPECT_TRUE(stopped.hits.empty()) << describe(stopped);
}
