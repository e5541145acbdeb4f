#pragma once
// The unanswered-requests ranking: which unknown tags and short phrases
// citizens used most over a period, with the closest published nodes, so an
// editor can turn one into an alias in one action.

#include "sportello/api/content.hpp"
#include "storage/sqlite.hpp"

namespace sportello::relay {

api::UnansweredReport unanswered_report(storage::Connection& c, const hashtag::HashtagTree& published,
                                        std::int64_t from_ms, std::int64_t to_ms, std::int64_t limit);

} // namespace sportello::relay
