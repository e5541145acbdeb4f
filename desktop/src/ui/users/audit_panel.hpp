#pragma once
// The audit trail tab ("Registro attività"; read_audit: supervisors and
// administrators): the trail newest first in an AuditTableModel, fetched a
// page at a time as the table scrolls, filtered by user, action and period
// (from and to dates, both included); exported to a CSV file for Excel
// (CsvExport). Every matching entry is exported, not only those loaded; the
// desk first records the export in the trail (POST /ops/v1/audit/exports)
// and writes no file when the relay does not take the record.
//
// Object names: auditTable, auditUserEdit, auditActionCombo, auditFromCheck,
// auditFromEdit, auditToCheck, auditToEdit, auditApplyButton,
// auditExportButton, auditStatus.

#include "api/user_types.hpp"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace sportello::desk {

class ApiClient;
class AuditTableModel;
struct ApiFailure;

class AuditPanel : public QWidget {
    Q_OBJECT

public:
    // api must outlive the panel.
    explicit AuditPanel(ApiClient& api, QWidget* parent = nullptr);

    AuditTableModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    // The filter as the fields set it.
    AuditQuery queryFromFields() const;
    bool isLoading() const;
    bool isExporting() const { return exporting_; }
    QString statusText() const;

public Q_SLOTS:
    void applyFilter();   // starts the trail over with the fields' filter
    void exportCsv();     // asks for a file, then exports every matching entry

Q_SIGNALS:
    void pageLoaded();
    void exported(const QString& path, int entries);
    void sessionEnded(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fetchPage(int generation, std::optional<qint64> beforeId);
    void collectForExport(const QString& path, const AuditQuery& query, std::optional<qint64> beforeId,
                          QList<AuditRecord> gathered);
    void writeExport(const QString& path, const AuditQuery& query, const QList<AuditRecord>& records);
    bool showFailure(const ApiFailure& failure);   // false when the session ended
    static QString summaryOf(const AuditQuery& query);

    ApiClient& api_;
    AuditTableModel* model_;
    QTableView* table_;
    QLineEdit* user_;
    QComboBox* action_;
    QCheckBox* fromCheck_;
    QDateEdit* from_;
    QCheckBox* toCheck_;
    QDateEdit* to_;
    QPushButton* apply_;
    QPushButton* export_;
    QLabel* status_;
    bool loadedOnce_ = false;
    bool exporting_ = false;
};

} // namespace sportello::desk
