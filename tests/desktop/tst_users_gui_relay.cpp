// Accounts and accountability through the real windows against the real
// relay: an administrator creates an operator in the Users tab and reads the
// temporary password from the dialog that shows it once; the operator logs
// in through the login dialog, must change it and set up two-factor
// authentication (the code computed from the key the dialog shows), works,
// sees and ends their own sessions; disabled in the tab, the operator's open desk is sent back
// to the login. The last administrator cannot be disabled or demoted; a
// locked account is shown locked and unlocked; a colleague's two-factor
// authentication is reset. A supervisor reads the audit
// trail, narrows it by user, action and period, and exports it to a CSV file
// for Italian Excel, which the relay records. Roles without manage_users or
// read_audit see neither tab.

#include "app/desk_controller.hpp"
#include "app/translations.hpp"
#include "content_gui_support.hpp"
#include "model/audit_table_model.hpp"
#include "model/draft_tree_model.hpp"
#include "model/session_table_model.hpp"
#include "model/user_table_model.hpp"
#include "settings/desk_settings.hpp"
#include "ui/login_dialog.hpp"
#include "ui/password_change_dialog.hpp"
#include "ui/two_factor_dialog.hpp"
#include "ui/users/audit_panel.hpp"
#include "ui/users/sessions_dialog.hpp"
#include "ui/users/temporary_password_dialog.hpp"
#include "ui/users/user_dialog.hpp"
#include "ui/users/users_panel.hpp"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sportello;
using namespace sportello::desk;
using namespace sportello::testing;

namespace {

const std::string adminUser = "admin1", supervisorUser = "sup1", password = "password-lunga-123";

QString q(const std::string& s) { return QString::fromStdString(s); }

QStringList tabTitles(MainWindow& window) {
    QStringList titles;
    for (int i = 0; i < window.tabs()->count(); ++i) titles.append(window.tabs()->tabText(i).remove(u'&'));
    return titles;
}

void typeInto(QWidget* parent, const char* objectName, const QString& text) {
    auto* edit = child<QLineEdit>(parent, objectName);
    edit->clear();
    QTest::keyClicks(edit, text);
}

// The rows of a CSV file as written by CsvExport: fields split on ';' outside quotes.
QList<QStringList> parseCsv(const QString& text) {
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') cell += u'"', ++i;
            else if (c == u'"') quoted = false;
            else cell += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u';') {
            row.append(cell), cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row.append(cell), cell.clear();
            rows.append(row), row.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

} // namespace

class UsersGuiRelayTest : public QObject {
    Q_OBJECT

    std::unique_ptr<RelayFixture> fixture_;
    std::unique_ptr<DeskUi> ui_;
    std::unique_ptr<DeskSettings> settings_;
    std::unique_ptr<DeskController> operatorDesk_;

    MainWindow& window() { return *ui_->window; }

    UsersPanel* openUsersTab() {
        UsersPanel* panel = window().usersPanel();
        if (!panel) return nullptr;
        window().tabs()->setCurrentWidget(panel);
        if (!QTest::qWaitFor([&] { return !panel->isLoading() && panel->model()->rowCount() > 0; }, networkTimeoutMs))
            return nullptr;
        return panel;
    }

    const UserAccount* row(UsersPanel& panel, const QString& username) {
        for (int r = 0; r < panel.model()->rowCount(); ++r)
            if (panel.model()->user(r)->username == username) return panel.model()->user(r);
        return nullptr;
    }

    QString stateOf(UsersPanel& panel, const QString& username) {
        const UserAccount* u = row(panel, username);
        return u ? panel.model()->index(panel.model()->rowOf(u->id), UserTableModel::StateColumn).data().toString()
                 : QString();
    }

