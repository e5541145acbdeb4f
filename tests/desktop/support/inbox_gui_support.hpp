#pragma once
// Shared by the inbox GUI tests against the real relay and simulator: the
// relay, the operator's desk, and helpers that find and open cases in the
// Assistenza tab. A test class derives from QObject and InboxGuiBase.

#include "content_gui_support.hpp"
#include "model/case_queue_model.hpp"
#include "ui/cases/case_notifier.hpp"
#include "ui/cases/cases_panel.hpp"

#include <QItemSelectionModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <chrono>
#include <memory>
#include <string>

namespace sportello::testing {

inline const std::string inboxPassword = "password-lunga-123";

inline int status(const net::ClientResult& reply) { return reply.ok() ? reply.response->status : 0; }

class InboxGuiBase {
protected:
    std::unique_ptr<RelayFixture> fixture_;
    std::unique_ptr<DeskUi> ui_;

    desk::CasesPanel& panel() { return *ui_->window->casesPanel(); }

    // The desk of user with the inbox in front, following the event stream;
    // the fallback timer would poll only once an hour, so whatever the test
    // sees arrives through the relay's events. False when any step fails.
    bool openInbox(const std::string& user) {
        ui_ = openDesk(*fixture_, user, inboxPassword);
        if (!ui_ || !ui_->window->casesPanel()) return false;
        ui_->window->tabs()->setCurrentWidget(&panel());
        if (!QTest::qWaitFor([&] { return panel().isStreaming(); }, networkTimeoutMs)) return false;
        panel().setLiveInterval(std::chrono::hours(1));
        return !panel().isPolling();
    }

    // The row of the case whose preview contains words; -1 when absent.
    int rowWith(const QString& words) {
        const desk::CaseQueueModel& model = *panel().model();
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row, desk::CaseQueueModel::PreviewColumn).data().toString().contains(words)) return row;
        return -1;
    }

    qint64 caseIdWith(const QString& words) {
        if (!QTest::qWaitFor([&] { return rowWith(words) >= 0; }, networkTimeoutMs)) return 0;
        return panel().model()->index(rowWith(words), 0).data(desk::CaseQueueModel::IdRole).toLongLong();
    }

    void openRow(int row) {
        panel().table()->selectionModel()->setCurrentIndex(
            panel().model()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    QString inboxTabText() {
        return ui_->window->tabs()->tabText(ui_->window->tabs()->indexOf(&panel())).remove(u'&');
    }

    bool notifiedAbout(qint64 id) {
        for (const auto& n : panel().notifier()->notifications())
            if (n.caseId == id) return n.title.contains(QString::number(id)) && !n.message.isEmpty();
        return false;
    }

    bool openIs(qint64 id) { return panel().openCase() && panel().openCase()->summary.id == id; }

    // A citizen writes text; the desk opens the case (found by words) and
    // claims it. Its id, or 0 when a step did not happen in time.
    qint64 claimNewCase(const std::string& citizen, const std::string& text, const QString& words,
                        const std::string& operatorName) {
        fixture_->citizen_says(citizen, text);
        const qint64 id = caseIdWith(words);
        if (id == 0) return 0;
        openRow(panel().model()->rowOf(id));
        if (!QTest::qWaitFor([&] { return openIs(id); }, networkTimeoutMs)) return 0;
        QMetaObject::invokeMethod(&panel(), &desk::CasesPanel::claimOpen);
        return QTest::qWaitFor([&] { return openOwnedBy(operatorName); }, networkTimeoutMs) ? id : 0;
    }

    bool openOwnedBy(const std::string& username) {
        return panel().openCase() && panel().openCase()->summary.owner &&
               panel().openCase()->summary.owner->username == username;
    }
};

} // namespace sportello::testing
