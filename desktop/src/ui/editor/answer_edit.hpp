#pragma once
// An answer as WhatsApp will send it: a plain-text editor with WhatsApp's
// formatting shortcuts, which wrap the selection in markers (toggling them):
// Ctrl+B *bold*, Ctrl+I _italic_, Ctrl+Shift+X ~strike~, and a button for
// ```mono```. Below it, a live count of WhatsApp characters (Unicode code
// points) against the 4096 limit of one message, red when over.
//
// Child object names (prefixed with this widget's name when it has one at
// construction): "<name>Text", "<name>Counter", "<name>BoldButton", …

#include <QStringView>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace sportello::desk {

class AnswerEdit : public QWidget {
    Q_OBJECT
    Q_PROPERTY(bool overLimit READ isOverLimit NOTIFY textChanged)

public:
    static constexpr int limit = 4096;   // sportello::wa::limits::text_body

    explicit AnswerEdit(const QString& objectName, QWidget* parent = nullptr);

    QString text() const;
    void setText(const QString& text);   // replaces the text and its undo history
    void setReadOnly(bool readOnly);
    int characterCount() const { return count_; }
    bool isOverLimit() const { return count_ > limit; }
    QPlainTextEdit* textEdit() const { return edit_; }
    QLabel* counterLabel() const { return counter_; }

    // Toggles marker around the selection (one undo step in the editor).
    void applyMarker(QStringView marker);

    // "%1 / 4096 characters" for a count.
    static QString counterText(int count);

Q_SIGNALS:
    void textChanged();

private:
    QToolButton* markerButton(const QString& name, const QString& label, const QString& tip, QStringView marker);
    void updateCounter();

    QPlainTextEdit* edit_;
    QLabel* counter_;
    QList<QToolButton*> buttons_;
    int count_ = 0;
};

} // namespace sportello::desk
