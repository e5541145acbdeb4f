#pragma once
// The states of a message to a citizen: a row of the relay's outbox, the
// `status` of /api/v1/messages (docs/openapi.yaml, Status) and the keys of a
// broadcast's counts in /ops/v1. The names are stored in the database and
// sent on the wire: never rename one.
//
//   queued → sending → sent → delivered → read (or played)
//   failed, cancelled, expired: the last word, WhatsApp's or the relay's
//
// sent, delivered, read, played and failed are also the statuses WhatsApp's
// webhooks report, with the same names.

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace sportello {

enum class OutboxState : std::uint8_t {
    queued,       // waiting for its time, a token or the citizen's pacing
    sending,      // claimed: its request is (or was, before a crash) on its way
    sent,         // accepted by WhatsApp
    delivered,
    read,
    played,       // a voice message heard
    failed,
    cancelled,    // by the relay: consent withdrawn, replaced, broadcast cancelled
    expired,      // by the relay: its expires_at passed before it was sent
};

inline constexpr std::array all_outbox_states{
    OutboxState::queued, OutboxState::sending, OutboxState::sent,      OutboxState::delivered, OutboxState::read,
    OutboxState::played, OutboxState::failed,  OutboxState::cancelled, OutboxState::expired,
};

constexpr std::string_view to_string(OutboxState state) noexcept {
    switch (state) {
    case OutboxState::queued: return "queued";
    case OutboxState::sending: return "sending";
    case OutboxState::sent: return "sent";
    case OutboxState::delivered: return "delivered";
    case OutboxState::read: return "read";
    case OutboxState::played: return "played";
    case OutboxState::failed: return "failed";
    case OutboxState::cancelled: return "cancelled";
    case OutboxState::expired: return "expired";
    }
    return {};
}

constexpr std::optional<OutboxState> outbox_state_from_string(std::string_view name) noexcept {
    for (const auto state : all_outbox_states)
        if (to_string(state) == name) return state;
    return std::nullopt;
}

// Forward-only moves: a status replaces a row's state only when it ranks
// higher, so statuses arriving out of order never move a row back. failed
// outranks every other status WhatsApp reports; cancelled outranks all, so a
// cancelled row stays cancelled. expired ranks with queued: a row expired
// after being resent from a crash was maybe sent after all, and a status
// proving it moves it forward.
constexpr int forward_rank(OutboxState state) noexcept {
    switch (state) {
    case OutboxState::queued: return 0;
    case OutboxState::sending: return 1;
    case OutboxState::sent: return 2;
    case OutboxState::delivered: return 3;
    case OutboxState::read: return 4;
    case OutboxState::played: return 4;
    case OutboxState::failed: return 5;
    case OutboxState::cancelled: return 6;
    case OutboxState::expired: return 0;
    }
    return 0;
}

// The statuses WhatsApp's webhooks report; the relay ignores any other
// (docs/whatsapp-channel.md).
constexpr bool reported_by_whatsapp(OutboxState state) noexcept {
    return state == OutboxState::sent || state == OutboxState::delivered || state == OutboxState::read ||
           state == OutboxState::played || state == OutboxState::failed;
}

} // namespace sportello
