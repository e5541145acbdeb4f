// The data key's rotation from the vault's side (key ids, a previous key for
// reading, reloading the key files), the encrypted backup format, and the
// list of encrypted columns the rotation walks.
#include "core/key_rotation.hpp"
#include "security/backup_cipher.hpp"
#include "security/key_files.hpp"
#include "security/vault.hpp"
#include "storage/schema.hpp"
#include "storage/sqlite.hpp"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>

using namespace sportello;
namespace fs = std::filesystem;

namespace {

struct TempDir {
    TempDir() {
        char tmpl[] = "/tmp/sportello-keys-XXXXXX";
        path = ::mkdtemp(tmpl);
    }
    ~TempDir() { fs::remove_all(path); }
    std::string operator/(const std::string& name) const { return path + "/" + name; }
    std::string path;
};

void write_bytes(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

std::string read_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

// A ciphertext of the first format (before key ids): [1][nonce][ct][tag].
crypto::Bytes legacy_ciphertext(const crypto::Bytes& v2) {
    crypto::Bytes v1(v2.begin() + 4, v2.end());
    v1[0] = 1;
    return v1;
}

} // namespace

TEST(KeyRing, TheRotatedVaultReadsBothKeysWritesTheNewOneAndKeepsLookups) {
    TempDir dir;
    const auto key_file = dir / "data.key";
    auto before = security::Vault::from_key_file(key_file);
    const auto old_row = before.encrypt("+393471112233", "contacts.phone");
    const auto hash = before.lookup_hash("393471112233");
    EXPECT_TRUE(before.is_current(old_row));
    EXPECT_EQ(security::key_id_of(security::read_key_file(key_file, "data key")), before.current_key_id());

    // What keys rotate does to the files: lookup key saved, old key kept, new key written.
    const auto old_key = security::read_key_file(key_file, "data key");
    security::write_key_file(key_file + ".lookup", security::derived_lookup_key(old_key));
    ASSERT_EQ(::link(key_file.c_str(), (key_file + ".previous").c_str()), 0);
    security::write_key_file(key_file, crypto::random_bytes(32));
    ASSERT_TRUE(before.reload_key_files(key_file));
    EXPECT_FALSE(before.reload_key_files(key_file));   // unchanged files: nothing to do
    EXPECT_TRUE(before.holds_previous_key());
    EXPECT_FALSE(before.is_current(old_row));
    EXPECT_EQ(before.decrypt(old_row, "contacts.phone"), "+393471112233");
    const auto new_row = before.encrypt("Ermenegilda", "inbound.body");
    EXPECT_TRUE(before.is_current(new_row));
    EXPECT_EQ(before.lookup_hash("393471112233"), hash);

    // The old key destroyed: its rows no longer read; new rows and lookups do.
    security::destroy_key_file(key_file + ".previous");
    EXPECT_FALSE(fs::exists(key_file + ".previous"));
    auto after = security::Vault::from_key_file(key_file);
    EXPECT_FALSE(after.holds_previous_key());
    EXPECT_THROW(after.decrypt(old_row, "contacts.phone"), std::runtime_error);
    EXPECT_EQ(after.decrypt(new_row, "inbound.body"), "Ermenegilda");
    EXPECT_EQ(after.lookup_hash("393471112233"), hash);
    EXPECT_THROW(security::Vault(old_key).decrypt(new_row, "inbound.body"), std::runtime_error);
}

TEST(KeyRing, CiphertextsFromBeforeKeyIdsStillDecryptDuringTheFirstRotation) {
    const auto first = crypto::random_bytes(32);
    const security::Vault only_first(first);
    const auto v1 = legacy_ciphertext(only_first.encrypt("Mario", "contacts.profile_name"));
    EXPECT_EQ(only_first.decrypt(v1, "contacts.profile_name"), "Mario");
    EXPECT_FALSE(only_first.is_current(v1));   // so the rotation rewrites it
    EXPECT_THROW(security::Vault(crypto::random_bytes(32)).decrypt(v1, "contacts.profile_name"), std::runtime_error);
}

TEST(KeyFiles, ADestroyedKeyFileIsOverwrittenBeforeItIsUnlinked) {
    TempDir dir;
    const auto key = security::load_or_create_key_file(dir / "k", "test key");
    ASSERT_EQ(::link((dir / "k").c_str(), (dir / "other-name").c_str()), 0);
    security::destroy_key_file(dir / "k");
    EXPECT_FALSE(fs::exists(dir / "k"));
    // Another name of the same file shows what the disk now holds there.
    EXPECT_EQ(read_bytes(dir / "other-name").find(crypto::hex_encode(key)), std::string::npos);
    EXPECT_EQ(fs::status(dir / "other-name").permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write);
}

TEST(BackupCipher, RoundTripsAndRefusesEveryKindOfDamage) {
    TempDir dir;
    std::string plain(3 * (1 << 20) + 12345, '\0');   // more than three chunks
    for (std::size_t i = 0; i < plain.size(); ++i) plain[i] = static_cast<char>((i * 7919) % 251);
    write_bytes(dir / "plain", plain);
    const auto key = crypto::random_bytes(32);
    security::seal_backup(dir / "plain", dir / "sealed", key, 0xabcdef01);
    const auto sealed = read_bytes(dir / "sealed");
    EXPECT_EQ(sealed.find(plain.substr(1000, 64)), std::string::npos);
    const auto header = security::open_backup(dir / "sealed", dir / "out", key);
    EXPECT_EQ(header.data_key_id, 0xabcdef01u);
    EXPECT_EQ(header.backup_key_id, security::key_id_of(key));
    EXPECT_EQ(read_bytes(dir / "out"), plain);

    const auto refused = [&](const std::string& bytes, const crypto::Bytes& k, const std::string& expected) {
        write_bytes(dir / "bad", bytes);
        fs::remove(dir / "out2");
        try {
            security::open_backup(dir / "bad", dir / "out2", k);
            ADD_FAILURE() << "accepted; expected: " << expected;
        } catch (const std::runtime_error& e) {
            EXPECT_NE(std::string(e.what()).find(expected), std::string::npos) << e.what();
        }
        EXPECT_FALSE(fs::exists(dir / "out2"));
    };
    std::string flipped = sealed;
    flipped[sealed.size() / 2] ^= 0x01;
    refused(flipped, key, "failed authentication at chunk 1");
    std::string header_changed = sealed;
    header_changed[17] ^= 0x01;   // the data key id: authenticated with every chunk
    refused(header_changed, key, "failed authentication at chunk 0");
    refused(sealed.substr(0, sealed.size() - (1 << 19)), key, "failed authentication");
    const std::size_t first_chunk = 32 + 4 + (1 << 20) + 16;
    refused(sealed.substr(0, first_chunk), key, "cut short");
    refused(sealed + "x", key, "data after its last chunk");
    refused(sealed, crypto::random_bytes(32), "not with the configured one");
    refused("not a backup at all, just some text", key, "is not a Sportello backup");
}

TEST(KeyRotation, EveryEncryptedColumnOfTheSchemaIsListed) {
    TempDir dir;
    storage::Connection c(dir / "db", storage::Connection::Mode::read_write, false);
    storage::migrate(c);
    std::set<std::string> in_schema, listed;
    auto tables = c.query("SELECT name FROM sqlite_master WHERE type = 'table'");
    while (tables.next()) {
        const auto table = tables.text(0);
        auto cols = c.query("SELECT name FROM pragma_table_info(?)", table);
        while (cols.next())
            if (cols.text(0).ends_with("_enc")) in_schema.insert(table + "." + cols.text(0));
    }
    for (const auto& col : relay::encrypted_columns()) listed.insert(std::string(col.table) + "." + col.column);
    EXPECT_EQ(in_schema, listed);
}
