#include "ui/users/audit_panel.hpp"

#include "api/api_client.hpp"
#include "model/audit_table_model.hpp"
#include "model/csv_export.hpp"
#include "text/user_labels.hpp"
#include "ui/dialogs.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sportello::desk {

namespace {

constexpr int pageSize = 200;
constexpr int exportPageSize = 1000;    // the relay's largest page
constexpr int exportLimit = 100000;     // as the relay's own CSV export

} // namespace

AuditPanel::AuditPanel(ApiClient& api, QWidget* parent)
    : QWidget(parent), api_(api), model_(new AuditTableModel(this)), table_(new QTableView), user_(new QLineEdit),
      action_(new QComboBox), fromCheck_(new QCheckBox(tr("&From"))), from_(new QDateEdit),
      toCheck_(new QCheckBox(tr("&To"))), to_(new QDateEdit), apply_(new QPushButton(tr("&Show"))),
      export_(new QPushButton(tr("E&xport CSV…"))), status_(new QLabel) {
    table_->setObjectName(QStringLiteral("auditTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->hide();
    user_->setObjectName(QStringLiteral("auditUserEdit"));
    user_->setPlaceholderText(tr("Any user (exact username)"));
    user_->setClearButtonEnabled(true);
    action_->setObjectName(QStringLiteral("auditActionCombo"));
    action_->addItem(tr("Any action"), QString());
    for (const QString& id : UserLabels::knownActions()) action_->addItem(UserLabels::action(id), id);
    const QDate today = QDate::currentDate();
    for (auto [check, edit, name, date] : {std::tuple{fromCheck_, from_, "auditFrom", today.addDays(-7)},
                                           std::tuple{toCheck_, to_, "auditTo", today}}) {
        check->setObjectName(QLatin1String(name) + QStringLiteral("Check"));
        edit->setObjectName(QLatin1String(name) + QStringLiteral("Edit"));
        edit->setCalendarPopup(true);
        edit->setDate(date);
        edit->setEnabled(false);
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    }
    apply_->setObjectName(QStringLiteral("auditApplyButton"));
    export_->setObjectName(QStringLiteral("auditExportButton"));
    status_->setObjectName(QStringLiteral("auditStatus"));
    status_->setWordWrap(true);

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("User:")));
    filters->addWidget(user_, 1);
    filters->addWidget(new QLabel(tr("Action:")));
    filters->addWidget(action_, 1);
    for (QWidget* w : std::initializer_list<QWidget*>{fromCheck_, from_, toCheck_, to_, apply_}) filters->addWidget(w);
    filters->addStretch(1);
    filters->addWidget(export_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Who did what, and when: logins, account changes, publications, broadcasts, "
                                    "replies, exports. The trail cannot be changed, only read.")));
    layout->addLayout(filters);
    layout->addWidget(table_, 1);
    layout->addWidget(status_);

    connect(apply_, &QPushButton::clicked, this, &AuditPanel::applyFilter);
    connect(user_, &QLineEdit::returnPressed, this, &AuditPanel::applyFilter);
    connect(export_, &QPushButton::clicked, this, &AuditPanel::exportCsv);
    connect(model_, &AuditTableModel::moreRequested, this, &AuditPanel::fetchPage);
}

bool AuditPanel::isLoading() const { return model_->isFetching(); }
QString AuditPanel::statusText() const { return status_->text(); }

void AuditPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!loadedOnce_) applyFilter();
}

AuditQuery AuditPanel::queryFromFields() const {
    AuditQuery q;
    q.actor = user_->text().trimmed();
    q.action = action_->currentData().toString();
    if (fromCheck_->isChecked()) q.from = from_->date().startOfDay();
    if (toCheck_->isChecked()) q.to = to_->date().addDays(1).startOfDay();   // the day itself included
    return q;
}

void AuditPanel::applyFilter() {
    loadedOnce_ = true;
    model_->setQuery(queryFromFields());
    status_->clear();
    model_->fetchMore({});
}

