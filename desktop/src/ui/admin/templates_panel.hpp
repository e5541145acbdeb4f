#pragma once
// The registry of WhatsApp templates (GET /ops/v1/templates), read by every
// operator. With manage_templates: add and edit (PUT /templates/{name}/
// {language}) in a TemplateDialog, delete after a confirmation. Refusals of
// the relay are shown translated, in the dialog while it is open.
//
// Object names: templateTable, refreshTemplatesButton, addTemplateButton,
// editTemplateButton, deleteTemplateButton, templatesStatus; the dialog is
// templateDialog (see template_dialog.hpp).

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace sportello::desk {

class ApiClient;
class TemplateDialog;
class TemplateTableModel;
struct ApiFailure;
struct MessageTemplate;

class TemplatesPanel : public QWidget {
    Q_OBJECT

public:
    // api must outlive the panel.
    TemplatesPanel(ApiClient& api, bool canManage, QWidget* parent = nullptr);

    TemplateTableModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    TemplateDialog* dialog() const;   // the open one, or null
    bool isLoading() const { return loading_; }
    void selectTemplate(const QString& name, const QString& language);

public Q_SLOTS:
    void refresh();
    void addTemplate();
    void editSelected();
    void deleteSelected();

Q_SIGNALS:
    void loaded();
    void saved(const QString& name, const QString& language);
    void sessionEnded(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void openDialog(const MessageTemplate* existing);
    void save(const MessageTemplate& spec);
    bool showFailure(const ApiFailure& failure);   // false when the session ended
    void updateButtons();
    int selectedRow() const;

    ApiClient& api_;
    bool canManage_;
    TemplateTableModel* model_;
    QTableView* table_;
    QPushButton* refresh_;
    QPushButton* add_;
    QPushButton* edit_;
    QPushButton* delete_;
    QLabel* status_;
    QPointer<TemplateDialog> dialog_;
    bool loading_ = false;
    bool loadedOnce_ = false;
};

} // namespace sportello::desk
