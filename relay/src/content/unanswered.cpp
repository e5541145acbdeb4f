#include "content/unanswered.hpp"

#include "log/log.hpp"
#include "sportello/hashtag/normalize.hpp"
#include "sportello/hashtag/redact.hpp"

#include <stdexcept>
#include <string>

namespace sportello::relay {
namespace {

// The associated data of unanswered_enc, and the domain of its lookup hash
// (so that a phrase never hashes like a phone number).
constexpr std::string_view phrase_column = "inbound.unanswered_phrase";

// The unknown tag or phrase as the tag it would become, placeholders left out.
std::vector<std::int64_t> suggestions_for(const hashtag::HashtagTree& published, const api::UnansweredItem& item) {
    const auto name = hashtag::normalize_tag(hashtag::without_placeholders(item.key));
    if (name.empty()) return {};
    return hashtag::suggest(published, name);
}

} // namespace

SealedPhrase seal_phrase(const security::Vault& vault, std::string_view phrase) {
    std::string domain(phrase_column);
    domain.push_back('\n');
    domain.append(phrase);
    return {vault.lookup_hash(domain), vault.encrypt(phrase, phrase_column)};
}

api::UnansweredReport unanswered_report(storage::Connection& c, const security::Vault& vault,
                                        const hashtag::HashtagTree& published, const UnansweredQuery& query) {
    api::UnansweredReport report;
    report.from_ms = query.from_ms;
    report.to_ms = query.to_ms;
    report.min_citizens = query.min_citizens;
    auto total = c.query("SELECT count(*) FROM inbound_messages WHERE unanswered = 1 AND received_at BETWEEN ? AND ?",
                         query.from_ms, query.to_ms);
    total.next();
    report.total = total.int64(0);

    // Tags by their (masked) text, phrases by their keyed hash. With a single
    // max() in the query, SQLite takes the bare unanswered_enc from the latest
    // row of each group: any row of a group decrypts to the same phrase.
    constexpr const char* groups =
        "WITH groups AS ("
        "  SELECT unanswered_kind AS kind, unanswered_key AS key, count(*) AS n,"
        "         count(DISTINCT contact_id) AS citizens, max(received_at) AS last_seen, unanswered_enc AS enc"
        "  FROM inbound_messages"
        "  WHERE unanswered = 1 AND received_at BETWEEN ? AND ?"
        "    AND ((unanswered_kind = 'tag' AND unanswered_key IS NOT NULL) OR"
        "         (unanswered_kind = 'phrase' AND unanswered_hash IS NOT NULL AND unanswered_enc IS NOT NULL))"
        "  GROUP BY unanswered_kind, unanswered_key, unanswered_hash) ";
    auto listed = c.query(std::string(groups) +
                              "SELECT kind, key, n, citizens, last_seen, enc FROM groups "
                              "WHERE kind = 'tag' OR citizens >= ? ORDER BY n DESC, last_seen DESC LIMIT ?",
                          query.from_ms, query.to_ms, query.min_citizens, query.limit);
    while (listed.next()) {
        api::UnansweredItem item;
        item.kind = listed.text(0);
        item.count = listed.int64(2);
        item.citizens = listed.int64(3);
        item.last_seen_ms = listed.int64(4);
        if (item.kind == "tag") {
            item.key = listed.text(1);
        } else {
            try {
                item.key = vault.decrypt(listed.blob(5), phrase_column);
            } catch (const std::runtime_error& e) {
                log::warning("unanswered", std::string("a phrase could not be decrypted and is left out: ") + e.what());
                continue;
            }
        }
        item.suggestions = suggestions_for(published, item);
        report.items.push_back(std::move(item));
    }

    auto others = c.query(std::string(groups) +
                              "SELECT coalesce(sum(n), 0), count(*) FROM groups WHERE kind = 'phrase' AND citizens < ?",
                          query.from_ms, query.to_ms, query.min_citizens);
    others.next();
    report.other_phrase_requests = others.int64(0);
    report.other_phrases = others.int64(1);
    return report;
}

int erase_phrases_before(storage::Connection& c, std::int64_t before_ms, int batch) {
    // inbound_phrases indexes exactly the rows that still hold a phrase.
    c.query("UPDATE inbound_messages SET unanswered_kind = NULL, unanswered_hash = NULL, unanswered_enc = NULL "
            "WHERE id IN (SELECT id FROM inbound_messages "
            "             WHERE unanswered_enc IS NOT NULL AND received_at < ? LIMIT ?)",
            before_ms, batch)
        .run();
    return c.changes();
}

} // namespace sportello::relay
