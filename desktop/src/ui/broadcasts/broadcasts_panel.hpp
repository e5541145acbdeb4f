#pragma once
// Broadcasts: the composer (send_broadcasts) above the list of broadcasts
// (read_reports) with their live progress. While the panel is visible and a
// broadcast is preparing, scheduled or sending, each such broadcast is polled
// (GET /ops/v1/broadcasts/{id}) every pollInterval, one request per broadcast
// at a time; polling stops when the panel is hidden or nothing is active.
// Cancel (send_broadcasts) asks first, then cancels what is still queued.
//
// Object names: broadcastComposer, broadcastTable, refreshBroadcastsButton,
// cancelBroadcastButton, broadcastsStatus.

#include <QSet>
#include <QWidget>

#include <chrono>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace sportello::desk {

class ApiClient;
class BroadcastComposer;
class BroadcastTableModel;
struct ApiFailure;

class BroadcastsPanel : public QWidget {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds pollInterval{2000};

    // api must outlive the panel.
    BroadcastsPanel(ApiClient& api, bool canSend, bool canRead, QWidget* parent = nullptr);

    BroadcastComposer* composer() const { return composer_; }   // null without send_broadcasts
    BroadcastTableModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    bool isPolling() const;
    bool isLoading() const { return loading_; }
    void selectBroadcast(qint64 id);

public Q_SLOTS:
    // The list and the composer's sources, again.
    void refresh();
    void cancelSelected();

Q_SIGNALS:
    void loaded();
    void sessionEnded(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void poll();
    void updatePolling();
    void updateButtons();
    void showFailure(const ApiFailure& failure);
    qint64 selectedId() const;   // 0 for none

    ApiClient& api_;
    bool canSend_;
    bool canRead_;
    BroadcastComposer* composer_ = nullptr;
    BroadcastTableModel* model_;
    QTableView* table_;
    QPushButton* refresh_;
    QPushButton* cancel_;
    QLabel* status_;
    QTimer* pollTimer_;
    QSet<qint64> polling_;   // broadcasts with a request on its way
    bool loading_ = false;
    bool loadedOnce_ = false;
};

} // namespace sportello::desk
