// sportello-desk: the operators' application. Everything lives in
// sportello_desk_lib; this only sets up the QApplication.

#include "app/desk_controller.hpp"
#include "app/startup_options.hpp"
#include "app/translations.hpp"
#include "settings/desk_settings.hpp"

#include <QApplication>
#include <QLocale>

#include <cstdio>
#include <memory>

int main(int argc, char* argv[]) {
    using namespace sportello::desk;

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Regione Piemonte"));
    QApplication::setOrganizationDomain(QStringLiteral("regione.piemonte.it"));
    QApplication::setApplicationName(QStringLiteral("Sportello"));
    QApplication::setApplicationVersion(QStringLiteral(SPORTELLO_DESK_VERSION));
    installTranslations(app, QLocale::system());   // before any text, --help included

    const StartupParse parsed = StartupOptionsParser::parse(QApplication::arguments());
    switch (parsed.outcome) {
    case StartupParse::Outcome::ShowHelp:
    case StartupParse::Outcome::ShowVersion:
        std::fputs(qPrintable(QString(parsed.text + u'\n')), stdout);
        return 0;
    case StartupParse::Outcome::Error:
        std::fputs(qPrintable(QString(parsed.text + u'\n')), stderr);
        return 2;
    case StartupParse::Outcome::Run:
        break;
    }

    const auto settings = parsed.options.settingsFile.isEmpty()
                              ? std::make_unique<DeskSettings>()
                              : std::make_unique<DeskSettings>(parsed.options.settingsFile);
    DeskController controller(*settings, parsed.options);
    QObject::connect(&controller, &DeskController::loginAbandoned, &app, &QApplication::quit, Qt::QueuedConnection);
    controller.start();
    return QApplication::exec();
}
