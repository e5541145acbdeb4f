#include "ui/users/sessions_dialog.hpp"

#include "api/api_client.hpp"
#include "model/session_table_model.hpp"
#include "text/user_labels.hpp"
#include "ui/dialogs.hpp"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace sportello::desk {

SessionsDialog::SessionsDialog(ApiClient& api, std::optional<UserAccount> user, QWidget* parent)
    : QDialog(parent), api_(api), user_(std::move(user)), model_(new SessionTableModel(this)), table_(new QTableView),
      refresh_(new QPushButton(tr("&Refresh"))), endOne_(new QPushButton(tr("&End session…"))),
      endAll_(new QPushButton(user_ ? tr("End &all sessions…") : tr("End &all other sessions…"))),
      status_(new QLabel) {
    setObjectName(QStringLiteral("sessionsDialog"));
    setWindowTitle(user_ ? tr("Sessions of %1").arg(user_->username) : tr("My sessions"));
    table_->setObjectName(QStringLiteral("sessionTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setColumnHidden(SessionTableModel::UserColumn, true);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->hide();
    refresh_->setObjectName(QStringLiteral("refreshSessionsButton"));
    endOne_->setObjectName(QStringLiteral("endSessionButton"));
    endAll_->setObjectName(QStringLiteral("endAllSessionsButton"));
    status_->setObjectName(QStringLiteral("sessionsStatus"));
    status_->setWordWrap(true);

    auto* intro = new QLabel(user_ ? tr("Where %1 is logged in now. Ending a session logs that desk out at once.")
                                         .arg(user_->username)
                                   : tr("Where you are logged in now. End a session you do not recognise, or one "
                                        "left open on another computer; then change your password."));
    intro->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(refresh_);
    buttons->addStretch(1);
    buttons->addWidget(endOne_);
    buttons->addWidget(endAll_);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(table_, 1);
    layout->addWidget(status_);
    layout->addWidget(close);
    resize(720, 360);

    connect(refresh_, &QPushButton::clicked, this, &SessionsDialog::refresh);
    connect(endOne_, &QPushButton::clicked, this, &SessionsDialog::endSelected);
    connect(endAll_, &QPushButton::clicked, this, &SessionsDialog::endAll);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SessionsDialog::updateButtons);
    connect(model_, &QAbstractItemModel::modelReset, this, &SessionsDialog::updateButtons);
    connect(model_, &QAbstractItemModel::rowsRemoved, this, &SessionsDialog::updateButtons);
    updateButtons();
}

void SessionsDialog::refresh() {
    ++pending_;
    refresh_->setEnabled(false);
    auto done = [this](ApiResult<QList<SessionInfo>> result) {
        --pending_;
        refresh_->setEnabled(true);
        if (!result.ok()) {
            showFailure(result.failure());
            return;
        }
        model_->setSessions(result.value());
        status_->setText(tr("%n open session(s).", nullptr, model_->rowCount()));
        Q_EMIT loaded();
    };
    if (user_) api_.fetchUserSessions(user_->id, this, done);
    else api_.fetchOwnSessions(this, done);
}

QStringList SessionsDialog::endable() const {
    QStringList ids;
    for (const SessionInfo& s : model_->sessions())
        if (!s.current) ids.append(s.id);
    return ids;
}

void SessionsDialog::endSelected() {
    const SessionInfo* s = model_->session(table_->selectionModel()->currentIndex().row());
    if (!s || s->current) return;
    if (!Dialogs::confirm(this, tr("End session"),
                          tr("End the session opened %1 from %2? That desk is logged out at once.")
                              .arg(model_->index(model_->rowOf(s->id), SessionTableModel::CreatedColumn).data().toString(),
                                   model_->index(model_->rowOf(s->id), SessionTableModel::AddressColumn).data().toString()),
                          tr("End session")))
        return;
    end({s->id});
}

void SessionsDialog::endAll() {
    const QStringList ids = endable();
    if (ids.isEmpty()) return;
    const QString question = user_ ? tr("End all %n session(s) of %1? Every desk of theirs is logged out at once.",
                                        nullptr, static_cast<int>(ids.size())).arg(user_->username)
                                   : tr("End your %n other session(s)? Only this desk stays logged in.", nullptr,
                                        static_cast<int>(ids.size()));
    if (!Dialogs::confirm(this, tr("End sessions"), question, tr("End sessions"))) return;
    end(ids);
}

void SessionsDialog::end(const QStringList& ids) {
    // One DELETE each; the list is fetched again once the last answers.
    auto remaining = std::make_shared<int>(static_cast<int>(ids.size()));
    pending_ += static_cast<int>(ids.size());
    updateButtons();
    for (const QString& id : ids) {
        api_.endSession(id, this, [this, id, remaining](ApiResult<NoContent> result) {
            --pending_;
            if (result.ok()) model_->remove(id);
            else if (!showFailure(result.failure())) return;
            if (--*remaining == 0) {
                if (result.ok()) status_->setText(tr("Sessions ended: %n open.", nullptr, model_->rowCount()));
                refresh();
            }
        });
    }
}

bool SessionsDialog::showFailure(const ApiFailure& failure) {
    if (failure.endsSession()) {
        Q_EMIT sessionEnded(failure.message);
        return false;
    }
    status_->setText(UserLabels::failure(failure));
    return true;
}

void SessionsDialog::selectSession(const QString& id) {
    const int row = model_->rowOf(id);
    if (row < 0) return;
    table_->selectionModel()->setCurrentIndex(model_->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void SessionsDialog::updateButtons() {
    const SessionInfo* s = model_->session(table_->selectionModel()->currentIndex().row());
    endOne_->setEnabled(pending_ == 0 && s && !s->current);
    endAll_->setEnabled(pending_ == 0 && !endable().isEmpty());
}

} // namespace sportello::desk
