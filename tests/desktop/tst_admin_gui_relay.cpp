// The administrators' screens through the real window against the real
// relay: an API client created in the UI gets a token (shown once) that
// works on /api/v1 until it is rotated or revoked in the UI; a template added
// in the UI is what integrators see, a wrong name is refused with a
// translated reason; an editor sees neither API clients nor template editing.

#include "app/translations.hpp"
#include "content_gui_support.hpp"
#include "model/api_client_table_model.hpp"
#include "model/template_table_model.hpp"
#include "sportello/api/sire.hpp"
#include "ui/admin/api_client_dialog.hpp"
#include "ui/admin/api_clients_panel.hpp"
#include "ui/admin/template_dialog.hpp"
#include "ui/admin/templates_panel.hpp"
#include "ui/admin/token_dialog.hpp"
#include "ui/alerts/alert_banner.hpp"
#include "ui/broadcasts/broadcasts_panel.hpp"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace sportello;
using namespace sportello::desk;
using namespace sportello::testing;

namespace {

const std::string adminUser = "admin1", editorUser = "ed1", password = "password-lunga-123";

int status(const net::ClientResult& reply) { return reply.ok() ? reply.response->status : 0; }

QStringList tabTitles(MainWindow& window) {
    QStringList titles;
    for (int i = 0; i < window.tabs()->count(); ++i) titles.append(window.tabs()->tabText(i).remove(u'&'));
    return titles;
}

} // namespace

class AdminGuiRelayTest : public QObject {
    Q_OBJECT

    std::unique_ptr<RelayFixture> fixture_;
    std::unique_ptr<DeskUi> ui_;

    MainWindow& window() { return *ui_->window; }

