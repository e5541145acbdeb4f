#include "outbound/window.hpp"

#include "outbound/outbox.hpp"
#include "sportello/whatsapp/error_codes.hpp"
#include "sportello/whatsapp/outgoing.hpp"
#include "sportello/whatsapp/text_rules.hpp"

namespace sportello::relay {

bool window_open(std::optional<std::int64_t> last_inbound_ms, std::int64_t now_ms) noexcept {
    return last_inbound_ms && now_ms - *last_inbound_ms < service_window_ms;
}

bool is_free_form(std::string_view kind) noexcept { return kind == "auto_reply" || kind == "operator_reply"; }

std::string template_parameter(std::string_view text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        const bool blank = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (blank) {
            space = !out.empty();
            continue;
        }
        if (space) out.push_back(' ');
        space = false;
        out.push_back(c);
    }
    return wa::truncate(out, 900);
}

std::optional<std::int64_t> fall_back_to_template(storage::Connection& c, const security::Vault& vault,
                                                  const WhatsAppConfig& config, std::int64_t outbox_id,
                                                  std::int64_t now_ms) {
    auto q = c.query("SELECT contact_id, kind, lane, payload_enc, inbound_id FROM outbox WHERE id = ?", outbox_id);
    if (!q.next()) return std::nullopt;
    const auto contact_id = q.int64(0);
    const auto kind = q.text(1);
    const auto lane = static_cast<Lane>(q.int64(2));
    const auto payload = q.blob(3);
    const auto inbound_id = q.optional_int64(4);
    const bool has_template = !config.outside_window_template.empty();
    c.query("UPDATE outbox SET state = ?, error_code = ?, error_title = 'outside_window', "
            "error_details = ?, state_changed_at = ? WHERE id = ? AND state NOT IN (?, ?, ?)",
            OutboxState::failed, wa::error_code::re_engagement,
            has_template ? "the 24-hour window was closed: sent as template " + config.outside_window_template
                         : "the 24-hour window was closed and no template is configured",
            now_ms, outbox_id, OutboxState::read, OutboxState::delivered, OutboxState::cancelled).run();
    if (!has_template || !is_free_form(kind)) return std::nullopt;
    auto original = wa::decode_outgoing(vault.decrypt(payload, "outbox.payload"));
    if (!original) return std::nullopt;
    std::string text = original->body;
    for (const auto& row : original->rows) text += " #" + row.title;
    wa::OutgoingMessage t;
    t.kind = wa::OutgoingMessage::Kind::template_message;
    t.template_name = config.outside_window_template;
    t.template_language = config.outside_window_template_language;
    t.parameters = {template_parameter(text)};
    NewOutbound o{"window:" + std::to_string(outbox_id), contact_id, kind, lane,
                  vault.encrypt(wa::encode(t), "outbox.payload"), {}, inbound_id, now_ms};
    return enqueue(c, o, now_ms).id;
}

} // namespace sportello::relay
