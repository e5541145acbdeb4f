// Retention on the real relay (docs/privacy.md, "Retention"): data planted
// through the public paths, then aged in the SQLite file while the relay is
// stopped (and rows the public paths cannot make quickly, inserted aged);
// the daily job, or the command beside a running relay, erases what is past
// its period and nothing younger, records the counts in the audit trail, and
// leaves no erased bytes in the database file or its WAL, which shrinks.
#include "core/audit.hpp"
#include "relay_fixture.hpp"
#include "storage/database.hpp"
#include "storage/sqlite.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <random>

using namespace sportello;
using namespace sportello::testing;
namespace bj = boost::json;

namespace {

constexpr std::int64_t day_ms = 86'400'000;
constexpr int bulk_rows = 2000;   // aged inbound rows with 2 KiB bodies: enough for the file to shrink visibly

std::int64_t now_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

void edit_retention(RelayFixture& f, const bj::object& settings) {
    auto config = bj::parse(read_text_file(f.relay_config)).as_object();
    config["retention"] = settings;
    std::ofstream(f.relay_config) << bj::serialize(config);
}

storage::Blob random_blob(std::mt19937& rng, std::size_t size) {
    storage::Blob b(size);
    for (auto& byte : b) byte = static_cast<std::uint8_t>(rng());
    return b;
}

std::vector<storage::Blob> blobs(storage::Connection& c, const std::string& sql) {
    std::vector<storage::Blob> out;
    auto q = c.query(sql);
    while (q.next()) out.push_back(q.blob(0));
    return out;
}

// The database file and its WAL, as bytes.
std::string files_of(const RelayFixture& f) {
    std::string bytes = read_text_file(f.db_path);
    if (std::filesystem::exists(f.db_path + "-wal")) bytes += read_text_file(f.db_path + "-wal");
    return bytes;
}

int found(const std::string& haystack, const std::vector<storage::Blob>& needles) {
    int n = 0;
    for (const auto& b : needles)
        if (haystack.find(std::string(b.begin(), b.end())) != std::string::npos) ++n;
    return n;
}

bool log_holds(const RelayFixture& f, const std::string& text) {
    return read_text_file(f.relay_log).find(text) != std::string::npos;
}

std::string audit_detail(RelayFixture& f, const std::string& actor) {
    storage::Connection c(f.db_path, storage::Connection::Mode::read_only, true);
    auto q = c.query("SELECT detail FROM audit_log WHERE action = 'retention_run' AND actor = ? ORDER BY id DESC", actor);
    return q.next() ? q.text(0) : std::string();
}

// What the test planted, for the assertions after the run.
struct Planted {
    std::string old_ids, young_ids;   // contact ids, as an SQL list
    std::int64_t old_messages = 0, young_bodies = 0, old_payloads = 0, young_payloads = 0, old_statuses = 0,
                 young_statuses = 0, inbound_rows = 0;
    std::vector<storage::Blob> erased_bytes, kept_bytes;   // ciphertexts, as stored
    std::uintmax_t file_size = 0;
};

std::int64_t count(storage::Connection& c, const std::string& sql) {
    auto q = c.query(sql);
    q.next();
    return q.int64(0);
}

// Ages half the citizens' messages, replies and statuses by 100 days, and
// inserts what the public paths make slowly: aged bulk messages, cases,
// consent, quarantine, sessions.
Planted plant(RelayFixture& f) {
    Planted p;
    storage::Connection c(f.db_path, storage::Connection::Mode::read_write, true);
    std::vector<std::int64_t> contacts;
    auto q = c.query("SELECT id FROM contacts WHERE synthetic = 0 ORDER BY id");
    while (q.next()) contacts.push_back(q.int64(0));
    EXPECT_GE(contacts.size(), 6u);
    for (std::size_t i = 0; i < contacts.size(); ++i) {
        auto& list = i < contacts.size() / 2 ? p.old_ids : p.young_ids;
        list += (list.empty() ? "" : ",") + std::to_string(contacts[i]);
    }
    const auto old_in = " IN (" + p.old_ids + ")", young_in = " IN (" + p.young_ids + ")";
    const auto now = now_ms();
    const auto aged = std::to_string(100 * day_ms);
    c.exec_script("BEGIN");
    c.query("UPDATE inbound_messages SET received_at = received_at - " + aged + " WHERE contact_id" + old_in).run();
    c.query("UPDATE outbox SET created_at = created_at - " + aged + " WHERE contact_id" + old_in).run();
    c.query("UPDATE message_statuses SET received_at = received_at - " + aged +
            " WHERE wamid IN (SELECT wamid FROM outbox WHERE contact_id" + old_in + ")").run();
    std::mt19937 rng(23);
    for (int i = 0; i < bulk_rows; ++i)
        c.query("INSERT INTO inbound_messages(wamid, contact_id, phone_number_id, type, body_enc, sent_at, received_at) "
                "VALUES (?, ?, 'p', 'text', ?, ?, ?)", "wamid.bulk." + std::to_string(i), contacts[0],
                random_blob(rng, 2048), now - 200 * day_ms, now - 200 * day_ms).run();
    const auto old_a = contacts[0], old_b = contacts[1], young_a = contacts.back(), young_b = contacts[contacts.size() - 2];
    auto add_case = [&](std::int64_t contact, const char* state, std::int64_t opened, std::optional<std::int64_t> closed) {
        c.query("INSERT INTO cases(contact_id, state, reason, opened_at, last_inbound_at, closed_at) VALUES (?, ?, 'unanswered', ?, ?, ?)",
                contact, state, opened, opened, closed).run();
        const auto id = c.last_insert_rowid();
        c.query("INSERT INTO case_events(at, case_id, type, data) VALUES (?, ?, 'opened', '{}')", opened, id).run();
        return id;
    };
    const auto old_case = add_case(old_a, "closed", now - 400 * day_ms, now - 399 * day_ms);
    c.query("UPDATE inbound_messages SET case_id = ? WHERE id = (SELECT min(id) FROM inbound_messages WHERE contact_id = ?)",
            old_case, old_a).run();
    add_case(young_a, "closed", now - 11 * day_ms, now - 10 * day_ms);
    add_case(old_b, "new", now - 400 * day_ms, std::nullopt);   // open: never erased, however old
    auto consent = [&](std::int64_t contact, const char* action, std::int64_t days_ago) {
        c.query("INSERT INTO consent_events(contact_id, scope, action, source, channel, at, recorded_at, recorded_by) "
                "VALUES (?, 'reminders', ?, 'sire', 'web', ?, ?, 'test')", contact, action, now - days_ago * day_ms,
                now - days_ago * day_ms).run();
    };
    consent(old_a, "grant", 2100);      // superseded by the next grant: erased
    consent(old_a, "grant", 2000);      // the proof of a consent in force: kept
    consent(old_b, "grant", 2000);      // withdrawn long ago: both erased
    consent(old_b, "withdraw", 1900);
    consent(young_a, "grant", 100);     // young: kept
    consent(young_b, "grant", 2000);    // withdrawn only 10 days ago: the proof of the years before stays
    consent(young_b, "withdraw", 10);
    c.query("INSERT INTO consent_state(contact_id, scope, granted, since) VALUES (?, 'reminders', 1, ?), (?, 'reminders', 0, ?), "
            "(?, 'reminders', 1, ?), (?, 'reminders', 0, ?)", old_a, now - 2000 * day_ms, old_b, now - 1900 * day_ms, young_a,
            now - 100 * day_ms, young_b, now - 10 * day_ms).run();
    for (const auto days : {40, 1})
        c.query("INSERT INTO quarantine(received_at, reason, body_enc) VALUES (?, 'test', ?)", now - days * day_ms,
                random_blob(rng, 64)).run();
    c.query("UPDATE sessions SET expires_at = ?", now - 40 * day_ms).run();   // the login's session, long expired
    c.query("INSERT INTO sessions(token_hash, user_id, created_at, expires_at, last_seen_at, public_id) "
            "SELECT ?, id, ?, ?, ?, 'young-session' FROM users LIMIT 1", random_blob(rng, 32), now - 2 * day_ms,
            now - day_ms, now - day_ms).run();
    c.exec_script("COMMIT");

    p.old_messages = count(c, "SELECT count(*) FROM inbound_messages WHERE body_enc IS NOT NULL AND contact_id" + old_in);
    p.young_bodies = count(c, "SELECT count(*) FROM inbound_messages WHERE body_enc IS NOT NULL AND contact_id" + young_in);
    p.old_payloads = count(c, "SELECT count(*) FROM outbox WHERE contact_id" + old_in);
    p.young_payloads = count(c, "SELECT count(*) FROM outbox WHERE contact_id" + young_in);
    const auto statuses_of = [&](const std::string& in) {
        return count(c, "SELECT count(*) FROM message_statuses WHERE wamid IN (SELECT wamid FROM outbox WHERE contact_id" + in + ")");
    };
    p.old_statuses = statuses_of(old_in);
    p.young_statuses = statuses_of(young_in);
    p.inbound_rows = count(c, "SELECT count(*) FROM inbound_messages");
    p.erased_bytes = blobs(c, "SELECT body_enc FROM inbound_messages WHERE contact_id" + old_in + " AND body_enc IS NOT NULL "
                              "AND (wamid NOT LIKE 'wamid.bulk.%' OR id % 100 = 0)");
    for (auto& b : blobs(c, "SELECT payload_enc FROM outbox WHERE contact_id" + old_in)) p.erased_bytes.push_back(std::move(b));
    p.kept_bytes = blobs(c, "SELECT body_enc FROM inbound_messages WHERE body_enc IS NOT NULL AND contact_id" + young_in);
    for (auto& b : blobs(c, "SELECT payload_enc FROM outbox WHERE contact_id" + young_in)) p.kept_bytes.push_back(std::move(b));
    EXPECT_TRUE(c.checkpoint_truncate());   // everything in the database file, for its size
    p.file_size = std::filesystem::file_size(f.db_path);
    return p;
}

// Citizens write (their messages, the bot's replies and the simulator's
// statuses are stored), an operator logs in (a session), and three audit
// entries are written 800 days ago before anything else.
void make_traffic(RelayFixture& f, int citizens) {
    {
        storage::Database db(storage::DatabaseOptions{.path = f.db_path, .reader_threads = 1});
        db.write_sync([](storage::Connection& c) {
            for (int i = 0; i < 3; ++i) relay::audit(c, "test-old", "old_action", "", "", now_ms() - 800 * day_ms);
        });
    }
    f.start_relay();
    f.wait_until_ready();
    for (int i = 0; i < citizens; ++i) f.citizen_says("3933300000" + std::to_string(10 + i), "ciao");
    ASSERT_TRUE(wait_for([&] {
        return f.db_int("SELECT count(*) FROM message_statuses WHERE status = 'delivered'") >= citizens &&
               f.db_int("SELECT count(*) FROM outbox WHERE state IN ('queued', 'sending')") == 0;
    }, std::chrono::seconds(30))) << f.logs();
    ASSERT_EQ(f.create_user("retention.viewer", "una-password-lunga", "viewer"), 0);
    ASSERT_FALSE(f.login("retention.viewer", "una-password-lunga").empty());
    f.stop_relay();
}

FixtureOptions relay_not_started() {
    FixtureOptions o;
    o.start_relay = false;
    o.tweak_relay_config = [](bj::object& config) { config["retention"] = bj::object{{"first_run_delay_seconds", 86400}}; };
    return o;
}

TEST(Retention, TheDailyJobErasesWhatIsPastItsPeriodAndNothingYounger) {
    RelayFixture f(relay_not_started());
    make_traffic(f, 8);
    const auto p = plant(f);
    const auto audit_before = f.db_int("SELECT count(*) FROM audit_log");
    ASSERT_EQ(found(files_of(f), p.erased_bytes), static_cast<int>(p.erased_bytes.size()));   // the scan sees them
    edit_retention(f, bj::object{{"first_run_delay_seconds", 0}, {"batch_rows", 100}});
    f.start_relay();
    ASSERT_TRUE(wait_for([&] { return log_holds(f, "retention run finished"); }, std::chrono::seconds(60))) << f.logs();
    const auto old_in = " IN (" + p.old_ids + ")", young_in = " IN (" + p.young_ids + ")";

    // Bodies: the old ones emptied, their rows kept; the young ones untouched.
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages"), p.inbound_rows);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages WHERE body_enc IS NOT NULL AND contact_id" + old_in), 0);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages WHERE body_enc IS NOT NULL AND contact_id" + young_in), p.young_bodies);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM outbox WHERE payload_enc <> X'' AND contact_id" + old_in), 0);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM outbox WHERE contact_id" + old_in), p.old_payloads);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM outbox WHERE payload_enc <> X'' AND contact_id" + young_in), p.young_payloads);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM message_statuses WHERE wamid IN (SELECT wamid FROM outbox WHERE contact_id" + old_in + ")"), 0);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM message_statuses WHERE wamid IN (SELECT wamid FROM outbox WHERE contact_id" + young_in + ")"),
              p.young_statuses);
    // Cases: the one closed 399 days ago and its events go; the young closed
    // one and the old open one stay.
    EXPECT_EQ(f.db_int("SELECT count(*) FROM cases"), 2);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM cases WHERE state = 'closed' AND closed_at < " + std::to_string(now_ms() - 365 * day_ms)), 0);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM case_events"), 2);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages WHERE case_id IS NOT NULL"), 0);
    // Consent: the proof of the consent in force, the young grant, and the
    // old grant withdrawn recently (with its withdrawal) stay.
    EXPECT_EQ(f.db_int("SELECT count(*) FROM consent_events"), 4);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM consent_events e JOIN consent_state s ON s.contact_id = e.contact_id "
                       "AND s.scope = e.scope WHERE s.granted = 1"), 2);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM quarantine"), 1);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM sessions"), 1);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM sessions WHERE public_id = 'young-session'"), 1);
    // The audit trail: the three old entries gone, the chain still verifies
    // from its new anchor, and the run recorded what it erased.
    EXPECT_EQ(f.db_int("SELECT count(*) FROM audit_log WHERE actor = 'test-old'"), 0);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM audit_log WHERE action <> 'retention_run'"), audit_before - 3);
    std::string verify;
    EXPECT_EQ(run_program(relay_binary(), {"audit", "verify", "--config", f.relay_config}, &verify), 0) << verify;
    EXPECT_NE(verify.find("entries up to 3 removed by retention"), std::string::npos) << verify;
    const auto detail = audit_detail(f, "system");
    EXPECT_NE(detail.find("inbound_bodies=" + std::to_string(p.old_messages) + " "), std::string::npos) << detail;
    EXPECT_NE(detail.find("outbound_bodies=" + std::to_string(p.old_payloads) + " "), std::string::npos) << detail;
    EXPECT_NE(detail.find("statuses=" + std::to_string(p.old_statuses) + " "), std::string::npos) << detail;
    EXPECT_NE(detail.find("closed_cases=1 consent_ledger=3 audit_trail=3 quarantine=1 expired_sessions=1"),
              std::string::npos) << detail;
    EXPECT_TRUE(log_holds(f, "WAL truncated")) << f.logs();

    // No erased ciphertext anywhere in the file or the WAL; the kept ones are
    // still found (the scan works); the file gave the space back.
    const auto bytes = files_of(f);
    EXPECT_EQ(found(bytes, p.erased_bytes), 0);
    EXPECT_EQ(found(bytes, p.kept_bytes), static_cast<int>(p.kept_bytes.size()));
    EXPECT_LT(std::filesystem::file_size(f.db_path), p.file_size - bulk_rows * 1024u);
}

