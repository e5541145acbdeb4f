#pragma once
// The command line of sportello-desk:
//   sportello-desk [--server URL] [--ca-file FILE] [--pin-sha256 HEX]
//                  [--user NAME] [--password-file FILE] [--settings FILE]
// With --server, --user and --password-file it logs in at once (the demo and
// kiosk-style starts); otherwise the login dialog opens, prefilled from
// these options and the saved settings.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace sportello::desk {

struct StartupOptions {
    QString serverUrl;       // empty: not given
    QString caFile;
    QString pinnedSha256;
    QString username;
    QString passwordFile;
    QString settingsFile;    // empty: the user's usual settings

    bool wantsAutomaticLogin() const {
        return !serverUrl.isEmpty() && !username.isEmpty() && !passwordFile.isEmpty();
    }
};

struct StartupParse {
    enum class Outcome { Run, ShowHelp, ShowVersion, Error };
    Outcome outcome = Outcome::Run;
    StartupOptions options;
    QString text;            // help text, version text or the translated error
};

class StartupOptionsParser {
    Q_DECLARE_TR_FUNCTIONS(StartupOptionsParser)

public:
    // arguments includes the program name first, as QCoreApplication::arguments().
    static StartupParse parse(const QStringList& arguments);

    // The password: the file's first line, without its line ending. Fails with
    // a translated message if the file cannot be read or the line is empty.
    static std::optional<QString> readPasswordFile(const QString& path, QString* error);
};

} // namespace sportello::desk
