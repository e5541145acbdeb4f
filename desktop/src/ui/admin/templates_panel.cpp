#include "ui/admin/templates_panel.hpp"

#include "api/api_client.hpp"
#include "model/template_table_model.hpp"
#include "text/admin_labels.hpp"
#include "ui/admin/template_dialog.hpp"
#include "ui/dialogs.hpp"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sportello::desk {

TemplatesPanel::TemplatesPanel(ApiClient& api, bool canManage, QWidget* parent)
    : QWidget(parent), api_(api), canManage_(canManage), model_(new TemplateTableModel(this)),
      table_(new QTableView), refresh_(new QPushButton(tr("&Refresh"))), add_(new QPushButton(tr("&New template…"))),
      edit_(new QPushButton(tr("&Edit…"))), delete_(new QPushButton(tr("&Delete…"))), status_(new QLabel) {
    table_->setObjectName(QStringLiteral("templateTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->horizontalHeader()->setSectionResizeMode(TemplateTableModel::BodyColumn, QHeaderView::Stretch);
    table_->verticalHeader()->hide();
    refresh_->setObjectName(QStringLiteral("refreshTemplatesButton"));
    add_->setObjectName(QStringLiteral("addTemplateButton"));
    edit_->setObjectName(QStringLiteral("editTemplateButton"));
    delete_->setObjectName(QStringLiteral("deleteTemplateButton"));
    status_->setObjectName(QStringLiteral("templatesStatus"));
    status_->setWordWrap(true);
    for (QPushButton* b : {add_, edit_, delete_}) b->setVisible(canManage_);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(refresh_);
    buttons->addStretch(1);
    for (QPushButton* b : {add_, edit_, delete_}) buttons->addWidget(b);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(canManage_ ? tr("The WhatsApp templates approved on Meta that the relay may send.")
                                            : tr("The WhatsApp templates approved on Meta that the relay may send "
                                                 "(only administrators change them).")));
    layout->addLayout(buttons);
    layout->addWidget(table_, 1);
    layout->addWidget(status_);

    connect(refresh_, &QPushButton::clicked, this, &TemplatesPanel::refresh);
    connect(add_, &QPushButton::clicked, this, &TemplatesPanel::addTemplate);
    connect(edit_, &QPushButton::clicked, this, &TemplatesPanel::editSelected);
    connect(delete_, &QPushButton::clicked, this, &TemplatesPanel::deleteSelected);
    connect(table_, &QTableView::doubleClicked, this, &TemplatesPanel::editSelected);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TemplatesPanel::updateButtons);
    connect(model_, &QAbstractItemModel::modelReset, this, &TemplatesPanel::updateButtons);
    updateButtons();
}

TemplateDialog* TemplatesPanel::dialog() const { return dialog_.data(); }

void TemplatesPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!loadedOnce_) refresh();
}

void TemplatesPanel::refresh() {
    loadedOnce_ = true;
    if (loading_) return;
    loading_ = true;
    refresh_->setEnabled(false);
    api_.fetchTemplates(this, [this](ApiResult<QList<MessageTemplate>> result) {
        loading_ = false;
        refresh_->setEnabled(true);
        if (!result.ok()) {
            showFailure(result.failure());
            return;
        }
        const MessageTemplate* selected = model_->templateAt(selectedRow());
        const MessageTemplate keep = selected ? *selected : MessageTemplate{};
        model_->setTemplates(result.value());
        selectTemplate(keep.name, keep.language);
        Q_EMIT loaded();
    });
}

void TemplatesPanel::addTemplate() { openDialog(nullptr); }

void TemplatesPanel::editSelected() { openDialog(model_->templateAt(selectedRow())); }

void TemplatesPanel::openDialog(const MessageTemplate* existing) {
    if (!canManage_ || dialog_) return;
    dialog_ = new TemplateDialog(existing, this);
    dialog_->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog_, &TemplateDialog::saveRequested, this, &TemplatesPanel::save);
    dialog_->open();   // window-modal, without a nested event loop
}

void TemplatesPanel::save(const MessageTemplate& spec) {
    // The dialog is the context: closing it drops the answer.
    api_.saveTemplate(spec, dialog_, [this, dialog = dialog_](ApiResult<MessageTemplate> result) {
        if (!result.ok()) {
            if (showFailure(result.failure()) && dialog) dialog->showError(AdminLabels::failure(result.failure()));
            return;
        }
        const MessageTemplate stored = result.value();
        if (dialog) dialog->accept();
        status_->setText(tr("Template %1 (%2) saved.").arg(stored.name, stored.language));
        Q_EMIT saved(stored.name, stored.language);
        refresh();
    });
}

void TemplatesPanel::deleteSelected() {
    const MessageTemplate* t = model_->templateAt(selectedRow());
    if (!canManage_ || !t) return;
    const QString question = tr("Delete the template %1 (%2) from the registry? Notifications and broadcasts "
                                "using it will be refused until it is added again.")
                                 .arg(t->name, t->language);
    if (!Dialogs::confirm(this, tr("Delete template"), question, tr("Delete"))) return;
    const QString name = t->name, language = t->language;
    api_.deleteTemplate(name, language, this, [this, name, language](ApiResult<NoContent> result) {
        if (!result.ok()) {
            if (showFailure(result.failure())) refresh();
            return;
        }
        refresh();
        status_->setText(tr("Template %1 (%2) deleted.").arg(name, language));
    });
}

bool TemplatesPanel::showFailure(const ApiFailure& failure) {
    if (failure.endsSession()) {
        Q_EMIT sessionEnded(failure.message);
        return false;
    }
    status_->setText(AdminLabels::failure(failure));
    return true;
}

int TemplatesPanel::selectedRow() const {
    const QModelIndex current = table_->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void TemplatesPanel::selectTemplate(const QString& name, const QString& language) {
    const int row = model_->rowOf(name, language);
    if (row < 0) return;
    table_->selectionModel()->setCurrentIndex(model_->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TemplatesPanel::updateButtons() {
    const bool selected = model_->templateAt(selectedRow()) != nullptr;
    edit_->setEnabled(canManage_ && selected);
    delete_->setEnabled(canManage_ && selected);
}

} // namespace sportello::desk
