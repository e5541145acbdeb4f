// ApiClient against the real relay (login, tree, errors, certificate trust)
// and against a scripted HTTPS server for what a good relay never does.

#include "api/api_client.hpp"
#include "api/event_stream.hpp"
#include "finish_call.hpp"
#include "relay_fixture.hpp"
#include "scripted_https_server.hpp"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <optional>

using namespace sportello;
using namespace sportello::desk;
using sportello::testing::finish;

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

} // namespace

class ApiClientRelayTest : public QObject {
    Q_OBJECT

    std::unique_ptr<testing::RelayFixture> fixture_;
    QUrl relayUrl_;
    QString caFile_, certificateChain_, privateKey_;

    TlsPolicy trustingCa() const { return TlsPolicy::fromSettings(caFile_, {}).value(); }

    std::optional<ApiResult<DeskSession>> login(ApiClient& api, const QString& user, const QString& password) {
        return finish<DeskSession>([&](const QObject* c, auto done) { api.login(user, password, c, done); });
    }

    void printLogsOnFailure() {
        if (QTest::currentTestFailed()) qWarning().noquote() << q(fixture_->logs());
    }

private Q_SLOTS:
    void initTestCase() {
        fixture_ = std::make_unique<testing::RelayFixture>();
        QCOMPARE(fixture_->create_user("operatore", "password-lunga-123", "editor"), 0);
        QCOMPARE(fixture_->create_user("bloccato", "password-lunga-456", "viewer"), 0);
        relayUrl_ = QUrl(q(fixture_->relay_url));
        caFile_ = q(fixture_->ca_file);
        certificateChain_ = q(fixture_->dir + "/certs/server.pem");
        privateKey_ = q(fixture_->dir + "/certs/server.key");
    }
    void cleanup() { printLogsOnFailure(); }
    void cleanupTestCase() { fixture_.reset(); }

    void loginAndFetchTheTree() {
        ApiClient api;
        api.setServer(relayUrl_, trustingCa());
        const auto session = login(api, QStringLiteral("operatore"), QStringLiteral("password-lunga-123"));
        QVERIFY(session);
        QVERIFY2(session->ok(), qPrintable(session->ok() ? QString() : session->failure().message));
        const DeskSession& s = session->value();
        QVERIFY(!s.token.isEmpty());
        QCOMPARE(s.user.username, QStringLiteral("operatore"));
        QCOMPARE(s.user.role, Role::editor);
        QVERIFY(s.user.permissions.contains(QStringLiteral("edit_content")));
        QVERIFY(s.expiresAt > QDateTime::currentDateTimeUtc());

        api.setSessionToken(s.token);
        const auto tree = finish<TreeSnapshot>([&](const QObject* c, auto done) { api.fetchTree(c, done); });
        QVERIFY(tree && tree->ok());
        const TreeSnapshot& t = tree->value();
        QCOMPARE(t.nodes.size(), 18);
        QVERIFY(t.version >= 1);
        const auto byTag = [&t](const QString& tag) {
            return std::find_if(t.nodes.begin(), t.nodes.end(), [&](const HashtagNode& n) { return n.tag == tag; });
        };
        QVERIFY(byTag(QStringLiteral("menu")) != t.nodes.end());
        QVERIFY(!byTag(QStringLiteral("menu"))->parentId);
        QCOMPARE(byTag(QStringLiteral("centrivaccinali"))->parentId, byTag(QStringLiteral("vaccinazione"))->id);
        QVERIFY(!byTag(QStringLiteral("centrivaccinali"))->answerIt.isEmpty());
    }

    void wrongPasswordIsUnauthorized() {
        ApiClient api;
        api.setServer(relayUrl_, trustingCa());
        const auto session = login(api, QStringLiteral("operatore"), QStringLiteral("sbagliata"));
        QVERIFY(session && !session->ok());
        const ApiFailure& f = session->failure();
        QCOMPARE(f.kind, ApiFailure::Kind::Server);
        QCOMPARE(f.httpStatus, 401);
        QCOMPARE(f.serverCode, api::ErrorCode::unauthorized);
        QCOMPARE(f.message, QStringLiteral("Wrong username or password."));
    }

    void repeatedFailuresAreRateLimited() {
        ApiClient api;
        api.setServer(relayUrl_, trustingCa());
        std::optional<ApiResult<DeskSession>> last;
        for (int attempt = 0; attempt < 10; ++attempt) {   // the tenth failure locks the account
            last = login(api, QStringLiteral("bloccato"), QStringLiteral("sbagliata"));
            QVERIFY(last && !last->ok());
        }
        QCOMPARE(last->failure().serverCode, api::ErrorCode::rate_limited);
        QCOMPARE(last->failure().httpStatus, 429);
        QVERIFY(last->failure().message.startsWith(QStringLiteral("Too many failed login attempts")));
    }

