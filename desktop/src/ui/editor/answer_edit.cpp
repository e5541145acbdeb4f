#include "ui/editor/answer_edit.hpp"

#include "text/whatsapp_format.hpp"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sportello::desk {

AnswerEdit::AnswerEdit(const QString& objectName, QWidget* parent)
    : QWidget(parent), edit_(new QPlainTextEdit), counter_(new QLabel) {
    setObjectName(objectName);
    edit_->setObjectName(objectName + QStringLiteral("Text"));
    counter_->setObjectName(objectName + QStringLiteral("Counter"));
    edit_->setTabChangesFocus(true);
    edit_->setMinimumHeight(110);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(markerButton(QStringLiteral("Bold"), tr("B", "bold button"), tr("Bold (Ctrl+B): *text*"),
                                markers::bold));
    bar->addWidget(markerButton(QStringLiteral("Italic"), tr("I", "italic button"), tr("Italic (Ctrl+I): _text_"),
                                markers::italic));
    bar->addWidget(markerButton(QStringLiteral("Strike"), tr("S", "strikethrough button"),
                                tr("Strikethrough (Ctrl+Shift+X): ~text~"), markers::strike));
    bar->addWidget(markerButton(QStringLiteral("Mono"), tr("Mono", "monospace button"),
                                tr("Monospace: ```text```"), markers::mono));
    bar->addStretch(1);
    bar->addWidget(counter_);

    // Shortcuts belong to this editor only, so that two answers on one form
    // do not compete for them.
    const auto shortcut = [this](const QKeySequence& keys, QStringView marker) {
        auto* action = new QAction(edit_);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, [this, marker] { applyMarker(marker); });
        edit_->addAction(action);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_B), markers::bold);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_I), markers::italic);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), markers::strike);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(edit_, 1);

    connect(edit_, &QPlainTextEdit::textChanged, this, [this] {
        updateCounter();
        Q_EMIT textChanged();
    });
    updateCounter();
}

QToolButton* AnswerEdit::markerButton(const QString& name, const QString& label, const QString& tip,
                                      QStringView marker) {
    auto* button = new QToolButton;
    button->setObjectName(objectName() + name + QStringLiteral("Button"));
    button->setText(label);
    button->setToolTip(tip);
    button->setFocusPolicy(Qt::NoFocus);   // keeps the selection in the editor
    connect(button, &QToolButton::clicked, this, [this, marker] {
        applyMarker(marker);
        edit_->setFocus();
    });
    buttons_.append(button);
    return button;
}

QString AnswerEdit::text() const { return edit_->toPlainText(); }

void AnswerEdit::setText(const QString& text) {
    edit_->setPlainText(text);
    updateCounter();
}

void AnswerEdit::setReadOnly(bool readOnly) {
    edit_->setReadOnly(readOnly);
    for (QToolButton* button : buttons_) button->setVisible(!readOnly);
}

QString AnswerEdit::counterText(int count) {
    return tr("%1 / %2 characters").arg(QLocale().toString(count), QLocale().toString(limit));
}

void AnswerEdit::updateCounter() {
    count_ = whatsAppLength(edit_->toPlainText());
    counter_->setText(counterText(count_));
    counter_->setStyleSheet(isOverLimit() ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
    counter_->setToolTip(isOverLimit() ? tr("Too long for one WhatsApp message: the relay will refuse to publish it.")
                                       : QString());
}

void AnswerEdit::applyMarker(QStringView marker) {
    if (edit_->isReadOnly()) return;
    QTextCursor cursor = edit_->textCursor();
    const QString before = edit_->toPlainText();
    const TextSelection after =
        toggleMarker(TextSelection{before, cursor.selectionStart(), cursor.selectionEnd()}, marker);
    if (after.text == before) return;

    // Replace only what changed, so that the editor's undo has one small step.
    const auto oldSize = before.size();
    const auto newSize = after.text.size();
    qsizetype prefix = 0;
    while (prefix < oldSize && prefix < newSize && before[prefix] == after.text[prefix]) ++prefix;
    qsizetype suffix = 0;
    while (suffix < oldSize - prefix && suffix < newSize - prefix &&
           before[oldSize - 1 - suffix] == after.text[newSize - 1 - suffix])
        ++suffix;
    cursor.beginEditBlock();
    cursor.setPosition(static_cast<int>(prefix));
    cursor.setPosition(static_cast<int>(oldSize - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(after.text.sliced(prefix, newSize - suffix - prefix));
    cursor.endEditBlock();
    cursor.setPosition(after.start);
    cursor.setPosition(after.end, QTextCursor::KeepAnchor);
    edit_->setTextCursor(cursor);
}

} // namespace sportello::desk
