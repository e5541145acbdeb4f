// Broadcasts through the real window against the real relay and simulator:
// an editor composes a template broadcast, sees the right number of
// recipients and the text the citizen reads, sends it after the
// confirmation, and watches it reach exactly the consenting citizens; a
// scheduled broadcast is cancelled before it goes; a published answer can be
// chosen instead of a template; parameters are checked as they are typed.

#include "app/translations.hpp"
#include "content_gui_support.hpp"
#include "model/broadcast_table_model.hpp"
#include "ui/broadcasts/broadcast_composer.hpp"
#include "ui/broadcasts/broadcasts_panel.hpp"
#include "ui/content/bubble_view.hpp"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <boost/json.hpp>

using namespace sportello;
using namespace sportello::desk;
using namespace sportello::testing;

namespace {

const std::vector<std::string> consenting{"393401300001", "393401300002", "393401300003"};
const std::string withoutConsent = "393401300004";
constexpr int deliveryTimeoutMs = 40000;

int templatesReceived(RelayFixture& fixture, const std::string& waId) {
    int n = 0;
    for (const auto& m : fixture.inbox(waId)) {
        const auto* name = m.as_object().if_contains("template");
        if (name && name->is_string() && name->as_string() == "informazione_generale") ++n;
    }
    return n;
}

} // namespace

class BroadcastsGuiRelayTest : public QObject {
    Q_OBJECT

    std::unique_ptr<RelayFixture> fixture_;
    std::unique_ptr<DeskUi> ui_;

    BroadcastsPanel& panel() { return *ui_->window->broadcastsPanel(); }
    BroadcastComposer& composer() { return *panel().composer(); }

    const Broadcast* named(const QString& name) {
        BroadcastTableModel& model = *panel().model();
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.broadcast(row)->name == name) return model.broadcast(row);
        return nullptr;
    }

    // Fills name, template and its one parameter.
    void compose(const QString& name, const QString& parameter) {
        auto* combo = child<QComboBox>(&composer(), "templateCombo");
        child<QRadioButton>(&composer(), "sourceTemplateRadio")->click();
        combo->setCurrentIndex(combo->findText(QStringLiteral("informazione_generale (it)")));
        QVERIFY(combo->currentIndex() >= 0);
        auto* nameEdit = child<QLineEdit>(&composer(), "broadcastNameEdit");
        nameEdit->clear();
        QTest::keyClicks(nameEdit, name);
        auto* edit = child<QLineEdit>(&composer(), "parameterEdit1");
        edit->clear();
        QTest::keyClicks(edit, parameter);
    }

