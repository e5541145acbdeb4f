#include "app/translations.hpp"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace sportello::desk {

namespace {

// Marks our translators so that a later call can find and replace them.
constexpr char translatorMarker[] = "sportello-desk-translator";

bool installOne(QCoreApplication& app, const QLocale& locale, const QString& name, const QString& directory) {
    auto* translator = new QTranslator(&app);
    translator->setObjectName(QLatin1String(translatorMarker));
    if (!translator->load(locale, name, QStringLiteral("_"), directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

QString embeddedTranslationsPath() { return QStringLiteral(":/i18n"); }

InstalledTranslations installTranslations(QCoreApplication& app, const QLocale& locale) {
    const auto previous = app.findChildren<QTranslator*>(QLatin1String(translatorMarker), Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    InstalledTranslations installed;
    installed.qtbase = installOne(app, locale, QStringLiteral("qtbase"),
                                  QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    installed.sportello = installOne(app, locale, QStringLiteral("sportello"), embeddedTranslationsPath());
    return installed;
}

} // namespace sportello::desk
