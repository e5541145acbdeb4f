#include "content/unanswered.hpp"

#include "sportello/hashtag/normalize.hpp"

namespace sportello::relay {

api::UnansweredReport unanswered_report(storage::Connection& c, const hashtag::HashtagTree& published,
                                        std::int64_t from_ms, std::int64_t to_ms, std::int64_t limit) {
    api::UnansweredReport report;
    report.from_ms = from_ms;
    report.to_ms = to_ms;
    auto total = c.query("SELECT count(*) FROM inbound_messages WHERE unanswered = 1 AND received_at BETWEEN ? AND ?",
                         from_ms, to_ms);
    total.next();
    report.total = total.int64(0);
    auto q = c.query("SELECT unanswered_key, unanswered_kind, count(*) AS n, max(received_at) FROM inbound_messages "
                     "WHERE unanswered = 1 AND unanswered_key IS NOT NULL AND received_at BETWEEN ? AND ? "
                     "GROUP BY unanswered_key, unanswered_kind ORDER BY n DESC, max(received_at) DESC LIMIT ?",
                     from_ms, to_ms, limit);
    while (q.next()) {
        api::UnansweredItem item{q.text(0), q.text(1), q.int64(2), q.int64(3), {}};
        // Phrases are compared as the tag they would become.
        item.suggestions = hashtag::suggest(published, item.kind == "tag" ? item.key : hashtag::normalize_tag(item.key));
        report.items.push_back(std::move(item));
    }
    return report;
}

} // namespace sportello::relay
