#include "ui/admin/api_client_dialog.hpp"

#include "text/admin_labels.hpp"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sportello::desk {

namespace {

struct ScopeChoice {
    const char* id;           // on the wire
    const char* objectName;
};

constexpr ScopeChoice scopeChoices[] = {
    {"consent", "scopeConsentCheck"},
    {"notify", "scopeNotifyCheck"},
    {"messages:read", "scopeMessagesReadCheck"},
};

} // namespace

ApiClientDialog::ApiClientDialog(QWidget* parent)
    : QDialog(parent), name_(new QLineEdit), rate_(new QSpinBox), certificate_(new QLineEdit), status_(new QLabel),
      create_(nullptr) {
    setObjectName(QStringLiteral("apiClientDialog"));
    setWindowTitle(tr("New API client"));
    name_->setObjectName(QStringLiteral("apiClientNameEdit"));
    name_->setMaxLength(100);
    name_->setPlaceholderText(tr("e.g. SIRE"));
    auto* scopeBox = new QWidget;
    auto* scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->setContentsMargins(0, 0, 0, 0);
    for (const ScopeChoice& choice : scopeChoices) {
        const QString id = QLatin1String(choice.id);
        auto* check = new QCheckBox(AdminLabels::scope(id) + QStringLiteral(" (") + id + u')');
        check->setObjectName(QLatin1String(choice.objectName));
        check->setProperty("scope", id);
        scopes_.append(check);
        scopeLayout->addWidget(check);
    }
    rate_->setObjectName(QStringLiteral("apiClientRateSpin"));
    rate_->setRange(1, 100000);
    rate_->setValue(ApiClientSpec{}.ratePerMinute);
    rate_->setSuffix(tr(" per minute"));
    certificate_->setObjectName(QStringLiteral("apiClientCertificateEdit"));
    certificate_->setPlaceholderText(tr("optional: the subject (CN) its TLS client certificate must carry"));
    status_->setObjectName(QStringLiteral("apiClientDialogStatus"));
    status_->setWordWrap(true);
    status_->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), name_);
    form->addRow(tr("Permissions:"), scopeBox);
    form->addRow(tr("&Rate:"), rate_);
    form->addRow(tr("Client &certificate:"), certificate_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    create_ = buttons->addButton(tr("C&reate"), QDialogButtonBox::AcceptRole);
    create_->setObjectName(QStringLiteral("apiClientCreateButton"));
    create_->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(status_);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ApiClientDialog::tryCreate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ApiClientSpec ApiClientDialog::fields() const {
    ApiClientSpec spec;
    spec.name = name_->text().trimmed();
    for (const QCheckBox* check : scopes_)
        if (check->isChecked()) spec.scopes.append(check->property("scope").toString());
    spec.ratePerMinute = rate_->value();
    spec.certificateSubject = certificate_->text().trimmed();
    return spec;
}

void ApiClientDialog::tryCreate() {
    const ApiClientSpec spec = fields();
    if (spec.name.isEmpty()) return showError(tr("A name is required."));
    if (spec.scopes.isEmpty()) return showError(tr("Choose at least one permission for the client."));
    status_->clear();
    create_->setEnabled(false);
    Q_EMIT createRequested(spec);
}

void ApiClientDialog::showError(const QString& message) {
    status_->setText(message);
    create_->setEnabled(true);
}

} // namespace sportello::desk
