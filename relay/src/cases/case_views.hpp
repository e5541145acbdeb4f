#pragma once
// Cases as operators see them: the queue with its counts, and one case with
// the citizen's whole conversation, its timing and the bot's near misses.
// Numbers are masked; bodies are decrypted for the operator. All functions
// run inside a read job (reader threads may decrypt).

#include "cases/presence.hpp"
#include "core/tree_store.hpp"
#include "security/vault.hpp"
#include "sportello/api/cases.hpp"
#include "sportello/result.hpp"
#include "sportello/whatsapp/outgoing.hpp"
#include "storage/sqlite.hpp"

#include <cstdint>
#include <optional>

namespace sportello::relay {

enum class CaseFilter { mine, unassigned, all, closed };
std::optional<CaseFilter> case_filter_from_string(std::string_view s) noexcept;

api::CaseList list_cases(storage::Connection& c, const security::Vault& vault, CaseFilter filter, std::int64_t user_id,
                         const Presence& presence, std::int64_t now_ms);

// Errors: not_found.
Result<api::CaseDetail> case_detail(storage::Connection& c, const security::Vault& vault, std::int64_t case_id,
                                    const TreeSnapshot& tree, const Presence& presence, std::int64_t now_ms);

// Published answers whose tag, aliases or title contain `query` (folded),
// at most `limit`, for the composer's canned answers.
std::vector<api::CannedAnswer> canned_answers(const TreeSnapshot& tree, std::string_view query, std::size_t limit);

// What a message to a citizen says, as a line of text: its body, or a
// template's name and parameters ("promemoria: la vaccinazione, 12/03").
std::string readable_text(const wa::OutgoingMessage& m);

} // namespace sportello::relay
