#include "ui/two_factor_dialog.hpp"

#include "api/api_client.hpp"
#include "ui/qr_code.hpp"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sportello::desk {

namespace {

QLabel* wrappedLabel(const QString& text) {
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    return label;
}

} // namespace

TwoFactorDialog::TwoFactorDialog(ApiClient& api, const QString& username, QWidget* parent)
    : QDialog(parent), api_(api) {
    setObjectName(QStringLiteral("twoFactorDialog"));
    setWindowTitle(tr("Set up two-factor authentication"));

    // Page 1: scan or type the key, then confirm with a code.
    auto* setupPage = new QWidget;
    qrLabel_ = new QLabel(tr("Preparing…"));
    qrLabel_->setObjectName(QStringLiteral("qrCodeLabel"));
    qrLabel_->setAlignment(Qt::AlignCenter);
    keyLabel_ = new QLabel;
    keyLabel_->setObjectName(QStringLiteral("manualKeyLabel"));
    keyLabel_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    keyLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    codeEdit_ = new QLineEdit;
    codeEdit_->setObjectName(QStringLiteral("totpCodeEdit"));
    codeEdit_->setPlaceholderText(tr("6 digits"));
    codeEdit_->setMaxLength(8);
    confirmButton_ = new QPushButton(tr("&Confirm"));
    confirmButton_->setObjectName(QStringLiteral("confirmCodeButton"));
    confirmButton_->setEnabled(false);
    confirmButton_->setDefault(true);
    connect(confirmButton_, &QPushButton::clicked, this, &TwoFactorDialog::confirm);
    auto* setupForm = new QFormLayout;
    setupForm->addRow(tr("Key:"), keyLabel_);
    setupForm->addRow(tr("&Code:"), codeEdit_);
    auto* setupLayout = new QVBoxLayout(setupPage);
    setupLayout->addWidget(wrappedLabel(
        tr("Your role requires two-factor authentication for %1. Scan this QR code with an authenticator app "
           "(for example FreeOTP, Google Authenticator or Microsoft Authenticator), or type the key into it by hand; "
           "then enter the 6-digit code the app shows.")
            .arg(username)));
    setupLayout->addWidget(qrLabel_);
    setupLayout->addLayout(setupForm);
    setupLayout->addWidget(confirmButton_, 0, Qt::AlignRight);

    // Page 2: the recovery codes, shown once.
    auto* codesPage = new QWidget;
    codesView_ = new QPlainTextEdit;
    codesView_->setObjectName(QStringLiteral("recoveryCodesView"));
    codesView_->setReadOnly(true);
    codesView_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* copyButton = new QPushButton(tr("C&opy the codes"));
    copyButton->setObjectName(QStringLiteral("copyRecoveryCodesButton"));
    connect(copyButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(recoveryCodes_.join(QLatin1Char('\n'))); });
    savedCheck_ = new QCheckBox(tr("I have saved the recovery codes in a safe place"));
    savedCheck_->setObjectName(QStringLiteral("savedRecoveryCodesCheck"));
    finishButton_ = new QPushButton(tr("&Finish"));
    finishButton_->setObjectName(QStringLiteral("finishEnrolmentButton"));
    finishButton_->setEnabled(false);
    connect(savedCheck_, &QCheckBox::toggled, finishButton_, &QPushButton::setEnabled);
    connect(finishButton_, &QPushButton::clicked, this, &QDialog::accept);
    auto* codesLayout = new QVBoxLayout(codesPage);
    codesLayout->addWidget(wrappedLabel(
        tr("Two-factor authentication is on. If you lose the phone with the app, each of these recovery codes lets "
           "you log in once instead of a code. They are shown only now: copy them or write them down, and keep them "
           "safe.")));
    codesLayout->addWidget(codesView_);
    codesLayout->addWidget(copyButton, 0, Qt::AlignLeft);
    codesLayout->addWidget(savedCheck_);
    codesLayout->addWidget(finishButton_, 0, Qt::AlignRight);

    pages_ = new QStackedWidget;
    pages_->addWidget(setupPage);
    pages_->addWidget(codesPage);
    errorLabel_ = new QLabel;
    errorLabel_->setObjectName(QStringLiteral("twoFactorErrorLabel"));
    errorLabel_->setWordWrap(true);
    errorLabel_->setStyleSheet(QStringLiteral("color: #b00020;"));
    errorLabel_->hide();
    cancelButtons_ = new QDialogButtonBox(QDialogButtonBox::Cancel);
    connect(cancelButtons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pages_);
    layout->addWidget(errorLabel_);
    layout->addWidget(cancelButtons_);
    start();
}

QString TwoFactorDialog::groupedInFours(const QString& key) {
    QStringList groups;
    for (qsizetype i = 0; i < key.size(); i += 4) groups.append(key.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

QString TwoFactorDialog::errorText() const { return errorLabel_->isVisible() ? errorLabel_->text() : QString(); }

QString TwoFactorDialog::manualKey() const { return keyLabel_->text(); }

void TwoFactorDialog::showError(const QString& message) {
    errorLabel_->setText(message);
    errorLabel_->setVisible(!message.isEmpty());
}

void TwoFactorDialog::start() {
    api_.startTwoFactorEnrolment(this, [this](ApiResult<TwoFactorEnrolment> started) {
        if (!started.ok()) return showError(started.failure().message);
        const QImage qr = qrCodeImage(started.value().otpauthUri);
        qrLabel_->setPixmap(QPixmap::fromImage(qr));
        keyLabel_->setText(groupedInFours(started.value().secret));
        confirmButton_->setEnabled(true);
        codeEdit_->setFocus();
    });
}

void TwoFactorDialog::confirm() {
    const QString code = codeEdit_->text().remove(QLatin1Char(' '));
    if (code.isEmpty()) return showError(tr("Enter the code the app shows."));
    showError({});
    confirmButton_->setEnabled(false);
    api_.confirmTwoFactorEnrolment(code, this, [this](ApiResult<QStringList> confirmed) {
        confirmButton_->setEnabled(true);
        if (!confirmed.ok()) {
            codeEdit_->selectAll();
            return showError(confirmed.failure().serverCode == api::ErrorCode::validation_failed
                                 ? tr("The code does not match. Enter the code the app shows now, and check that the "
                                      "phone's clock is right.")
                                 : confirmed.failure().message);
        }
        showRecoveryCodes(confirmed.value());
    });
}

void TwoFactorDialog::reject() {
    // Once enrolled, the codes must be acknowledged (Escape does not skip them).
    if (pages_->currentIndex() == 0) QDialog::reject();
}

void TwoFactorDialog::showRecoveryCodes(const QStringList& codes) {
    recoveryCodes_ = codes;
    codesView_->setPlainText(codes.join(QLatin1Char('\n')));
    pages_->setCurrentIndex(1);
    cancelButtons_->hide();   // enrolled now: nothing left to cancel, only to save the codes
    savedCheck_->setFocus();
}

} // namespace sportello::desk
