#include "ui/admin/api_clients_panel.hpp"

#include "api/api_client.hpp"
#include "model/api_client_table_model.hpp"
#include "text/admin_labels.hpp"
#include "ui/admin/api_client_dialog.hpp"
#include "ui/admin/token_dialog.hpp"
#include "ui/dialogs.hpp"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sportello::desk {

ApiClientsPanel::ApiClientsPanel(ApiClient& api, QWidget* parent)
    : QWidget(parent), api_(api), model_(new ApiClientTableModel(this)), table_(new QTableView),
      refresh_(new QPushButton(tr("&Refresh"))), create_(new QPushButton(tr("&New client…"))),
      rotate_(new QPushButton(tr("R&otate token…"))), revoke_(new QPushButton(tr("Re&voke…"))),
      status_(new QLabel) {
    table_->setObjectName(QStringLiteral("apiClientTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->horizontalHeader()->setSectionResizeMode(ApiClientTableModel::ScopesColumn, QHeaderView::Stretch);
    table_->verticalHeader()->hide();
    refresh_->setObjectName(QStringLiteral("refreshApiClientsButton"));
    create_->setObjectName(QStringLiteral("createApiClientButton"));
    rotate_->setObjectName(QStringLiteral("rotateApiClientButton"));
    revoke_->setObjectName(QStringLiteral("revokeApiClientButton"));
    status_->setObjectName(QStringLiteral("apiClientsStatus"));
    status_->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(refresh_);
    buttons->addStretch(1);
    for (QPushButton* b : {create_, rotate_, revoke_}) buttons->addWidget(b);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Systems such as SIRE that use the relay's API (/api/v1) with a token.")));
    layout->addLayout(buttons);
    layout->addWidget(table_, 1);
    layout->addWidget(status_);

    connect(refresh_, &QPushButton::clicked, this, &ApiClientsPanel::refresh);
    connect(create_, &QPushButton::clicked, this, &ApiClientsPanel::createClient);
    connect(rotate_, &QPushButton::clicked, this, &ApiClientsPanel::rotateSelected);
    connect(revoke_, &QPushButton::clicked, this, &ApiClientsPanel::revokeSelected);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ApiClientsPanel::updateButtons);
    connect(model_, &QAbstractItemModel::modelReset, this, &ApiClientsPanel::updateButtons);
    connect(model_, &QAbstractItemModel::dataChanged, this, &ApiClientsPanel::updateButtons);
    updateButtons();
}

ApiClientDialog* ApiClientsPanel::createDialog() const { return createDialog_.data(); }

TokenDialog* ApiClientsPanel::tokenDialog() const { return tokenDialog_.data(); }

void ApiClientsPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!loadedOnce_) refresh();
}

void ApiClientsPanel::refresh() {
    loadedOnce_ = true;
    if (loading_) return;
    loading_ = true;
    refresh_->setEnabled(false);
    api_.fetchApiClients(this, [this](ApiResult<QList<ApiClientInfo>> result) {
        loading_ = false;
        refresh_->setEnabled(true);
        if (!result.ok()) {
            showFailure(result.failure());
            return;
        }
        const qint64 selected = selectedId();
        model_->setClients(result.value());
        selectClient(selected);
        Q_EMIT loaded();
    });
}

void ApiClientsPanel::createClient() {
    if (createDialog_) return;
    createDialog_ = new ApiClientDialog(this);
    createDialog_->setAttribute(Qt::WA_DeleteOnClose);
    connect(createDialog_, &ApiClientDialog::createRequested, this, &ApiClientsPanel::create);
    createDialog_->open();   // window-modal, without a nested event loop
}

void ApiClientsPanel::create(const ApiClientSpec& spec) {
    // The dialog is the context: closing it drops the answer.
    api_.createApiClient(spec, createDialog_, [this, dialog = createDialog_](ApiResult<IssuedToken> result) {
        if (!result.ok()) {
            if (showFailure(result.failure()) && dialog) dialog->showError(AdminLabels::failure(result.failure()));
            return;
        }
        if (dialog) dialog->accept();
        model_->update(result.value().client);
        selectClient(result.value().client.id);
        status_->setText(tr("API client %1 created.").arg(result.value().client.name));
        showToken(result.value(), false);
    });
}

void ApiClientsPanel::rotateSelected() {
    const ApiClientInfo* c = model_->client(model_->rowOf(selectedId()));
    if (!c || c->isRevoked()) return;
    if (!Dialogs::confirm(this, tr("Rotate token"),
                          tr("Give %1 a new token? The current token stops working at once: %1 must be "
                             "configured with the new one.").arg(c->name),
                          tr("Rotate")))
        return;
    api_.rotateApiClient(c->id, this, [this](ApiResult<IssuedToken> result) {
        if (!result.ok()) {
            showFailure(result.failure());
            return;
        }
        model_->update(result.value().client);
        status_->setText(tr("Token of %1 rotated.").arg(result.value().client.name));
        showToken(result.value(), true);
    });
}

void ApiClientsPanel::revokeSelected() {
    const ApiClientInfo* c = model_->client(model_->rowOf(selectedId()));
    if (!c || c->isRevoked()) return;
    if (!Dialogs::confirm(this, tr("Revoke API client"),
                          tr("Revoke %1? Its token stops working at once, and this cannot be undone.").arg(c->name),
                          tr("Revoke")))
        return;
    const QString name = c->name;
    api_.revokeApiClient(c->id, this, [this, name](ApiResult<NoContent> result) {
        if (!result.ok()) {
            if (showFailure(result.failure())) refresh();
            return;
        }
        status_->setText(tr("API client %1 revoked.").arg(name));
        refresh();
    });
}

void ApiClientsPanel::showToken(const IssuedToken& issued, bool rotated) {
    if (tokenDialog_) tokenDialog_->close();
    tokenDialog_ = new TokenDialog(issued, rotated, this);
    tokenDialog_->setAttribute(Qt::WA_DeleteOnClose);
    tokenDialog_->open();
}

bool ApiClientsPanel::showFailure(const ApiFailure& failure) {
    if (failure.endsSession()) {
        Q_EMIT sessionEnded(failure.message);
        return false;
    }
    status_->setText(AdminLabels::failure(failure));
    return true;
}

qint64 ApiClientsPanel::selectedId() const {
    const QModelIndex current = table_->selectionModel()->currentIndex();
    return current.isValid() ? current.data(ApiClientTableModel::IdRole).toLongLong() : 0;
}

void ApiClientsPanel::selectClient(qint64 id) {
    const int row = model_->rowOf(id);
    if (row < 0) return;
    table_->selectionModel()->setCurrentIndex(model_->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ApiClientsPanel::updateButtons() {
    const ApiClientInfo* c = model_->client(model_->rowOf(selectedId()));
    rotate_->setEnabled(c && !c->isRevoked());
    revoke_->setEnabled(c && !c->isRevoked());
}

} // namespace sportello::desk
