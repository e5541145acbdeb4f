#include "ui/users/user_dialog.hpp"

#include "model/user_table_model.hpp"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sportello::desk {

namespace {

// Least to most powerful, as an administrator reads them.
constexpr sportello::Role roles[] = {sportello::Role::viewer, sportello::Role::operator_, sportello::Role::editor,
                                     sportello::Role::supervisor, sportello::Role::admin};

} // namespace

UserDialog::UserDialog(const UserAccount* existing, QWidget* parent)
    : QDialog(parent), username_(new QLineEdit), displayName_(new QLineEdit), role_(new QComboBox),
      status_(new QLabel) {
    setObjectName(QStringLiteral("userDialog"));
    setWindowTitle(existing ? tr("Edit %1").arg(existing->username) : tr("New user"));
    username_->setObjectName(QStringLiteral("userUsernameEdit"));
    displayName_->setObjectName(QStringLiteral("userDisplayNameEdit"));
    displayName_->setMaxLength(100);
    role_->setObjectName(QStringLiteral("userRoleCombo"));
    for (sportello::Role r : roles) role_->addItem(UserTableModel::roleName(r), static_cast<int>(r));
    role_->setCurrentIndex(role_->findData(static_cast<int>(sportello::Role::operator_)));
    status_->setObjectName(QStringLiteral("userDialogStatus"));
    status_->setWordWrap(true);
    status_->setStyleSheet(QStringLiteral("color: #b00020;"));
    status_->hide();
    if (existing) {
        userId_ = existing->id;
        username_->setText(existing->username);
        username_->setReadOnly(true);
        displayName_->setText(existing->displayName);
        role_->setCurrentIndex(role_->findData(static_cast<int>(existing->role)));
    } else {
        username_->setPlaceholderText(tr("e.g. m.rossi"));
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&Username:"), username_);
    form->addRow(tr("&Name shown:"), displayName_);
    form->addRow(tr("&Role:"), role_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    save_ = buttons->addButton(existing ? tr("&Save") : tr("&Create"), QDialogButtonBox::AcceptRole);
    save_->setObjectName(QStringLiteral("userSaveButton"));
    auto* layout = new QVBoxLayout(this);
    if (!existing)
        layout->addWidget(new QLabel(tr("The new user receives a temporary password, to change at the first login.")));
    layout->addLayout(form);
    layout->addWidget(status_);
    layout->addWidget(buttons);
    connect(save_, &QPushButton::clicked, this, &UserDialog::trySubmit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

UserDialog::Fields UserDialog::fields() const {
    return Fields{username_->text().trimmed(), displayName_->text().trimmed(),
                  static_cast<sportello::Role>(role_->currentData().toInt())};
}

void UserDialog::showError(const QString& message) {
    status_->setText(message);
    status_->setVisible(!message.isEmpty());
    save_->setEnabled(true);
}

void UserDialog::trySubmit() {
    const Fields f = fields();
    if (f.username.isEmpty()) return showError(tr("A username is required."));
    if (userId_ != 0 && f.displayName.isEmpty()) return showError(tr("A name is required."));
    showError({});
    save_->setEnabled(false);
    Q_EMIT submitted(f);
}

} // namespace sportello::desk
