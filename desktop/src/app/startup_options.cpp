#include "app/startup_options.hpp"

#include <QCommandLineParser>
#include <QFile>

namespace sportello::desk {

StartupParse StartupOptionsParser::parse(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Sportello: the operators' desk of the WhatsApp information service."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"),
                                    tr("Address of the relay, e.g. https://relay.example.it:8443."), tr("url", "command-line value name"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
                                    tr("PEM file with the certificate authority that signed the relay's certificate."),
                                    tr("file", "command-line value name"));
    const QCommandLineOption pin(QStringLiteral("pin-sha256"),
                                 tr("Trust exactly the relay certificate with this SHA-256 fingerprint (hex)."),
                                 tr("hex", "command-line value name"));
    const QCommandLineOption user(QStringLiteral("user"), tr("Username to log in with."), tr("name", "command-line value name"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        tr("File whose first line is the password; with --server and --user, log in at once."), tr("file", "command-line value name"));
    const QCommandLineOption settings(QStringLiteral("settings"),
                                      tr("Use this settings file instead of the user's usual settings."), tr("file", "command-line value name"));
    parser.addOptions({server, caFile, pin, user, passwordFile, settings});

    StartupParse result;
    if (!parser.parse(arguments)) {
        result.outcome = StartupParse::Outcome::Error;
        result.text = parser.errorText();
        return result;
    }
    if (parser.isSet(helpOption)) {
        result.outcome = StartupParse::Outcome::ShowHelp;
        result.text = parser.helpText();
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.outcome = StartupParse::Outcome::ShowVersion;
        result.text = QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion();
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.outcome = StartupParse::Outcome::Error;
        result.text = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return result;
    }
    result.options.serverUrl = parser.value(server);
    result.options.caFile = parser.value(caFile);
    result.options.pinnedSha256 = parser.value(pin);
    result.options.username = parser.value(user);
    result.options.passwordFile = parser.value(passwordFile);
    result.options.settingsFile = parser.value(settings);
    return result;
}

std::optional<QString> StartupOptionsParser::readPasswordFile(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) *error = tr("The password file %1 cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray line = file.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r')) line.chop(1);
    if (line.isEmpty()) {
        if (error) *error = tr("The password file %1 is empty.").arg(path);
        return std::nullopt;
    }
    return QString::fromUtf8(line);
}

} // namespace sportello::desk
