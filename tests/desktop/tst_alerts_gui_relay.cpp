// The alert banner through the real window against the real relay: when
// WhatsApp refuses the access token, sending stops for everyone and every
// operator sees "Sending suspended"; only an administrator has "Resume
// sending", and using it clears the stop on the relay and the banner.

#include "app/translations.hpp"
#include "content_gui_support.hpp"
#include "ui/alerts/alert_banner.hpp"

#include <QLabel>
#include <QPushButton>
#include <QTest>

#include <boost/json.hpp>

using namespace sportello;
using namespace sportello::desk;
using namespace sportello::testing;
namespace bj = boost::json;

namespace {

constexpr std::chrono::milliseconds quickPolling{300};   // instead of 30 s

FixtureOptions quietFixture() {
    FixtureOptions options;
    options.tweak_relay_config = [](bj::object& c) {
        c["whatsapp"].as_object()["mark_as_read"] = false;   // the fault is for the reply, not a read receipt
        c["whatsapp"].as_object()["response_timeout_ms"] = 1000;
    };
    return options;
}

std::optional<bool> sendingStopped(RelayFixture& fixture) {
    const auto health = fixture.relay("GET", "/healthz");
    if (!health.ok()) return std::nullopt;
    return bj::parse(health.response->body).as_object().at("sending_stopped").as_bool();
}

} // namespace

class AlertsGuiRelayTest : public QObject {
    Q_OBJECT

    std::unique_ptr<RelayFixture> fixture_;

private Q_SLOTS:
    void initTestCase() {
        // Plural forms come from the English catalogue, as in the app.
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedKingdom)).sportello);
        fixture_ = std::make_unique<RelayFixture>(quietFixture());
        QCOMPARE(fixture_->create_user("admin1", "password-lunga-123", "admin"), 0);
        QCOMPARE(fixture_->create_user("op1", "password-lunga-123", "operator"), 0);
    }
    void cleanup() {
        if (QTest::currentTestFailed()) qWarning().noquote() << QString::fromStdString(fixture_->logs());
    }
    void cleanupTestCase() { fixture_.reset(); }

    void stopIsShownAndAnAdministratorResumes() {
        auto admin = openDesk(*fixture_, "admin1", "password-lunga-123");
        auto op = openDesk(*fixture_, "op1", "password-lunga-123");
        QVERIFY(admin && op);
        AlertBanner* banner = admin->window->alertBanner();
        AlertBanner* operatorBanner = op->window->alertBanner();
        banner->start(quickPolling);
        operatorBanner->start(quickPolling);
        QTest::qWait(3 * int(quickPolling.count()));
        QVERIFY(!banner->isVisible());   // all is well: no banner
        QVERIFY(!banner->isAlerting());

        fixture_->sim_faults(bj::array{bj::object{{"kind", "error"}, {"code", 190}, {"http_status", 401}}});
        fixture_->citizen_says("393401300009", "#tamponi");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && operatorBanner->isVisible(), networkTimeoutMs);
        QVERIFY(sendingStopped(*fixture_) == true);
        const QString text = child(banner)->text();
        QVERIFY2(text.startsWith(QStringLiteral("Sending suspended: WhatsApp refused the access token (error 190).")),
                 qPrintable(text));
        QCOMPARE(banner->alerts().value(0).code, 190);
        QCOMPARE(operatorBanner->text(), text);

        // Only the administrator may resume.
        auto* resume = admin->window->findChild<QPushButton*>(QStringLiteral("resumeSendingButton"));
        auto* operatorResume = op->window->findChild<QPushButton*>(QStringLiteral("resumeSendingButton"));
        QVERIFY(resume && operatorResume);
        QVERIFY(resume->isVisible());
        QVERIFY(!operatorResume->isVisible());

        DialogScript dialogs;
        dialogs.confirm = false;   // "no" first: nothing happens
        QTest::mouseClick(resume, Qt::LeftButton);
        QCOMPARE(dialogs.count(Dialogs::Request::Kind::Confirm), 1);
        QTest::qWait(3 * int(quickPolling.count()));
        QVERIFY(banner->isVisible());
        QVERIFY(sendingStopped(*fixture_) == true);

        dialogs.confirm = true;
        QTest::mouseClick(resume, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), networkTimeoutMs);
        QVERIFY(sendingStopped(*fixture_) == false);
        QTRY_VERIFY_WITH_TIMEOUT(!operatorBanner->isVisible(), networkTimeoutMs);   // the other desk follows
        QVERIFY(banner->text().isEmpty());
        // And the reply held back during the stop is sent now.
        QTRY_VERIFY_WITH_TIMEOUT(!fixture_->inbox("393401300009").empty(), networkTimeoutMs);
    }

private:
    static QLabel* child(AlertBanner* banner) { return banner->findChild<QLabel*>(QStringLiteral("alertText")); }
};

QTEST_MAIN(AlertsGuiRelayTest)
#include "tst_alerts_gui_relay.moc"
