// The real desktop windows against the real relay: log in through the dialog
// (typing, clicking), see the content tree and an answer, and the ways a
// login is refused. Offscreen; every wait is a QTRY_ with a generous timeout.

#include "api/api_client.hpp"
#include "app/desk_controller.hpp"
#include "model/draft_tree_model.hpp"
#include "relay_fixture.hpp"
#include "settings/desk_settings.hpp"
#include "sportello/api/codec.hpp"
#include "sportello/api/users.hpp"
#include "ui/login_dialog.hpp"
#include "ui/main_window.hpp"
#include "ui/password_change_dialog.hpp"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace sportello;
using namespace sportello::desk;

namespace {

constexpr int networkTimeoutMs = 20000;

QString q(const std::string& s) { return QString::fromStdString(s); }

template <class T>
T* child(QWidget* parent, const char* objectName) {
    T* found = parent->findChild<T*>(QLatin1String(objectName));
    if (!found) qFatal("no widget named %s", objectName);
    return found;
}

void typeInto(QWidget* dialog, const char* objectName, const QString& text) {
    auto* edit = child<QLineEdit>(dialog, objectName);
    edit->clear();
    QTest::keyClicks(edit, text);
}

// The child of parent whose Tag column shows text; invalid if none.
QModelIndex childShowing(const QAbstractItemModel& model, const QModelIndex& parent, const QString& text) {
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data().toString() == text) return index;
    }
    return {};
}

} // namespace

class DeskGuiRelayTest : public QObject {
    Q_OBJECT

    std::unique_ptr<testing::RelayFixture> fixture_;
    std::unique_ptr<DeskSettings> settings_;
    std::unique_ptr<DeskController> controller_;
    QTemporaryDir scratch_;

    // The Italian answer of a node as the relay publishes it, read with the fixture's own client.
    QString publishedAnswer(const std::string& tag) {
        const std::string token = fixture_->login("operatore", "password-lunga-123");
        const auto reply = fixture_->relay("GET", "/ops/v1/tree", {}, {{"authorization", "Bearer " + token}});
        if (!reply.ok()) return {};
        const auto tree = api::decode<api::PublishedTree>(reply.response->body);
        if (!tree) return {};
        for (const auto& node : tree->nodes)
            if (node.tag == tag) return q(node.answer_it);
        return {};
    }

    LoginDialog* start(StartupOptions options = {}) {
        controller_ = std::make_unique<DeskController>(*settings_, std::move(options));
        controller_->start();
        return controller_->loginDialog();
    }

    void submit(LoginDialog* dialog, const QString& password, const QString& caFile) {
        typeInto(dialog, "serverEdit", q(fixture_->relay_url));
        typeInto(dialog, "usernameEdit", QStringLiteral("operatore"));
        typeInto(dialog, "passwordEdit", password);
        typeInto(dialog, "caFileEdit", caFile);
        QTest::mouseClick(child<QPushButton>(dialog, "loginButton"), Qt::LeftButton);
    }

    // Logs in through the dialog and waits until the tree is shown.
    MainWindow* loginThroughTheDialog() {
        LoginDialog* dialog = start();
        if (!dialog || !QTest::qWaitForWindowExposed(dialog)) return nullptr;
        submit(dialog, QStringLiteral("password-lunga-123"), q(fixture_->ca_file));
        const bool shown = QTest::qWaitFor([this] {
            return controller_->mainWindow() && controller_->mainWindow()->treeModel()->rowCount() > 0;
        }, networkTimeoutMs);
        return shown ? controller_->mainWindow() : nullptr;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(scratch_.isValid());
        fixture_ = std::make_unique<testing::RelayFixture>();
        QCOMPARE(fixture_->create_user("operatore", "password-lunga-123", "editor"), 0);
        QCOMPARE(fixture_->create_user("amministratore", "password-lunga-123", "admin"), 0);
    }
    void init() {
        settings_ = DeskSettings::createTemporary();
        QVERIFY(settings_);
    }
    void cleanup() {
        if (QTest::currentTestFailed()) qWarning().noquote() << q(fixture_->logs());
        controller_.reset();
        settings_.reset();
    }
    void cleanupTestCase() { fixture_.reset(); }

