#pragma once
// The tab "Diritti degli interessati" (citizen_rights: administrators only;
// docs/desktop.md): a citizen's access and erasure requests. The
// administrator names the citizen (a phone number or a WhatsApp user id) and
// the reason (the reference of their request, kept in the audit trail), then
// "Export data…" saves the relay's JSON document where they choose, and
// "Erase data…" deletes it all after a confirmation that names the citizen
// and the scope. The number is checked here first, and again by the relay.
//
// Object names: citizenKindCombo, citizenIdentityField, citizenReasonField,
// exportCitizenButton, eraseCitizenButton, citizenRightsStatus.

#include "api/citizen_types.hpp"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sportello::desk {

class ApiClient;
struct ApiFailure;

class CitizenRightsPanel : public QWidget {
    Q_OBJECT

public:
    // api must outlive the panel.
    explicit CitizenRightsPanel(ApiClient& api, QWidget* parent = nullptr);

    bool isBusy() const { return busy_; }

public Q_SLOTS:
    void exportData();
    void eraseData();

Q_SIGNALS:
    void exported(const QString& path, bool dataHeld);
    void erased(const CitizenErasure& erasure);
    void failed(const QString& message);
    void sessionEnded(const QString& message);

private:
    // The request from the fields, or nullopt after saying what is wrong.
    std::optional<CitizenSubject> subjectFromFields();
    QString subjectLabel(const CitizenSubject& subject) const;   // "+39 340 123 4567", "US.123"
    void setBusy(bool busy);
    void showFailure(const ApiFailure& failure);
    void showProblem(const QString& message);
    static QString erasureSummary(const CitizenErasure& erasure);

    ApiClient& api_;
    QComboBox* kind_;
    QLineEdit* identity_;
    QLineEdit* reason_;
    QPushButton* export_;
    QPushButton* erase_;
    QLabel* status_;
    bool busy_ = false;
};

} // namespace sportello::desk
