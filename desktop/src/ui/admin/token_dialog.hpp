#pragma once
// Shows an API client's bearer token the one time it exists in clear: after
// creating or rotating. A copy button and a warning that it cannot be shown
// again. The token lives only in this dialog (never in settings or logs); it
// is wiped when the dialog closes.
//
// Object names: tokenDialog, tokenEdit, copyTokenButton, tokenWarning.

#include "api/admin_types.hpp"

#include <QDialog>

class QLineEdit;

namespace sportello::desk {

class TokenDialog : public QDialog {
    Q_OBJECT

public:
    TokenDialog(const IssuedToken& issued, bool rotated, QWidget* parent = nullptr);

    QString token() const;
    void copyToClipboard();

protected:
    void done(int result) override;

private:
    QLineEdit* token_;
};

} // namespace sportello::desk
