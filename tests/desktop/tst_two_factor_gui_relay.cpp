// Two-factor authentication in the real desk against the real relay, whose
// configuration requires it of operators: an operator created by an
// administrator logs in with the temporary password, changes it, enrols
// (the test reads the key from the dialog and computes the code, RFC 6238,
// tests/support/totp_codes.hpp), saves the recovery codes and works; the next
// login asks for a code. Offscreen; every wait is a QTRY_.

#include "api/api_client.hpp"
#include "app/desk_controller.hpp"
#include "relay_fixture.hpp"
#include "settings/desk_settings.hpp"
#include "sportello/api/users.hpp"
#include "totp_codes.hpp"
#include "ui/login_dialog.hpp"
#include "ui/main_window.hpp"
#include "ui/password_change_dialog.hpp"
#include "ui/qr_code.hpp"
#include "ui/two_factor_dialog.hpp"

#include <boost/json.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

#include <memory>
#include <optional>

using namespace sportello;
using namespace sportello::desk;

namespace {

constexpr int networkTimeoutMs = 20000;
constexpr const char* adminPassword = "Amministrazione-Regionale-7";
const QString operatorPassword = QStringLiteral("Piemonte-Vaccini-Hub-9");

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

void click(QWidget* parent, const char* objectName) {
    QTest::mouseClick(child<QPushButton>(parent, objectName), Qt::LeftButton);
}

} // namespace

class TwoFactorGuiRelayTest : public QObject {
    Q_OBJECT

    std::unique_ptr<testing::RelayFixture> fixture_;
    std::unique_ptr<DeskSettings> settings_;
    std::unique_ptr<DeskController> controller_;

