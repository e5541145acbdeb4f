#include "ui/users/users_panel.hpp"

#include "api/api_client.hpp"
#include "model/user_table_model.hpp"
#include "text/user_labels.hpp"
#include "ui/dialogs.hpp"
#include "ui/users/sessions_dialog.hpp"
#include "ui/users/temporary_password_dialog.hpp"
#include "ui/users/user_dialog.hpp"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace sportello::desk {

UsersPanel::UsersPanel(ApiClient& api, QWidget* parent)
    : QWidget(parent), api_(api), model_(new UserTableModel(this)), proxy_(new QSortFilterProxyModel(this)),
      table_(new QTableView), filter_(new QLineEdit), refresh_(new QPushButton(tr("&Refresh"))),
      create_(new QPushButton(tr("&New user…"))), edit_(new QPushButton(tr("&Edit…"))),
      toggle_(new QPushButton(tr("&Disable…"))), reset_(new QPushButton(tr("Reset &password…"))),
      unlock_(new QPushButton(tr("Un&lock"))),
      resetTwoFactor_(new QPushButton(tr("Reset &two-factor…"))), sessions_(new QPushButton(tr("&Sessions…"))), status_(new QLabel) {
    proxy_->setSourceModel(model_);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy_->setFilterKeyColumn(-1);   // any column: name, username, role, state
    table_->setObjectName(QStringLiteral("userTable"));
    table_->setModel(proxy_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(UserTableModel::UsernameColumn, Qt::AscendingOrder);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->horizontalHeader()->setSectionResizeMode(UserTableModel::StateColumn, QHeaderView::Stretch);
    table_->verticalHeader()->hide();
    filter_->setObjectName(QStringLiteral("userFilterEdit"));
    filter_->setPlaceholderText(tr("Filter by name, username, role or state"));
    filter_->setClearButtonEnabled(true);
    refresh_->setObjectName(QStringLiteral("refreshUsersButton"));
    create_->setObjectName(QStringLiteral("createUserButton"));
    edit_->setObjectName(QStringLiteral("editUserButton"));
    toggle_->setObjectName(QStringLiteral("toggleUserButton"));
    reset_->setObjectName(QStringLiteral("resetPasswordButton"));
    unlock_->setObjectName(QStringLiteral("unlockUserButton"));
    resetTwoFactor_->setObjectName(QStringLiteral("resetTwoFactorButton"));
    sessions_->setObjectName(QStringLiteral("userSessionsButton"));
    status_->setObjectName(QStringLiteral("usersStatus"));
    status_->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(refresh_);
    buttons->addWidget(filter_, 1);
    for (QPushButton* b : {create_, edit_, toggle_, reset_, unlock_, resetTwoFactor_, sessions_}) buttons->addWidget(b);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The people who use Sportello. Each role is a fixed set of permissions; the "
                                    "relay checks them on every request.")));
    layout->addLayout(buttons);
    layout->addWidget(table_, 1);
    layout->addWidget(status_);

    connect(filter_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);
    connect(refresh_, &QPushButton::clicked, this, &UsersPanel::refresh);
    connect(create_, &QPushButton::clicked, this, &UsersPanel::createUser);
    connect(edit_, &QPushButton::clicked, this, &UsersPanel::editSelected);
    connect(toggle_, &QPushButton::clicked, this, &UsersPanel::toggleSelected);
    connect(reset_, &QPushButton::clicked, this, &UsersPanel::resetSelected);
    connect(unlock_, &QPushButton::clicked, this, &UsersPanel::unlockSelected);
    connect(resetTwoFactor_, &QPushButton::clicked, this, &UsersPanel::resetTwoFactorOfSelected);
    connect(sessions_, &QPushButton::clicked, this, &UsersPanel::showSessionsOfSelected);
    connect(table_, &QTableView::activated, this, &UsersPanel::editSelected);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &UsersPanel::updateButtons);
    connect(model_, &QAbstractItemModel::modelReset, this, &UsersPanel::updateButtons);
    connect(model_, &QAbstractItemModel::dataChanged, this, &UsersPanel::updateButtons);
    updateButtons();
}

