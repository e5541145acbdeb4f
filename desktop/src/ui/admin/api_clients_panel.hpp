#pragma once
// The integrators' API clients (manage_api_clients): the list with scopes,
// rate, certificate requirement and dates; create (ApiClientDialog), rotate
// and revoke after a confirmation. A new token is shown once, in a
// TokenDialog; this panel never keeps it.
//
// Object names: apiClientTable, refreshApiClientsButton,
// createApiClientButton, rotateApiClientButton, revokeApiClientButton,
// apiClientsStatus; the dialogs are apiClientDialog and tokenDialog.

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace sportello::desk {

class ApiClient;
class ApiClientDialog;
class ApiClientTableModel;
class TokenDialog;
struct ApiClientSpec;
struct ApiFailure;
struct IssuedToken;

class ApiClientsPanel : public QWidget {
    Q_OBJECT

public:
    // api must outlive the panel.
    explicit ApiClientsPanel(ApiClient& api, QWidget* parent = nullptr);

    ApiClientTableModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    ApiClientDialog* createDialog() const;   // the open one, or null
    TokenDialog* tokenDialog() const;        // the open one, or null
    bool isLoading() const { return loading_; }
    void selectClient(qint64 id);

public Q_SLOTS:
    void refresh();
    void createClient();
    void rotateSelected();
    void revokeSelected();

Q_SIGNALS:
    void loaded();
    void sessionEnded(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void create(const ApiClientSpec& spec);
    void showToken(const IssuedToken& issued, bool rotated);
    bool showFailure(const ApiFailure& failure);   // false when the session ended
    void updateButtons();
    qint64 selectedId() const;   // 0 for none

    ApiClient& api_;
    ApiClientTableModel* model_;
    QTableView* table_;
    QPushButton* refresh_;
    QPushButton* create_;
    QPushButton* rotate_;
    QPushButton* revoke_;
    QLabel* status_;
    QPointer<ApiClientDialog> createDialog_;
    QPointer<TokenDialog> tokenDialog_;
    bool loading_ = false;
    bool loadedOnce_ = false;
};

} // namespace sportello::desk
