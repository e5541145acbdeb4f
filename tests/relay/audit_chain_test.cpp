// The hash-chained audit trail: `sportello-relay audit verify` on the trail
// the real relay wrote, then after tampering done directly in SQLite (the
// append-only triggers dropped first, as an intruder would): an entry
// changed, one deleted, two swapped. Each is found and named.
#include "process.hpp"
#include "relay_fixture.hpp"
#include "sportello/api/codec.hpp"
#include "sportello/api/users.hpp"
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

TEST(AuditTrail, SupervisorsReadItFilteredByUserActionAndPeriodAndExportCsv) {
    RelayFixture f({.start_simulator = false});
    write_some_history(f);
    f.login("=1+1", "una-formula-nel-nome");   // a failed login whose actor a spreadsheet would evaluate
    ASSERT_EQ(f.create_user("s.bianchi", "Supervisione-Regionale-3", "supervisor"), 0);
    ASSERT_EQ(f.create_user("e.neri", "Redazione-Regionale-3", "editor"), 0);
    const auto supervisor = f.login("s.bianchi", "Supervisione-Regionale-3");
    auto get = [&](const std::string& query) {
        return f.relay("GET", "/ops/v1/audit" + query, {}, {{"authorization", "Bearer " + supervisor}});
    };
    auto page = [&](const std::string& query) {
        auto r = get(query);
        if (r.response->status != 200) throw std::runtime_error(r.response->body);
        return api::decode_users<api::AuditPage>(r.response->body).value();
    };
    const auto failed = page("?actor=m.rossi&action=login_failed");
    ASSERT_EQ(failed.entries.size(), 1u);
    EXPECT_EQ(failed.entries[0].detail, "from 127.0.0.1");
    const auto logins = page("?action=login");
    ASSERT_GE(logins.entries.size(), 5u);
    for (std::size_t i = 0; i < logins.entries.size(); ++i) {
        EXPECT_EQ(logins.entries[i].action, "login");
        if (i) EXPECT_LT(logins.entries[i].id, logins.entries[i - 1].id) << "newest first";
    }
    EXPECT_TRUE(page("?from=2099-01-01T00:00:00Z").entries.empty());
    EXPECT_EQ(page("?to=2000-01-01T00:00:00Z").entries.size(), 0u);
    const auto first = page("?limit=2");
    ASSERT_EQ(first.entries.size(), 2u);
    ASSERT_TRUE(first.next_before_id);
    const auto second = page("?limit=2&before_id=" + std::to_string(*first.next_before_id));
    ASSERT_EQ(second.entries.size(), 2u);
    EXPECT_LT(second.entries[0].id, first.entries[1].id);

    for (const char* bad : {"?from=ieri", "?limit=0", "?limit=5000", "?format=xml", "?before_id=abc"}) {
        auto r = get(bad);
        EXPECT_EQ(r.response->status, 400) << bad;
        EXPECT_FALSE(api::decode_error(r.response->body)->field.empty()) << bad;
    }

    auto csv = get("?format=csv");
    ASSERT_EQ(csv.response->status, 200);
    EXPECT_EQ(csv.response->header("content-type"), "text/csv; charset=utf-8");
    const auto& body = csv.response->body;
    EXPECT_EQ(body.rfind("id,at,actor,action,target,detail\r\n", 0), 0u);
    EXPECT_NE(body.find("\"'=1+1\",\"login_failed\""), std::string::npos) << "formulas are defused";
    EXPECT_NE(body.find("\"m.rossi\",\"login_failed\""), std::string::npos);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM audit_log WHERE action = 'audit_exported' AND actor = 's.bianchi'"), 1);
    EXPECT_EQ(verify(f).exit_code, 0) << "the export is itself in the chain";

    const auto editor = f.login("e.neri", "Redazione-Regionale-3");
    EXPECT_EQ(f.relay("GET", "/ops/v1/audit", {}, {{"authorization", "Bearer " + editor}}).response->status, 403);
}

// The desk writes its CSV itself (UTF-8 with BOM, ';'), so it records the
// export through POST /ops/v1/audit/exports: an entry in the chain naming
// who, how many and the filter. Bad bodies are refused and record nothing.
TEST(AuditTrail, AnExportWrittenByTheClientIsRecordedInTheChain) {
    RelayFixture f({.start_simulator = false});
    write_some_history(f);
    ASSERT_EQ(f.create_user("s.bianchi", "Supervisione-Regionale-3", "supervisor"), 0);
    const auto supervisor = f.login("s.bianchi", "Supervisione-Regionale-3");
    auto post = [&](const std::string& body) {
        return f.relay("POST", "/ops/v1/audit/exports", body, {{"authorization", "Bearer " + supervisor}});
    };
    const auto exported = "SELECT count(*) FROM audit_log WHERE action = 'audit_exported'";

    const std::vector<std::string> bad_bodies{R"({"entries":-1})", R"({"filter":"x"})",
                                              R"({"entries":1,"filter":")" + std::string(501, 'x') + R"("})", "[]"};
    for (const auto& bad : bad_bodies) {
        auto r = post(bad);
        EXPECT_EQ(r.response->status, 400) << bad;
        EXPECT_EQ(f.db_int(exported), 0) << bad;
    }
    auto r = post(api::encode(api::AuditExport{7, "user m.rossi, action login"}));
    ASSERT_EQ(r.response->status, 204) << r.response->body;
    EXPECT_EQ(f.db_int(exported), 1);
    storage::Connection c(f.db_path, storage::Connection::Mode::read_only, false);
    auto row = c.query("SELECT actor, detail FROM audit_log WHERE action = 'audit_exported'");
    ASSERT_TRUE(row.next());
    EXPECT_EQ(row.text(0), "s.bianchi");
    EXPECT_EQ(row.text(1), "7 entries, written by the client; filter: user m.rossi, action login");
    EXPECT_EQ(verify(f).exit_code, 0) << "the record is part of the chain";
}
