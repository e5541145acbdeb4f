#pragma once
// Tells the operator about new cases outside the window: a notification
// through the system tray (QSystemTrayIcon) for each new case, and the
// number of unread cases in the tray icon's tooltip. Where the desktop has
// no tray (some Linux sessions, the offscreen platform) nothing is shown,
// but every decision is still made, recorded and signalled: notified() and
// notifications() say what was, or would have been, shown.

#include <QObject>
#include <QString>
#include <QStringList>

class QSystemTrayIcon;

namespace sportello::desk {

class CaseNotifier : public QObject {
    Q_OBJECT

public:
    struct Notification {
        qint64 caseId = 0;
        QString title;
        QString message;
    };

    explicit CaseNotifier(QObject* parent = nullptr);
    ~CaseNotifier() override;

    // A case was opened by a citizen: preview is their words (may be empty).
    void newCase(qint64 caseId, const QString& citizen, const QString& preview);
    void setUnread(int count);
    // Everything notified so far, oldest first.
    const QList<Notification>& notifications() const { return shown_; }
    QString toolTip() const { return toolTip_; }
    bool hasTray() const { return tray_ != nullptr; }

Q_SIGNALS:
    void notified(qint64 caseId, const QString& title, const QString& message);
    // The operator clicked the notification: bring the inbox forward.
    void activated();

private:
    QSystemTrayIcon* tray_ = nullptr;
    QList<Notification> shown_;
    QString toolTip_;
};

} // namespace sportello::desk
