#pragma once
// Requests the bot could not answer (GET /ops/v1/unanswered), most frequent
// first, over a chosen number of days; "Add as alias…" makes one of them an
// alias of a node of the draft (POST /draft/nodes/{id}/aliases), by default
// the relay's first suggestion. A request whose personal data the relay
// masked ("prenotazione [numero]") cannot become an alias. Phrases written
// by too few citizens are not listed: the total line says how many there are.
//
// Object names: unansweredDaysCombo, unansweredRefreshButton,
// unansweredTable, unansweredTotalLabel, addAliasButton.

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace sportello::desk {

class ApiClient;
class DraftController;
class UnansweredModel;

class UnansweredPanel : public QWidget {
    Q_OBJECT

public:
    static constexpr int rowLimit = 50;

    // api and drafts must outlive the panel.
    UnansweredPanel(ApiClient& api, DraftController& drafts, QWidget* parent = nullptr);

    UnansweredModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    void setEditable(bool editable);
    bool isLoading() const { return loading_; }

public Q_SLOTS:
    void refresh();
    // Asks which node and adds the selected request as its alias.
    void addSelectedAsAlias();

Q_SIGNALS:
    void loaded();
    void failed(const QString& message);

private:
    int selectedRow() const;   // in the model; -1 for none
    void updateAliasButton();

    ApiClient& api_;
    DraftController& drafts_;
    UnansweredModel* model_;
    QSortFilterProxyModel* sorted_;
    QComboBox* days_;
    QPushButton* refreshButton_;
    QTableView* table_;
    QLabel* total_;
    QPushButton* addAlias_;
    bool editable_ = false;
    bool loading_ = false;
};

} // namespace sportello::desk
