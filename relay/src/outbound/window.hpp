#pragma once
// The 24-hour customer-service window (whatsapp-cloud-api.md §6): free-form
// messages only within 24 hours of the citizen's last message, measured on
// the messages' own timestamps. Outside it a free-form message becomes the
// configured approved template, as a new outbox row, or fails.

#include "config/config.hpp"
#include "security/vault.hpp"
#include "storage/sqlite.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace sportello::relay {

inline constexpr std::int64_t service_window_ms = 24LL * 3600 * 1000;

bool window_open(std::optional<std::int64_t> last_inbound_ms, std::int64_t now_ms) noexcept;

// Kinds of outbox rows that are free-form text (as opposed to templates).
bool is_free_form(std::string_view kind) noexcept;

// A template parameter from free text: one line, collapsed spaces, at most
// 900 characters (WhatsApp refuses newlines and long runs of spaces).
std::string template_parameter(std::string_view text);

// Marks the free-form row `outbox_id` failed (outside_window) and, when a
// template is configured, queues the template in its place (idempotent: key
// "window:<id>"). Returns the new row's id, if one was queued. Runs in a job.
std::optional<std::int64_t> fall_back_to_template(storage::Connection& c, const security::Vault& vault,
                                                  const WhatsAppConfig& config, std::int64_t outbox_id,
                                                  std::int64_t now_ms);

} // namespace sportello::relay
