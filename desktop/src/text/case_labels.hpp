#pragma once
// The words the operator reads for the operators' inbox: case states,
// reasons and outcomes, the time left in a citizen's 24-hour window, an
// outbound failure explained, and the citizen's thread drawn as WhatsApp
// bubbles (the citizen's on the left, ours on the right, events centred).
// Through tr(); unknown ids are shown as they are.

#include "sportello/api/cases.hpp"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <optional>

namespace sportello::desk {

class CaseLabels {
    Q_DECLARE_TR_FUNCTIONS(CaseLabels)

public:
    static QString state(api::CaseState state);
    static QString reason(api::CaseReason reason);
    static QString outcome(api::CaseOutcome outcome);
    // "new", "claimed", "waiting", "closed" as the relay counts them.
    static QString stateId(const QString& wireState);
    // The time left in the window at nowMs: "2 h 05 min", "12 minutes", or
    // "closed" when the window is closed (nullopt) or has run out.
    static QString timeLeft(const std::optional<std::int64_t>& closesAtMs, std::int64_t nowMs);
    // The operator's name: the display name, else the username.
    static QString operatorName(const api::CaseOperator& op);
    // The outbound status ("queued", "sent", "delivered", "read", "failed"…).
    static QString deliveryStatus(const QString& status);
    // Why an outbound message failed, from the relay's error (a WhatsApp
    // error code or title, or an error id such as outside_window).
    static QString failureExplanation(const QString& error);
    // The whole thread as one HTML document for a QTextBrowser.
    static QString threadHtml(const api::CaseDetail& detail);
};

} // namespace sportello::desk
