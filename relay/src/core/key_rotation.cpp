#include "core/key_rotation.hpp"

#include "security/key_files.hpp"

#include <array>
#include <vector>
#include <string>

namespace sportello::relay {
namespace {

constexpr std::array<EncryptedColumn, 11> columns{{
    {"contacts", "phone_enc", "contacts.phone"},
    {"contacts", "user_id_enc", "contacts.user_id"},
    {"contacts", "profile_name_enc", "contacts.profile_name"},
    {"inbound_messages", "body_enc", "inbound.body"},
    {"inbound_messages", "details_enc", "inbound.details"},
    {"inbound_messages", "unanswered_enc", "inbound.unanswered_phrase"},
    {"outbox", "payload_enc", "outbox.payload"},
    {"quarantine", "body_enc", "quarantine.body"},
    {"consent_events", "evidence_enc", "consent.evidence"},
    {"users", "totp_secret_enc", "users.totp_secret"},
    {"users", "totp_pending_enc", "users.totp_pending"},
}};

// The first bytes of every ciphertext under the current key: version 2 and
// the key id (security/vault.cpp).
storage::Blob current_header(const security::Vault& vault) {
    const auto id = vault.current_key_id();
    return {2, static_cast<std::uint8_t>(id >> 24), static_cast<std::uint8_t>(id >> 16),
            static_cast<std::uint8_t>(id >> 8), static_cast<std::uint8_t>(id)};
}

// Table and column names come from the constant list above, never from data.
std::string select_not_current(const EncryptedColumn& c) {
    const std::string col = c.column;
    return "SELECT rowid, " + col + " FROM " + c.table + " WHERE rowid > ?1 AND rowid <= ?2 AND " + col +
           " IS NOT NULL AND substr(" + col + ", 1, 5) <> ?3 ORDER BY rowid";
}

std::string update_if_unchanged(const EncryptedColumn& c) {
    const std::string col = c.column;
    return "UPDATE " + std::string(c.table) + " SET " + col + " = ?1 WHERE rowid = ?2 AND " + col + " = ?3";
}

} // namespace

std::span<const EncryptedColumn> encrypted_columns() { return columns; }

void record_key_in_use(storage::Connection& c, std::uint32_t key_id) {
    c.query("INSERT INTO meta(key, value) VALUES('data_key_in_use', ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
            security::key_id_text(key_id))
        .run();
}

std::optional<std::uint32_t> key_in_use(storage::Connection& c) {
    auto q = c.query("SELECT value FROM meta WHERE key='data_key_in_use'");
    if (!q.next()) return std::nullopt;
    return static_cast<std::uint32_t>(std::stoul(q.text(0), nullptr, 16));
}

int reencrypt_window(storage::Connection& c, const security::Vault& vault, const EncryptedColumn& column,
                     std::int64_t after, std::int64_t window) {
    struct Row {
        std::int64_t rowid;
        storage::Blob old;
    };
    std::vector<Row> stale;
    {
        auto q = c.query(select_not_current(column), after, after + window, current_header(vault));
        while (q.next()) stale.push_back({q.int64(0), q.blob(1)});
    }
    int rewritten = 0;
    for (const auto& row : stale) {
        const auto fresh = vault.encrypt(vault.decrypt(row.old, column.label), column.label);
        c.query(update_if_unchanged(column), fresh, row.rowid, row.old).run();
        rewritten += c.changes();
    }
    return rewritten;
}

std::int64_t max_rowid(storage::Connection& c, const EncryptedColumn& column) {
    auto q = c.query("SELECT coalesce(max(rowid), 0) FROM " + std::string(column.table));
    q.next();
    return q.int64(0);
}

std::int64_t count_not_current(storage::Connection& c, const security::Vault& vault) {
    std::int64_t total = 0;
    for (const auto& column : columns) {
        const std::string col = column.column;
        auto q = c.query("SELECT count(*) FROM " + std::string(column.table) + " WHERE " + col +
                             " IS NOT NULL AND substr(" + col + ", 1, 5) <> ?1",
                         current_header(vault));
        q.next();
        total += q.int64(0);
    }
    return total;
}

} // namespace sportello::relay