UserDialog* UsersPanel::userDialog() const { return userDialog_.data(); }
TemporaryPasswordDialog* UsersPanel::passwordDialog() const { return passwordDialog_.data(); }
SessionsDialog* UsersPanel::sessionsDialog() const { return sessionsDialog_.data(); }
QString UsersPanel::statusText() const { return status_->text(); }

void UsersPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!loadedOnce_) refresh();
}

void UsersPanel::refresh() {
    loadedOnce_ = true;
    if (loading_) return;
    loading_ = true;
    refresh_->setEnabled(false);
    api_.fetchUsers(this, [this](ApiResult<QList<UserAccount>> result) {
        loading_ = false;
        refresh_->setEnabled(true);
        if (!result.ok()) {
            showFailure(result.failure());
            return;
        }
        const UserAccount* before = selected();
        const qint64 id = before ? before->id : 0;
        model_->setUsers(result.value());
        selectUser(id);
        Q_EMIT loaded();
    });
}

const UserAccount* UsersPanel::selected() const {
    const QModelIndex current = table_->selectionModel()->currentIndex();
    return current.isValid() ? model_->user(proxy_->mapToSource(current).row()) : nullptr;
}

void UsersPanel::selectUser(qint64 id) {
    const QModelIndex index = proxy_->mapFromSource(model_->index(model_->rowOf(id), 0));
    if (!index.isValid()) return;
    table_->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void UsersPanel::createUser() {
    if (userDialog_) return;
    userDialog_ = new UserDialog(nullptr, this);
    userDialog_->setAttribute(Qt::WA_DeleteOnClose);
    connect(userDialog_, &UserDialog::submitted, this, [this, dialog = userDialog_.data()] { submit(dialog); });
    userDialog_->open();   // window-modal, without a nested event loop
}

void UsersPanel::editSelected() {
    const UserAccount* u = selected();
    if (!u || userDialog_) return;
    userDialog_ = new UserDialog(u, this);
    userDialog_->setAttribute(Qt::WA_DeleteOnClose);
    connect(userDialog_, &UserDialog::submitted, this, [this, dialog = userDialog_.data()] { submit(dialog); });
    userDialog_->open();
}

void UsersPanel::submit(UserDialog* dialog) {
    const UserDialog::Fields f = dialog->fields();
    // The dialog is the context: closing it drops the answer.
    auto refused = [this, dialog](const ApiFailure& failure) {
        if (showFailure(failure)) dialog->showError(UserLabels::failure(failure));
    };
    if (dialog->userId() == 0) {
        api_.createUser(f.username, f.displayName, f.role, dialog, [this, dialog, refused](ApiResult<TemporaryCredentials> r) {
            if (!r.ok()) return refused(r.failure());
            dialog->accept();
            applied(r.value().user, tr("User %1 created.").arg(r.value().user.username));
            showPassword(r.value(), false);
        });
        return;
    }
    const UserAccount* before = model_->user(model_->rowOf(dialog->userId()));
    if (!before) return dialog->reject();
    const std::optional<QString> name = f.displayName != before->displayName ? std::optional(f.displayName) : std::nullopt;
    const std::optional<sportello::Role> role = f.role != before->role ? std::optional(f.role) : std::nullopt;
    if (!name && !role) return dialog->accept();
    api_.updateUser(before->id, name, role, std::nullopt, dialog, [this, dialog, refused](ApiResult<UserAccount> r) {
        if (!r.ok()) return refused(r.failure());
        dialog->accept();
        applied(r.value(), tr("User %1 saved.").arg(r.value().username));
    });
}

void UsersPanel::toggleSelected() {
    const UserAccount* u = selected();
    if (!u) return;
    const bool disable = !u->disabled;
    const QString question = disable ? tr("Disable %1? They can no longer log in, and their open sessions end at "
                                          "once. You can re-enable the account later.").arg(u->username)
                                     : tr("Re-enable %1? They can log in again with their password.").arg(u->username);
    if (!Dialogs::confirm(this, disable ? tr("Disable user") : tr("Re-enable user"), question,
                          disable ? tr("Disable") : tr("Re-enable")))
        return;
    api_.updateUser(u->id, std::nullopt, std::nullopt, disable, this, [this, disable](ApiResult<UserAccount> r) {
        if (!r.ok()) {
            showFailure(r.failure());
            return;
        }
        applied(r.value(), disable ? tr("User %1 disabled; their sessions have ended.").arg(r.value().username)
                                   : tr("User %1 re-enabled.").arg(r.value().username));
    });
}

void UsersPanel::resetSelected() {
    const UserAccount* u = selected();
    if (!u) return;
    if (!Dialogs::confirm(this, tr("Reset password"),
                          tr("Give %1 a new temporary password? The current password stops working and their "
                             "open sessions end at once.").arg(u->username),
                          tr("Reset")))
        return;
    api_.resetPassword(u->id, this, [this](ApiResult<TemporaryCredentials> r) {
        if (!r.ok()) {
            showFailure(r.failure());
            return;
        }
        applied(r.value().user, tr("Password of %1 reset.").arg(r.value().user.username));
        showPassword(r.value(), true);
    });
}

void UsersPanel::unlockSelected() {
    const UserAccount* u = selected();
    if (!u || !u->isLocked()) return;
    api_.unlockUser(u->id, this, [this](ApiResult<UserAccount> r) {
        if (!r.ok()) {
            showFailure(r.failure());
            return;
        }
        applied(r.value(), tr("User %1 unlocked: they can log in again.").arg(r.value().username));
    });
}

// For a user who lost the authenticator and the recovery codes: the next
// login sets two-factor authentication up again.
void UsersPanel::resetTwoFactorOfSelected() {
    const UserAccount* u = selected();
    if (!u || !u->twoFactorEnrolled) return;
    if (!Dialogs::confirm(this, tr("Reset two-factor authentication"),
                          tr("Clear the two-factor authentication of %1? Their recovery codes stop working, their "
                             "open sessions end at once, and at the next login they set it up again.")
                              .arg(u->username),
                          tr("Reset")))
        return;
    api_.resetTwoFactor(u->id, this, [this](ApiResult<UserAccount> r) {
        if (!r.ok()) {
            showFailure(r.failure());
            return;
        }
        applied(r.value(), tr("Two-factor authentication of %1 reset; their sessions have ended.")
                               .arg(r.value().username));
    });
}

void UsersPanel::showSessionsOfSelected() {
    const UserAccount* u = selected();
    if (!u) return;
    if (sessionsDialog_) sessionsDialog_->close();
    sessionsDialog_ = new SessionsDialog(api_, *u, this);
    sessionsDialog_->setAttribute(Qt::WA_DeleteOnClose);
    connect(sessionsDialog_, &SessionsDialog::sessionEnded, this, &UsersPanel::sessionEnded);
    sessionsDialog_->show();
    sessionsDialog_->refresh();
}

void UsersPanel::applied(const UserAccount& user, const QString& message) {
    model_->update(user);
    selectUser(user.id);
    status_->setText(message);
    updateButtons();
}

void UsersPanel::showPassword(const TemporaryCredentials& issued, bool reset) {
    if (passwordDialog_) passwordDialog_->close();
    passwordDialog_ = new TemporaryPasswordDialog(issued, reset, this);
    passwordDialog_->setAttribute(Qt::WA_DeleteOnClose);
    passwordDialog_->open();
}

bool UsersPanel::showFailure(const ApiFailure& failure) {
    if (failure.endsSession()) {
        Q_EMIT sessionEnded(failure.message);
        return false;
    }
    status_->setText(UserLabels::failure(failure));
    return true;
}

void UsersPanel::updateButtons() {
    const UserAccount* u = selected();
    for (QPushButton* b : {edit_, toggle_, reset_, sessions_}) b->setEnabled(u != nullptr);
    unlock_->setEnabled(u && u->isLocked());
    resetTwoFactor_->setEnabled(u && u->twoFactorEnrolled);
    toggle_->setText(u && u->disabled ? tr("Re-&enable…") : tr("&Disable…"));
}

} // namespace sportello::desk