TEST(Retention, TheCommandRunsBesideARunningRelayAndAuditsItsCounts) {
    RelayFixture f(relay_not_started());
    make_traffic(f, 6);
    const auto p = plant(f);
    f.start_relay();
    f.wait_until_ready();
    std::string out;
    ASSERT_EQ(run_program(relay_binary(), {"retention", "run", "--config", f.relay_config}, &out), 0) << out;
    EXPECT_NE(out.find("inbound_bodies=" + std::to_string(p.old_messages) + " "), std::string::npos) << out;
    EXPECT_NE(out.find("quarantine=1 expired_sessions=1"), std::string::npos) << out;
    EXPECT_NE(audit_detail(f, "cli").find("inbound_bodies=" + std::to_string(p.old_messages) + " "), std::string::npos);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM inbound_messages WHERE body_enc IS NOT NULL AND contact_id IN (" + p.young_ids + ")"),
              p.young_bodies);
    // The relay kept serving meanwhile: a citizen still gets an answer.
    f.citizen_says("393330000099", "ciao");
    EXPECT_TRUE(wait_for([&] { return f.inbox("393330000099").size() >= 1; }, std::chrono::seconds(20))) << f.logs();
    // Run again: nothing left to erase.
    ASSERT_EQ(run_program(relay_binary(), {"retention", "run", "--config", f.relay_config}, &out), 0) << out;
    EXPECT_NE(out.find("inbound_bodies=0 outbound_bodies=0 statuses=0 closed_cases=0 consent_ledger=0 audit_trail=0 "
                       "quarantine=0 expired_sessions=0"), std::string::npos) << out;
}