    void refusedTokenEndsTheSession() {
        ApiClient api;
        api.setServer(relayUrl_, trustingCa());
        api.setSessionToken(QStringLiteral("not-a-real-token"));
        const auto tree = finish<TreeSnapshot>([&](const QObject* c, auto done) { api.fetchTree(c, done); });
        QVERIFY(tree && !tree->ok());
        QCOMPARE(tree->failure().serverCode, api::ErrorCode::unauthorized);
        QVERIFY(tree->failure().endsSession());
        QCOMPARE(tree->failure().message,
                 QStringLiteral("The server no longer accepts this session. Please log in again."));
    }

    void untrustedCertificateIsRefused() {
        ApiClient api;
        api.setServer(relayUrl_, TlsPolicy());   // system store: our dev CA is not in it
        const auto session = login(api, QStringLiteral("operatore"), QStringLiteral("password-lunga-123"));
        QVERIFY(session && !session->ok());
        QCOMPARE(session->failure().kind, ApiFailure::Kind::Tls);
        QVERIFY2(session->failure().message.contains(QStringLiteral("not trusted")),
                 qPrintable(session->failure().message));
    }

    void exactPinIsTrustedAndOtherPinsAreNot() {
        const auto chain = QSslCertificate::fromPath(certificateChain_, QSsl::Pem);
        QVERIFY(chain.size() >= 1);
        const QString leafPin = TlsPolicy::fingerprint(chain.constFirst());
        const auto ca = QSslCertificate::fromPath(caFile_, QSsl::Pem);
        QVERIFY(!ca.isEmpty());

        ApiClient pinned;
        pinned.setServer(relayUrl_, TlsPolicy::fromSettings({}, leafPin).value());
        const auto ok = login(pinned, QStringLiteral("operatore"), QStringLiteral("password-lunga-123"));
        QVERIFY(ok);
        QVERIFY2(ok->ok(), qPrintable(ok->ok() ? QString() : ok->failure().message));

        // The CA's fingerprint is not the server's: the error stands.
        ApiClient wrongPin;
        wrongPin.setServer(relayUrl_, TlsPolicy::fromSettings({}, TlsPolicy::fingerprint(ca.constFirst())).value());
        const auto refused = login(wrongPin, QStringLiteral("operatore"), QStringLiteral("password-lunga-123"));
        QVERIFY(refused && !refused->ok());
        QCOMPARE(refused->failure().kind, ApiFailure::Kind::Tls);
    }

    void silentServerTimesOut() {
        ScriptedHttpsServer silent(certificateChain_, privateKey_);
        QVERIFY(silent.listen());
        ApiClient api;
        api.setServer(silent.url(), trustingCa());
        api.setTransferTimeout(std::chrono::milliseconds(700));
        QElapsedTimer clock;
        clock.start();
        const auto session = login(api, QStringLiteral("operatore"), QStringLiteral("x"));
        QVERIFY(session && !session->ok());
        QCOMPARE(session->failure().kind, ApiFailure::Kind::Timeout);
        QCOMPARE(session->failure().message, QStringLiteral("The server did not answer within 1 second(s)."));
        QVERIFY(clock.elapsed() < 10000);
        QCOMPARE(silent.requestsSeen(), 1);
    }

