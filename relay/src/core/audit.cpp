#include "core/audit.hpp"

#include <optional>
#include <stdexcept>
#include <string>

namespace sportello::relay {
namespace {

const crypto::Bytes& genesis() {
    static const crypto::Bytes zeros(32, 0);
    return zeros;
}

void append_field(std::string& out, std::string_view field) {
    out += std::to_string(field.size());
    out += ':';
    out += field;
    out += '\n';
}

// Every field length-prefixed, so that no two different entries hash the
// same text ("ab" + "c" is not "a" + "bc").
crypto::Bytes entry_hash(const crypto::Bytes& prev, std::int64_t id, std::int64_t at, const std::string& actor,
                         const std::string& action, const std::string& target, const std::string& detail) {
    std::string data = "sportello-audit-v1\n";
    append_field(data, crypto::as_view(prev));
    append_field(data, std::to_string(id));
    append_field(data, std::to_string(at));
    append_field(data, actor);
    append_field(data, action);
    append_field(data, target);
    append_field(data, detail);
    return crypto::sha256(data);
}

struct Head {
    std::int64_t id = 0;
    std::optional<crypto::Bytes> hash;
};

// Where the chain starts: the genesis, or the last entry removed by
// retention (its id and hash, kept in meta as the anchor).
struct Anchor {
    std::int64_t id = 0;
    crypto::Bytes hash = genesis();
};

Anchor anchor(storage::Connection& c) {
    Anchor a;
    auto q = c.query("SELECT (SELECT value FROM meta WHERE key = 'audit_anchor_id'), "
                     "(SELECT value FROM meta WHERE key = 'audit_anchor_hash')");
    if (!q.next() || q.is_null(0) || q.is_null(1)) return a;
    auto hash = crypto::hex_decode(q.text(1));
    if (!hash) throw std::runtime_error("the audit trail's anchor in meta is not hexadecimal");
    a.id = std::stoll(q.text(0));
    a.hash = std::move(*hash);
    return a;
}

std::optional<Head> head(storage::Connection& c) {
    auto q = c.query("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
    if (q.next()) return Head{q.int64(0), q.optional_blob(1)};
    auto a = anchor(c);
    if (a.id == 0) return std::nullopt;
    return Head{a.id, std::move(a.hash)};
}

} // namespace

int seal_audit_chain(storage::Connection& c) {
    auto first = c.query("SELECT min(id) FROM audit_log WHERE hash IS NULL");
    if (!first.next() || first.is_null(0)) return 0;
    const auto from = first.int64(0);
    crypto::Bytes prev = anchor(c).hash;
    auto before = c.query("SELECT hash FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT 1", from);
    if (before.next() && !before.is_null(0)) prev = before.blob(0);
    struct Row {
        std::int64_t id, at;
        std::string actor, action, target, detail;
    };
    std::vector<Row> rows;
    auto q = c.query("SELECT id, at, actor, action, target, detail FROM audit_log WHERE id >= ? ORDER BY id", from);
    while (q.next()) rows.push_back(Row{q.int64(0), q.int64(1), q.text(2), q.text(3), q.text(4), q.text(5)});
    for (const auto& r : rows) {
        auto hash = entry_hash(prev, r.id, r.at, r.actor, r.action, r.target, r.detail);
        c.query("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", prev, hash, r.id).run();
        prev = std::move(hash);
    }
    return static_cast<int>(rows.size());
}

void audit(storage::Connection& c, const std::string& actor, const std::string& action, const std::string& target,
           const std::string& detail, std::int64_t now_ms) {
    auto last = head(c);
    if (last && !last->hash) {
        seal_audit_chain(c);
        last = head(c);
    }
    const auto id = last ? last->id + 1 : 1;
    const auto prev = last ? *last->hash : genesis();
    const auto hash = entry_hash(prev, id, now_ms, actor, action, target, detail);
    c.query("INSERT INTO audit_log(id, at, actor, action, target, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            id, now_ms, actor, action, target, detail, prev, hash)
        .run();
}

int prune_audit_before(storage::Connection& c, std::int64_t cutoff_ms, int limit) {
    std::int64_t last_id = 0;
    std::optional<crypto::Bytes> last_hash;
    auto q = c.query("SELECT id, at, hash FROM audit_log ORDER BY id LIMIT ?", limit);
    while (q.next()) {
        // Only the oldest entries, in order, and only sealed ones: the first
        // entry still in its period (or unsealed) ends the prefix.
        if (q.int64(1) >= cutoff_ms || q.is_null(2)) break;
        last_id = q.int64(0);
        last_hash = q.blob(2);
    }
    if (last_id == 0) return 0;
    const auto set_meta = "INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value";
    c.query(set_meta, "audit_anchor_id", std::to_string(last_id)).run();
    c.query(set_meta, "audit_anchor_hash", crypto::hex_encode(*last_hash)).run();
    c.query("DELETE FROM audit_log WHERE id <= ?", last_id).run();
    return c.changes();
}

api::AuditPage list_audit(storage::Connection& c, const AuditFilter& f) {
    auto q = c.query("SELECT id, at, actor, action, target, detail FROM audit_log "
                     "WHERE (? = '' OR actor = ?) AND (? = '' OR action = ?) AND (? IS NULL OR at >= ?) "
                     "AND (? IS NULL OR at < ?) AND (? IS NULL OR id < ?) ORDER BY id DESC LIMIT ?",
                     f.actor, f.actor, f.action, f.action, f.from_ms, f.from_ms, f.to_ms, f.to_ms, f.before_id,
                     f.before_id, static_cast<std::int64_t>(f.limit) + 1);
    api::AuditPage page;
    while (q.next()) {
        if (static_cast<int>(page.entries.size()) == f.limit) {
            page.next_before_id = page.entries.back().id;
            break;
        }
        page.entries.push_back(api::AuditEntry{q.int64(0), q.int64(1), q.text(2), q.text(3), q.text(4), q.text(5)});
    }
    return page;
}

AuditVerdict verify_audit_chain(storage::Connection& c) {
    AuditVerdict v;
    auto start = anchor(c);
    crypto::Bytes prev = std::move(start.hash);
    std::int64_t expected_id = start.id + 1;
    v.anchor_id = start.id;
    auto q = c.query("SELECT id, at, actor, action, target, detail, prev_hash, hash FROM audit_log ORDER BY id");
    auto broken = [&v](std::int64_t id, std::string reason) {
        v.intact = false;
        v.first_broken = id;
        v.reason = std::move(reason);
        return v;
    };
    while (q.next()) {
        const auto id = q.int64(0);
        if (id != expected_id)
            return broken(expected_id, "entry " + std::to_string(expected_id) + " is missing (deleted); entry " +
                                           std::to_string(id) + " comes next");
        const auto stored_prev = q.optional_blob(6);
        const auto stored_hash = q.optional_blob(7);
        if (!stored_prev || !stored_hash)
            return broken(id, "entry " + std::to_string(id) + " carries no hash (unsealed or erased)");
        if (!crypto::constant_time_equal(crypto::as_view(*stored_prev), crypto::as_view(prev)))
            return broken(id, "entry " + std::to_string(id) + " does not follow the entry before it "
                                                              "(an entry was moved, replaced or deleted here)");
        const auto computed = entry_hash(prev, id, q.int64(1), q.text(2), q.text(3), q.text(4), q.text(5));
        if (!crypto::constant_time_equal(crypto::as_view(computed), crypto::as_view(*stored_hash)))
            return broken(id, "entry " + std::to_string(id) + " was changed after it was written");
        prev = computed;
        ++v.entries;
        ++expected_id;
        v.head_id = id;
    }
    v.head_hash = v.entries ? prev : crypto::Bytes{};
    return v;
}

} // namespace sportello::relay
