#include "ui/password_change_dialog.hpp"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sportello::desk {

PasswordChangeDialog::PasswordChangeDialog(const QString& username, QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("passwordChangeDialog"));
    setWindowTitle(tr("Choose your password"));
    auto* intro = new QLabel(tr("You logged in as %1 with a temporary password. Choose your own password to continue: "
                                "at least 12 characters, not containing your username, not a common password or word.")
                                 .arg(username));
    intro->setWordWrap(true);
    newEdit_ = new QLineEdit;
    newEdit_->setObjectName(QStringLiteral("newPasswordEdit"));
    newEdit_->setEchoMode(QLineEdit::Password);
    confirmEdit_ = new QLineEdit;
    confirmEdit_->setObjectName(QStringLiteral("confirmPasswordEdit"));
    confirmEdit_->setEchoMode(QLineEdit::Password);
    errorLabel_ = new QLabel;
    errorLabel_->setObjectName(QStringLiteral("passwordErrorLabel"));
    errorLabel_->setWordWrap(true);
    errorLabel_->setVisible(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    changeButton_ = buttons->addButton(tr("Change password"), QDialogButtonBox::AcceptRole);
    changeButton_->setObjectName(QStringLiteral("changePasswordButton"));
    changeButton_->setDefault(true);
    connect(changeButton_, &QPushButton::clicked, this, &PasswordChangeDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("New password:"), newEdit_);
    form->addRow(tr("Repeat it:"), confirmEdit_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(errorLabel_);
    layout->addWidget(buttons);
}

void PasswordChangeDialog::showError(const QString& message) {
    errorLabel_->setText(message);
    errorLabel_->setVisible(!message.isEmpty());
}

QString PasswordChangeDialog::errorText() const { return errorLabel_->isVisible() ? errorLabel_->text() : QString(); }

void PasswordChangeDialog::setBusy(bool busy) {
    newEdit_->setEnabled(!busy);
    confirmEdit_->setEnabled(!busy);
    changeButton_->setEnabled(!busy);
}

void PasswordChangeDialog::submit() {
    if (newEdit_->text().isEmpty()) return showError(tr("Enter the new password."));
    if (newEdit_->text() != confirmEdit_->text()) return showError(tr("The two passwords differ."));
    showError({});
    Q_EMIT passwordChosen(newEdit_->text());
}

} // namespace sportello::desk
