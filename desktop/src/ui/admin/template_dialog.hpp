#pragma once
// Adding or editing one template of the registry. Save emits saveRequested;
// the dialog stays open until the owner calls accept() (the relay saved it)
// or showError() with the relay's refusal, so nothing typed is lost.
// Name and language identify a template: they are fixed when editing.
//
// Object names: templateNameEdit, templateLanguageEdit, templateCategoryCombo,
// templateParameterSpin, templateBodyEdit, templateDialogStatus,
// templateSaveButton.

#include "api/admin_types.hpp"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace sportello::desk {

class TemplateDialog : public QDialog {
    Q_OBJECT

public:
    // existing: the template to edit; null to add one.
    explicit TemplateDialog(const MessageTemplate* existing, QWidget* parent = nullptr);

    MessageTemplate fields() const;
    void showError(const QString& message);   // and enables Save again

Q_SIGNALS:
    void saveRequested(const MessageTemplate& spec);

private:
    void trySave();

    QLineEdit* name_;
    QLineEdit* language_;
    QComboBox* category_;
    QSpinBox* parameters_;
    QPlainTextEdit* body_;
    QLabel* status_;
    QPushButton* save_;
};

} // namespace sportello::desk
