// A citizen's rights through the real window against the real relay and the
// simulated citizen: an administrator, in the tab "Data subject rights",
// exports what is held about a citizen to a JSON file (their messages in it),
// then erases it after a confirmation that names the citizen and the scope;
// the relay then holds none of their messages, and the audit trail both
// requests. A wrong number is refused on the spot; a supervisor has no tab.

#include "app/translations.hpp"
#include "content_gui_support.hpp"
#include "ui/admin/citizen_rights_panel.hpp"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sportello;
using namespace sportello::desk;
using namespace sportello::testing;

namespace {

const std::string adminUser = "dpo.admin", supervisorUser = "sup.visore", password = "password-lunga-123";
const std::string citizen = "393401777002";

void typeInto(QWidget* parent, const char* objectName, const QString& text) {
    auto* edit = child<QLineEdit>(parent, objectName);
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

class CitizenRightsGuiRelayTest : public QObject {
    Q_OBJECT

    std::unique_ptr<RelayFixture> fixture_;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedKingdom)).sportello);
        fixture_ = std::make_unique<RelayFixture>();
        QCOMPARE(fixture_->create_user(adminUser, password, "admin"), 0);
        QCOMPARE(fixture_->create_user(supervisorUser, password, "supervisor"), 0);
    }
    void cleanup() {
        if (QTest::currentTestFailed()) qWarning().noquote() << QString::fromStdString(fixture_->logs());
    }
    void cleanupTestCase() { fixture_.reset(); }

    void anAdministratorExportsThenErasesACitizensData() {
        fixture_->citizen_says(citizen, "Vorrei sapere dove fare il richiamo a Biella");
        QVERIFY(QTest::qWaitFor([&] { return fixture_->inbox(citizen).size() == 1; }, networkTimeoutMs));

        auto ui = openDesk(*fixture_, adminUser, password);
        QVERIFY(ui);
        CitizenRightsPanel* panel = ui->window->citizenRightsPanel();
        QVERIFY(panel);
        QCOMPARE(ui->window->tabs()->tabText(ui->window->tabs()->indexOf(panel)).remove(u'&'),
                 QStringLiteral("Data subject rights"));
        ui->window->tabs()->setCurrentWidget(panel);
        auto* status = child<QLabel>(panel, "citizenRightsStatus");

        // A number without its country code is refused here, and nothing is asked of the relay.
        typeInto(panel, "citizenIdentityField", QStringLiteral("340 12"));
        typeInto(panel, "citizenReasonField", QStringLiteral("PEC prot. 2026/81"));
        {
            DialogScript dialogs;
            QTest::mouseClick(child<QPushButton>(panel, "exportCitizenButton"), Qt::LeftButton);
            QCOMPARE(dialogs.asked.size(), 0);
        }
        QVERIFY2(status->text().contains(QStringLiteral("country code")), qPrintable(status->text()));
        QCOMPARE(fixture_->db_int("SELECT count(*) FROM audit_log WHERE action LIKE 'citizen_data_%'"), 0);

        // Export: the JSON document, saved where the administrator chose.
        typeInto(panel, "citizenIdentityField", QStringLiteral("+39 340 177 7002"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("interessato.json"));
        QSignalSpy exported(panel, &CitizenRightsPanel::exported);
        {
            DialogScript dialogs;
            dialogs.files.append(path);
            QTest::mouseClick(child<QPushButton>(panel, "exportCitizenButton"), Qt::LeftButton);
            QCOMPARE(dialogs.count(Dialogs::Request::Kind::SaveFile), 1);
            QVERIFY(exported.wait(networkTimeoutMs));
        }
        QCOMPARE(exported.at(0).at(1).toBool(), true);
        QVERIFY2(status->text().contains(QStringLiteral("+393401777002")), qPrintable(status->text()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(doc.value(QStringLiteral("requested_by")).toString(), QString::fromStdString(adminUser));
        QCOMPARE(doc.value(QStringLiteral("contact")).toObject().value(QStringLiteral("phone")).toString(),
                 QStringLiteral("+393401777002"));
        const QJsonArray received = doc.value(QStringLiteral("messages_received")).toArray();
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.at(0).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Vorrei sapere dove fare il richiamo a Biella"));
        QVERIFY(!doc.value(QStringLiteral("messages_sent")).toArray().isEmpty());
        QCOMPARE(fixture_->db_int("SELECT count(*) FROM audit_log WHERE action = 'citizen_data_exported' "
                                  "AND actor = 'dpo.admin' AND detail LIKE '%PEC prot. 2026/81%'"), 1);

        // Erase: the confirmation names the citizen and what goes; cancelling changes nothing.
        {
            DialogScript dialogs;
            dialogs.confirm = false;
            QTest::mouseClick(child<QPushButton>(panel, "eraseCitizenButton"), Qt::LeftButton);
            QCOMPARE(dialogs.count(Dialogs::Request::Kind::Confirm), 1);
        }
        QCOMPARE(fixture_->db_int("SELECT count(*) FROM inbound_messages"), 1);
        QSignalSpy erased(panel, &CitizenRightsPanel::erased);
        {
            DialogScript dialogs;
            QTest::mouseClick(child<QPushButton>(panel, "eraseCitizenButton"), Qt::LeftButton);
            QCOMPARE(dialogs.count(Dialogs::Request::Kind::Confirm), 1);
            const QString question = dialogs.asked.at(0).text;
            QVERIFY2(question.contains(QStringLiteral("+393401777002")) &&
                         question.contains(QStringLiteral("messages both ways")) &&
                         question.contains(QStringLiteral("consent ledger")),
                     qPrintable(question));
            QVERIFY(erased.wait(networkTimeoutMs));
        }
        QVERIFY2(status->text().contains(QStringLiteral("1 message received")), qPrintable(status->text()));
        QCOMPARE(fixture_->db_int("SELECT count(*) FROM inbound_messages"), 0);
        QCOMPARE(fixture_->db_int("SELECT count(*) FROM outbox"), 0);
        QCOMPARE(fixture_->db_int("SELECT count(*) FROM contacts"), 0);
        QCOMPARE(fixture_->db_int("SELECT count(*) FROM audit_log WHERE action = 'citizen_data_erased' "
                                  "AND actor = 'dpo.admin' AND target = ''"), 1);

        // Asked again: nothing is held, and the screen says so.
        typeInto(panel, "citizenIdentityField", QStringLiteral("+39 340 177 7002"));
        {
            DialogScript dialogs;
            QTest::mouseClick(child<QPushButton>(panel, "eraseCitizenButton"), Qt::LeftButton);
            QVERIFY(erased.wait(networkTimeoutMs));
        }
        QVERIFY2(status->text().contains(QStringLiteral("No data is held")), qPrintable(status->text()));
    }

    void aSupervisorHasNoSuchTab() {
        auto ui = openDesk(*fixture_, supervisorUser, password);
        QVERIFY(ui);
        QVERIFY(!ui->window->citizenRightsPanel());
        QVERIFY(!ui->window->findChild<CitizenRightsPanel*>());
    }
};

QTEST_MAIN(CitizenRightsGuiRelayTest)
#include "tst_citizen_rights_gui_relay.moc"