    // Refreshes the tab and waits for the answer.
    bool reload(UsersPanel& panel) {
        QSignalSpy loaded(&panel, &UsersPanel::loaded);
        panel.refresh();
        return loaded.wait(networkTimeoutMs);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedKingdom)).sportello);
        // Operators must use two-factor authentication here, as by default in production.
        FixtureOptions options{.start_simulator = false};
        options.tweak_relay_config = [](boost::json::object& config) {
            config["auth"] = boost::json::object{{"two_factor_roles", boost::json::array{"admin", "operator"}}};
        };
        fixture_ = std::make_unique<RelayFixture>(options);
        QCOMPARE(fixture_->create_user(adminUser, password, "admin"), 0);
        QCOMPARE(fixture_->create_user(supervisorUser, password, "supervisor"), 0);
    }
    void cleanup() {
        if (QTest::currentTestFailed()) qWarning().noquote() << q(fixture_->logs());
        operatorDesk_.reset();
        settings_.reset();
        ui_.reset();
    }
    void cleanupTestCase() { fixture_.reset(); }

    void anOperatorCreatedInTheTabChangesThePasswordWorksAndIsEndedByDisabling() {
        ui_ = openDesk(*fixture_, adminUser, password);
        QVERIFY(ui_);
        QVERIFY2(tabTitles(window()).contains(QStringLiteral("Users")), qPrintable(tabTitles(window()).join(u',')));
        QVERIFY(tabTitles(window()).contains(QStringLiteral("Audit trail")));
        UsersPanel* panel = openUsersTab();
        QVERIFY(panel);

        // Create: the dialog, then the temporary password shown once.
        QTest::mouseClick(child<QPushButton>(panel, "createUserButton"), Qt::LeftButton);
        QTRY_VERIFY(panel->userDialog() && panel->userDialog()->isVisible());
        UserDialog* dialog = panel->userDialog();
        typeInto(dialog, "userUsernameEdit", QStringLiteral("m.rossi"));
        typeInto(dialog, "userDisplayNameEdit", QStringLiteral("Maria Rossi"));
        auto* role = child<QComboBox>(dialog, "userRoleCombo");
        role->setCurrentIndex(role->findText(QStringLiteral("Operator")));
        QTest::mouseClick(child<QPushButton>(dialog, "userSaveButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->passwordDialog() && panel->passwordDialog()->isVisible(), networkTimeoutMs);
        TemporaryPasswordDialog* shown = panel->passwordDialog();
        const QString temporary = child<QLineEdit>(shown, "temporaryPasswordEdit")->text();
        QCOMPARE(temporary.size(), 16);
        QVERIFY(child<QLabel>(shown, "temporaryPasswordWarning")->text().contains(QStringLiteral("cannot be shown")));
        QTest::mouseClick(child<QPushButton>(shown, "copyPasswordButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), temporary);
        shown->close();
        QTRY_VERIFY(!panel->passwordDialog() && !panel->userDialog());
        QCOMPARE(stateOf(*panel, QStringLiteral("m.rossi")), QStringLiteral("Active, temporary password"));
        QCOMPARE(fixture_->db_int("SELECT count(*) FROM users WHERE username = 'm.rossi' AND role = 'operator' "
                                  "AND display_name = 'Maria Rossi' AND must_change_password = 1"), 1);

        // The operator's own desk: the login dialog, the forced change, then the main window.
        settings_ = DeskSettings::createTemporary();
        QVERIFY(settings_);
        operatorDesk_ = std::make_unique<DeskController>(*settings_, StartupOptions{});
        operatorDesk_->start();
        LoginDialog* login = operatorDesk_->loginDialog();
        QVERIFY(login && QTest::qWaitForWindowExposed(login));
        typeInto(login, "serverEdit", q(fixture_->relay_url));
        typeInto(login, "usernameEdit", QStringLiteral("m.rossi"));
        typeInto(login, "passwordEdit", temporary);
        typeInto(login, "caFileEdit", q(fixture_->ca_file));
        QTest::mouseClick(child<QPushButton>(login, "loginButton"), Qt::LeftButton);
        QPointer<PasswordChangeDialog> change;
        QTRY_VERIFY_WITH_TIMEOUT((change = login->findChild<PasswordChangeDialog*>()) && change->isVisible(),
                                 networkTimeoutMs);
        QVERIFY(!operatorDesk_->mainWindow());
        typeInto(change, "newPasswordEdit", QStringLiteral("Piemonte-Vaccini-Hub-9"));
        typeInto(change, "confirmPasswordEdit", QStringLiteral("Piemonte-Vaccini-Hub-9"));
        QTest::mouseClick(child<QPushButton>(change, "changePasswordButton"), Qt::LeftButton);
        // Then the forced enrolment: the code computed from the key the dialog shows.
        QPointer<TwoFactorDialog> enrol;
        QTRY_VERIFY_WITH_TIMEOUT((enrol = login->findChild<TwoFactorDialog*>()) && enrol->isVisible(), networkTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!enrol->manualKey().isEmpty(), networkTimeoutMs);
        QVERIFY(!operatorDesk_->mainWindow());
        fixture_->remember_totp_secret(
            "m.rossi", child<QLabel>(enrol, "manualKeyLabel")->text().remove(QLatin1Char(' ')).toStdString());
        typeInto(enrol, "totpCodeEdit", q(fixture_->next_totp_code("m.rossi")));
        QTest::mouseClick(child<QPushButton>(enrol, "confirmCodeButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(enrol->recoveryCodes().size(), 10, networkTimeoutMs);
        child<QCheckBox>(enrol, "savedRecoveryCodesCheck")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(enrol, "finishEnrolmentButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(operatorDesk_->mainWindow() && idle(*operatorDesk_->mainWindow()), networkTimeoutMs);
        QCOMPARE(fixture_->db_int("SELECT count(*) FROM users WHERE username = 'm.rossi' AND totp_enrolled_at IS NOT NULL"),
                 1);
        MainWindow* operatorWindow = operatorDesk_->mainWindow();
        QVERIFY(operatorWindow->treeModel()->rowCount() > 0);   // works: the contents are there
        QVERIFY(!operatorWindow->usersPanel() && !operatorWindow->auditPanel());
        const QStringList operatorTabs = tabTitles(*operatorWindow);
        QVERIFY2(!operatorTabs.contains(QStringLiteral("Users")) && !operatorTabs.contains(QStringLiteral("Audit trail")),
                 qPrintable(operatorTabs.join(u',')));

        // My sessions: this desk marked; another session of the operator's ended from here.
        const std::string elsewhere = fixture_->login("m.rossi", "Piemonte-Vaccini-Hub-9");
        QVERIFY(!elsewhere.empty());
        operatorWindow->findChild<QAction*>(QStringLiteral("mySessionsAction"))->trigger();
        SessionsDialog* mine = operatorWindow->mySessionsDialog();
        QVERIFY(mine);
        QTRY_VERIFY_WITH_TIMEOUT(!mine->isBusy() && mine->model()->rowCount() == 2, networkTimeoutMs);
        int other = -1;
        for (int r = 0; r < 2; ++r)
            if (!mine->model()->session(r)->current) other = r;
        QVERIFY(other >= 0);
        QCOMPARE(mine->model()->index(1 - other, SessionTableModel::CurrentColumn).data().toString(),
                 QStringLiteral("This desk"));
        QVERIFY(!mine->model()->index(other, SessionTableModel::AddressColumn).data().toString().isEmpty());
        {
            DialogScript dialogs;
            mine->selectSession(mine->model()->session(1 - other)->id);
            QVERIFY(!child<QPushButton>(mine, "endSessionButton")->isEnabled());   // not this desk's own
            mine->selectSession(mine->model()->session(other)->id);
            QTest::mouseClick(child<QPushButton>(mine, "endSessionButton"), Qt::LeftButton);
            QCOMPARE(dialogs.count(Dialogs::Request::Kind::Confirm), 1);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!mine->isBusy() && mine->model()->rowCount() == 1, networkTimeoutMs);
        QVERIFY(mine->model()->session(0)->current);
        QCOMPARE(fixture_->relay("GET", "/ops/v1/tree", {}, {{"authorization", "Bearer " + elsewhere}}).response->status,
                 401);
        mine->close();

        // The administrator disables the operator: the operator's open desk goes back to the login.
        QVERIFY(reload(*panel));
        panel->selectUser(row(*panel, QStringLiteral("m.rossi"))->id);
        {
            DialogScript dialogs;
            QTest::mouseClick(child<QPushButton>(panel, "toggleUserButton"), Qt::LeftButton);
            QCOMPARE(dialogs.count(Dialogs::Request::Kind::Confirm), 1);
        }
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*panel, QStringLiteral("m.rossi")), QStringLiteral("Disabled"), networkTimeoutMs);
        QCOMPARE(child<QPushButton>(panel, "toggleUserButton")->text().remove(u'&'), QStringLiteral("Re-enable…"));
        QCOMPARE(fixture_->db_int("SELECT disabled FROM users WHERE username = 'm.rossi'"), 1);
        QCOMPARE(fixture_->db_int("SELECT count(*) FROM sessions s JOIN users u ON u.id = s.user_id "
                                  "WHERE u.username = 'm.rossi'"), 0);
        QPointer<MainWindow> gone = operatorWindow;
        operatorWindow->reload();   // the operator's next request
        QTRY_VERIFY_WITH_TIMEOUT(!gone && operatorDesk_->loginDialog() && operatorDesk_->loginDialog()->isVisible(),
                                 networkTimeoutMs);
        QVERIFY(fixture_->login("m.rossi", "Piemonte-Vaccini-Hub-9").empty());
    }

    void theLastAdministratorCannotBeDisabledOrDemoted() {
        ui_ = openDesk(*fixture_, adminUser, password);
        QVERIFY(ui_);
        UsersPanel* panel = openUsersTab();
        QVERIFY(panel);
        panel->selectUser(row(*panel, q(adminUser))->id);
        {
            DialogScript dialogs;
            QTest::mouseClick(child<QPushButton>(panel, "toggleUserButton"), Qt::LeftButton);
        }
        QTRY_COMPARE_WITH_TIMEOUT(panel->statusText(),
                                  QStringLiteral("This is the last active administrator: make another user an "
                                                 "administrator first."),
                                  networkTimeoutMs);
        QCOMPARE(stateOf(*panel, q(adminUser)), QStringLiteral("Active"));

        QTest::mouseClick(child<QPushButton>(panel, "editUserButton"), Qt::LeftButton);
        QTRY_VERIFY(panel->userDialog() && panel->userDialog()->isVisible());
        UserDialog* dialog = panel->userDialog();
        QVERIFY(child<QLineEdit>(dialog, "userUsernameEdit")->isReadOnly());
        auto* role = child<QComboBox>(dialog, "userRoleCombo");
        QCOMPARE(role->currentText(), QStringLiteral("Administrator"));
        role->setCurrentIndex(role->findText(QStringLiteral("Editor")));
        QTest::mouseClick(child<QPushButton>(dialog, "userSaveButton"), Qt::LeftButton);
        auto* reason = child<QLabel>(dialog, "userDialogStatus");
        QTRY_VERIFY_WITH_TIMEOUT(reason->isVisible() && reason->text().contains(QStringLiteral("last active administrator")),
                                 networkTimeoutMs);
        QVERIFY(dialog->isVisible());
        dialog->close();
        QCOMPARE(fixture_->db_int("SELECT count(*) FROM users WHERE username = 'admin1' AND role = 'admin' "
                                  "AND disabled = 0"), 1);
    }

    void aLockedAccountIsShownAndUnlocked() {
        QCOMPARE(fixture_->create_user("l.verdi", "Verdi-Accesso-Sicuro-4", "editor"), 0);
        for (int i = 0; i < 10; ++i) QVERIFY(fixture_->login("l.verdi", "non-e-questa-la-password").empty());
        QVERIFY(fixture_->login("l.verdi", "Verdi-Accesso-Sicuro-4").empty());   // locked: even the right one

        ui_ = openDesk(*fixture_, adminUser, password);
        QVERIFY(ui_);
        UsersPanel* panel = openUsersTab();
        QVERIFY(panel);
        QVERIFY2(stateOf(*panel, QStringLiteral("l.verdi")).startsWith(QStringLiteral("Locked until")),
                 qPrintable(stateOf(*panel, QStringLiteral("l.verdi"))));
        // The filter narrows the list to what is typed.
        QTest::keyClicks(child<QLineEdit>(panel, "userFilterEdit"), QStringLiteral("locked"));
        QCOMPARE(panel->table()->model()->rowCount(), 1);
        child<QLineEdit>(panel, "userFilterEdit")->clear();
        QVERIFY(panel->table()->model()->rowCount() >= 3);

        panel->selectUser(row(*panel, QStringLiteral("l.verdi"))->id);
        auto* unlock = child<QPushButton>(panel, "unlockUserButton");
        QVERIFY(unlock->isEnabled());
        QTest::mouseClick(unlock, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*panel, QStringLiteral("l.verdi")), QStringLiteral("Active"), networkTimeoutMs);
        QVERIFY(!unlock->isEnabled());
        const std::string verdi = fixture_->login("l.verdi", "Verdi-Accesso-Sicuro-4");
        QVERIFY(!verdi.empty());

        // The administrator sees where l.verdi is logged in and ends it all.
        QTest::mouseClick(child<QPushButton>(panel, "userSessionsButton"), Qt::LeftButton);
        SessionsDialog* sessions = panel->sessionsDialog();
        QVERIFY(sessions);
        QTRY_VERIFY_WITH_TIMEOUT(!sessions->isBusy() && sessions->model()->rowCount() == 1, networkTimeoutMs);
        QCOMPARE(sessions->model()->session(0)->username, QStringLiteral("l.verdi"));
        QVERIFY(!sessions->model()->session(0)->current);
        {
            DialogScript dialogs;
            QTest::mouseClick(child<QPushButton>(sessions, "endAllSessionsButton"), Qt::LeftButton);
            QCOMPARE(dialogs.count(Dialogs::Request::Kind::Confirm), 1);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!sessions->isBusy() && sessions->model()->rowCount() == 0, networkTimeoutMs);
        QCOMPARE(fixture_->relay("GET", "/ops/v1/tree", {}, {{"authorization", "Bearer " + verdi}}).response->status, 401);
    }

    void anAdministratorResetsAColleaguesTwoFactor() {
        // A second administrator, enrolled by logging in (administrators must).
        QCOMPARE(fixture_->create_user("a.neri", "Neri-Accesso-Sicuro-7", "admin"), 0);
        const std::string neri = fixture_->login("a.neri", "Neri-Accesso-Sicuro-7");
        QVERIFY(!neri.empty());

        ui_ = openDesk(*fixture_, adminUser, password);
        QVERIFY(ui_);
        UsersPanel* panel = openUsersTab();
        QVERIFY(panel);
        const auto twoFactorOf = [&] {
            const UserAccount* u = row(*panel, QStringLiteral("a.neri"));
            return u ? panel->model()->index(panel->model()->rowOf(u->id), UserTableModel::TwoFactorColumn).data().toString()
                     : QString();
        };
        QCOMPARE(twoFactorOf(), QStringLiteral("Enrolled"));
        QCOMPARE(panel->model()->headerData(UserTableModel::TwoFactorColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Two-factor"));
        auto* reset = child<QPushButton>(panel, "resetTwoFactorButton");
        panel->selectUser(row(*panel, QStringLiteral("a.neri"))->id);
        QVERIFY(reset->isEnabled());
        {
            DialogScript dialogs;
            QTest::mouseClick(reset, Qt::LeftButton);
            QCOMPARE(dialogs.count(Dialogs::Request::Kind::Confirm), 1);
        }
        QTRY_COMPARE_WITH_TIMEOUT(twoFactorOf(), QStringLiteral("Not enrolled"), networkTimeoutMs);
        QVERIFY(!reset->isEnabled());
        QCOMPARE(fixture_->db_int("SELECT count(*) FROM users WHERE username = 'a.neri' AND totp_enrolled_at IS NULL "
                                  "AND totp_secret_enc IS NULL"),
                 1);
        QCOMPARE(fixture_->db_int("SELECT count(*) FROM recovery_codes r JOIN users u ON u.id = r.user_id "
                                  "WHERE u.username = 'a.neri'"),
                 0);
        // Their session ended with it.
        QCOMPARE(fixture_->relay("GET", "/ops/v1/tree", {}, {{"authorization", "Bearer " + neri}}).response->status, 401);
        QCOMPARE(fixture_->db_int("SELECT count(*) FROM audit_log WHERE action = 'two_factor_reset' AND actor = '" + adminUser + "'"),
                 1);
    }

    void aSupervisorFiltersTheTrailAndExportsItForExcel() {
        ui_ = openDesk(*fixture_, supervisorUser, password);
        QVERIFY(ui_);
        QVERIFY(!window().usersPanel());   // a supervisor does not manage users
        AuditPanel* panel = window().auditPanel();
        QVERIFY(panel);
        QVERIFY(!tabTitles(window()).contains(QStringLiteral("Users")));
        window().tabs()->setCurrentWidget(panel);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isLoading() && panel->model()->rowCount() > 0, networkTimeoutMs);
        const auto actions = [&] {
            QStringList ids;
            for (const AuditRecord& r : panel->model()->records()) ids.append(r.action);
            return ids;
        };
        for (const char* id : {"user_created", "user_disabled", "user_unlocked", "password_changed", "session_ended"})
            QVERIFY2(actions().contains(QLatin1String(id)), id);
        const int everything = panel->model()->rowCount();

        typeInto(panel, "auditUserEdit", q(adminUser));
        auto* action = child<QComboBox>(panel, "auditActionCombo");
        action->setCurrentIndex(action->findData(QStringLiteral("user_created")));
        QSignalSpy loaded(panel, &AuditPanel::pageLoaded);
        QTest::mouseClick(child<QPushButton>(panel, "auditApplyButton"), Qt::LeftButton);
        QVERIFY(loaded.wait(networkTimeoutMs));
        QCOMPARE(panel->model()->rowCount(), 1);   // m.rossi; the others were created on the server
        QVERIFY(panel->model()->rowCount() < everything);
        QCOMPARE(panel->model()->records().at(0).actor, q(adminUser));
        QCOMPARE(panel->model()->records().at(0).target, QStringLiteral("m.rossi"));
        QCOMPARE(panel->model()->index(0, AuditTableModel::ActionColumn).data().toString(), QStringLiteral("User created"));

        // Export: every matching entry, in a file Excel opens, recorded by the relay.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("registro.csv"));
        QSignalSpy exported(panel, &AuditPanel::exported);
        {
            DialogScript dialogs;
            dialogs.files.append(path);
            QTest::mouseClick(child<QPushButton>(panel, "auditExportButton"), Qt::LeftButton);
            QCOMPARE(dialogs.count(Dialogs::Request::Kind::SaveFile), 1);
            QVERIFY(exported.wait(networkTimeoutMs));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0], (QStringList{QStringLiteral("Time"), QStringLiteral("User"), QStringLiteral("Action"),
                                       QStringLiteral("About"), QStringLiteral("Detail")}));
        QCOMPARE(rows[1].value(1), q(adminUser));
        QCOMPARE(rows[1].value(2), QStringLiteral("User created"));
        QCOMPARE(rows[1].value(3), QStringLiteral("m.rossi"));
        QCOMPARE(rows[1].value(4), QStringLiteral("role operator"));
        QVERIFY(bytes.contains("\";\""));
        QCOMPARE(fixture_->db_int("SELECT count(*) FROM audit_log WHERE action = 'audit_exported' AND actor = 'sup1' "
                                  "AND detail = '1 entry, written by the client; filter: user admin1, action "
                                  "user_created'"), 1);

        // A period after today: nothing.
        child<QLineEdit>(panel, "auditUserEdit")->clear();
        action->setCurrentIndex(0);
        child<QCheckBox>(panel, "auditFromCheck")->setChecked(true);
        child<QDateEdit>(panel, "auditFromEdit")->setDate(QDate::currentDate().addDays(2));
        QTest::mouseClick(child<QPushButton>(panel, "auditApplyButton"), Qt::LeftButton);
        QVERIFY(loaded.wait(networkTimeoutMs));
        QCOMPARE(panel->model()->rowCount(), 0);
        // Today, both ends included: the export just recorded is there.
        child<QDateEdit>(panel, "auditFromEdit")->setDate(QDate::currentDate());
        child<QCheckBox>(panel, "auditToCheck")->setChecked(true);
        child<QDateEdit>(panel, "auditToEdit")->setDate(QDate::currentDate());
        action->setCurrentIndex(action->findData(QStringLiteral("audit_exported")));
        QTest::mouseClick(child<QPushButton>(panel, "auditApplyButton"), Qt::LeftButton);
        QVERIFY(loaded.wait(networkTimeoutMs));
        QCOMPARE(panel->model()->rowCount(), 1);
        QCOMPARE(panel->model()->records().at(0).actor, q(supervisorUser));
    }
};

QTEST_MAIN(UsersGuiRelayTest)
#include "tst_users_gui_relay.moc"
