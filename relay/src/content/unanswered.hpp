#pragma once
// The unanswered-requests ranking: which unknown tags and short phrases
// citizens used most over a period, with the closest published nodes, so an
// editor can turn one into an alias in one action.
//
// A phrase may be personal data even once masked (a name typed alone), so
// it is stored only encrypted, counted through a keyed hash of it (no
// decryption to group), listed only once enough different citizens wrote it,
// and erased after the retention period (see PhraseRetention). Tags are kept
// in clear, masked.

#include "security/vault.hpp"
#include "sportello/api/content.hpp"
#include "storage/sqlite.hpp"

#include <string_view>

namespace sportello::relay {

// A masked phrase as inbound_messages stores it.
struct SealedPhrase {
    crypto::Bytes hash;        // unanswered_hash: the same phrase, the same hash
    crypto::Bytes encrypted;   // unanswered_enc
};
SealedPhrase seal_phrase(const security::Vault& vault, std::string_view phrase);

struct UnansweredQuery {
    std::int64_t from_ms = 0;
    std::int64_t to_ms = 0;
    std::int64_t limit = 20;
    std::int64_t min_citizens = 3;   // different citizens in the period before a phrase is listed
};

// Runs inside a (read) database job; decrypts only the phrases it lists.
api::UnansweredReport unanswered_report(storage::Connection& c, const security::Vault& vault,
                                        const hashtag::HashtagTree& published, const UnansweredQuery& query);

// Erases the text of at most `batch` phrases received before `before_ms`
// (their requests stay counted as unanswered). Returns how many it erased.
// Runs inside a write job.
int erase_phrases_before(storage::Connection& c, std::int64_t before_ms, int batch);

} // namespace sportello::relay
