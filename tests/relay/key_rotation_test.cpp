// keys rotate on the real relay: rows written before, during and after the
// rotation all decrypt under the new key, webhooks keep being acknowledged,
// lookups still find the same citizen, and the old key is gone.
#include "core/key_rotation.hpp"
#include "maintenance_support.hpp"
#include "relay_fixture.hpp"
#include "security/key_files.hpp"
#include "security/vault.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <future>
#include <set>

using namespace sportello;
using namespace sportello::testing;
namespace bj = boost::json;
namespace fs = std::filesystem;

namespace {

std::string body_of(const std::string& db, const security::Vault& vault, const std::string& wamid) {
    storage::Connection c(db, storage::Connection::Mode::read_write, false);
    auto q = c.query("SELECT body_enc FROM inbound_messages WHERE wamid = ?", wamid);
    if (!q.next()) return "(no such message)";
    return vault.decrypt(q.blob(0), "inbound.body");
}

// Decrypts every value of every encrypted column; returns how many, and
// fails the test on any that is not under the vault's current key.
std::int64_t decrypt_everything(const std::string& db, const security::Vault& vault) {
    storage::Connection c(db, storage::Connection::Mode::read_write, false);
    std::int64_t values = 0;
    for (const auto& col : relay::encrypted_columns()) {
        auto q = c.query("SELECT " + std::string(col.column) + " FROM " + col.table + " WHERE " + col.column + " IS NOT NULL");
        while (q.next()) {
            const auto blob = q.blob(0);
            EXPECT_TRUE(vault.is_current(blob)) << col.table << "." << col.column;
            EXPECT_NO_THROW(vault.decrypt(blob, col.label)) << col.table << "." << col.column;
            ++values;
        }
    }
    return values;
}

} // namespace

