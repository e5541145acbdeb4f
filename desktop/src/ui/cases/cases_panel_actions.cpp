// CasesPanel's actions on the open case: claim, release, transfer (the
// colleague picked in transferTo(), cases_panel_live.cpp), close, next case,
// reveal the number. Each refuses while offline or while another runs.

#include "ui/cases/cases_panel.hpp"

#include "api/wire_conversion.hpp"
#include "text/case_labels.hpp"
#include "ui/cases/case_composer.hpp"
#include "ui/dialogs.hpp"

#include <QPushButton>

#include <array>

namespace sportello::desk {

namespace {

constexpr std::array outcomes{api::CaseOutcome::answered, api::CaseOutcome::not_pertinent,
                              api::CaseOutcome::duplicate, api::CaseOutcome::spam};

} // namespace

void CasesPanel::claimOpen() {
    if (!open_ || acting_ || offline_ || ownsOpenCase()) return;
    acting_ = true;
    updateButtons();
    api_.claimCase(open_->summary.id, this, [this](ApiResult<api::CaseDetail> result) {
        acting_ = false;
        if (!result.ok()) {
            updateButtons();
            return showFailure(result.failure());
        }
        showCase(result.value());
        setStatus(tr("Case %1 is yours.").arg(result.value().summary.id));
        composer_->focusEditor();
        refreshLive();
    });
}

ApiClient::Callback<NoContent> CasesPanel::whenDone(const QString& message) {
    acting_ = true;
    updateButtons();
    return [this, message](ApiResult<NoContent> result) {
        acting_ = false;
        updateButtons();
        if (!result.ok()) return showFailure(result.failure());
        setStatus(message);
        refreshLive();
    };
}

void CasesPanel::releaseOpen() {
    if (!ownsOpenCase() || acting_ || offline_) return;
    const qint64 id = open_->summary.id;
    api_.releaseCase(id, this, whenDone(tr("Case %1 is back in the queue.").arg(id)));
}

void CasesPanel::transferOpen() {
    if (!ownsOpenCase() || acting_ || offline_) return;
    acting_ = true;
    updateButtons();
    api_.fetchColleagues(this, [this](ApiResult<QList<api::CaseOperator>> result) {
        acting_ = false;
        updateButtons();
        if (!result.ok()) return showFailure(result.failure());
        transferTo(result.value());
    });
}

void CasesPanel::closeOpen() {
    if (!ownsOpenCase() || acting_ || offline_) return;
    QStringList labels;
    for (auto o : outcomes) labels.append(CaseLabels::outcome(o));
    const auto chosen = Dialogs::choose(this, tr("Close the case"), tr("Outcome:"), labels, 0);
    if (!chosen || *chosen < 0 || *chosen >= static_cast<int>(outcomes.size())) return;
    const qint64 id = open_->summary.id;
    api_.closeCase(id, outcomes[static_cast<std::size_t>(*chosen)], this, whenDone(tr("Case %1 closed.").arg(id)));
}

void CasesPanel::nextCase() {
    if (acting_ || offline_) return;
    acting_ = true;
    updateButtons();
    api_.nextCase(this, [this](ApiResult<std::optional<api::CaseDetail>> result) {
        acting_ = false;
        updateButtons();
        if (!result.ok()) return showFailure(result.failure());
        if (!result.value()) return setStatus(tr("No unassigned case is waiting."));
        if (open_ && open_->summary.id != result.value()->summary.id) leaveCase();
        showCase(*result.value());
        setStatus(tr("Case %1 is yours.").arg(result.value()->summary.id));
        composer_->focusEditor();
        refreshLive();
    });
}

void CasesPanel::revealNumber() {
    if (!open_ || !canReveal_ || offline_) return;
    const qint64 id = open_->summary.id;
    api_.revealNumber(id, this, [this, id](ApiResult<api::RevealedNumber> result) {
        if (!result.ok()) return showFailure(result.failure());
        setStatus(tr("Case %1: the citizen's number is %2 (recorded in the audit trail).")
                      .arg(id)
                      .arg(toQString(result.value().phone)));
    });
}

} // namespace sportello::desk
