#pragma once
// Creating an integrator's API client: name, scopes, rate, and optionally the
// subject of the TLS client certificate it must present. Create emits
// createRequested; the dialog stays open until the owner calls accept() or
// showError().
//
// Object names: apiClientNameEdit, scopeConsentCheck, scopeNotifyCheck,
// scopeMessagesReadCheck, apiClientRateSpin, apiClientCertificateEdit,
// apiClientDialogStatus, apiClientCreateButton.

#include "api/admin_types.hpp"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace sportello::desk {

class ApiClientDialog : public QDialog {
    Q_OBJECT

public:
    explicit ApiClientDialog(QWidget* parent = nullptr);

    ApiClientSpec fields() const;
    void showError(const QString& message);   // and enables Create again

Q_SIGNALS:
    void createRequested(const ApiClientSpec& spec);

private:
    void tryCreate();

    QLineEdit* name_;
    QList<QCheckBox*> scopes_;
    QSpinBox* rate_;
    QLineEdit* certificate_;
    QLabel* status_;
    QPushButton* create_;
};

} // namespace sportello::desk
