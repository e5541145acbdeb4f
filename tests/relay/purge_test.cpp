// The contract-end deletion on a real relay: `sportello-relay purge` refuses
// without --confirm, while the relay runs or after a broken export; deletes
// data then keys with a report; stops half-way before the keys; and
// `purge verify` checks the paths and the report.
#include "contract_end_support.hpp"
#include "sportello/crypto.hpp"

#include <gtest/gtest.h>

using namespace sportello;
using namespace sportello::testing;
using namespace sportello::testing::contract_end;

TEST(ContractEnd, PurgeRefusesWithoutConfirmWhileRunningOrAfterABrokenExport) {
    RelayFixture f({.start_simulator = false});
    const auto key = f.dir + "/data/data.key";
    auto unchanged = [&] { return fs::exists(f.db_path) && fs::exists(key); };
    const auto report = f.dir + "/report.json";
    auto without = relay_cli({"purge", "--config", f.relay_config});
    EXPECT_EQ(without.code, 1);
    EXPECT_NE(without.output.find("--confirm"), std::string::npos) << without.output;
    EXPECT_TRUE(unchanged());
    auto running = relay_cli({"purge", "--config", f.relay_config, "--confirm", "--report", report});
    EXPECT_EQ(running.code, 1);
    EXPECT_NE(running.output.find("has the database"), std::string::npos) << running.output;
    EXPECT_TRUE(unchanged());
    EXPECT_FALSE(fs::exists(report));

    const auto out = f.dir + "/export";
    ASSERT_EQ(relay_cli({"export", "--config", f.relay_config, "--out", out}).code, 0);
    f.stop_relay();
    flip_a_byte(fs::path(out) / "users.csv");
    auto broken = relay_cli({"purge", "--config", f.relay_config, "--confirm", "--export", out, "--report", report});
    EXPECT_EQ(broken.code, 1);
    EXPECT_NE(broken.output.find("users.csv"), std::string::npos) << broken.output;
    EXPECT_TRUE(unchanged());
    EXPECT_FALSE(fs::exists(report));
}

TEST(ContractEnd, PurgeDeletesDataThenKeysAndItsReportVerifies) {
    RelayFixture f;
    f.citizen_says(citizen, "#centrivaccinali");
    ASSERT_TRUE(wait_for([&] { return f.inbox(citizen).size() == 1; })) << f.logs();
    const auto out = f.dir + "/export";
    const auto exported = relay_cli({"export", "--config", f.relay_config, "--out", out});
    ASSERT_EQ(exported.code, 0) << exported.output;
    const auto manifest_sha = crypto::hex_encode(crypto::sha256(slurp(out + "/MANIFEST")));
    f.stop_relay();
    const std::vector<std::string> owned{f.db_path, f.db_path + "-wal", f.db_path + "-shm", f.dir + "/data/data.key",
                                         f.dir + "/data/export-signing.key"};
    ASSERT_TRUE(fs::exists(f.db_path) && fs::exists(owned[3]) && fs::exists(owned[4]));

    const auto report = f.dir + "/cancellazione.json";
    const auto purged = relay_cli({"purge", "--config", f.relay_config, "--confirm", "--export", out, "--report", report});
    ASSERT_EQ(purged.code, 0) << purged.output;
    for (const auto& p : owned) EXPECT_FALSE(fs::exists(p)) << p;
    EXPECT_TRUE(fs::exists(out + "/MANIFEST")) << "the export is the Region's: never deleted";

    const auto doc = bj::parse(slurp(report)).as_object();
    const auto& r = doc.at("report").as_object();
    EXPECT_EQ(r.at("export").at("manifest_sha256").as_string(), manifest_sha);
    const auto& items = r.at("items").as_array();
    ASSERT_FALSE(items.empty());
    EXPECT_EQ(items.back().at("kind").as_string(), "key") << "keys go last";
    for (const auto& v : items)
        if (v.at("path").as_string() == owned[0]) EXPECT_GT(v.at("size_bytes").as_int64(), 0);
    const auto text = slurp(f.dir + "/cancellazione.txt");
    EXPECT_NE(text.find(manifest_sha), std::string::npos) << text;
    EXPECT_NE(text.find("overwritten with random bytes"), std::string::npos) << text;

    auto verify = [&] { return relay_cli({"purge", "verify", "--config", f.relay_config, "--report", report}); };
    const auto good = verify();
    EXPECT_EQ(good.code, 0) << good.output;

    // A file planted at a configured path is found and named.
    std::ofstream(f.db_path) << "rimasto";
    auto planted = verify();
    EXPECT_EQ(planted.code, 1);
    EXPECT_NE(planted.output.find(f.db_path + " (database): still exists"), std::string::npos) << planted.output;
    fs::remove(f.db_path);
    // A changed report no longer matches its checksum.
    auto changed = slurp(report);
    changed.replace(changed.find("\"host\":\""), 8, "\"host\":\"x");
    std::ofstream(report, std::ios::trunc) << changed;
    auto tampered = verify();
    EXPECT_EQ(tampered.code, 1);
    EXPECT_NE(tampered.output.find("checksum does not match"), std::string::npos) << tampered.output;
}

// A path that cannot be deleted (made immutable, which needs root and a file
// system with attributes) stops the purge there: the keys stay, so it can be
// run again once fixed, and the report says what was done.
TEST(ContractEnd, APurgeThatFailsHalfWayStopsBeforeTheKeysAndReportsIt) {
    RelayFixture f({.start_simulator = false});
    f.stop_relay();
    const auto journal = f.db_path + "-journal";
    std::ofstream(journal) << "giornale";
    if (!fs::exists("/usr/bin/chattr") || run_program("/usr/bin/chattr", {"+i", journal}) != 0)
        GTEST_SKIP() << "cannot make a file immutable here (needs root and chattr)";
    struct Unlock {
        std::string path;
        ~Unlock() { run_program("/usr/bin/chattr", {"-i", path}); }
    } unlock{journal};
    const auto report = f.dir + "/report.json";
    const auto purged = relay_cli({"purge", "--config", f.relay_config, "--confirm", "--report", report});
    EXPECT_EQ(purged.code, 1);
    EXPECT_NE(purged.output.find("cannot delete " + journal), std::string::npos) << purged.output;
    EXPECT_FALSE(fs::exists(f.db_path));
    EXPECT_TRUE(fs::exists(f.dir + "/data/data.key")) << "keys go only after every data file";
    const auto r = bj::parse(slurp(report)).as_object().at("report").as_object();
    EXPECT_TRUE(r.contains("error"));
    EXPECT_NE(r.at("items").as_array().back().at("action").as_string().find("NOT deleted"), std::string::npos);
    const auto verified = relay_cli({"purge", "verify", "--config", f.relay_config, "--report", report});
    EXPECT_EQ(verified.code, 1);
    EXPECT_NE(verified.output.find("stopped before the end"), std::string::npos) << verified.output;
    EXPECT_NE(verified.output.find(journal + " (database rollback journal): still exists"), std::string::npos);
}
