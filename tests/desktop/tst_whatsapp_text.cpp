// WhatsApp text in the editor: formatting → HTML as the phone shows it, the
// formatting shortcuts that wrap a selection, and the character counter
// against WhatsApp's 4096 code points.

#include "text/whatsapp_format.hpp"
#include "text/whatsapp_html.hpp"
#include "ui/editor/answer_edit.hpp"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextCursor>
#include <QToolButton>

using namespace sportello::desk;

namespace {

QString repeated(const QString& unit, int times) { return unit.repeated(times); }

void select(QPlainTextEdit* edit, int start, int end) {
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    edit->setTextCursor(cursor);
}

} // namespace

class WhatsAppTextTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void html_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("html");
        const auto row = [](const char* name, const char* text, const char* html) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(html);
        };
        row("plain", "Centri vaccinali", "Centri vaccinali");
        row("bold", "*Orari* aggiornati", "<b>Orari</b> aggiornati");
        row("italic", "_nota_", "<i>nota</i>");
        row("strike", "~vecchio~ nuovo", "<s>vecchio</s> nuovo");
        row("mono", "codice ```AB 12```", "codice <tt>AB 12</tt>");
        row("several", "*a* e _b_ e ~c~", "<b>a</b> e <i>b</i> e <s>c</s>");
        row("punctuation around", "(*ok*), _sì_!", "(<b>ok</b>), <i>sì</i>!");
        row("escaping", "a < b & c > d \"q\"", "a &lt; b &amp; c &gt; d &quot;q&quot;");
        row("escaping inside bold", "*<script>*", "<b>&lt;script&gt;</b>");
        row("escaping inside mono", "```<a href=x>```", "<tt>&lt;a href=x&gt;</tt>");
        row("newlines", "riga 1\nriga 2", "riga 1<br>riga 2");
        row("nested", "*grassetto _corsivo_*", "<b>grassetto <i>corsivo</i></b>");
        row("nested three", "~*_tutto_*~", "<s><b><i>tutto</i></b></s>");
        row("overlapping", "*a _b* c_", "<b>a _b</b> c_");
        row("unclosed", "*non chiuso", "*non chiuso");
        row("unclosed italic", "_a e *b*", "_a e <b>b</b>");
        row("doubled markers", "**doppio**", "**doppio**");
        row("inside a word", "2*3*4 e snake_case_name", "2*3*4 e snake_case_name");
        row("space after opener", "* elenco *", "* elenco *");
        row("space before closer", "*a *", "*a *");
        row("empty pair", "** e __", "** e __");
        row("not across lines", "*inizio\nfine*", "*inizio<br>fine*");
        row("mono across lines", "```uno\ndue```", "<tt>uno<br>due</tt>");
        row("no formatting in mono", "```*non grassetto*```", "<tt>*non grassetto*</tt>");
        row("unpaired fence", "``` solo", "``` solo");
        row("emoji and accents", "😀 *è così*", "😀 <b>è così</b>");
        row("empty", "", "");
    }
    void html() {
        QFETCH(QString, text);
        QFETCH(QString, html);
        QCOMPARE(whatsAppToHtml(text), html);
    }

    void toggleMarker_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("marker");
        QTest::addColumn<QString>("result");
        QTest::addColumn<int>("resultStart");
        QTest::addColumn<int>("resultEnd");
        const QString b = QStringLiteral("*");
        QTest::newRow("wraps a word") << QStringLiteral("orari nuovi") << 0 << 5 << b << QStringLiteral("*orari* nuovi") << 1 << 6;
        QTest::newRow("reversed selection") << QStringLiteral("orari nuovi") << 5 << 0 << b << QStringLiteral("*orari* nuovi") << 1 << 6;
        QTest::newRow("italic") << QStringLiteral("a nota b") << 2 << 6 << QStringLiteral("_") << QStringLiteral("a _nota_ b") << 3 << 7;
        QTest::newRow("strike") << QStringLiteral("x") << 0 << 1 << QStringLiteral("~") << QStringLiteral("~x~") << 1 << 2;
        QTest::newRow("mono") << QStringLiteral("cod AB") << 4 << 6 << QStringLiteral("```") << QStringLiteral("cod ```AB```") << 7 << 9;
        QTest::newRow("empty selection inserts a pair") << QStringLiteral("ab") << 1 << 1 << b << QStringLiteral("a**b") << 2 << 2;
        QTest::newRow("spaces stay outside") << QStringLiteral("a  bold  b") << 1 << 8 << b << QStringLiteral("a  *bold*  b") << 4 << 8;
        QTest::newRow("only spaces: nothing") << QStringLiteral("a   b") << 1 << 4 << b << QStringLiteral("a   b") << 1 << 4;
        QTest::newRow("unwraps markers inside") << QStringLiteral("x *bold* y") << 2 << 8 << b << QStringLiteral("x bold y") << 2 << 6;
        QTest::newRow("unwraps markers outside") << QStringLiteral("x *bold* y") << 3 << 7 << b << QStringLiteral("x bold y") << 2 << 6;
        QTest::newRow("other marker is kept") << QStringLiteral("_it_") << 0 << 4 << b << QStringLiteral("*_it_*") << 1 << 5;
        QTest::newRow("emoji selection") << QStringLiteral("ok 😀") << 3 << 5 << b << QStringLiteral("ok *😀*") << 4 << 6;
        QTest::newRow("out of range is clamped") << QStringLiteral("ab") << -3 << 99 << b << QStringLiteral("*ab*") << 1 << 3;
    }
    void toggleMarker() {
        QFETCH(QString, text);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(QString, marker);
        QFETCH(QString, result);
        QFETCH(int, resultStart);
        QFETCH(int, resultEnd);
        const TextSelection out = sportello::desk::toggleMarker(TextSelection{text, start, end}, marker);
        QCOMPARE(out.text, result);
        QCOMPARE(out.start, resultStart);
        QCOMPARE(out.end, resultEnd);
    }

    void lengthCountsCodePoints() {
        QCOMPARE(whatsAppLength(QString()), 0);
        QCOMPARE(whatsAppLength(QStringLiteral("abc")), 3);
        QCOMPARE(whatsAppLength(QStringLiteral("è")), 1);           // 2 bytes in UTF-8
        QCOMPARE(whatsAppLength(QStringLiteral("😀")), 1);          // 2 UTF-16 units, 4 bytes
        QCOMPARE(QStringLiteral("😀").size(), 2);
        QCOMPARE(whatsAppLength(QStringLiteral("e\u0300")), 2);     // e + combining grave: two code points
        QCOMPARE(whatsAppLength(QStringLiteral("👍🏽")), 2);         // thumb + skin tone modifier
    }

    void counterAtTheLimit_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("over");
        const QString a = QStringLiteral("a"), e = QStringLiteral("è"), smile = QStringLiteral("😀");
        QTest::newRow("4095 ascii") << repeated(a, 4095) << 4095 << false;
        QTest::newRow("4096 ascii") << repeated(a, 4096) << 4096 << false;
        QTest::newRow("4097 ascii") << repeated(a, 4097) << 4097 << true;
        QTest::newRow("4095 accented") << repeated(e, 4095) << 4095 << false;
        QTest::newRow("4096 accented") << repeated(e, 4096) << 4096 << false;
        QTest::newRow("4097 accented") << repeated(e, 4097) << 4097 << true;
        QTest::newRow("4095 emoji") << repeated(smile, 4095) << 4095 << false;
        QTest::newRow("4096 emoji") << repeated(smile, 4096) << 4096 << false;   // 8192 UTF-16 units
        QTest::newRow("4097 emoji") << repeated(smile, 4097) << 4097 << true;
        QTest::newRow("mixed 4096") << QString(repeated(smile, 2000) + repeated(e, 2000) + repeated(a, 96)) << 4096 << false;
        QTest::newRow("mixed 4097") << QString(repeated(smile, 2000) + repeated(e, 2000) + repeated(a, 97)) << 4097 << true;
    }
    void counterAtTheLimit() {
        QFETCH(QString, text);
        QFETCH(int, count);
        QFETCH(bool, over);
        QCOMPARE(whatsAppLength(text), count);

        AnswerEdit edit(QStringLiteral("answer"));
        edit.setText(text);
        QCOMPARE(edit.characterCount(), count);
        QCOMPARE(edit.isOverLimit(), over);
        QCOMPARE(edit.property("overLimit").toBool(), over);
        QCOMPARE(edit.counterLabel()->text(), AnswerEdit::counterText(count));
        QCOMPARE(edit.counterLabel()->styleSheet().contains(QStringLiteral("#b00020")), over);
    }

    void counterFollowsTyping() {
        AnswerEdit edit(QStringLiteral("answer"));
        edit.setText(QStringLiteral("a").repeated(4095));
        QVERIFY(!edit.isOverLimit());
        for (int i = 0; i < 2; ++i)   // keyClicks() types ASCII only
            QTest::sendKeyEvent(QTest::Click, edit.textEdit(), Qt::Key_unknown, QStringLiteral("è"), Qt::NoModifier);
        QCOMPARE(edit.characterCount(), 4097);
        QVERIFY(edit.isOverLimit());
        QTest::keyClick(edit.textEdit(), Qt::Key_Backspace);
        QCOMPARE(edit.characterCount(), 4096);
        QVERIFY(!edit.isOverLimit());
    }

    void shortcutsAndButtonsWrapTheSelection() {
        AnswerEdit edit(QStringLiteral("answerIt"));
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        edit.activateWindow();
        edit.textEdit()->setFocus();
        QTRY_VERIFY(edit.textEdit()->hasFocus());
        edit.setText(QStringLiteral("Orari nuovi dal lunedì"));
        QPlainTextEdit* text = edit.textEdit();

        select(text, 0, 5);
        QTest::keyClick(text, Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(edit.text(), QStringLiteral("*Orari* nuovi dal lunedì"));
        QCOMPARE(text->textCursor().selectedText(), QStringLiteral("Orari"));   // still the same words

        select(text, 8, 13);
        QTest::keyClick(text, Qt::Key_I, Qt::ControlModifier);
        QCOMPARE(edit.text(), QStringLiteral("*Orari* _nuovi_ dal lunedì"));

        select(text, 16, 19);
        QTest::keyClick(text, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(edit.text(), QStringLiteral("*Orari* _nuovi_ ~dal~ lunedì"));

        select(text, 22, 28);
        QTest::mouseClick(edit.findChild<QToolButton*>(QStringLiteral("answerItMonoButton")), Qt::LeftButton);
        QCOMPARE(edit.text(), QStringLiteral("*Orari* _nuovi_ ~dal~ ```lunedì```"));

        // Ctrl+B again on the same words removes the markers, and one undo restores them.
        select(text, 1, 6);
        QTest::keyClick(text, Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(edit.text(), QStringLiteral("Orari _nuovi_ ~dal~ ```lunedì```"));
        text->undo();
        QCOMPARE(edit.text(), QStringLiteral("*Orari* _nuovi_ ~dal~ ```lunedì```"));

        QTest::mouseClick(edit.findChild<QToolButton*>(QStringLiteral("answerItBoldButton")), Qt::LeftButton);
        QVERIFY(edit.text() != QStringLiteral("*Orari* _nuovi_ ~dal~ ```lunedì```"));   // the button works too

        edit.setReadOnly(true);
        const QString frozen = edit.text();
        select(text, 0, 3);
        QTest::keyClick(text, Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(edit.text(), frozen);
    }
};

QTEST_MAIN(WhatsAppTextTest)
#include "tst_whatsapp_text.moc"
