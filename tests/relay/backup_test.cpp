// Encrypted backups on the real relay: made while webhooks flow, restored
// into a fresh file and compared, refused when altered or under another key,
// never holding personal data in any readable form, and rotated.
#include "maintenance_support.hpp"
#include "relay_fixture.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

using namespace sportello;
using namespace sportello::testing;
namespace bj = boost::json;
namespace fs = std::filesystem;

namespace {

std::string backups_dir(const RelayFixture& f) { return f.dir + "/data/backups"; }

std::vector<std::string> backup_files(const RelayFixture& f) {
    std::vector<std::string> out;
    if (!fs::exists(backups_dir(f))) return out;
    for (const auto& e : fs::directory_iterator(backups_dir(f))) out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

std::string make_backup(RelayFixture& f, const std::string& out_path) {
    std::string output;
    const int rc = cli(f, {"backup", "--out", out_path}, &output);
    if (rc != 0) throw std::runtime_error("backup failed (" + std::to_string(rc) + "): " + output);
    return output;
}

std::string bytes_of(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

// A copy of the fixture's configuration with `edit` applied.
std::string config_variant(const RelayFixture& f, const std::string& name, const std::function<void(bj::object&)>& edit) {
    auto config = bj::parse(bytes_of(f.relay_config)).as_object();
    edit(config);
    const auto path = f.dir + "/" + name + ".json";
    std::ofstream(path) << bj::serialize(config);
    return path;
}

bool contains_wamid(const std::string& db, const std::string& wamid) {
    return count_in(db, "SELECT count(*) FROM inbound_messages WHERE wamid = ?", wamid) == 1;
}

} // namespace

TEST(Backup, UnderLoadNothingAcknowledgedIsLostAndTheRestoreHoldsWhatWasThere) {
    RelayFixture f;
    Load load(f);
    ASSERT_TRUE(wait_for([&] { return load.acknowledged().size() >= 30; }, std::chrono::seconds(30))) << f.logs();
    const auto before_backup = load.acknowledged();
    std::string output;
    ASSERT_EQ(cli(f, {"backup"}, &output), 0) << output << f.logs();
    const auto acked_by_backup_end = load.acknowledged().size();
    // The relay keeps acknowledging after (and, the load never pausing, during) the backup.
    ASSERT_TRUE(wait_for([&] { return load.acknowledged().size() >= acked_by_backup_end + 10; }, std::chrono::seconds(30)));
    load.stop();
    EXPECT_TRUE(load.refused().empty()) << load.refused().size() << " webhooks were not acknowledged";

    const auto files = backup_files(f);
    ASSERT_EQ(files.size(), 1u) << "only the backup stays in the folder, no plain copy";
    const auto fresh = f.dir + "/restored/sportello.db";
    ASSERT_EQ(cli(f, {"restore", "--from", backups_dir(f) + "/" + files[0], "--to", fresh}, &output), 0) << output;
    for (const auto& s : before_backup) EXPECT_TRUE(contains_wamid(fresh, s.wamid)) << s.wamid << " acknowledged before the backup";
    for (const auto& s : load.acknowledged()) EXPECT_TRUE(contains_wamid(f.db_path, s.wamid)) << s.wamid << " lost";

    // With the relay stopped the source stands still: a restore equals it table by table, row by row.
    f.stop_relay();
    make_backup(f, f.dir + "/quiet.spbk");
    const auto fresh2 = f.dir + "/restored2/sportello.db";
    ASSERT_EQ(cli(f, {"restore", "--from", f.dir + "/quiet.spbk", "--to", fresh2}, &output), 0) << output;
    const auto source = contents(f.db_path), restored = contents(fresh2);
    EXPECT_GT(source.at("inbound_messages").size(), before_backup.size());
    EXPECT_EQ(source.size(), restored.size());
    for (const auto& [table, rows] : source) EXPECT_EQ(restored.at(table), rows) << "table " << table;
}

TEST(Backup, AnAlteredBackupOrAnotherKeyIsRefusedAndNothingChanges) {
    RelayFixture f;
    ASSERT_EQ(say(f, "393471230001", "prima del backup").relay_status, 200);
    make_backup(f, f.dir + "/good.spbk");
    const auto target = f.dir + "/restored/sportello.db";
    std::string output;
    ASSERT_EQ(cli(f, {"restore", "--from", f.dir + "/good.spbk", "--to", target}, &output), 0) << output;
    const auto target_before = bytes_of(target);

    auto altered = bytes_of(f.dir + "/good.spbk");
    altered[altered.size() / 2] ^= 0x20;   // one byte
    std::ofstream(f.dir + "/altered.spbk", std::ios::binary) << altered;
    EXPECT_EQ(cli(f, {"restore", "--from", f.dir + "/altered.spbk", "--to", target}, &output), 1);
    EXPECT_NE(output.find("failed authentication at chunk 0: the file was altered or damaged; nothing was restored"),
              std::string::npos) << output;
    EXPECT_EQ(bytes_of(target), target_before);
    EXPECT_FALSE(fs::exists(target + ".restoring"));

    const auto other_key = config_variant(f, "other-key", [&](bj::object& c) {
        c["backup"] = bj::object{{"key_file", f.dir + "/data/another-backup.key"}};
    });
    ASSERT_EQ(cli(f, {"backup", "--out", f.dir + "/other.spbk"}, &output, other_key), 0) << output;   // creates that key
    EXPECT_EQ(cli(f, {"restore", "--from", f.dir + "/good.spbk", "--to", target}, &output, other_key), 1);
    EXPECT_NE(output.find("was made with backup key"), std::string::npos) << output;
    EXPECT_NE(output.find("not with the configured one"), std::string::npos) << output;
    EXPECT_EQ(bytes_of(target), target_before);

    EXPECT_EQ(cli(f, {"restore", "--from", f.dir + "/data/data.key", "--to", target}, &output), 1);
    EXPECT_NE(output.find("is not a Sportello backup"), std::string::npos) << output;
    EXPECT_EQ(bytes_of(target), target_before);
}

TEST(Backup, RestoreRefusesWhileTheRelayRunsOnTheTarget) {
    RelayFixture f;
    ASSERT_EQ(say(f, "393471230002", "prima").relay_status, 200);
    make_backup(f, f.dir + "/b.spbk");
    const auto said_after = say(f, "393471230002", "dopo il backup");
    ASSERT_EQ(said_after.relay_status, 200);
    std::string output;
    EXPECT_EQ(cli(f, {"restore", "--from", f.dir + "/b.spbk"}, &output), 1);
    EXPECT_NE(output.find("a relay (or another maintenance command) is running on the database"), std::string::npos) << output;
    EXPECT_TRUE(contains_wamid(f.db_path, said_after.wamid));
    EXPECT_EQ(say(f, "393471230002", "ancora qui").relay_status, 200);

    // Stopped, it restores; a relay cannot start while a restore holds the file.
    f.stop_relay();
    ASSERT_EQ(cli(f, {"restore", "--from", f.dir + "/b.spbk"}, &output), 0) << output;
    EXPECT_FALSE(contains_wamid(f.db_path, said_after.wamid));
    f.start_relay();
    f.wait_until_ready();
    EXPECT_EQ(say(f, "393471230002", "dopo il ripristino").relay_status, 200);
}

TEST(Backup, PlantedNumbersAndTextsAreInNoEncodingInTheBackupFile) {
    RelayFixture f;
    const auto planted = say(f, "393471239876", "Sono Ermenegilda Scarpà, il mio codice è 0487");
    ASSERT_EQ(planted.relay_status, 200);
    ASSERT_TRUE(wait_for([&] { return f.inbox("393471239876").size() == 1; })) << f.logs();
    make_backup(f, f.dir + "/scan.spbk");
    const auto backup = bytes_of(f.dir + "/scan.spbk");
    for (const std::string needle : {"393471239876", "+393471239876", "3471239876", "347 123 9876", "Ermenegilda",
                                     "ERMENEGILDA", "Scarp\xC3\xA0", "0487", "codice \xC3\xA8"})
        EXPECT_EQ(backup.find(needle), std::string::npos) << "\"" << needle << "\" is readable in the backup";
    // UTF-16 too (a name as Windows tools would write it).
    const std::string utf16{"E\0r\0m\0e\0n\0e\0g\0i\0l\0d\0a\0", 22};
    EXPECT_EQ(backup.find(utf16), std::string::npos);
    // The scan can find what is there: the restored file shows the wamid, in clear in the database.
    std::string output;
    ASSERT_EQ(cli(f, {"restore", "--from", f.dir + "/scan.spbk", "--to", f.dir + "/r/s.db"}, &output), 0) << output;
    EXPECT_NE(bytes_of(f.dir + "/r/s.db").find(planted.wamid), std::string::npos);
    EXPECT_EQ(backup.find(planted.wamid), std::string::npos);
}

TEST(Backup, RotationKeepsTheNewestAndDeletesWhatIsOlderThanTheMaximumAge) {
    RelayFixture f;
    fs::create_directories(backups_dir(f));
    const auto now = fs::file_time_type::clock::now();
    const auto aged = [&](const std::string& name, int days) {
        const auto path = backups_dir(f) + "/" + name;
        std::ofstream(path) << "an old backup";
        fs::last_write_time(path, now - std::chrono::hours(24) * days);
    };
    aged("sportello-20260101T000000Z.spbk", 1);
    aged("sportello-20260102T000000Z.spbk", 2);
    aged("sportello-20260103T000000Z.spbk", 3);
    aged("sportello-20260104T000000Z.spbk", 20);
    aged("notes.txt", 100);   // not a backup: never touched
    const auto keep3 = config_variant(f, "keep3", [](bj::object& c) {
        c["backup"] = bj::object{{"keep_daily", 3}, {"max_age_days", 10}};
    });
    std::string output;
    ASSERT_EQ(cli(f, {"backup"}, &output, keep3), 0) << output;
    auto files = backup_files(f);
    ASSERT_EQ(files.size(), 4u) << output;
    EXPECT_EQ(files[0], "notes.txt");
    EXPECT_EQ(files[1], "sportello-20260101T000000Z.spbk");
    EXPECT_EQ(files[2], "sportello-20260102T000000Z.spbk");
    EXPECT_TRUE(files[3].starts_with("sportello-2") && files[3].ends_with(".spbk")) << files[3];

    // Within the count but past the maximum age: deleted too.
    const auto young_only = config_variant(f, "young", [](bj::object& c) {
        c["backup"] = bj::object{{"keep_daily", 30}, {"max_age_days", 1}};
    });
    aged("sportello-20260105T000000Z.spbk", 5);
    fs::remove(backups_dir(f) + "/" + files[3]);
    ASSERT_EQ(cli(f, {"backup"}, &output, young_only), 0) << output;
    files = backup_files(f);
    ASSERT_EQ(files.size(), 2u) << output;
    EXPECT_EQ(files[0], "notes.txt");
    EXPECT_NE(output.find("older than backup.max_age_days"), std::string::npos) << output;
}