    // An administrator creates an operator (a temporary password, shown once);
    // the operator's first login asks for a new password, which the relay's
    // policy checks, and only then opens the main window.
    void aTemporaryPasswordIsChangedBeforeTheMainWindow() {
        const std::string admin = fixture_->login("amministratore", "password-lunga-123");
        const auto created = fixture_->relay("POST", "/ops/v1/users",
                                             R"({"username":"nuovo.operatore","display_name":"Nuovo","role":"operator"})",
                                             {{"authorization", "Bearer " + admin}});
        QVERIFY(created.ok());
        QCOMPARE(created.response->status, 201);
        const auto temporary = api::decode_users<api::TemporaryPassword>(created.response->body);
        QVERIFY(temporary);

        LoginDialog* dialog = start();
        QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
        typeInto(dialog, "serverEdit", q(fixture_->relay_url));
        typeInto(dialog, "usernameEdit", QStringLiteral("nuovo.operatore"));
        typeInto(dialog, "passwordEdit", q(temporary->temporary_password));
        typeInto(dialog, "caFileEdit", q(fixture_->ca_file));
        QTest::mouseClick(child<QPushButton>(dialog, "loginButton"), Qt::LeftButton);
        QPointer<PasswordChangeDialog> change;
        QTRY_VERIFY_WITH_TIMEOUT((change = dialog->findChild<PasswordChangeDialog*>()) && change->isVisible(),
                                 networkTimeoutMs);
        QVERIFY(!controller_->mainWindow());

        auto choose = [&](const QString& password, const QString& again) {
            typeInto(change, "newPasswordEdit", password);
            typeInto(change, "confirmPasswordEdit", again);
            QTest::mouseClick(child<QPushButton>(change, "changePasswordButton"), Qt::LeftButton);
        };
        choose(QStringLiteral("Piemonte-Vaccini-Hub-9"), QStringLiteral("Piemonte-Vaccini-Hub-8"));
        QCOMPARE(change->errorText(), QStringLiteral("The two passwords differ."));
        choose(QStringLiteral("Password2024!"), QStringLiteral("Password2024!"));
        QTRY_VERIFY_WITH_TIMEOUT(change->errorText().contains(QStringLiteral("too common")), networkTimeoutMs);
        QVERIFY(!controller_->mainWindow());

        choose(QStringLiteral("Piemonte-Vaccini-Hub-9"), QStringLiteral("Piemonte-Vaccini-Hub-9"));
        QTRY_VERIFY_WITH_TIMEOUT(controller_->mainWindow() && controller_->mainWindow()->treeModel()->rowCount() > 0,
                                 networkTimeoutMs);
        QVERIFY(fixture_->login("nuovo.operatore", temporary->temporary_password).empty());
        QVERIFY(!fixture_->login("nuovo.operatore", "Piemonte-Vaccini-Hub-9").empty());
    }

