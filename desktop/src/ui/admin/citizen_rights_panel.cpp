#include "ui/admin/citizen_rights_panel.hpp"

#include "api/api_client.hpp"
#include "model/csv_export.hpp"
#include "sportello/phone.hpp"
#include "sportello/whatsapp/identity.hpp"
#include "ui/dialogs.hpp"

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sportello::desk {

namespace {
constexpr int phoneKind = 0;   // the kind combo's first entry; the second is a WhatsApp user id
} // namespace

CitizenRightsPanel::CitizenRightsPanel(ApiClient& api, QWidget* parent)
    : QWidget(parent), api_(api), kind_(new QComboBox), identity_(new QLineEdit), reason_(new QLineEdit),
      export_(new QPushButton(tr("&Export data…"))), erase_(new QPushButton(tr("E&rase data…"))), status_(new QLabel) {
    kind_->setObjectName(QStringLiteral("citizenKindCombo"));
    identity_->setObjectName(QStringLiteral("citizenIdentityField"));
    reason_->setObjectName(QStringLiteral("citizenReasonField"));
    export_->setObjectName(QStringLiteral("exportCitizenButton"));
    erase_->setObjectName(QStringLiteral("eraseCitizenButton"));
    status_->setObjectName(QStringLiteral("citizenRightsStatus"));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    kind_->addItem(tr("Phone number"));
    kind_->addItem(tr("WhatsApp user id"));
    identity_->setPlaceholderText(tr("e.g. +39 340 123 4567"));
    reason_->setPlaceholderText(tr("e.g. certified e-mail ref. 2026/81 of 3 December"));
    reason_->setMaxLength(500);
    connect(kind_, &QComboBox::currentIndexChanged, this, [this](int index) {
        identity_->setPlaceholderText(index == phoneKind ? tr("e.g. +39 340 123 4567") : tr("e.g. US.1234567"));
    });

    auto* intro = new QLabel(tr("A citizen's requests under the GDPR: access to their data (Art. 15) and its "
                                "erasure (Art. 17). Both are recorded in the audit trail with your name and "
                                "the reason; the reason must not contain the number."));
    intro->setWordWrap(true);
    auto* who = new QHBoxLayout;
    who->addWidget(kind_);
    who->addWidget(identity_, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Citizen:"), who);
    form->addRow(tr("Reas&on:"), reason_);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(export_);
    buttons->addWidget(erase_);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(status_);
    layout->addStretch(1);

    connect(export_, &QPushButton::clicked, this, &CitizenRightsPanel::exportData);
    connect(erase_, &QPushButton::clicked, this, &CitizenRightsPanel::eraseData);
}

std::optional<CitizenSubject> CitizenRightsPanel::subjectFromFields() {
    CitizenSubject s;
    const QString identity = identity_->text().trimmed();
    if (kind_->currentIndex() == phoneKind) {
        if (!phone::normalize(identity.toStdString())) {
            showProblem(tr("This is not a phone number with its country code, e.g. +39 340 123 4567."));
            return std::nullopt;
        }
        s.phone = identity;
    } else {
        if (!wa::is_user_id(identity.toStdString())) {
            showProblem(tr("A WhatsApp user id is made of letters, digits, dots, dashes and underscores."));
            return std::nullopt;
        }
        s.userId = identity;
    }
    s.reason = reason_->text().trimmed();
    if (s.reason.isEmpty()) {
        showProblem(tr("Say why: the reference of the citizen's request."));
        return std::nullopt;
    }
    return s;
}

QString CitizenRightsPanel::subjectLabel(const CitizenSubject& subject) const {
    if (subject.userId.isEmpty())
        return QString::fromStdString(phone::to_e164(phone::normalize(subject.phone.toStdString()).value()));
    return subject.userId;
}

void CitizenRightsPanel::exportData() {
    if (busy_) return;
    const auto subject = subjectFromFields();
    if (!subject) return;
    const QString suggested = QDir::home().filePath(
        QStringLiteral("dati-interessato-%1.json").arg(QDate::currentDate().toString(Qt::ISODate)));
    const auto path = Dialogs::saveFileName(this, tr("Export a citizen's data"), suggested, tr("JSON (*.json)"));
    if (!path) return;
    setBusy(true);
    status_->setText(tr("Exporting…"));
    api_.exportCitizenData(*subject, this, [this, path = *path, who = subjectLabel(*subject)](ApiResult<QByteArray> r) {
        setBusy(false);
        if (!r.ok()) return showFailure(r.failure());
        const bool held = QJsonDocument::fromJson(r.value()).object().value(QStringLiteral("data_held")).toBool();
        if (const QString error = CsvExport::write(path, r.value()); !error.isEmpty())
            return showProblem(tr("Not exported: %1").arg(error));
        status_->setText(held ? tr("The data held about %1 was saved to %2.").arg(who, QDir::toNativeSeparators(path))
                              : tr("No data is held about %1; the answer saying so was saved to %2.")
                                    .arg(who, QDir::toNativeSeparators(path)));
        Q_EMIT exported(path, held);
    });
}

void CitizenRightsPanel::eraseData() {
    if (busy_) return;
    const auto subject = subjectFromFields();
    if (!subject) return;
    const QString who = subjectLabel(*subject);
    if (!Dialogs::confirm(this, tr("Erase a citizen's data"),
                          tr("Erase everything held about %1: their contact, messages both ways and their "
                             "statuses, reminders and broadcasts received, cases and consent? Messages not yet "
                             "sent to them are cancelled. Only the consent ledger is kept as proof, without the "
                             "number. This cannot be undone.").arg(who),
                          tr("Erase")))
        return;
    setBusy(true);
    status_->setText(tr("Erasing…"));
    api_.eraseCitizenData(*subject, this, [this, who](ApiResult<CitizenErasure> r) {
        setBusy(false);
        if (!r.ok()) return showFailure(r.failure());
        status_->setText(r.value().dataHeld ? tr("The data of %1 was erased: %2").arg(who, erasureSummary(r.value()))
                                            : tr("No data is held about %1: nothing was erased.").arg(who));
        if (r.value().dataHeld) identity_->clear();
        Q_EMIT erased(r.value());
    });
}

QString CitizenRightsPanel::erasureSummary(const CitizenErasure& e) {
    QString text = tr("%n message(s) received, ", nullptr, static_cast<int>(e.count(QStringLiteral("messages_received")))) +
                   tr("%n message(s) sent, ", nullptr, static_cast<int>(e.count(QStringLiteral("messages_sent")))) +
                   tr("%n case(s).", nullptr, static_cast<int>(e.count(QStringLiteral("cases"))));
    if (const auto pending = e.count(QStringLiteral("pending_cancelled")); pending > 0)
        text += u' ' + tr("%n message(s) not yet sent were cancelled.", nullptr, static_cast<int>(pending));
    if (const auto kept = e.count(QStringLiteral("consent_events_kept")); kept > 0)
        text += u' ' + tr("%n consent record(s) kept without the number.", nullptr, static_cast<int>(kept));
    return text;
}

void CitizenRightsPanel::setBusy(bool busy) {
    busy_ = busy;
    export_->setEnabled(!busy);
    erase_->setEnabled(!busy);
}

void CitizenRightsPanel::showFailure(const ApiFailure& failure) {
    if (failure.endsSession()) {
        Q_EMIT sessionEnded(failure.message);
        return;
    }
    if (failure.serverCode == api::ErrorCode::invalid_phone)
        return showProblem(tr("This is not a phone number with its country code, e.g. +39 340 123 4567."));
    if (failure.field == u"reason")
        return showProblem(tr("The reason is required, at most 500 characters, and must not contain the number."));
    showProblem(failure.message);
}

void CitizenRightsPanel::showProblem(const QString& message) {
    status_->setText(message);
    Q_EMIT failed(message);
}

} // namespace sportello::desk
