#include "ui/cases/case_notifier.hpp"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>

namespace sportello::desk {

namespace {
constexpr int messageMs = 10000;
}

CaseNotifier::CaseNotifier(QObject* parent) : QObject(parent) {
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        tray_ = new QSystemTrayIcon(qApp->style()->standardIcon(QStyle::SP_MessageBoxInformation), this);
        connect(tray_, &QSystemTrayIcon::messageClicked, this, &CaseNotifier::activated);
        connect(tray_, &QSystemTrayIcon::activated, this, &CaseNotifier::activated);
        tray_->show();
    }
    setUnread(0);
}

CaseNotifier::~CaseNotifier() = default;

void CaseNotifier::newCase(qint64 caseId, const QString& citizen, const QString& preview) {
    const QString title = tr("New request for assistance (case %1)").arg(caseId);
    QString message = citizen.isEmpty() ? tr("A citizen is waiting for an answer.")
                                        : tr("%1 is waiting for an answer.").arg(citizen);
    if (!preview.isEmpty()) message += u'\n' + preview;
    shown_.append(Notification{caseId, title, message});
    if (tray_ && QSystemTrayIcon::supportsMessages())
        tray_->showMessage(title, message, QSystemTrayIcon::Information, messageMs);
    Q_EMIT notified(caseId, title, message);
}

void CaseNotifier::setUnread(int count) {
    toolTip_ = count > 0 ? tr("Sportello: %n unread request(s)", nullptr, count) : tr("Sportello");
    if (tray_) tray_->setToolTip(toolTip_);
}

} // namespace sportello::desk
