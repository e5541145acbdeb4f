#pragma once
// Shows a temporary password the one time it exists in clear: after an
// account is created or its password reset. A copy button and a warning
// that it cannot be shown again; the user must change it at the first
// login. The password lives only in this dialog and is wiped when it closes.
//
// Object names: temporaryPasswordDialog, temporaryPasswordEdit,
// copyPasswordButton, temporaryPasswordWarning.

#include "api/user_types.hpp"

#include <QDialog>

class QLineEdit;

namespace sportello::desk {

class TemporaryPasswordDialog : public QDialog {
    Q_OBJECT

public:
    TemporaryPasswordDialog(const TemporaryCredentials& issued, bool reset, QWidget* parent = nullptr);

    QString password() const;
    void copyToClipboard();

protected:
    void done(int result) override;

private:
    QLineEdit* password_;
};

} // namespace sportello::desk
