// The translation catalogues: complete (no unfinished Italian entry, the
// placeholders kept), current (lupdate run on the sources into a copy finds
// nothing new and nothing stale), embedded, and actually used by the UI.

#include "api/api_client.hpp"
#include "api/api_messages.hpp"
#include "app/translations.hpp"
#include "editor/draft_commands.hpp"
#include "editor/draft_controller.hpp"
#include "text/admin_labels.hpp"
#include "text/case_labels.hpp"
#include "text/content_labels.hpp"
#include "ui/alerts/alert_banner.hpp"
#include "ui/login_dialog.hpp"
#include "ui/main_window.hpp"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace sportello::desk;

namespace {

struct TsMessage {
    QString context, source, comment, type;
    bool numerus = false;
    QStringList translations;   // one, or the numerus forms

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    bool active() const { return type != u"vanished" && type != u"obsolete"; }
};

QList<TsMessage> readTs(const QString& path) {
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == u"message") messages.append(current);
            continue;
        }
        const auto name = xml.name();
        if (name == u"name") context = xml.readElementText();
        else if (name == u"message") current = TsMessage{context, {}, {}, {}, xml.attributes().value(QStringLiteral("numerus")) == u"yes", {}};
        else if (name == u"source") current.source = xml.readElementText();
        else if (name == u"comment") current.comment = xml.readElementText();
        else if (name == u"translation") {
            current.type = xml.attributes().value(QStringLiteral("type")).toString();
            if (!current.numerus) current.translations.append(xml.readElementText());
        } else if (name == u"numerusform") current.translations.append(xml.readElementText());
    }
    if (xml.hasError()) qWarning() << path << xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("%(\\d|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) found.insert(it.next().captured());
    return found;
}

QString tsPath(const char* language) {
    return QStringLiteral(SPORTELLO_TRANSLATIONS_DIR "/sportello_%1.ts").arg(QLatin1String(language));
}

} // namespace

class TranslationsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cataloguesAreComplete_data() {
        QTest::addColumn<QString>("path");
        QTest::newRow("it") << tsPath("it");
        QTest::newRow("en") << tsPath("en");
    }
    void cataloguesAreComplete() {
        QFETCH(QString, path);
        const QList<TsMessage> messages = readTs(path);
        QVERIFY2(!messages.isEmpty(), qPrintable(path));
        QStringList problems;
        for (const TsMessage& m : messages) {
            if (m.type == u"unfinished") problems.append(QStringLiteral("unfinished: ") + m.source);
            if (!m.active()) continue;
            if (m.translations.isEmpty()) problems.append(QStringLiteral("no translation: ") + m.source);
            for (const QString& t : m.translations) {
                if (t.isEmpty()) problems.append(QStringLiteral("empty translation: ") + m.source);
                else if (placeholders(t) != placeholders(m.source))
                    problems.append(QStringLiteral("placeholders differ: ") + m.source + QStringLiteral(" → ") + t);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void cataloguesMatchTheSources_data() { cataloguesAreComplete_data(); }
    void cataloguesMatchTheSources() {
        QFETCH(QString, path);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("copy.ts"));
        QVERIFY(QFile::copy(path, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        // The same options as `ninja update_translations` (desktop/CMakeLists.txt).
        const QString sources = QStringLiteral(SPORTELLO_DESK_SOURCE_DIR "/src");
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(SPORTELLO_LUPDATE),
                      {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                       QStringLiteral("-source-language"), QStringLiteral("en"), QStringLiteral("-I"), sources, sources,
                       QStringLiteral("-ts"), copy});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        const QString output = QString::fromLocal8Bit(lupdate.readAll());
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));

        QSet<QString> shipped, current;
        for (const TsMessage& m : readTs(path))
            if (m.active()) shipped.insert(m.key());
        for (const TsMessage& m : readTs(copy))
            if (m.active()) current.insert(m.key());
        QVERIFY2(!current.isEmpty(), qPrintable(output));
        const auto describe = [](const QSet<QString>& keys) {
            QStringList lines;
            for (const QString& k : keys) lines.append(QString(k).replace(u'\x1f', QStringLiteral(" | ")));
            lines.sort();
            return lines.join(u'\n');
        };
        const QSet<QString> missing = current - shipped;
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("strings in the sources but not in the catalogue "
                                                              "(run `ninja update_translations` and translate):\n") +
                                               describe(missing)));
        const QSet<QString> stale = shipped - current;
        QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("strings in the catalogue no longer in the sources "
                                                            "(run `ninja update_translations`):\n") + describe(stale)));
    }

    void cataloguesAreEmbedded() {
        QVERIFY(QFile::exists(embeddedTranslationsPath() + QStringLiteral("/sportello_it.qm")));
        QVERIFY(QFile::exists(embeddedTranslationsPath() + QStringLiteral("/sportello_en.qm")));
    }

    void italianLocaleTranslatesTheLoginDialog() {
        const InstalledTranslations installed = installTranslations(*qApp, QLocale(QLocale::Italian, QLocale::Italy));
        QVERIFY(installed.sportello);
        const bool qtbaseAvailable =
            QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_it.qm"));
        QCOMPARE(installed.qtbase, qtbaseAvailable);

        ApiClient api;
        LoginDialog dialog(api);
        QCOMPARE(dialog.findChild<QPushButton*>(QStringLiteral("loginButton"))->text(), QStringLiteral("&Accedi"));
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("usernameLabel"))->text(), QStringLiteral("&Nome utente:"));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Sportello — Accesso"));
        if (qtbaseAvailable) {   // Qt's own buttons come from qtbase_it.qm
            const auto* buttons = dialog.findChild<QDialogButtonBox*>();
            QVERIFY(buttons);
            QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text().remove(u'&'), QStringLiteral("Annulla"));
        }
        const auto wrong = sportello::make_error(sportello::api::ErrorCode::unauthorized, "unauthorized");
        QCOMPARE(ApiMessages::serverError(wrong, RequestPurpose::Login), QStringLiteral("Nome utente o password errati."));
        QCOMPARE(ApiMessages::timeout(std::chrono::seconds(2)), QStringLiteral("Il server non ha risposto entro 2 secondi."));
        QCOMPARE(ApiMessages::timeout(std::chrono::seconds(1)), QStringLiteral("Il server non ha risposto entro 1 secondo."));
    }

    void italianLocaleTranslatesTheContentEditor() {
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::Italian, QLocale::Italy)).sportello);
        ApiClient api;
        DeskSession session;
        session.user.permissions = {QStringLiteral("read_content"), QStringLiteral("edit_content"),
                                    QStringLiteral("publish_content"), QStringLiteral("read_reports")};
        MainWindow window(api, session);
        QCOMPARE(window.windowTitle(), QStringLiteral("Sportello — Contenuti[*]"));
        QCOMPARE(window.findChild<QAction*>(QStringLiteral("publishAction"))->text(), QStringLiteral("&Pubblica…"));
        QCOMPARE(window.findChild<QAction*>(QStringLiteral("undoAction"))->text(), QStringLiteral("&Annulla"));
        QCOMPARE(ContentLabels::ruleLabel(sportello::hashtag::Rule::typo), QStringLiteral("Errore di battitura corretto"));
        QCOMPARE(ContentLabels::ruleLabel(sportello::hashtag::Rule::greeting), QStringLiteral("Saluto"));
        HashtagNode node;
        node.tag = QStringLiteral("tamponi");
        const EditNodeCommand edit(*window.drafts(), 1, node, node);
        QCOMPARE(edit.text(), QStringLiteral("Modifica di #tamponi"));
        const DeleteNodeCommand removal(*window.drafts(), {{node, 1, 0}, {node, 2, 0}, {node, 2, 1}});
        QCOMPARE(removal.text(), QStringLiteral("Eliminazione di #tamponi e di 2 sotto-argomenti"));
    }

    void italianLocaleTranslatesTheAdminScreens() {
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::Italian, QLocale::Italy)).sportello);
        ApiClient api;
        DeskSession session;
        for (const auto permission : sportello::permissions_of(sportello::Role::admin))
            session.user.permissions.append(QString::fromUtf8(sportello::to_string(permission)));
        MainWindow window(api, session);
        QStringList tabs;
        for (int i = 0; i < window.tabs()->count(); ++i) tabs.append(window.tabs()->tabText(i));
        QVERIFY2(tabs.contains(QStringLiteral("Com&unicazioni")) && tabs.contains(QStringLiteral("Mo&delli")) &&
                     tabs.contains(QStringLiteral("Client &API")) && tabs.contains(QStringLiteral("A&ssistenza")),
                 qPrintable(tabs.join(u',')));
        QVERIFY(CaseLabels::failureExplanation(QStringLiteral("131047")).contains(u"fuori dalla finestra di 24 ore"));
        QCOMPARE(CaseLabels::state(sportello::api::CaseState::waiting), QStringLiteral("In attesa del cittadino"));
        QCOMPARE(window.findChild<QPushButton*>(QStringLiteral("resumeSendingButton"))->text(),
                 QStringLiteral("&Riprendi l'invio…"));
        SendingAlert alert;
        alert.code = 190;
        QCOMPARE(AlertBanner::describe(alert),
                 QStringLiteral("Invio sospeso: WhatsApp ha rifiutato il token di accesso (errore 190)."));
        QCOMPARE(AdminLabels::broadcastState(QStringLiteral("sending")), QStringLiteral("In invio"));
        QCOMPARE(AdminLabels::duration(120), QStringLiteral("2 minuti"));
        QCOMPARE(AdminLabels::duration(1), QStringLiteral("1 secondo"));
    }

    void englishLocaleUsesTheSourceTextsAndPlurals() {
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedKingdom)).sportello);
        ApiClient api;
        LoginDialog dialog(api);
        QCOMPARE(dialog.findChild<QPushButton*>(QStringLiteral("loginButton"))->text(), QStringLiteral("&Log in"));
        QCOMPARE(ApiMessages::timeout(std::chrono::seconds(1)), QStringLiteral("The server did not answer within 1 second."));
        QCOMPARE(ApiMessages::timeout(std::chrono::seconds(3)), QStringLiteral("The server did not answer within 3 seconds."));
    }

    void cleanupTestCase() { installTranslations(*qApp, QLocale::c()); }
};

QTEST_MAIN(TranslationsTest)
#include "tst_translations.moc"