    // The token dialog's token, then closes it.
    QString takeToken(ApiClientsPanel& panel) {
        if (!QTest::qWaitFor([&] { return panel.tokenDialog() && panel.tokenDialog()->isVisible(); },
                             networkTimeoutMs))
            return {};
        TokenDialog* dialog = panel.tokenDialog();
        const QString token = child<QLineEdit>(dialog, "tokenEdit")->text();
        if (!child<QLabel>(dialog, "tokenWarning")->text().contains(QStringLiteral("cannot be shown again"))) return {};
        QTest::mouseClick(child<QPushButton>(dialog, "copyTokenButton"), Qt::LeftButton);
        if (QGuiApplication::clipboard()->text() != token) return {};
        dialog->close();
        return token;
    }

private Q_SLOTS:
    void initTestCase() {
        // Plural forms come from the English catalogue, as in the app.
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedKingdom)).sportello);
        fixture_ = std::make_unique<RelayFixture>();
        QCOMPARE(fixture_->create_user(adminUser, password, "admin"), 0);
        QCOMPARE(fixture_->create_user(editorUser, password, "editor"), 0);
    }
    void cleanup() {
        if (QTest::currentTestFailed()) qWarning().noquote() << QString::fromStdString(fixture_->logs());
        ui_.reset();
    }
    void cleanupTestCase() { fixture_.reset(); }

    void apiClientTokenWorksUntilRevoked() {
        ui_ = openDesk(*fixture_, adminUser, password);
        QVERIFY(ui_);
        ApiClientsPanel* panel = window().apiClientsPanel();
        QVERIFY(panel);
        window().tabs()->setCurrentWidget(panel);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isLoading(), networkTimeoutMs);

        QTest::mouseClick(child<QPushButton>(panel, "createApiClientButton"), Qt::LeftButton);
        QTRY_VERIFY(panel->createDialog() && panel->createDialog()->isVisible());
        ApiClientDialog* dialog = panel->createDialog();
        QTest::keyClicks(child<QLineEdit>(dialog, "apiClientNameEdit"), QStringLiteral("Portale prenotazioni"));
        child<QCheckBox>(dialog, "scopeNotifyCheck")->setChecked(true);
        child<QSpinBox>(dialog, "apiClientRateSpin")->setValue(120);
        QTest::mouseClick(child<QPushButton>(dialog, "apiClientCreateButton"), Qt::LeftButton);
        const QString token = takeToken(*panel);
        QVERIFY(!token.isEmpty());
        QTRY_VERIFY(!panel->createDialog());   // closed once created
        QTRY_VERIFY(!panel->tokenDialog());    // and the token dialog is gone with its token

        QCOMPARE(panel->model()->rowCount(), 1);
        QCOMPARE(panel->model()->index(0, ApiClientTableModel::ScopesColumn).data().toString(),
                 QStringLiteral("Notifications"));
        QCOMPARE(panel->model()->client(0)->ratePerMinute, 120);
        QCOMPARE(status(fixture_->api("GET", "/api/v1/templates", token.toStdString())), 200);

        // Rotate: a new token, the old one stops working.
        DialogScript dialogs;
        panel->selectClient(panel->model()->client(0)->id);
        QTest::mouseClick(child<QPushButton>(panel, "rotateApiClientButton"), Qt::LeftButton);
        QCOMPARE(dialogs.count(Dialogs::Request::Kind::Confirm), 1);
        const QString rotated = takeToken(*panel);
        QVERIFY(!rotated.isEmpty() && rotated != token);
        QVERIFY(panel->model()->client(0)->rotatedAt.isValid());
        QCOMPARE(status(fixture_->api("GET", "/api/v1/templates", token.toStdString())), 401);
        QCOMPARE(status(fixture_->api("GET", "/api/v1/templates", rotated.toStdString())), 200);

        QTest::mouseClick(child<QPushButton>(panel, "revokeApiClientButton"), Qt::LeftButton);
        QCOMPARE(dialogs.count(Dialogs::Request::Kind::Confirm), 2);
        QTRY_VERIFY_WITH_TIMEOUT(panel->model()->rowCount() == 1 &&
                                     panel->model()->index(0, 0).data(ApiClientTableModel::RevokedRole).toBool(),
                                 networkTimeoutMs);
        QCOMPARE(status(fixture_->api("GET", "/api/v1/templates", rotated.toStdString())), 401);
        QVERIFY(!child<QPushButton>(panel, "revokeApiClientButton")->isEnabled());
    }

    void templateAddedInTheUiReachesIntegrators() {
        ui_ = openDesk(*fixture_, adminUser, password);
        QVERIFY(ui_);
        TemplatesPanel* panel = window().templatesPanel();
        QVERIFY(panel);
        window().tabs()->setCurrentWidget(panel);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isLoading(), networkTimeoutMs);
        const int before = panel->model()->rowCount();

        QTest::mouseClick(child<QPushButton>(panel, "addTemplateButton"), Qt::LeftButton);
        QTRY_VERIFY(panel->dialog() && panel->dialog()->isVisible());
        TemplateDialog* dialog = panel->dialog();
        QTest::keyClicks(child<QLineEdit>(dialog, "templateNameEdit"), QStringLiteral("Esito-Tampone"));
        child<QSpinBox>(dialog, "templateParameterSpin")->setValue(2);
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "templateBodyEdit"), QStringLiteral("Esito {{1}} del {{2}}"));
        QTest::mouseClick(child<QPushButton>(dialog, "templateSaveButton"), Qt::LeftButton);
        // The relay refuses the name; the reason is ours, and the dialog stays with what was typed.
        auto* reason = child<QLabel>(dialog, "templateDialogStatus");
        QTRY_VERIFY_WITH_TIMEOUT(!reason->text().isEmpty(), networkTimeoutMs);
        QCOMPARE(reason->text(),
                 QStringLiteral("The name may contain only lowercase letters, digits and underscores, as on Meta."));
        QVERIFY(dialog->isVisible());

        auto* name = child<QLineEdit>(dialog, "templateNameEdit");
        name->clear();
        QTest::keyClicks(name, QStringLiteral("esito_tampone"));
        QTest::mouseClick(child<QPushButton>(dialog, "templateSaveButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->dialog(), networkTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(panel->model()->rowOf(QStringLiteral("esito_tampone"), QStringLiteral("it")) >= 0,
                                 networkTimeoutMs);
        QCOMPARE(panel->model()->rowCount(), before + 1);

        const auto integrator = fixture_->create_api_client("Verifica", "notify");
        const auto listed = fixture_->api("GET", "/api/v1/templates", integrator);
        QCOMPARE(status(listed), 200);
        const auto templates = api::decode_sire<std::vector<api::TemplateSpec>>(listed.response->body);
        QVERIFY(templates);
        const auto found = std::find_if(templates->begin(), templates->end(),
                                        [](const api::TemplateSpec& t) { return t.name == "esito_tampone"; });
        QVERIFY(found != templates->end());
        QCOMPARE(found->parameter_count, 2);
        QCOMPARE(found->body, std::string("Esito {{1}} del {{2}}"));

        DialogScript dialogs;
        panel->selectTemplate(QStringLiteral("esito_tampone"), QStringLiteral("it"));
        QTest::mouseClick(child<QPushButton>(panel, "deleteTemplateButton"), Qt::LeftButton);
        QCOMPARE(dialogs.count(Dialogs::Request::Kind::Confirm), 1);
        QTRY_VERIFY_WITH_TIMEOUT(panel->model()->rowOf(QStringLiteral("esito_tampone"), QStringLiteral("it")) < 0,
                                 networkTimeoutMs);
        QVERIFY(fixture_->api("GET", "/api/v1/templates", integrator).response->body.find("esito_tampone") ==
                std::string::npos);
    }

    void editorSeesNoAdministration() {
        fixture_->save_template("informazione_generale", 1, "Regione Piemonte informa: {{1}}");
        ui_ = openDesk(*fixture_, editorUser, password);
        QVERIFY(ui_);
        QVERIFY(!window().apiClientsPanel());
        QVERIFY(!window().findChild<ApiClientsPanel*>());
        const QStringList tabs = tabTitles(window());
        QVERIFY2(!tabs.contains(QStringLiteral("API clients")), qPrintable(tabs.join(u',')));
        QVERIFY2(tabs.contains(QStringLiteral("Templates")) && tabs.contains(QStringLiteral("Broadcasts")),
                 qPrintable(tabs.join(u',')));

        TemplatesPanel* templates = window().templatesPanel();
        QVERIFY(templates);
        window().tabs()->setCurrentWidget(templates);
        QTRY_VERIFY_WITH_TIMEOUT(!templates->isLoading() && templates->model()->rowCount() > 0, networkTimeoutMs);
        for (const char* name : {"addTemplateButton", "editTemplateButton", "deleteTemplateButton"})
            QVERIFY2(!child<QPushButton>(templates, name)->isVisible(), name);
        templates->selectTemplate(QStringLiteral("informazione_generale"), QStringLiteral("it"));
        templates->editSelected();
        QVERIFY(!templates->dialog());   // no way around the hidden buttons

        QVERIFY(window().broadcastsPanel() && window().broadcastsPanel()->composer());   // editors send broadcasts
        QVERIFY(!child<QPushButton>(window().alertBanner(), "resumeSendingButton")->isVisibleTo(window().alertBanner()));
    }
};

QTEST_MAIN(AdminGuiRelayTest)
#include "tst_admin_gui_relay.moc"
