// Typed settings (key table, defaults, temporary instance, migration), the
// command line, and the parts of the TLS policy that need no server.

#include "api/api_client.hpp"
#include "api/tls_policy.hpp"
#include "app/startup_options.hpp"
#include "settings/desk_settings.hpp"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace sportello::desk;

class SettingsAndOptionsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void temporarySettingsStartFromDefaults() {
        auto settings = DeskSettings::createTemporary();
        QVERIFY(settings);
        QVERIFY(settings->serverUrl().isEmpty());
        QVERIFY(settings->caFile().isEmpty());
        QCOMPARE(settings->requestTimeout(), std::chrono::milliseconds(15000));
        QCOMPARE(settings->value(DeskSettings::Key::Version).toInt(), DeskSettings::currentVersion);

        settings->setServerUrl(QStringLiteral("https://relay.example.it:8443"));
        settings->setLastUsername(QStringLiteral("operatore"));
        QCOMPARE(settings->serverUrl(), QStringLiteral("https://relay.example.it:8443"));
        settings->reset(DeskSettings::Key::ServerUrl);
        QVERIFY(settings->serverUrl().isEmpty());

        const QString file = settings->fileName();
        settings.reset();
        QVERIFY2(!QFile::exists(file), "a temporary settings file outlived its instance");
    }

    void valuesPersistUnderTheirKeys() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("desk.ini"));
        {
            DeskSettings settings(path);
            settings.setCaFile(QStringLiteral("/etc/sportello/ca.pem"));
            settings.setPinnedCertificate(QStringLiteral("ab"));
        }
        QSettings raw(path, QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("connection/ca_file")).toString(), QStringLiteral("/etc/sportello/ca.pem"));
        QCOMPARE(raw.value(QStringLiteral("meta/version")).toInt(), DeskSettings::currentVersion);
        DeskSettings again(path);
        QCOMPARE(again.caFile(), QStringLiteral("/etc/sportello/ca.pem"));
    }

    void nonsenseTimeoutFallsBackToTheDefault() {
        auto settings = DeskSettings::createTemporary();
        settings->setValue(DeskSettings::Key::RequestTimeoutMs, 0);
        QCOMPARE(settings->requestTimeout(), std::chrono::milliseconds(15000));
        settings->setValue(DeskSettings::Key::RequestTimeoutMs, 4000);
        QCOMPARE(settings->requestTimeout(), std::chrono::milliseconds(4000));
    }

    void commandLineForTheDemo() {
        const auto parsed = StartupOptionsParser::parse(
            {QStringLiteral("sportello-desk"), QStringLiteral("--server"), QStringLiteral("https://127.0.0.1:8443"),
             QStringLiteral("--ca-file"), QStringLiteral("/tmp/ca.pem"), QStringLiteral("--user"),
             QStringLiteral("operatore"), QStringLiteral("--password-file"), QStringLiteral("/tmp/pw")});
        QCOMPARE(parsed.outcome, StartupParse::Outcome::Run);
        QCOMPARE(parsed.options.serverUrl, QStringLiteral("https://127.0.0.1:8443"));
        QCOMPARE(parsed.options.caFile, QStringLiteral("/tmp/ca.pem"));
        QCOMPARE(parsed.options.username, QStringLiteral("operatore"));
        QVERIFY(parsed.options.wantsAutomaticLogin());

        const auto partial = StartupOptionsParser::parse({QStringLiteral("sportello-desk"), QStringLiteral("--user"),
                                                          QStringLiteral("operatore")});
        QCOMPARE(partial.outcome, StartupParse::Outcome::Run);
        QVERIFY(!partial.options.wantsAutomaticLogin());

        const auto wrong = StartupOptionsParser::parse({QStringLiteral("sportello-desk"), QStringLiteral("--bogus")});
        QCOMPARE(wrong.outcome, StartupParse::Outcome::Error);
        QVERIFY(!wrong.text.isEmpty());
        const auto help = StartupOptionsParser::parse({QStringLiteral("sportello-desk"), QStringLiteral("--help")});
        QCOMPARE(help.outcome, StartupParse::Outcome::ShowHelp);
        QVERIFY(help.text.contains(QStringLiteral("--password-file")));
    }

    void passwordFileFirstLineOnly() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pw"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("password-lunga-123\r\nsecond line\n");
        file.close();
        QString error;
        QCOMPARE(StartupOptionsParser::readPasswordFile(path, &error).value_or(QString()),
                 QStringLiteral("password-lunga-123"));
        QVERIFY(!StartupOptionsParser::readPasswordFile(dir.filePath(QStringLiteral("missing")), &error));
        QVERIFY(error.contains(QStringLiteral("missing")));
    }

    void serverUrlsAreHttpsOnly() {
        QCOMPARE(ApiClient::parseServerUrl(QStringLiteral("relay.example.it:8443")).value(),
                 QUrl(QStringLiteral("https://relay.example.it:8443")));
        QVERIFY(ApiClient::parseServerUrl(QStringLiteral("https://127.0.0.1:8443/")).ok());
        const auto plain = ApiClient::parseServerUrl(QStringLiteral("http://relay.example.it"));
        QVERIFY(!plain.ok());
        QCOMPARE(plain.failure().kind, ApiFailure::Kind::Configuration);
        QVERIFY(!ApiClient::parseServerUrl(QString()).ok());
        QVERIFY(!ApiClient::parseServerUrl(QStringLiteral("https://user:pw@relay.example.it")).ok());
    }

    void pinsAreNormalisedAndValidated() {
        const QString hex = QStringLiteral("AB:CD:") + QString(60, u'0');
        QCOMPARE(TlsPolicy::normalizePin(hex), QStringLiteral("abcd") + QString(60, u'0'));
        QVERIFY(TlsPolicy::normalizePin(QStringLiteral("abcd")).isEmpty());
        QVERIFY(TlsPolicy::normalizePin(QString(64, u'g')).isEmpty());
        const auto bad = TlsPolicy::fromSettings({}, QStringLiteral("not-a-hash"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.failure().kind, ApiFailure::Kind::Configuration);
        const auto missingCa = TlsPolicy::fromSettings(QStringLiteral("/nonexistent/ca.pem"), {});
        QVERIFY(!missingCa.ok());
        QVERIFY(missingCa.failure().message.contains(QStringLiteral("/nonexistent/ca.pem")));
        QVERIFY(TlsPolicy::fromSettings({}, {}).ok());
    }
};

QTEST_GUILESS_MAIN(SettingsAndOptionsTest)
#include "tst_settings_and_options.moc"
