// The accountability models without a relay: sessions (this desk marked,
// one removed), the audit trail fetched lazily page by page (a stale page
// for an older filter dropped), the CSV writer for Italian Excel (BOM, ';',
// quoting, formulas defused) and the translated refusals of user requests.
// QAbstractItemModelTester watches every model.
#include "model/audit_table_model.hpp"
#include "model/csv_export.hpp"
#include "model/session_table_model.hpp"
#include "model/user_table_model.hpp"
#include "text/user_labels.hpp"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sportello;
using namespace sportello::desk;

namespace {

QDateTime utc(int day, int hour) { return QDateTime(QDate(2026, 12, day), QTime(hour, 0), QTimeZone::utc()); }

AuditRecord record(qint64 id, const QString& actor, const QString& action) {
    return AuditRecord{id, utc(1, 9).addSecs(id), actor, action, QStringLiteral("m.rossi"), QString()};
}

} // namespace

class UserModelsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sessionsMarkThisDeskAndDropOneEnded() {
        SessionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSessions({SessionInfo{QStringLiteral("a1"), 7, QStringLiteral("m.rossi"), utc(1, 8), utc(1, 9),
                                       utc(1, 20), QStringLiteral("10.0.0.4"), true},
                           SessionInfo{QStringLiteral("b2"), 7, QStringLiteral("m.rossi"), utc(1, 7), utc(1, 7),
                                       utc(1, 19), QString(), false}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, SessionTableModel::CurrentColumn).data().toString(), QStringLiteral("This desk"));
        QVERIFY(model.index(0, 0).data(SessionTableModel::CurrentRole).toBool());
        QCOMPARE(model.index(0, SessionTableModel::AddressColumn).data().toString(), QStringLiteral("10.0.0.4"));
        QCOMPARE(model.index(1, SessionTableModel::AddressColumn).data().toString(), QStringLiteral("Unknown"));
        QVERIFY(model.index(1, SessionTableModel::CurrentColumn).data().toString().isEmpty());
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.remove(QStringLiteral("b2"));
        model.remove(QStringLiteral("nessuna"));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("a1")), 0);
    }

    void usersShowWhenTheyWereCreated() {
        UserTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        UserAccount u;
        u.id = 3;
        u.username = QStringLiteral("m.rossi");
        u.createdAt = utc(2, 10);
        u.lockedUntil = utc(2, 11);
        model.setUsers({u});
        QCOMPARE(model.columnCount(), int(UserTableModel::ColumnCount));
        QCOMPARE(model.headerData(UserTableModel::CreatedColumn, Qt::Horizontal).toString(), QStringLiteral("Created"));
        QVERIFY(!model.index(0, UserTableModel::CreatedColumn).data().toString().isEmpty());
        QVERIFY(model.index(0, UserTableModel::StateColumn).data().toString().startsWith(QStringLiteral("Locked until")));
        QCOMPARE(model.index(0, 0).data(UserTableModel::UsernameRole).toString(), QStringLiteral("m.rossi"));
    }

    void theTrailIsFetchedPageByPageAndAStalePageIsDropped() {
        AuditTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The tester itself calls fetchMore() after each change, as a view does: whoever asks, one request at a time.
        QSignalSpy asked(&model, &AuditTableModel::moreRequested);
        const int first = model.setQuery(AuditQuery{QStringLiteral("admin1"), {}, {}, {}});
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(asked.count(), 1);
        QVERIFY(model.isFetching() && !model.canFetchMore({}));
        QVERIFY(!asked.at(0).at(1).value<std::optional<qint64>>().has_value());
        model.appendPage(first, AuditRecordPage{{record(9, QStringLiteral("admin1"), QStringLiteral("user_created")),
                                                 record(8, QStringLiteral("admin1"), QStringLiteral("login"))},
                                                8});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, AuditTableModel::ActionColumn).data().toString(), QStringLiteral("User created"));
        QCOMPARE(model.index(0, 0).data(AuditTableModel::ActionIdRole).toString(), QStringLiteral("user_created"));
        model.fetchMore({});
        QCOMPARE(asked.count(), 2);
        QCOMPARE(asked.at(1).at(1).value<std::optional<qint64>>(), std::optional<qint64>(8));

        // Another filter before the page arrives: the old page is dropped.
        const int second = model.setQuery(AuditQuery{{}, QStringLiteral("login"), {}, {}});
        QVERIFY(second != first);
        model.appendPage(first, AuditRecordPage{{record(7, QStringLiteral("admin1"), QStringLiteral("login"))}, {}});
        QCOMPARE(model.rowCount(), 0);
        model.fetchMore({});
        QCOMPARE(asked.count(), 3);
        model.appendPage(second, AuditRecordPage{{record(5, QStringLiteral("m.rossi"), QStringLiteral("login"))}, {}});
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.canFetchMore({}));   // the relay said there is no more
        QCOMPARE(model.index(0, AuditTableModel::ActionColumn).data().toString(), QStringLiteral("Login"));

        const int third = model.setQuery({});
        model.fetchMore({});
        model.stopFetching(third);
        QVERIFY(!model.canFetchMore({}));   // a failed page is not retried by scrolling
    }

    void unknownActionsAreShownAsTheyAre() {
        QCOMPARE(UserLabels::action(QStringLiteral("some_future_action")), QStringLiteral("some_future_action"));
        QCOMPARE(UserLabels::action(QStringLiteral("two_factor_reset")), QStringLiteral("Two-factor authentication reset"));
        QVERIFY(UserLabels::knownActions().contains(QStringLiteral("audit_exported")));
    }

    void csvIsWhatItalianExcelOpens() {
        const QByteArray csv = CsvExport::encode({QStringLiteral("Utente"), QStringLiteral("Dettaglio")},
                                                 {{QStringLiteral("m.rossi"), QStringLiteral("dice \"ciao\"; poi va")},
                                                  {QStringLiteral("=1+1"), QStringLiteral("riga\nsotto è")}});
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(csv.mid(3), QByteArray("\"Utente\";\"Dettaglio\"\r\n"
                                        "\"m.rossi\";\"dice \"\"ciao\"\"; poi va\"\r\n"
                                        "\"'=1+1\";\"riga\nsotto \xC3\xA8\"\r\n"));
        for (const char* formula : {"+39", "-1", "@SUM(A1)", "\tx"})
            QVERIFY2(CsvExport::cell(QString::fromUtf8(formula)).startsWith(QStringLiteral("\"'")), formula);
        QCOMPARE(CsvExport::cell(QString()), QStringLiteral("\"\""));

        QStandardItemModel table(1, 2);
        table.setHorizontalHeaderLabels({QStringLiteral("A"), QStringLiteral("B")});
        table.setItem(0, 0, new QStandardItem(QStringLiteral("uno")));
        table.setItem(0, 1, new QStandardItem(QStringLiteral("due")));
        QCOMPARE(CsvExport::encode(table), QByteArray("\xEF\xBB\xBF\"A\";\"B\"\r\n\"uno\";\"due\"\r\n"));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("registro.csv"));
        QVERIFY(CsvExport::write(path, csv).isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), csv);
        QVERIFY(!CsvExport::write(dir.filePath(QStringLiteral("manca/registro.csv")), csv).isEmpty());
    }

    void refusalsOfUserRequestsAreExplained() {
        ApiFailure lastAdmin{ApiFailure::Kind::Server, QStringLiteral("raw"), api::ErrorCode::conflict, 409,
                             QStringLiteral("disabled"), {}};
        QCOMPARE(UserLabels::failure(lastAdmin),
                 QStringLiteral("This is the last active administrator: make another user an administrator first."));
        lastAdmin.field = QStringLiteral("role");
        QVERIFY(UserLabels::failure(lastAdmin).contains(QStringLiteral("last active administrator")));
        const ApiFailure taken{ApiFailure::Kind::Server, QStringLiteral("raw"), api::ErrorCode::conflict, 409,
                               QStringLiteral("username"), {}};
        QCOMPARE(UserLabels::failure(taken), QStringLiteral("This username is already taken."));
        const ApiFailure badName{ApiFailure::Kind::Server, QStringLiteral("raw"), api::ErrorCode::validation_failed,
                                 422, QStringLiteral("username"), {}};
        QVERIFY(UserLabels::failure(badName).startsWith(QStringLiteral("The username must be")));
        const ApiFailure other{ApiFailure::Kind::Network, QStringLiteral("No network"), std::nullopt, 0, {}, {}};
        QCOMPARE(UserLabels::failure(other), QStringLiteral("No network"));
    }
};

QTEST_MAIN(UserModelsTest)
#include "tst_user_models.moc"
