#pragma once
// `sportello-relay probe` (docs/relay-cli.md, docs/operations.md): one
// synthetic citizen message, signed with the real app secret, posted to the
// relay's public webhook listener over HTTPS; success when the bot's answer
// is in the outbox and the dispatcher has taken it (recorded as synthetic,
// never sent to WhatsApp) within sla.probe_deadline_seconds. The result is a
// row of probe_results either way.

#include "config/config.hpp"

#include <cstdint>
#include <string>

namespace sportello::relay {

struct ProbeOutcome {
    bool ok = false;
    std::int64_t started_at_ms = 0;
    std::int64_t latency_ms = 0;   // until the dispatcher took the answer; on failure, until giving up
    std::string cause;             // empty when ok
    std::string wamid;
};

// The webhook URL the probe posts to: sla.probe_url, or the first listener's.
std::string probe_webhook_url(const RelayConfig& config);

// Runs one probe and records it. Blocking: for the command line only.
// Throws std::runtime_error when the probe is not configured or the result
// cannot be recorded.
ProbeOutcome run_probe(const RelayConfig& config);

} // namespace sportello::relay
