#pragma once
// The banner of the main window for alerts every operator must see (GET
// /ops/v1/alerts): today the global sending stop, "Sending suspended: …".
// It asks at start() and then every pollInterval, without blocking; it is
// hidden while there is no alert. With manage_system, "Resume sending"
// clears the stop (DELETE /ops/v1/alerts/sending) after a confirmation.
//
// Object names: alertBanner, alertText, resumeSendingButton.

#include "api/admin_types.hpp"

#include <QFrame>

#include <chrono>

class QLabel;
class QPushButton;
class QTimer;

namespace sportello::desk {

class ApiClient;

class AlertBanner : public QFrame {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds pollInterval{30000};

    // api must outlive the banner.
    AlertBanner(ApiClient& api, bool canResume, QWidget* parent = nullptr);

    // Asks now, then every interval (the default: pollInterval).
    void start(std::chrono::milliseconds interval = pollInterval);
    const QList<SendingAlert>& alerts() const { return alerts_; }
    bool isAlerting() const { return !alerts_.isEmpty(); }
    QString text() const;

    // The sentence for an alert, translated.
    static QString describe(const SendingAlert& alert);

public Q_SLOTS:
    void check();
    void resumeSending();

Q_SIGNALS:
    void alertsChanged();
    void sessionEnded(const QString& message);

private:
    void setAlerts(const QList<SendingAlert>& alerts);

    ApiClient& api_;
    bool canResume_;
    QLabel* text_;
    QPushButton* resume_;
    QTimer* timer_;
    QList<SendingAlert> alerts_;
    bool checking_ = false;
};

} // namespace sportello::desk