    void silentTcpPeerTimesOutDuringTheHandshake() {
        QTcpServer mute;
        QVERIFY(mute.listen(QHostAddress::LocalHost, 0));
        ApiClient api;
        api.setServer(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(mute.serverPort())), trustingCa());
        api.setTransferTimeout(std::chrono::milliseconds(700));
        const auto tree = finish<TreeSnapshot>([&](const QObject* c, auto done) { api.fetchTree(c, done); });
        QVERIFY(tree && !tree->ok());
        QCOMPARE(tree->failure().kind, ApiFailure::Kind::Timeout);
    }

    void closedPortIsANetworkError() {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        ApiClient api;
        api.setServer(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)), trustingCa());
        const auto tree = finish<TreeSnapshot>([&](const QObject* c, auto done) { api.fetchTree(c, done); });
        QVERIFY(tree && !tree->ok());
        QCOMPARE(tree->failure().kind, ApiFailure::Kind::Network);
        QVERIFY(tree->failure().message.contains(QStringLiteral("refused the connection")));
    }

    void redirectsToAnotherSchemeOrHostAreRefused_data() {
        QTest::addColumn<QByteArray>("location");
        QTest::newRow("plain http") << QByteArray("http://127.0.0.1:1/ops/v1/tree");
        QTest::newRow("other host") << QByteArray("https://localhost:1/ops/v1/tree");
    }
    void redirectsToAnotherSchemeOrHostAreRefused() {
        QFETCH(QByteArray, location);
        ScriptedHttpsServer redirecting(certificateChain_, privateKey_);
        QVERIFY(redirecting.listen());
        redirecting.setResponse("HTTP/1.1 302 Found\r\nLocation: " + location + "\r\nContent-Length: 0\r\n\r\n");
        ApiClient api;
        api.setServer(redirecting.url(), trustingCa());
        const auto tree = finish<TreeSnapshot>([&](const QObject* c, auto done) { api.fetchTree(c, done); });
        QVERIFY(tree && !tree->ok());
        QCOMPARE(tree->failure().kind, ApiFailure::Kind::Redirect);
    }

    void unreadableAndErrorAnswersBecomeMessages() {
        ScriptedHttpsServer server(certificateChain_, privateKey_);
        QVERIFY(server.listen());
        ApiClient api;
        api.setServer(server.url(), trustingCa());

        server.setResponse("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 9\r\n\r\n{\"nodes\":");
        auto tree = finish<TreeSnapshot>([&](const QObject* c, auto done) { api.fetchTree(c, done); });
        QVERIFY(tree && !tree->ok());
        QCOMPARE(tree->failure().kind, ApiFailure::Kind::Protocol);

        server.setResponse("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 4\r\n\r\noops");
        tree = finish<TreeSnapshot>([&](const QObject* c, auto done) { api.fetchTree(c, done); });
        QVERIFY(tree && !tree->ok());
        QCOMPARE(tree->failure().httpStatus, 502);
        QVERIFY(tree->failure().message.contains(QStringLiteral("502")));
    }

    // The event stream's format as the relay writes it, in pieces: comments,
    // CRLF, an event split across reads, multi-line data; then a refusal stops it.
    void eventStreamReadsEventsAndStopsOnRefusal() {
        ScriptedHttpsServer server(certificateChain_, privateKey_);
        QVERIFY(server.listen());
        ApiClient api;
        api.setServer(server.url(), trustingCa());
        server.setResponse("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\r\n"
                           ": heartbeat\n\n"
                           "id: 41\r\nevent: case_claimed\r\ndata: {\"case_id\":7}\r\n\r\n"
                           "id: 42\nevent: case_reply\ndata: first\ndata:second\n\n"
                           "id: 43\nevent: case_clo");
        EventStream stream(api, QStringLiteral("/ops/v1/events"));
        QSignalSpy received(&stream, &EventStream::received);
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(received.count(), 2, 10000);
        QVERIFY(stream.isConnected());
        QCOMPARE(received[0][0].toByteArray(), QByteArray("41"));
        QCOMPARE(received[0][1].toString(), QStringLiteral("case_claimed"));
        QCOMPARE(received[0][2].toByteArray(), QByteArray("{\"case_id\":7}"));
        QCOMPARE(received[1][1].toString(), QStringLiteral("case_reply"));
        QCOMPARE(received[1][2].toByteArray(), QByteArray("first\nsecond"));
        QCOMPARE(stream.lastEventId(), QByteArray("43"));   // the incomplete event's id is read, not yet dispatched
        stream.stop();
        QVERIFY(!stream.isConnected());

        server.setResponse("HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
        EventStream refused(api, QStringLiteral("/ops/v1/events"));
        refused.start();
        QTRY_VERIFY_WITH_TIMEOUT(!refused.isStarted(), 10000);
        QVERIFY(!refused.isConnected());
        const int seen = server.requestsSeen();
        QTest::qWait(1500);   // longer than the first pause: no retry
        QCOMPARE(server.requestsSeen(), seen);
    }

    void oversizedAnswerIsCutOff() {
        ScriptedHttpsServer server(certificateChain_, privateKey_);
        QVERIFY(server.listen());
        const QByteArray length = QByteArray::number(ApiClient::maxAnswerBytes + 1);
        server.setResponse("HTTP/1.1 200 OK\r\nContent-Length: " + length + "\r\n\r\n" + QByteArray(4096, 'x'));
        ApiClient api;
        api.setServer(server.url(), trustingCa());
        QElapsedTimer clock;
        clock.start();
        const auto tree = finish<TreeSnapshot>([&](const QObject* c, auto done) { api.fetchTree(c, done); });
        QVERIFY(tree && !tree->ok());
        QCOMPARE(tree->failure().kind, ApiFailure::Kind::TooLarge);
        QVERIFY2(clock.elapsed() < 5000, "the announced size alone must stop the transfer");
    }

    void deadContextNeverHearsBack() {
        ScriptedHttpsServer silent(certificateChain_, privateKey_);
        QVERIFY(silent.listen());
        ApiClient api;
        api.setServer(silent.url(), trustingCa());
        bool called = false;
        auto context = std::make_unique<QObject>();
        api.login(QStringLiteral("operatore"), QStringLiteral("x"), context.get(),
                  [&called](const ApiResult<DeskSession>&) { called = true; });
        QTRY_COMPARE_WITH_TIMEOUT(silent.requestsSeen(), 1, 10000);
        context.reset();   // aborts the request

        // A later call on the same client completes: by then the first one
        // would have reported if it were going to.
        api.setServer(relayUrl_, trustingCa());
        const auto barrier = login(api, QStringLiteral("operatore"), QStringLiteral("password-lunga-123"));
        QVERIFY(barrier && barrier->ok());
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(ApiClientRelayTest)
#include "tst_api_client_relay.moc"