void AuditPanel::fetchPage(int generation, std::optional<qint64> beforeId) {
    api_.fetchAudit(model_->query(), beforeId, pageSize, this, [this, generation](ApiResult<AuditRecordPage> r) {
        if (!r.ok()) {
            model_->stopFetching(generation);
            showFailure(r.failure());
            return;
        }
        model_->appendPage(generation, r.value());
        if (generation != model_->generation()) return;
        status_->setText(model_->hasMore() ? tr("%n entries shown; scroll down for older ones.", nullptr,
                                                model_->rowCount())
                                           : tr("%n matching entries.", nullptr, model_->rowCount()));
        Q_EMIT pageLoaded();
    });
}

void AuditPanel::exportCsv() {
    if (exporting_) return;
    const QString suggested =
        QDir::home().filePath(QStringLiteral("sportello-audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    const auto path = Dialogs::saveFileName(this, tr("Export the audit trail"), suggested, tr("CSV for Excel (*.csv)"));
    if (!path) return;
    exporting_ = true;
    export_->setEnabled(false);
    status_->setText(tr("Exporting…"));
    collectForExport(*path, queryFromFields(), std::nullopt, {});
}

void AuditPanel::collectForExport(const QString& path, const AuditQuery& query, std::optional<qint64> beforeId,
                                  QList<AuditRecord> gathered) {
    api_.fetchAudit(query, beforeId, exportPageSize, this,
                    [this, path, query, gathered = std::move(gathered)](ApiResult<AuditRecordPage> r) mutable {
        if (!r.ok()) {
            exporting_ = false;
            export_->setEnabled(true);
            if (showFailure(r.failure())) status_->setText(tr("Not exported: %1").arg(UserLabels::failure(r.failure())));
            return;
        }
        gathered.append(r.value().entries);
        if (r.value().nextBeforeId && gathered.size() < exportLimit)
            return collectForExport(path, query, r.value().nextBeforeId, std::move(gathered));
        writeExport(path, query, gathered);
    });
}

void AuditPanel::writeExport(const QString& path, const AuditQuery& query, const QList<AuditRecord>& records) {
    // Accountable first: without the relay's record, no file.
    api_.recordAuditExport(records.size(), summaryOf(query), this, [this, path, query, records](ApiResult<NoContent> r) {
        exporting_ = false;
        export_->setEnabled(true);
        if (!r.ok()) {
            if (showFailure(r.failure())) status_->setText(tr("Not exported: %1").arg(UserLabels::failure(r.failure())));
            return;
        }
        AuditTableModel rows;
        const int generation = rows.setQuery(query);
        rows.appendPage(generation, AuditRecordPage{records, std::nullopt});
        if (const QString error = CsvExport::write(path, CsvExport::encode(rows)); !error.isEmpty()) {
            status_->setText(tr("Not exported: %1").arg(error));
            return;
        }
        status_->setText(tr("%n entries exported to %1.", nullptr, static_cast<int>(records.size()))
                             .arg(QDir::toNativeSeparators(path)));
        Q_EMIT exported(path, static_cast<int>(records.size()));
    });
}

QString AuditPanel::summaryOf(const AuditQuery& query) {
    // For the trail itself, which is written in English like the rest of its details.
    QStringList parts;
    if (!query.actor.isEmpty()) parts.append(QStringLiteral("user ") + query.actor);
    if (!query.action.isEmpty()) parts.append(QStringLiteral("action ") + query.action);
    if (query.from.isValid()) parts.append(QStringLiteral("from ") + query.from.toUTC().toString(Qt::ISODate));
    if (query.to.isValid()) parts.append(QStringLiteral("to ") + query.to.toUTC().toString(Qt::ISODate));
    return parts.isEmpty() ? QStringLiteral("everything") : parts.join(QStringLiteral(", ")).left(500);
}

bool AuditPanel::showFailure(const ApiFailure& failure) {
    if (failure.endsSession()) {
        Q_EMIT sessionEnded(failure.message);
        return false;
    }
    status_->setText(UserLabels::failure(failure));
    return true;
}

} // namespace sportello::desk
