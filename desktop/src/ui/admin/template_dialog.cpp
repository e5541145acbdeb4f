#include "ui/admin/template_dialog.hpp"

#include "text/admin_labels.hpp"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sportello::desk {

namespace {

constexpr int maxParameters = 20;   // as the relay accepts

} // namespace

TemplateDialog::TemplateDialog(const MessageTemplate* existing, QWidget* parent)
    : QDialog(parent), name_(new QLineEdit), language_(new QLineEdit), category_(new QComboBox),
      parameters_(new QSpinBox), body_(new QPlainTextEdit), status_(new QLabel), save_(nullptr) {
    setObjectName(QStringLiteral("templateDialog"));
    setWindowTitle(existing ? tr("Edit template") : tr("New template"));
    const MessageTemplate initial = existing ? *existing : MessageTemplate{};
    name_->setObjectName(QStringLiteral("templateNameEdit"));
    name_->setText(initial.name);
    name_->setReadOnly(existing != nullptr);
    name_->setPlaceholderText(tr("as approved on Meta, e.g. promemoria_appuntamento"));
    language_->setObjectName(QStringLiteral("templateLanguageEdit"));
    language_->setText(initial.language);
    language_->setReadOnly(existing != nullptr);
    category_->setObjectName(QStringLiteral("templateCategoryCombo"));
    for (const char* id : {"utility", "marketing", "authentication"})
        category_->addItem(AdminLabels::category(QLatin1String(id)), QLatin1String(id));
    category_->setCurrentIndex(std::max(0, category_->findData(initial.category)));
    parameters_->setObjectName(QStringLiteral("templateParameterSpin"));
    parameters_->setRange(0, maxParameters);
    parameters_->setValue(initial.parameterCount);
    body_->setObjectName(QStringLiteral("templateBodyEdit"));
    body_->setPlainText(initial.body);
    body_->setPlaceholderText(tr("The approved text with {{1}}, {{2}}… where the parameters go (for previews)"));
    status_->setObjectName(QStringLiteral("templateDialogStatus"));
    status_->setWordWrap(true);
    status_->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), name_);
    form->addRow(tr("&Language:"), language_);
    form->addRow(tr("&Category:"), category_);
    form->addRow(tr("&Parameters:"), parameters_);
    form->addRow(tr("&Text:"), body_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    save_ = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    save_->setObjectName(QStringLiteral("templateSaveButton"));
    save_->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(status_);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &TemplateDialog::trySave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, 360);
}

MessageTemplate TemplateDialog::fields() const {
    return MessageTemplate{name_->text().trimmed(), language_->text().trimmed(), category_->currentData().toString(),
                           parameters_->value(), body_->toPlainText()};
}

void TemplateDialog::trySave() {
    const MessageTemplate spec = fields();
    if (spec.name.isEmpty()) return showError(tr("A name is required."));
    if (spec.language.isEmpty()) return showError(tr("A language is required, e.g. it."));
    if (spec.name.contains(u'/') || spec.language.contains(u'/'))
        return showError(tr("Name and language may not contain “/”."));
    status_->clear();
    save_->setEnabled(false);
    Q_EMIT saveRequested(spec);
}

void TemplateDialog::showError(const QString& message) {
    status_->setText(message);
    save_->setEnabled(true);
}

} // namespace sportello::desk
