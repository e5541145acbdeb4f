// The administrators' user table fed by ApiClient from the real relay: the
// list, an account created (its temporary password), disabled (the
// operator's open session ends at once), reset and unlocked, and the last
// active administrator refused. QAbstractItemModelTester watches the model.
#include "api/api_client.hpp"
#include "model/user_table_model.hpp"
#include "finish_call.hpp"
#include "relay_fixture.hpp"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace sportello;
using namespace sportello::desk;
using sportello::testing::finish;

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

} // namespace

class UserModelRelayTest : public QObject {
    Q_OBJECT

    std::unique_ptr<testing::RelayFixture> fixture_;
    ApiClient api_;

private Q_SLOTS:
    void initTestCase() {
        fixture_ = std::make_unique<testing::RelayFixture>(testing::FixtureOptions{.start_simulator = false});
        QCOMPARE(fixture_->create_user("amministratore", "password-lunga-123", "admin"), 0);
        api_.setServer(QUrl(q(fixture_->relay_url)), TlsPolicy::fromSettings(q(fixture_->ca_file), {}).value());
        // An administrator must use two-factor authentication: the fixture enrols it and gives a code.
        QVERIFY(!fixture_->login("amministratore", "password-lunga-123").empty());
        const SecondFactor code{q(fixture_->next_totp_code("amministratore")), {}};
        const auto session = finish<DeskSession>([&](const QObject* c, auto done) {
            api_.login(QStringLiteral("amministratore"), QStringLiteral("password-lunga-123"), code, c, done);
        });
        QVERIFY(session && session->ok());
        api_.setSessionToken(session->value().token);
    }
    void cleanup() {
        if (QTest::currentTestFailed()) qWarning().noquote() << q(fixture_->logs());
    }

    void administratorsManageAccountsThroughTheModel() {
        UserTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto listed = finish<QList<UserAccount>>([&](const QObject* c, auto done) { api_.fetchUsers(c, done); });
        QVERIFY(listed && listed->ok());
        model.setUsers(listed->value());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, UserTableModel::RoleColumn).data().toString(), QStringLiteral("Administrator"));
        QCOMPARE(model.index(0, UserTableModel::StateColumn).data().toString(), QStringLiteral("Active"));
        QVERIFY(model.index(0, UserTableModel::LastLoginColumn).data().toString() != QStringLiteral("Never"));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        auto created = finish<TemporaryCredentials>([&](const QObject* c, auto done) {
            api_.createUser(QStringLiteral("m.rossi"), QStringLiteral("Maria Rossi"), Role::operator_, c, done);
        });
        QVERIFY(created && created->ok());
        model.update(created->value().user);
        QCOMPARE(inserted.count(), 1);
        const int row = model.rowOf(created->value().user.id);
        QCOMPARE(model.index(row, UserTableModel::NameColumn).data().toString(), QStringLiteral("Maria Rossi"));
        QCOMPARE(model.index(row, UserTableModel::StateColumn).data().toString(),
                 QStringLiteral("Active, temporary password"));
        QCOMPARE(model.index(row, UserTableModel::LastLoginColumn).data().toString(), QStringLiteral("Never"));

        // The operator logs in and changes the password; then the administrator disables the account.
        const auto temporary = created->value().temporaryPassword.toStdString();
        const auto operatorToken = fixture_->login("m.rossi", temporary);
        QVERIFY(!operatorToken.empty());
        const net::Headers bearer{{"authorization", "Bearer " + operatorToken}};
        QCOMPARE(fixture_->relay("PUT", "/ops/v1/session/password",
                                 R"({"current_password":")" + temporary + R"(","new_password":"Piemonte-Vaccini-Hub-9"})",
                                 bearer).response->status, 204);
        QCOMPARE(fixture_->relay("GET", "/ops/v1/tree", {}, bearer).response->status, 200);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        auto disabled = finish<UserAccount>([&](const QObject* c, auto done) {
            api_.updateUser(created->value().user.id, std::nullopt, std::nullopt, true, c, done);
        });
        QVERIFY(disabled && disabled->ok());
        model.update(disabled->value());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(row, UserTableModel::StateColumn).data().toString(), QStringLiteral("Disabled"));
        QVERIFY(model.index(row, 0).data(UserTableModel::DisabledRole).toBool());
        QCOMPARE(fixture_->relay("GET", "/ops/v1/tree", {}, bearer).response->status, 401);

        // Re-enabled, renamed and promoted; then a reset issues a new temporary password.
        auto edited = finish<UserAccount>([&](const QObject* c, auto done) {
            api_.updateUser(created->value().user.id, QStringLiteral("Maria Rossi Bianchi"), Role::supervisor, false, c,
                            done);
        });
        QVERIFY(edited && edited->ok());
        model.update(edited->value());
        QCOMPARE(model.index(row, UserTableModel::RoleColumn).data().toString(), QStringLiteral("Supervisor"));
        auto reset = finish<TemporaryCredentials>([&](const QObject* c, auto done) {
            api_.resetPassword(created->value().user.id, c, done);
        });
        QVERIFY(reset && reset->ok());
        QVERIFY(reset->value().temporaryPassword != created->value().temporaryPassword);
        QVERIFY(reset->value().user.mustChangePassword);
        auto unlocked = finish<UserAccount>([&](const QObject* c, auto done) {
            api_.unlockUser(created->value().user.id, c, done);
        });
        QVERIFY(unlocked && unlocked->ok());
        QVERIFY(!unlocked->value().isLocked());

        // The last active administrator: the relay refuses, the model is unchanged.
        auto demote = finish<UserAccount>([&](const QObject* c, auto done) {
            api_.updateUser(model.user(model.rowOf(listed->value().front().id))->id, std::nullopt, Role::editor,
                            std::nullopt, c, done);
        });
        QVERIFY(demote && !demote->ok());
        QCOMPARE(demote->failure().serverCode, api::ErrorCode::conflict);
        auto taken = finish<TemporaryCredentials>([&](const QObject* c, auto done) {
            api_.createUser(QStringLiteral("M.Rossi"), {}, Role::viewer, c, done);
        });
        QVERIFY(taken && !taken->ok());
        QCOMPARE(taken->failure().serverCode, api::ErrorCode::conflict);
    }
};

QTEST_MAIN(UserModelRelayTest)
#include "tst_user_model_relay.moc"
