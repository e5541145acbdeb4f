#include "ui/admin/token_dialog.hpp"

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

TokenDialog::TokenDialog(const IssuedToken& issued, bool rotated, QWidget* parent)
    : QDialog(parent), token_(new QLineEdit(issued.token)) {
    setObjectName(QStringLiteral("tokenDialog"));
    setWindowTitle(tr("Token of %1").arg(issued.client.name));
    token_->setObjectName(QStringLiteral("tokenEdit"));
    token_->setReadOnly(true);
    token_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    token_->setMinimumWidth(token_->fontMetrics().horizontalAdvance(issued.token) + 24);
    auto* copy = new QPushButton(tr("&Copy"));
    copy->setObjectName(QStringLiteral("copyTokenButton"));
    auto* warning = new QLabel(tr("<b>Copy this token now and give it to %1 through a safe channel.</b> It cannot "
                                  "be shown again: Sportello keeps only a fingerprint of it. If it is lost, rotate "
                                  "the token.")
                                   .arg(issued.client.name.toHtmlEscaped()));
    warning->setObjectName(QStringLiteral("tokenWarning"));
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral("color: #b35c00;"));
    auto* intro = new QLabel(rotated ? tr("The new token of %1. The old token no longer works.").arg(issued.client.name)
                                     : tr("The token of the new API client %1:").arg(issued.client.name));
    intro->setWordWrap(true);
    auto* tokenRow = new QHBoxLayout;
    tokenRow->addWidget(token_, 1);
    tokenRow->addWidget(copy);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(tokenRow);
    layout->addWidget(warning);
    layout->addWidget(buttons);
    connect(copy, &QPushButton::clicked, this, &TokenDialog::copyToClipboard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString TokenDialog::token() const { return token_->text(); }

void TokenDialog::copyToClipboard() { QGuiApplication::clipboard()->setText(token_->text()); }

void TokenDialog::done(int result) {
    token_->clear();   // nothing of it stays in memory longer than needed
    QDialog::done(result);
}

} // namespace sportello::desk
