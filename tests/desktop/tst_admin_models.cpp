// The admin screens' models and texts: the broadcasts, API clients and
// templates tables (fed through the shared codec, checked by
// QAbstractItemModelTester), template rendering and parameter rules, state
// labels, durations, translated refusals, and the alerts body.

#include "api/admin_conversion.hpp"
#include "app/translations.hpp"
#include "model/api_client_table_model.hpp"
#include "model/broadcast_table_model.hpp"
#include "model/template_table_model.hpp"
#include "sportello/api/admin.hpp"
#include "sportello/api/sire.hpp"
#include "text/admin_labels.hpp"
#include "text/template_text.hpp"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace sportello;
using namespace sportello::desk;

namespace {

template <class Wire>
auto throughAdminCodec(const Wire& value) {
    auto decoded = api::decode_admin<Wire>(api::encode(value));
    if (!decoded) qFatal("the codec refused a test value: %s", decoded.error().message.c_str());
    return toDesk(*decoded);
}

constexpr std::int64_t someTime = 1'790'000'000'000;

api::BroadcastView broadcast(std::int64_t id, const std::string& state, std::int64_t recipients,
                             std::map<std::string, std::int64_t> counts) {
    api::BroadcastView b;
    b.id = id;
    b.name = "Avviso " + std::to_string(id);
    b.template_name = "informazione_generale";
    b.language = "it";
    b.parameters = {"testo"};
    b.state = state;
    b.scheduled_at_ms = someTime;
    b.created_by = "ed1";
    b.created_at_ms = someTime - 1000;
    b.recipients = recipients;
    b.counts = std::move(counts);
    b.eta_seconds = 90;
    return b;
}

ApiFailure serverFailure(api::ErrorCode code, int status, const QString& field) {
    return ApiFailure{ApiFailure::Kind::Server, QStringLiteral("fallback"), code, status, field, {}};
}

} // namespace

class AdminModelsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Plural forms come from the English catalogue, as in the app.
    void initTestCase() { QVERIFY(installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedKingdom)).sportello); }

    void broadcastTable() {
        BroadcastTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const std::vector<api::BroadcastView> views{
            broadcast(2, "sending", 4, {{"queued", 2}, {"sent", 1}, {"delivered", 1}}),
            broadcast(1, "done", 3, {{"read", 2}, {"delivered", 1}})};
        model.setBroadcasts(throughAdminCodec(views));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(BroadcastTableModel::ColumnCount));
        QCOMPARE(model.index(0, BroadcastTableModel::NameColumn).data().toString(), QStringLiteral("Avviso 2"));
        QCOMPARE(model.index(0, BroadcastTableModel::StateColumn).data().toString(), QStringLiteral("Sending"));
        QCOMPARE(model.index(1, BroadcastTableModel::StateColumn).data().toString(), QStringLiteral("Done"));
        QCOMPARE(model.index(0, 0).data(BroadcastTableModel::StateRole).toString(), QStringLiteral("sending"));
        QCOMPARE(model.index(0, BroadcastTableModel::RecipientsColumn).data().toString(), QStringLiteral("4"));
        QCOMPARE(model.index(0, 0).data(BroadcastTableModel::ProgressRole).toInt(), 50);   // 2 of 4
        QCOMPARE(model.index(0, BroadcastTableModel::ProgressColumn).data().toString(), QStringLiteral("50%"));
        QCOMPARE(model.index(1, 0).data(BroadcastTableModel::ProgressRole).toInt(), 100);
        QVERIFY(!model.index(0, BroadcastTableModel::ScheduledColumn).data().toString().isEmpty());
        QCOMPARE(model.index(0, BroadcastTableModel::EtaColumn).data().toString(), QStringLiteral("2 minutes"));
        QVERIFY(model.index(1, BroadcastTableModel::EtaColumn).data().toString().isEmpty());   // done: no ETA
        QVERIFY(model.index(0, BroadcastTableModel::ProgressColumn).data(Qt::ToolTipRole).toString().contains(
            QStringLiteral("still queued 2")));
        QCOMPARE(model.activeIds(), QList<qint64>{2});
        QCOMPARE(model.headerData(BroadcastTableModel::ProgressColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Progress"));

        // A poll of one broadcast: that row changes, nothing is reset.
        model.update(throughAdminCodec(broadcast(2, "done", 4, {{"sent", 1}, {"delivered", 2}, {"read", 1}})));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed[0][0].toModelIndex().row(), 0);
        QCOMPARE(model.index(0, 0).data(BroadcastTableModel::ProgressRole).toInt(), 100);
        QVERIFY(model.activeIds().isEmpty());
        model.update(*model.broadcast(0));   // the same again: no signal
        QCOMPARE(changed.count(), 1);

        // A new broadcast goes on top.
        model.update(throughAdminCodec(broadcast(3, "preparing", 0, {})));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(3), 0);
        QCOMPARE(model.index(0, 0).data(BroadcastTableModel::ProgressRole).toInt(), 0);   // no recipients yet
        QVERIFY(model.index(0, 0).data(BroadcastTableModel::ActiveRole).toBool());
        QCOMPARE(model.rowOf(99), -1);
        QVERIFY(!model.broadcast(3));
        QVERIFY(!model.index(0, 0, model.index(0, 0)).isValid());
        model.setBroadcasts({});
        QCOMPARE(model.rowCount(), 0);
    }

    void apiClientTable() {
        ApiClientTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        api::ApiClientView sire{1, "SIRE", {"consent", "notify"}, 6000, true, "sire.regione.piemonte.it",
                                someTime, std::nullopt, std::nullopt};
        api::ApiClientView old{2, "Vecchio", {"messages:read"}, 600, false, "", someTime, someTime + 5, someTime + 9};
        model.setClients(throughAdminCodec(std::vector<api::ApiClientView>{sire, old}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ApiClientTableModel::ColumnCount));
        QCOMPARE(model.index(0, ApiClientTableModel::ScopesColumn).data().toString(),
                 QStringLiteral("Consents, Notifications"));
        QCOMPARE(model.index(1, ApiClientTableModel::ScopesColumn).data().toString(), QStringLiteral("Message status"));
        QCOMPARE(model.index(0, ApiClientTableModel::RateColumn).data().toString(),
                 QLocale().toString(6000) + QStringLiteral("/min"));
        QCOMPARE(model.index(0, ApiClientTableModel::CertificateColumn).data().toString(),
                 QStringLiteral("Required: sire.regione.piemonte.it"));
        QCOMPARE(model.index(1, ApiClientTableModel::CertificateColumn).data().toString(), QStringLiteral("Not required"));
        QVERIFY(model.index(0, ApiClientTableModel::RevokedColumn).data().toString().isEmpty());
        QVERIFY(!model.index(1, ApiClientTableModel::RevokedColumn).data().toString().isEmpty());
        QVERIFY(!model.index(1, ApiClientTableModel::RotatedColumn).data().toString().isEmpty());
        QVERIFY(!model.index(0, 0).data(ApiClientTableModel::RevokedRole).toBool());
        QVERIFY(model.index(1, 0).data(ApiClientTableModel::RevokedRole).toBool());
        QCOMPARE(model.index(1, 0).data(ApiClientTableModel::IdRole).toLongLong(), 2);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        sire.rotated_at_ms = someTime + 100;
        model.update(throughAdminCodec(sire));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!model.index(0, ApiClientTableModel::RotatedColumn).data().toString().isEmpty());
        model.update(throughAdminCodec(api::ApiClientView{3, "Portale", {"notify"}, 60, false, "", someTime, {}, {}}));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowOf(3), 2);
    }

    void templateTable() {
        TemplateTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const std::vector<api::TemplateSpec> specs{
            {"informazione_generale", "it", "utility", 1, "Regione Piemonte informa: {{1}}"},
            {"promemoria", "en", "marketing", 2, "Reminder {{1}}\nat {{2}}"}};
        auto decoded = api::decode_sire<std::vector<api::TemplateSpec>>(api::encode(specs));
        QVERIFY(decoded);
        model.setTemplates(toDesk(*decoded));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(TemplateTableModel::ColumnCount));
        QCOMPARE(model.index(1, TemplateTableModel::LanguageColumn).data().toString(), QStringLiteral("en"));
        QCOMPARE(model.index(1, TemplateTableModel::CategoryColumn).data().toString(), QStringLiteral("Marketing"));
        QCOMPARE(model.index(1, TemplateTableModel::ParametersColumn).data().toString(), QStringLiteral("2"));
        QCOMPARE(model.index(1, TemplateTableModel::BodyColumn).data().toString(), QStringLiteral("Reminder {{1}} at {{2}}"));
        QCOMPARE(model.index(1, TemplateTableModel::BodyColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Reminder {{1}}\nat {{2}}"));
        QCOMPARE(model.rowOf(QStringLiteral("promemoria"), QStringLiteral("en")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("promemoria"), QStringLiteral("it")), -1);
        QCOMPARE(model.templateAt(0)->parameterCount, 1);
        QVERIFY(!model.templateAt(2));
        // And back: the request body is the codec's.
        const api::TemplateSpec wire = toWire(*model.templateAt(1));
        QCOMPARE(wire, specs[1]);
    }

    void templateRendering() {
        const QString body = QStringLiteral("Regione Piemonte informa: {{1}}");
        QCOMPARE(TemplateText::render(body, {QStringLiteral("hub aperti")}),
                 QStringLiteral("Regione Piemonte informa: hub aperti"));
        QCOMPARE(TemplateText::render(QStringLiteral("{{1}} e {{1}}, poi {{2}}"), {QStringLiteral("a"), QStringLiteral("b")}),
                 QStringLiteral("a e a, poi b"));
        QCOMPARE(TemplateText::render(QStringLiteral("{{1}} {{2}}"), {QStringLiteral("x")}), QStringLiteral("x {{2}}"));
        // A value that contains its own placeholder is not expanded again.
        QCOMPARE(TemplateText::render(QStringLiteral("{{1}}!"), {QStringLiteral("{{1}}")}), QStringLiteral("{{1}}!"));
        QCOMPARE(TemplateText::render(QStringLiteral("{{10}} {{1}}"), QStringList(10, QStringLiteral("v"))),
                 QStringLiteral("v v"));

        QVERIFY(TemplateText::parameterProblem(QStringLiteral("giovedì alle 9")).isEmpty());
        QCOMPARE(TemplateText::parameterProblem(QString()), QStringLiteral("Required."));
        QCOMPARE(TemplateText::parameterProblem(QStringLiteral("  ")), QStringLiteral("Required."));
        QVERIFY(!TemplateText::parameterProblem(QStringLiteral("due\nrighe")).isEmpty());
        QVERIFY(!TemplateText::parameterProblem(QStringLiteral("con\ttab")).isEmpty());

        QCOMPARE(TemplateText::answerParameter(QStringLiteral("Tamponi"), QStringLiteral("Prenota\n\n  in farmacia.")),
                 QStringLiteral("*Tamponi* Prenota in farmacia."));
        const QString longAnswer = TemplateText::answerParameter(QStringLiteral("T"), QString(2000, u'x'));
        QCOMPARE(longAnswer.size(), 900);
        QVERIFY(longAnswer.endsWith(u'…'));
    }

    void labels() {
        QCOMPARE(AdminLabels::broadcastState(QStringLiteral("preparing")), QStringLiteral("Preparing"));
        QCOMPARE(AdminLabels::broadcastState(QStringLiteral("scheduled")), QStringLiteral("Scheduled"));
        QCOMPARE(AdminLabels::broadcastState(QStringLiteral("cancelled")), QStringLiteral("Cancelled"));
        QCOMPARE(AdminLabels::broadcastState(QStringLiteral("paused")), QStringLiteral("paused"));   // unknown: as is
        QCOMPARE(AdminLabels::scope(QStringLiteral("messages:read")), QStringLiteral("Message status"));
        QCOMPARE(AdminLabels::category(QStringLiteral("authentication")), QStringLiteral("Authentication"));
        QCOMPARE(AdminLabels::duration(1), QStringLiteral("1 second"));
        QCOMPARE(AdminLabels::duration(45), QStringLiteral("45 seconds"));
        QCOMPARE(AdminLabels::duration(60), QStringLiteral("1 minute"));
        QCOMPARE(AdminLabels::duration(61), QStringLiteral("2 minutes"));
        QCOMPARE(AdminLabels::duration(3900), QStringLiteral("1 h 05 min"));

        using api::ErrorCode;
        QVERIFY(AdminLabels::failure(serverFailure(ErrorCode::validation_failed, 422, QStringLiteral("name")))
                    .contains(QStringLiteral("lowercase")));
        QVERIFY(AdminLabels::failure(serverFailure(ErrorCode::invalid_request, 400, QStringLiteral("scopes")))
                    .contains(QStringLiteral("permission")));
        QVERIFY(AdminLabels::failure(serverFailure(ErrorCode::conflict, 409, QStringLiteral("name")))
                    .contains(QStringLiteral("taken")));
        QVERIFY(AdminLabels::failure(serverFailure(ErrorCode::not_found, 404, {})).contains(QStringLiteral("Reload")));
        QCOMPARE(AdminLabels::failure(serverFailure(ErrorCode::unknown_template, 422, QStringLiteral("template"))),
                 QStringLiteral("fallback"));   // ApiMessages already translated it
    }

    void alertsBody() {
        // The relay's body, through the shared codec, into the banner's type.
        const auto wire = api::decode_admin<std::vector<api::Alert>>(
            R"({"alerts":[{"id":"sending","severity":"critical","code":190,"message":"sending stopped by WhatsApp error 190: x","since":"2026-11-22T09:30:00Z"}]})");
        QVERIFY(wire);
        const auto alerts = toDesk(*wire);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.at(0).id, QStringLiteral("sending"));
        QCOMPARE(alerts.at(0).severity, QStringLiteral("critical"));
        QCOMPARE(alerts.at(0).code, 190);
        QCOMPARE(alerts.at(0).message, QStringLiteral("sending stopped by WhatsApp error 190: x"));
        QCOMPARE(alerts.at(0).since, QDateTime(QDate(2026, 11, 22), QTime(9, 30), QTimeZone::utc()));
        QVERIFY(toDesk(api::decode_admin<std::vector<api::Alert>>(R"({"alerts":[]})").value()).isEmpty());
        QVERIFY(!api::decode_admin<std::vector<api::Alert>>(R"({"alerts":[{"id":"sending","since":"ieri"}]})"));
        QVERIFY(!api::decode_admin<std::vector<api::Alert>>(R"({"nothing":1})"));
    }

    void broadcastRequestOnTheWire() {
        BroadcastDraft byTemplate;
        byTemplate.name = QStringLiteral("Orari");
        byTemplate.templateName = QStringLiteral("informazione_generale");
        byTemplate.parameters = {QStringLiteral("hub aperti")};
        byTemplate.scheduledAt = QDateTime(QDate(2026, 11, 22), QTime(10, 30), QTimeZone::utc());
        const std::string json = api::encode(toWire(byTemplate));
        QVERIFY2(json.find(R"("scheduled_at":"2026-11-22T10:30:00Z")") != std::string::npos, json.c_str());
        const auto back = api::decode_admin<api::BroadcastRequest>(json);
        QVERIFY(back);
        QCOMPARE(back->parameters, std::vector<std::string>{"hub aperti"});

        BroadcastDraft byAnswer;
        byAnswer.name = QStringLiteral("Sintomi");
        byAnswer.nodeId = 15;
        const auto answer = api::decode_admin<api::BroadcastRequest>(api::encode(toWire(byAnswer)));
        QVERIFY(answer);
        QCOMPARE(answer->node_id, std::optional<std::int64_t>(15));
        QVERIFY(answer->parameters.empty());
        QVERIFY(!answer->scheduled_at_ms);
    }
};

QTEST_MAIN(AdminModelsTest)
#include "tst_admin_models.moc"
