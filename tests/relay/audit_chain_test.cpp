// The hash-chained audit trail: `sportello-relay audit verify` on the trail
// the real relay wrote, then after tampering done directly in SQLite (the
// append-only triggers dropped first, as an intruder would): an entry
// changed, one deleted, two swapped. Each is found and named.
#include "process.hpp"
#include "relay_fixture.hpp"
#include "storage/sqlite.hpp"

#include <gtest/gtest.h>

using namespace sportello;
using namespace sportello::testing;

namespace {

struct Verdict {
    int exit_code = -1;
    std::string output;
};

Verdict verify(RelayFixture& f) {
    Verdict v;
    v.exit_code = run_program(relay_binary(), {"audit", "verify", "--config", f.relay_config}, &v.output);
    return v;
}

// A trail of a dozen entries or more: users created, logins, a failed one, logouts.
void write_some_history(RelayFixture& f) {
    ASSERT_EQ(f.create_user("admin.regione", "Amministrazione-Regionale-7", "admin"), 0);
    ASSERT_EQ(f.create_user("m.rossi", "Piemonte-Vaccini-Hub-9", "operator"), 0);
    for (int i = 0; i < 3; ++i) {
        const auto token = f.login("m.rossi", "Piemonte-Vaccini-Hub-9");
        f.relay("DELETE", "/ops/v1/session", {}, {{"authorization", "Bearer " + token}});
    }
    f.login("m.rossi", "sbagliata-davvero");
    f.login("admin.regione", "Amministrazione-Regionale-7");
    ASSERT_GE(f.db_int("SELECT count(*) FROM audit_log"), 10);
}

void tamper(RelayFixture& f, const std::string& sql) {
    storage::Connection c(f.db_path, storage::Connection::Mode::read_write, true);
    c.exec_script("DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;");
    c.exec_script(sql.c_str());
}

} // namespace

TEST(AuditChain, AnUntouchedTrailVerifiesAndNamesItsHead) {
    RelayFixture f({.start_simulator = false});
    write_some_history(f);
    const auto v = verify(f);
    EXPECT_EQ(v.exit_code, 0) << v.output;
    const auto count = f.db_int("SELECT count(*) FROM audit_log");
    EXPECT_NE(v.output.find("intact: " + std::to_string(count) + " entries"), std::string::npos) << v.output;
    EXPECT_NE(v.output.find("head: entry " + std::to_string(count)), std::string::npos) << v.output;
    EXPECT_EQ(f.db_int("SELECT count(*) FROM audit_log WHERE hash IS NULL OR prev_hash IS NULL"), 0);
}

TEST(AuditChain, TheTriggersStillRefuseUpdatesAndDeletes) {
    RelayFixture f({.start_simulator = false});
    write_some_history(f);
    storage::Connection c(f.db_path, storage::Connection::Mode::read_write, true);
    EXPECT_ANY_THROW(c.query("UPDATE audit_log SET detail = 'niente' WHERE id = 2").run());
    EXPECT_ANY_THROW(c.query("UPDATE audit_log SET hash = NULL WHERE id = 2").run());
    EXPECT_ANY_THROW(c.query("DELETE FROM audit_log WHERE id = 2").run());
}

TEST(AuditChain, AChangedEntryIsNamed) {
    RelayFixture f({.start_simulator = false});
    write_some_history(f);
    tamper(f, "UPDATE audit_log SET actor = 'qualcun.altro' WHERE id = 5;");
    const auto v = verify(f);
    EXPECT_EQ(v.exit_code, 1);
    EXPECT_NE(v.output.find("BROKEN at entry 5: entry 5 was changed"), std::string::npos) << v.output;
}

TEST(AuditChain, ADeletedEntryIsNamed) {
    RelayFixture f({.start_simulator = false});
    write_some_history(f);
    tamper(f, "DELETE FROM audit_log WHERE id = 4;");
    auto v = verify(f);
    EXPECT_EQ(v.exit_code, 1);
    EXPECT_NE(v.output.find("BROKEN at entry 4: entry 4 is missing"), std::string::npos) << v.output;
    // Renumbering the rest to hide the gap breaks the chain at the same place.
    tamper(f, "UPDATE audit_log SET id = id - 1 WHERE id > 4;");
    v = verify(f);
    EXPECT_EQ(v.exit_code, 1);
    EXPECT_NE(v.output.find("BROKEN at entry 4: entry 4 does not follow"), std::string::npos) << v.output;
}

TEST(AuditChain, SwappedEntriesAreNamed) {
    RelayFixture f({.start_simulator = false});
    write_some_history(f);
    tamper(f, "UPDATE audit_log SET id = -1 WHERE id = 6; UPDATE audit_log SET id = 6 WHERE id = 7; "
              "UPDATE audit_log SET id = 7 WHERE id = -1;");
    const auto v = verify(f);
    EXPECT_EQ(v.exit_code, 1);
    EXPECT_NE(v.output.find("BROKEN at entry 6"), std::string::npos) << v.output;
}

TEST(AuditChain, EntriesFromBeforeTheChainAreChainedAtTheNextStart) {
    RelayFixture f({.start_simulator = false});
    write_some_history(f);
    f.stop_relay();
    // As a database upgraded from schema 6 has them: no hashes yet.
    tamper(f, "UPDATE audit_log SET prev_hash = NULL, hash = NULL;");
    EXPECT_EQ(verify(f).exit_code, 1);
    f.start_relay();
    f.wait_until_ready();
    const auto v = verify(f);
    EXPECT_EQ(v.exit_code, 0) << v.output << f.logs();
    EXPECT_NE(read_text_file(f.relay_log).find("chained"), std::string::npos);
}