    LoginDialog* startAndSubmit(const QString& username, const QString& password) {
        controller_ = std::make_unique<DeskController>(*settings_, StartupOptions{});
        controller_->start();
        LoginDialog* dialog = controller_->loginDialog();
        if (!dialog || !QTest::qWaitForWindowExposed(dialog)) return nullptr;
        typeInto(dialog, "serverEdit", q(fixture_->relay_url));
        typeInto(dialog, "usernameEdit", username);
        typeInto(dialog, "passwordEdit", password);
        typeInto(dialog, "caFileEdit", q(fixture_->ca_file));
        click(dialog, "loginButton");
        return dialog;
    }

private Q_SLOTS:
    void initTestCase() {
        testing::FixtureOptions options;
        options.start_simulator = false;
        options.tweak_relay_config = [](boost::json::object& config) {
            config["auth"] = boost::json::object{{"two_factor_roles", boost::json::array{"admin", "operator"}}};
        };
        fixture_ = std::make_unique<testing::RelayFixture>(options);
        QCOMPARE(fixture_->create_user("amministratore", adminPassword, "admin"), 0);
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

    void theKeyIsGroupedAndTheQrCodeDrawn() {
        QCOMPARE(TwoFactorDialog::groupedInFours(QStringLiteral("GEZDGNBVGY3TQOJQ")), QStringLiteral("GEZD GNBV GY3T QOJQ"));
        const QImage qr = qrCodeImage(QStringLiteral("otpauth://totp/Sportello:m.rossi?secret=GEZDGNBVGY3TQOJQ"), 4);
        QVERIFY(!qr.isNull());
        QCOMPARE(qr.width(), qr.height());
        QCOMPARE(qr.pixelColor(0, 0), QColor(Qt::white));                 // the quiet zone
        QCOMPARE(qr.pixelColor(4 * 4, 4 * 4), QColor(Qt::black));         // the finder pattern's corner
    }

    // Created by the administrator through the API; temporary password,
    // forced change, forced enrolment, then the main window; next time a code.
    void anOperatorChangesThePasswordEnrolsThenWorks() {
        const std::string admin = fixture_->login("amministratore", adminPassword);   // the fixture enrols it
        QVERIFY(!admin.empty());
        const auto created = fixture_->relay("POST", "/ops/v1/users",
                                             R"({"username":"m.rossi","display_name":"Maria Rossi","role":"operator"})",
                                             {{"authorization", "Bearer " + admin}});
        QVERIFY(created.ok());
        QCOMPARE(created.response->status, 201);
        const auto temporary = api::decode_users<api::TemporaryPassword>(created.response->body);
        QVERIFY(temporary);

        LoginDialog* dialog = startAndSubmit(QStringLiteral("m.rossi"), q(temporary->temporary_password));
        QVERIFY(dialog);
        QPointer<PasswordChangeDialog> change;
        QTRY_VERIFY_WITH_TIMEOUT((change = dialog->findChild<PasswordChangeDialog*>()) && change->isVisible(),
                                 networkTimeoutMs);
        typeInto(change, "newPasswordEdit", operatorPassword);
        typeInto(change, "confirmPasswordEdit", operatorPassword);
        click(change, "changePasswordButton");

        // Then the enrolment: the QR code and the key, read from the dialog.
        QPointer<TwoFactorDialog> enrol;
        QTRY_VERIFY_WITH_TIMEOUT((enrol = dialog->findChild<TwoFactorDialog*>()) && enrol->isVisible(), networkTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!enrol->manualKey().isEmpty(), networkTimeoutMs);
        QVERIFY(!controller_->mainWindow());
        QVERIFY(!child<QLabel>(enrol, "qrCodeLabel")->pixmap().isNull());
        const QString shownKey = child<QLabel>(enrol, "manualKeyLabel")->text();
        QCOMPARE(shownKey.split(QLatin1Char(' ')).first().size(), 4);
        const QString key = QString(shownKey).remove(QLatin1Char(' '));
        QCOMPARE(key.size(), 32);
        fixture_->remember_totp_secret("m.rossi", key.toStdString());

        typeInto(enrol, "totpCodeEdit", QStringLiteral("12345"));   // not a current code
        click(enrol, "confirmCodeButton");
        QTRY_VERIFY_WITH_TIMEOUT(enrol->errorText().contains(QStringLiteral("does not match")), networkTimeoutMs);
        QVERIFY(!controller_->mainWindow());

        typeInto(enrol, "totpCodeEdit", q(fixture_->next_totp_code("m.rossi")));
        click(enrol, "confirmCodeButton");
        QTRY_COMPARE_WITH_TIMEOUT(enrol->recoveryCodes().size(), 10, networkTimeoutMs);
        const QString shownCodes = child<QPlainTextEdit>(enrol, "recoveryCodesView")->toPlainText();
        QCOMPARE(shownCodes.split(QLatin1Char('\n')), enrol->recoveryCodes());
        auto* finish = child<QPushButton>(enrol, "finishEnrolmentButton");
        QVERIFY(!finish->isEnabled());   // not before "I have saved them"
        click(enrol, "copyRecoveryCodesButton");
        QCOMPARE(QApplication::clipboard()->text(), shownCodes);
        const QString spare = enrol->recoveryCodes().first();
        child<QCheckBox>(enrol, "savedRecoveryCodesCheck")->setChecked(true);
        QVERIFY(finish->isEnabled());
        click(enrol, "finishEnrolmentButton");

        // Works: the main window with its tabs, on a session the relay now serves in full.
        QTRY_VERIFY_WITH_TIMEOUT(controller_->mainWindow() && controller_->mainWindow()->isVisible(), networkTimeoutMs);
        QVERIFY(controller_->mainWindow()->tabs()->count() > 0);
        QCOMPARE(fixture_->db_int("SELECT count(*) FROM users WHERE username = 'm.rossi' AND totp_enrolled_at IS NOT NULL"),
                 1);

        // The next login: the password alone is not enough; a code is asked for.
        controller_.reset();
        dialog = startAndSubmit(QStringLiteral("m.rossi"), operatorPassword);
        QVERIFY(dialog);
        auto* codeEdit = child<QLineEdit>(dialog, "codeEdit");
        QTRY_VERIFY_WITH_TIMEOUT(codeEdit->isVisible(), networkTimeoutMs);
        QCOMPARE(dialog->errorText(),
                 QStringLiteral("Enter the 6-digit code from your authenticator app, or one of your recovery codes."));
        QCOMPARE(child<QLineEdit>(dialog, "passwordEdit")->text(), operatorPassword);   // kept: it was right
        typeInto(dialog, "codeEdit", q(fixture_->next_totp_code("m.rossi")));
        click(dialog, "loginButton");
        QTRY_VERIFY_WITH_TIMEOUT(controller_->mainWindow() && controller_->mainWindow()->isVisible(), networkTimeoutMs);
        for (QWidget* w : QApplication::topLevelWidgets())
            QVERIFY2(!qobject_cast<TwoFactorDialog*>(w) || !w->isVisible(), "enrolled: no second enrolment");

        // And once with a recovery code instead.
        controller_.reset();
        dialog = startAndSubmit(QStringLiteral("m.rossi"), operatorPassword);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLineEdit>(dialog, "codeEdit")->isVisible(), networkTimeoutMs);
        child<QCheckBox>(dialog, "recoveryCodeCheck")->setChecked(true);
        typeInto(dialog, "codeEdit", spare);
        click(dialog, "loginButton");
        QTRY_VERIFY_WITH_TIMEOUT(controller_->mainWindow() && controller_->mainWindow()->isVisible(), networkTimeoutMs);
    }

