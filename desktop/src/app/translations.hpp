#pragma once
// Which language the desktop speaks. Sportello's own catalogues are embedded
// at :/i18n/sportello_<language>.qm (qt_add_translations); Qt's own strings
// (standard buttons, dialogs) come from qtbase_<language>.qm in Qt's
// translations folder when it is installed. English is the source language,
// so a locale without a catalogue shows English.

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace sportello::desk {

struct InstalledTranslations {
    bool sportello = false;   // our catalogue for the locale was found
    bool qtbase = false;      // Qt's own catalogue was found
};

// Replaces any translators installed by an earlier call (tests switch
// languages). The translators are owned by app. Call from the UI thread.
InstalledTranslations installTranslations(QCoreApplication& app, const QLocale& locale);

// Where the embedded catalogues live.
QString embeddedTranslationsPath();

} // namespace sportello::desk