    void loginShowsTheTreeAndAnAnswer() {
        MainWindow* window = loginThroughTheDialog();
        QVERIFY2(window, qPrintable(controller_->loginDialog() ? controller_->loginDialog()->errorText() : QString()));
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_VERIFY_WITH_TIMEOUT(!controller_->loginDialog() || !controller_->loginDialog()->isVisible(), 5000);

        auto* view = child<QTreeView>(window, "treeView");
        const QAbstractItemModel& model = *view->model();
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(root.data().toString(), QStringLiteral("#menu"));
        for (const char* tag : {"#vaccinazione", "#tamponi", "#andamentopandemia"})
            QVERIFY2(childShowing(model, root, QLatin1String(tag)).isValid(), tag);
        const QModelIndex centri =
            childShowing(model, childShowing(model, root, QStringLiteral("#vaccinazione")), QStringLiteral("#centrivaccinali"));
        QVERIFY(centri.isValid());

        // Select it the way an operator does: a click on its row.
        view->scrollTo(centri);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(centri).center());
        QTRY_COMPARE_WITH_TIMEOUT(view->currentIndex().data(DraftTreeModel::TagRole).toString(),
                                  QStringLiteral("centrivaccinali"), 5000);
        const QString answer = publishedAnswer("centrivaccinali");
        QVERIFY(!answer.isEmpty());
        const QString firstLine = answer.section(u'\n', 0, 0);
        auto* answerView = child<QPlainTextEdit>(window, "answerItEditText");
        QTRY_VERIFY2_WITH_TIMEOUT(answerView->toPlainText().contains(firstLine), qPrintable(answerView->toPlainText()),
                                  5000);
        QCOMPARE(child<QLineEdit>(window, "tagEdit")->text(), QStringLiteral("centrivaccinali"));

        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(window, "draftStateLabel")->text().startsWith(QStringLiteral("Draft ")), 5000);
        const QString user = child<QLabel>(window, "userLabel")->text();
        QVERIFY2(user.contains(QStringLiteral("operatore")) && user.contains(QStringLiteral("editor")), qPrintable(user));

        // What made the login work is remembered; the password is not.
        QCOMPARE(settings_->serverUrl(), q(fixture_->relay_url));
        QCOMPARE(settings_->lastUsername(), QStringLiteral("operatore"));
        QCOMPARE(settings_->caFile(), q(fixture_->ca_file));
        QFile saved(settings_->fileName());
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(!saved.readAll().contains("password-lunga-123"));
    }

    void reloadKeepsTheSelectedNode() {
        MainWindow* window = loginThroughTheDialog();
        QVERIFY(window);
        auto* view = child<QTreeView>(window, "treeView");
        const qint64 tamponiId =
            childShowing(*view->model(), view->model()->index(0, 0), QStringLiteral("#tamponi")).data(DraftTreeModel::NodeIdRole).toLongLong();
        view->setCurrentIndex(window->treeModel()->indexOfNode(tamponiId));

        QSignalSpy reset(window->treeModel(), &QAbstractItemModel::modelReset);
        QSignalSpy loaded(window, &MainWindow::draftLoaded);
        window->findChild<QAction*>(QStringLiteral("reloadAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, networkTimeoutMs);
        QCOMPARE(reset.count(), 0);   // an unchanged draft changes nothing in the view
        QCOMPARE(view->currentIndex().data(DraftTreeModel::NodeIdRole).toLongLong(), tamponiId);
        QVERIFY(window->messageText().isEmpty());
    }

    void wrongPasswordKeepsTheDialogOpen() {
        LoginDialog* dialog = start();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        submit(dialog, QStringLiteral("password-sbagliata"), q(fixture_->ca_file));
        auto* error = child<QLabel>(dialog, "errorLabel");
        QTRY_COMPARE_WITH_TIMEOUT(error->text(), QStringLiteral("Wrong username or password."), networkTimeoutMs);
        QVERIFY(error->isVisible());
        QVERIFY(dialog->isVisible());
        QVERIFY(!controller_->mainWindow());
        QVERIFY(child<QLineEdit>(dialog, "passwordEdit")->text().isEmpty());
        QVERIFY(child<QPushButton>(dialog, "loginButton")->isEnabled());
    }

    void untrustedCertificateIsShownThenTheCaFixesIt() {
        LoginDialog* dialog = start();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        submit(dialog, QStringLiteral("password-lunga-123"), QString());   // system store only
        auto* error = child<QLabel>(dialog, "errorLabel");
        QTRY_VERIFY2_WITH_TIMEOUT(error->text().contains(QStringLiteral("not trusted")), qPrintable(error->text()),
                                  networkTimeoutMs);
        QVERIFY(dialog->isVisible());
        QVERIFY(!controller_->mainWindow());

        typeInto(dialog, "caFileEdit", q(fixture_->ca_file));
        typeInto(dialog, "passwordEdit", QStringLiteral("password-lunga-123"));
        QTest::mouseClick(child<QPushButton>(dialog, "loginButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(controller_->mainWindow() && controller_->mainWindow()->isVisible(), networkTimeoutMs);
    }

    void automaticLoginFromTheCommandLine() {
        const QString passwordFile = scratch_.filePath(QStringLiteral("password"));
        QFile file(passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("password-lunga-123\n");
        file.close();

        const QPointer<LoginDialog> dialog = start(StartupOptions{q(fixture_->relay_url), q(fixture_->ca_file), {},
                                                                  QStringLiteral("operatore"), passwordFile, {}});
        QVERIFY(dialog && !dialog->isVisible());   // no dialog while the login runs
        QTRY_VERIFY_WITH_TIMEOUT(controller_->mainWindow() && controller_->mainWindow()->treeModel()->rowCount() > 0,
                                 networkTimeoutMs);
        QVERIFY(dialog.isNull() || !dialog->isVisible());
    }

    void refusedSessionReturnsToTheLoginDialog() {
        MainWindow* window = loginThroughTheDialog();
        QVERIFY(window);
        const QPointer<MainWindow> guard(window);
        controller_->api().setSessionToken(QStringLiteral("revoked"));
        window->reload();
        QTRY_VERIFY_WITH_TIMEOUT(controller_->loginDialog() && controller_->loginDialog()->isVisible(), networkTimeoutMs);
        QCOMPARE(controller_->loginDialog()->errorText(),
                 QStringLiteral("The server no longer accepts this session. Please log in again."));
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 5000);   // the old window is gone
        QCOMPARE(child<QLineEdit>(controller_->loginDialog(), "usernameEdit")->text(), QStringLiteral("operatore"));
    }
};

QTEST_MAIN(DeskGuiRelayTest)
#include "tst_desk_gui_relay.moc"