TEST(Retention, BadSettingsAreRefusedNamingTheKey) {
    RelayFixture f(relay_not_started());
    const auto check = [&](const bj::object& settings) {
        edit_retention(f, settings);
        std::string out;
        const int code = run_program(relay_binary(), {"check-config", "--config", f.relay_config}, &out);
        return std::pair{code, out};
    };
    auto [negative_code, negative] = check(bj::object{{"statuses_days", -5}});
    EXPECT_EQ(negative_code, 1);
    EXPECT_NE(negative.find("retention.statuses_days"), std::string::npos) << negative;
    EXPECT_NE(negative.find("must be between 1 and"), std::string::npos) << negative;
    auto [unknown_code, unknown] = check(bj::object{{"photos_days", 30}});
    EXPECT_EQ(unknown_code, 1);
    EXPECT_NE(unknown.find("retention.photos_days"), std::string::npos) << unknown;
    EXPECT_NE(unknown.find("unknown setting"), std::string::npos) << unknown;
    auto [zero_code, zero] = check(bj::object{{"audit_trail_days", 0}});
    EXPECT_EQ(zero_code, 1) << zero;
    auto [good_code, good] = check(bj::object{{"consent_ledger_days", 3650}, {"batch_rows", 500}});
    EXPECT_EQ(good_code, 0) << good;
    // The relay refuses to start on a bad one and creates nothing.
    edit_retention(f, bj::object{{"quarantine_days", -1}});
    std::string out;
    EXPECT_NE(run_program(relay_binary(), {"--config", f.relay_config}, &out), 0);
    EXPECT_NE(out.find("retention.quarantine_days"), std::string::npos) << out;
    EXPECT_FALSE(std::filesystem::exists(f.db_path));
}

} // namespace
