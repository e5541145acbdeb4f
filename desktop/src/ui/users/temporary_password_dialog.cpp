#include "ui/users/temporary_password_dialog.hpp"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sportello::desk {

TemporaryPasswordDialog::TemporaryPasswordDialog(const TemporaryCredentials& issued, bool reset, QWidget* parent)
    : QDialog(parent), password_(new QLineEdit(issued.temporaryPassword)) {
    setObjectName(QStringLiteral("temporaryPasswordDialog"));
    const QString who = issued.user.username;
    setWindowTitle(tr("Temporary password of %1").arg(who));
    password_->setObjectName(QStringLiteral("temporaryPasswordEdit"));
    password_->setReadOnly(true);
    password_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    password_->setMinimumWidth(password_->fontMetrics().horizontalAdvance(issued.temporaryPassword) + 24);
    auto* copy = new QPushButton(tr("&Copy"));
    copy->setObjectName(QStringLiteral("copyPasswordButton"));
    auto* intro = new QLabel(reset ? tr("The password of %1 was reset; any open session of theirs has ended. "
                                        "The temporary password:").arg(who)
                                   : tr("User %1 created. The temporary password:").arg(who));
    intro->setWordWrap(true);
    auto* warning = new QLabel(tr("<b>Give it to %1 in person or by phone, never by e-mail.</b> It cannot be shown "
                                  "again, and it must be changed at the first login.")
                                   .arg(who.toHtmlEscaped()));
    warning->setObjectName(QStringLiteral("temporaryPasswordWarning"));
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral("color: #b35c00;"));
    auto* row = new QHBoxLayout;
    row->addWidget(password_, 1);
    row->addWidget(copy);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(warning);
    layout->addWidget(buttons);
    connect(copy, &QPushButton::clicked, this, &TemporaryPasswordDialog::copyToClipboard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString TemporaryPasswordDialog::password() const { return password_->text(); }

void TemporaryPasswordDialog::copyToClipboard() { QGuiApplication::clipboard()->setText(password_->text()); }

void TemporaryPasswordDialog::done(int result) {
    password_->clear();   // nothing of it stays in memory longer than needed
    QDialog::done(result);
}

} // namespace sportello::desk
