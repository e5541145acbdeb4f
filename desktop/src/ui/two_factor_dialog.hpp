#pragma once
// Sets up two-factor authentication for the session's own account, after a
// login whose role requires it (the relay allows nothing else until then):
// the QR code of the otpauth:// URI and the key to type by hand (grouped in
// fours), a field for the app's current code; once the relay accepts it, the
// ten recovery codes, shown this once, with a copy button and a checkbox
// "I have saved them" that enables Finish. Asynchronous throughout.
//
// Object names for tests: qrCodeLabel, manualKeyLabel, totpCodeEdit,
// confirmCodeButton, twoFactorErrorLabel, recoveryCodesView,
// copyRecoveryCodesButton, savedRecoveryCodesCheck, finishEnrolmentButton.

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace sportello::desk {

class ApiClient;

class TwoFactorDialog : public QDialog {
    Q_OBJECT
public:
    // api must outlive the dialog; the enrolment starts at once.
    TwoFactorDialog(ApiClient& api, const QString& username, QWidget* parent = nullptr);

    QString errorText() const;
    // The key as shown, e.g. "ABCD EFGH …"; empty until the relay answered.
    QString manualKey() const;
    QStringList recoveryCodes() const { return recoveryCodes_; }

    // "ABCDEFGH…" → "ABCD EFGH …".
    static QString groupedInFours(const QString& key);

public Q_SLOTS:
    void reject() override;

private:
    void start();
    void confirm();
    void showRecoveryCodes(const QStringList& codes);
    void showError(const QString& message);   // empty: hides it

    ApiClient& api_;
    QStackedWidget* pages_ = nullptr;
    QLabel* qrLabel_ = nullptr;
    QLabel* keyLabel_ = nullptr;
    QLineEdit* codeEdit_ = nullptr;
    QPushButton* confirmButton_ = nullptr;
    QLabel* errorLabel_ = nullptr;
    QPlainTextEdit* codesView_ = nullptr;
    QCheckBox* savedCheck_ = nullptr;
    QPushButton* finishButton_ = nullptr;
    QDialogButtonBox* cancelButtons_ = nullptr;
    QStringList recoveryCodes_;
};

} // namespace sportello::desk