    // The desk's ApiClient as an administrator (who gives a code too): the
    // list shows who is enrolled, and a reset clears it and ends the
    // operator's sessions.
    void anAdministratorResetsItThroughTheApiClient() {
        ApiClient api;
        api.setServer(QUrl(q(fixture_->relay_url)), TlsPolicy::fromSettings(q(fixture_->ca_file), {}).value());
        QObject context;
        std::optional<ApiResult<DeskSession>> session;
        api.login(QStringLiteral("amministratore"), QString::fromLatin1(adminPassword),
                  SecondFactor{q(fixture_->next_totp_code("amministratore")), {}}, &context,
                  [&](ApiResult<DeskSession> r) { session = r; });
        QTRY_VERIFY_WITH_TIMEOUT(session.has_value(), networkTimeoutMs);
        QVERIFY2(session->ok(), qPrintable(session->ok() ? QString() : session->failure().message));
        QVERIFY(session->value().user.twoFactorEnrolled);
        api.setSessionToken(session->value().token);

        std::optional<ApiResult<QList<UserAccount>>> listed;
        api.fetchUsers(&context, [&](ApiResult<QList<UserAccount>> r) { listed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(listed.has_value(), networkTimeoutMs);
        QVERIFY(listed->ok());
        std::optional<UserAccount> rossi;
        for (const auto& u : listed->value())
            if (u.username == QStringLiteral("m.rossi")) rossi = u;
        QVERIFY(rossi && rossi->twoFactorEnrolled);

        const std::string operatorToken = fixture_->login("m.rossi", operatorPassword.toStdString());
        QVERIFY(!operatorToken.empty());
        std::optional<ApiResult<UserAccount>> reset;
        api.resetTwoFactor(rossi->id, &context, [&](ApiResult<UserAccount> r) { reset = r; });
        QTRY_VERIFY_WITH_TIMEOUT(reset.has_value(), networkTimeoutMs);
        QVERIFY(reset->ok());
        QVERIFY(!reset->value().twoFactorEnrolled);
        const auto after = fixture_->relay("GET", "/ops/v1/session", {}, {{"authorization", "Bearer " + operatorToken}});
        QVERIFY(after.ok());
        QCOMPARE(after.response->status, 401);   // the operator's session ended
    }
};

QTEST_MAIN(TwoFactorGuiRelayTest)
#include "tst_two_factor_gui_relay.moc"