TEST(KeyRotation, RowsBeforeDuringAndAfterDecryptAndTheOldKeyIsGone) {
    // The test holds the write lock for a moment below: the relay waits for it.
    RelayFixture f({.tweak_relay_config = [](bj::object& c) { c["database"].as_object()["busy_timeout_ms"] = 60000; }});
    const std::string key_file = f.dir + "/data/data.key";
    ASSERT_EQ(f.create_user("amministratrice", "una-password-lunga", "admin"), 0);
    ASSERT_FALSE(f.login("amministratrice", "una-password-lunga").empty());   // enrols TOTP: an encrypted secret
    const auto before = say(f, "393471110001", "#tamponi scritto prima della rotazione");
    ASSERT_EQ(before.relay_status, 200);
    ASSERT_TRUE(wait_for([&] { return f.inbox("393471110001").size() == 1; })) << f.logs();
    const auto contacts = f.db_int("SELECT count(*) FROM contacts");
    const auto old_key = security::read_key_file(key_file, "data key");
    const security::Vault old_vault(old_key);
    ASSERT_EQ(body_of(f.db_path, old_vault, before.wamid), "#tamponi scritto prima della rotazione");

    Load load(f);
    ASSERT_TRUE(wait_for([&] { return load.acknowledged().size() >= 10; }, std::chrono::seconds(30)));
    Said during;
    {
        // Held until the relay has switched keys, the rotation cannot finish:
        // the message sent meanwhile is written while it runs.
        storage::Connection lock(f.db_path, storage::Connection::Mode::read_write, true);
        lock.exec_script("BEGIN IMMEDIATE");
        Process rotation(relay_binary(), {"keys", "rotate", "--config", f.relay_config}, f.dir + "/rotate.log");
        ASSERT_TRUE(wait_for([&] { return read_text_file(f.relay_log).find("the previous key kept for reading") != std::string::npos; },
                             std::chrono::seconds(30))) << f.logs() << read_text_file(f.dir + "/rotate.log");
        ASSERT_TRUE(fs::exists(key_file + ".previous"));
        auto sent = std::async(std::launch::async, [&] { return say(f, "393471110001", "#tamponi scritto durante la rotazione"); });
        lock.exec_script("ROLLBACK");
        during = sent.get();
        ASSERT_EQ(rotation.wait(std::chrono::seconds(120)), 0) << read_text_file(f.dir + "/rotate.log") << f.logs();
    }
    ASSERT_EQ(during.relay_status, 200);
    ASSERT_TRUE(wait_for([&] { return f.inbox("393471110001").size() == 2; }, std::chrono::seconds(20))) << f.logs();
    const auto after = say(f, "393471110001", "#tamponi scritto dopo la rotazione");
    ASSERT_EQ(after.relay_status, 200);
    // The relay reads the new key: it answers (the reply's payload and the number decrypted to send it).
    ASSERT_TRUE(wait_for([&] { return f.inbox("393471110001").size() == 3; }, std::chrono::seconds(20))) << f.logs();
    load.stop();
    EXPECT_TRUE(load.refused().empty()) << load.refused().size() << " webhooks were not acknowledged during the rotation";

    EXPECT_FALSE(fs::exists(key_file + ".previous"));
    EXPECT_TRUE(fs::exists(key_file + ".lookup"));
    const auto new_vault = security::Vault::from_key_file(key_file);
    EXPECT_NE(new_vault.current_key_id(), old_vault.current_key_id());
    EXPECT_EQ(body_of(f.db_path, new_vault, before.wamid), "#tamponi scritto prima della rotazione");
    EXPECT_EQ(body_of(f.db_path, new_vault, during.wamid), "#tamponi scritto durante la rotazione");
    EXPECT_EQ(body_of(f.db_path, new_vault, after.wamid), "#tamponi scritto dopo la rotazione");
    EXPECT_THROW(body_of(f.db_path, old_vault, before.wamid), std::runtime_error);
    for (const auto& s : load.acknowledged()) EXPECT_EQ(body_of(f.db_path, new_vault, s.wamid), s.text);
    EXPECT_GT(decrypt_everything(f.db_path, new_vault), static_cast<std::int64_t>(load.acknowledged().size()));
    // Lookups unchanged: the same number is the same citizen, not a new one.
    EXPECT_EQ(f.db_int("SELECT count(DISTINCT contact_id) FROM inbound_messages WHERE wamid IN ('" + before.wamid + "', '" +
                       during.wamid + "', '" + after.wamid + "')"), 1);
    std::set<std::string> numbers;
    std::int64_t rows = 0;
    {
        storage::Connection c(f.db_path, storage::Connection::Mode::read_write, false);
        for (auto q = c.query("SELECT phone_enc FROM contacts WHERE phone_enc IS NOT NULL"); q.next(); ++rows)
            numbers.insert(new_vault.decrypt(q.blob(0), "contacts.phone"));
    }
    EXPECT_EQ(static_cast<std::int64_t>(numbers.size()), rows) << "a citizen got a second contact";
    EXPECT_GT(rows, contacts);
    // The TOTP secret was re-encrypted too: the administrator still logs in.
    EXPECT_FALSE(f.login("amministratrice", "una-password-lunga").empty()) << f.logs();
}

TEST(KeyRotation, WithNoRelayRunningTheCommandDoesItAloneAndTheRelayStartsOnTheNewKey) {
    RelayFixture f;
    const auto before = say(f, "393471110002", "prima");
    ASSERT_EQ(before.relay_status, 200);
    std::string output;
    ASSERT_EQ(cli(f, {"backup", "--out", f.dir + "/old.spbk"}, &output), 0) << output;
    f.stop_relay();
    ASSERT_EQ(cli(f, {"keys", "rotate"}, &output), 0) << output;
    EXPECT_NE(output.find("was overwritten and removed"), std::string::npos) << output;
    f.start_relay();
    f.wait_until_ready();
    const auto vault = security::Vault::from_key_file(f.dir + "/data/data.key");
    EXPECT_EQ(body_of(f.db_path, vault, before.wamid), "prima");
    EXPECT_GT(decrypt_everything(f.db_path, vault), 0);
    const auto after = say(f, "393471110002", "dopo");
    ASSERT_EQ(after.relay_status, 200);
    EXPECT_EQ(body_of(f.db_path, vault, after.wamid), "dopo");
    // A backup of before the rotation holds rows under a destroyed key: refused, with the reason.
    EXPECT_EQ(cli(f, {"restore", "--from", f.dir + "/old.spbk", "--to", f.dir + "/r/s.db"}, &output), 1);
    EXPECT_NE(output.find("which has been rotated away and destroyed"), std::string::npos) << output;
    EXPECT_FALSE(fs::exists(f.dir + "/r/s.db"));
}