private Q_SLOTS:
    void initTestCase() {
        // Plural forms come from the English catalogue, as in the app.
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedKingdom)).sportello);
        fixture_ = std::make_unique<RelayFixture>();
        fixture_->save_template("informazione_generale", 1, "Regione Piemonte informa: {{1}}");
        fixture_->sim_settings({{"enforce_window", false}});
        const auto sire = fixture_->create_api_client("SIRE", "consent");
        for (const auto& waId : consenting) {
            const auto reply = fixture_->api("PUT", "/api/v1/consents/" + waId, sire,
                                             R"({"scope":"information","source":"test"})");
            QVERIFY(reply.ok());
            QCOMPARE(reply.response->status, 201);
        }
        fixture_->citizen_says(withoutConsent, "ciao");   // known to the relay, but no consent
        QVERIFY(wait_for([&] { return fixture_->inbox(withoutConsent).size() == 1; }));
        QCOMPARE(fixture_->create_user("ed1", "password-lunga-123", "editor"), 0);
    }
    void init() {
        ui_ = openDesk(*fixture_, "ed1", "password-lunga-123");
        QVERIFY(ui_);
        QVERIFY(ui_->window->broadcastsPanel());
        QVERIFY(ui_->window->broadcastsPanel()->composer());
        ui_->window->tabs()->setCurrentWidget(&panel());
        QTRY_VERIFY_WITH_TIMEOUT(!composer().isBusy() && !panel().isLoading() &&
                                     child<QComboBox>(&composer(), "templateCombo")->count() > 0,
                                 networkTimeoutMs);
    }
    void cleanup() {
        if (QTest::currentTestFailed()) qWarning().noquote() << QString::fromStdString(fixture_->logs());
        ui_.reset();
    }
    void cleanupTestCase() { fixture_.reset(); }

    void composeEstimateAndSend() {
        compose(QStringLiteral("Nuovi orari hub"), QStringLiteral("da lunedi gli hub aprono alle 8."));
        QTRY_VERIFY_WITH_TIMEOUT(composer().estimate() && composer().estimate()->recipients == 3, networkTimeoutMs);
        const QString estimate = child<QLabel>(&composer(), "estimateLabel")->text();
        QVERIFY2(estimate.startsWith(QStringLiteral("3 citizens")), qPrintable(estimate));
        const QString preview = composer().preview()->toPlainText().trimmed();
        QVERIFY2(preview.contains(QStringLiteral("Regione Piemonte informa: da lunedi gli hub aprono alle 8.")),
                 qPrintable(preview));

        DialogScript dialogs;
        QTest::mouseClick(child<QPushButton>(&composer(), "sendBroadcastButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialogs.count(Dialogs::Request::Kind::Confirm), 1, networkTimeoutMs);
        const QString question = dialogs.asked[0].text;
        QVERIFY2(question.contains(QStringLiteral("to 3 citizens")) && question.contains(QStringLiteral("now")),
                 qPrintable(question));
        QTRY_VERIFY_WITH_TIMEOUT(named(QStringLiteral("Nuovi orari hub")), networkTimeoutMs);
        QVERIFY(panel().isPolling());
        // Live progress until done, through polling only.
        QTRY_VERIFY_WITH_TIMEOUT(named(QStringLiteral("Nuovi orari hub"))->state == u"done" &&
                                     named(QStringLiteral("Nuovi orari hub"))->progressPercent() == 100,
                                 deliveryTimeoutMs);
        const Broadcast* done = named(QStringLiteral("Nuovi orari hub"));
        QCOMPARE(done->recipients, 3);
        const int row = panel().model()->rowOf(done->id);
        QCOMPARE(panel().model()->index(row, BroadcastTableModel::StateColumn).data().toString(), QStringLiteral("Done"));
        QCOMPARE(panel().model()->index(row, BroadcastTableModel::ProgressColumn).data().toString(),
                 QStringLiteral("100%"));
        QTRY_VERIFY(!panel().isPolling());   // nothing active any more

        for (const auto& waId : consenting) QTRY_COMPARE(templatesReceived(*fixture_, waId), 1);
        QCOMPARE(templatesReceived(*fixture_, withoutConsent), 0);
        QCOMPARE(fixture_->inbox(withoutConsent).size(), std::size_t(1));   // only the reply to "ciao"
    }

    void scheduleAndCancel() {
        compose(QStringLiteral("Domani"), QStringLiteral("prova di invio programmato"));
        child<QRadioButton>(&composer(), "scheduleLaterRadio")->click();
        const QDateTime when = QDateTime::currentDateTime().addSecs(3600);
        child<QDateTimeEdit>(&composer(), "scheduleEdit")->setDateTime(when);
        QTRY_VERIFY_WITH_TIMEOUT(composer().estimate() && composer().estimate()->recipients == 3, networkTimeoutMs);
        QVERIFY(composer().draft()->scheduledAt.isValid());
        QCOMPARE(composer().draft()->scheduledAt.timeSpec(), Qt::UTC);

        DialogScript dialogs;
        QTest::mouseClick(child<QPushButton>(&composer(), "sendBroadcastButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialogs.count(Dialogs::Request::Kind::Confirm), 1, networkTimeoutMs);
        QVERIFY2(dialogs.asked[0].text.contains(QStringLiteral("to 3 citizens")), qPrintable(dialogs.asked[0].text));
        QTRY_VERIFY_WITH_TIMEOUT(named(QStringLiteral("Domani")) && named(QStringLiteral("Domani"))->state == u"scheduled" &&
                                     named(QStringLiteral("Domani"))->count(QStringLiteral("queued")) == 3,
                                 networkTimeoutMs);
        QVERIFY(panel().isPolling());
        // Polling only while the panel is visible.
        ui_->window->tabs()->setCurrentIndex(0);
        QVERIFY(!panel().isVisible());
        QVERIFY(!panel().isPolling());
        ui_->window->tabs()->setCurrentWidget(&panel());
        QVERIFY(panel().isPolling());
        const Broadcast* scheduled = named(QStringLiteral("Domani"));
        const int row = panel().model()->rowOf(scheduled->id);
        QCOMPARE(panel().model()->index(row, BroadcastTableModel::ScheduledColumn).data().toString(),
                 QLocale().toString(scheduled->scheduledAt.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(scheduled->scheduledAt.toSecsSinceEpoch(), when.toSecsSinceEpoch());
        QVERIFY(!panel().model()->index(row, BroadcastTableModel::EtaColumn).data().toString().isEmpty());

        panel().selectBroadcast(scheduled->id);
        auto* cancel = child<QPushButton>(&panel(), "cancelBroadcastButton");
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(dialogs.count(Dialogs::Request::Kind::Confirm), 2);
        QVERIFY2(dialogs.asked[1].text.contains(QStringLiteral("3 messages still queued")),
                 qPrintable(dialogs.asked[1].text));
        QTRY_VERIFY_WITH_TIMEOUT(named(QStringLiteral("Domani"))->state == u"cancelled", networkTimeoutMs);
        QCOMPARE(named(QStringLiteral("Domani"))->count(QStringLiteral("cancelled")), 3);
        QCOMPARE(named(QStringLiteral("Domani"))->count(QStringLiteral("queued")), 0);
        QTRY_VERIFY(!panel().isPolling());
        QVERIFY(!cancel->isEnabled());
        for (const auto& waId : consenting) QCOMPARE(templatesReceived(*fixture_, waId), 1);   // only the first one
    }

    void publishedAnswerInsteadOfTemplate() {
        child<QRadioButton>(&composer(), "sourceAnswerRadio")->click();
        auto* answers = child<QComboBox>(&composer(), "answerCombo");
        QVERIFY(answers->count() > 0);
        int tamponi = -1;
        for (int i = 0; i < answers->count(); ++i)
            if (answers->itemText(i).startsWith(QStringLiteral("#tamponi"))) tamponi = i;
        QVERIFY(tamponi >= 0);
        answers->setCurrentIndex(tamponi);
        QTest::keyClicks(child<QLineEdit>(&composer(), "broadcastNameEdit"), QStringLiteral("Tamponi"));
        QTRY_VERIFY_WITH_TIMEOUT(composer().estimate() && composer().estimate()->recipients == 3, networkTimeoutMs);
        QVERIFY(composer().draft()->nodeId);
        QVERIFY(composer().draft()->templateName.isEmpty());
        const QString preview = composer().preview()->toPlainText().trimmed();
        QVERIFY2(preview.startsWith(QStringLiteral("Regione Piemonte informa: ")), qPrintable(preview));
        QVERIFY2(preview.contains(answers->currentText().section(QStringLiteral(" — "), 1)), qPrintable(preview));
    }

    void parametersAreCheckedWhileTyping() {
        compose(QStringLiteral("Controllo"), QStringLiteral("x"));
        auto* edit = child<QLineEdit>(&composer(), "parameterEdit1");
        auto* problem = child<QLabel>(&composer(), "parameterProblem1");
        QVERIFY(problem->isHidden());
        QTest::keyClick(edit, Qt::Key_Backspace);
        QVERIFY(!problem->isHidden());
        QCOMPARE(problem->text(), QStringLiteral("Required."));
        QVERIFY(!child<QPushButton>(&composer(), "sendBroadcastButton")->isEnabled());
        QCOMPARE(composer().problem(), QStringLiteral("Fill in every parameter: one line of text each."));
        QVERIFY(!composer().draft());
        QTest::keyClicks(edit, QStringLiteral("ok"));
        QVERIFY(problem->isHidden());
        QVERIFY(child<QPushButton>(&composer(), "sendBroadcastButton")->isEnabled());
    }
};

QTEST_MAIN(BroadcastsGuiRelayTest)
#include "tst_broadcasts_gui_relay.moc"
