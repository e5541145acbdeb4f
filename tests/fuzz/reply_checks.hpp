#pragma once
// What every message the bot sends must satisfy for WhatsApp to accept it,
// as fuzz invariants (shared by the bot and tree targets).

#include "fuzz_target.hpp"

#include "sportello/whatsapp/outgoing.hpp"
#include "sportello/whatsapp/text_rules.hpp"

#include <string_view>

inline bool within_limit(std::string_view text, std::size_t max) { return sportello::wa::length(text) <= max; }

inline void check_whatsapp_accepts(const sportello::wa::OutgoingMessage& m) {
    namespace wa = sportello::wa;
    namespace limits = wa::limits;
    FUZZ_CHECK(!wa::is_blank(m.body) || m.kind == wa::OutgoingMessage::Kind::template_message);
    FUZZ_CHECK(within_limit(m.body, limits::text_body));
    if (m.kind == wa::OutgoingMessage::Kind::list) {
        FUZZ_CHECK(!m.rows.empty() && m.rows.size() <= limits::list_rows);
        FUZZ_CHECK(within_limit(m.header, limits::list_header) && within_limit(m.footer, limits::list_footer));
        FUZZ_CHECK(!m.button.empty() && within_limit(m.button, limits::list_button));
        FUZZ_CHECK(within_limit(m.section_title, limits::list_section_title));
        for (const auto& row : m.rows) {
            FUZZ_CHECK(!row.id.empty() && within_limit(row.id, limits::list_row_id));
            FUZZ_CHECK(!wa::is_blank(row.title) && within_limit(row.title, limits::list_row_title));
            FUZZ_CHECK(within_limit(row.description, limits::list_row_description));
        }
    }
    auto stored = wa::decode_outgoing(wa::encode(m));   // the outbox's own form
    FUZZ_CHECK(stored && *stored == m);
}
