#pragma once
// The app's modal questions (confirmations, a line of text, a choice from a
// list), in one place, with a test seam: while a hook is set, it answers
// every question instead of a dialog (like KeePassXC's MessageBox).

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

class QWidget;

namespace sportello::desk {

class Dialogs {
    Q_DECLARE_TR_FUNCTIONS(Dialogs)

public:
    struct Request {
        enum class Kind { Confirm, Text, Choice, SaveFile };
        Kind kind = Kind::Confirm;
        QString title;
        QString text;            // the question, or the field's label
        QString initialText;     // Text; SaveFile: the suggested file name
        QStringList items;       // Choice
        int initialIndex = 0;    // Choice
    };
    // Answers: Confirm → bool; Text, SaveFile → QString; Choice → int. An invalid
    // QVariant means "cancelled".
    using Hook = std::function<QVariant(const Request&)>;
    static void setTestHook(Hook hook);   // empty: real dialogs again

    static bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptLabel);
    // nullopt when cancelled; the text is trimmed.
    static std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label,
                                          const QString& initial = {});
    // nullopt when cancelled or items is empty.
    static std::optional<int> choose(QWidget* parent, const QString& title, const QString& label,
                                     const QStringList& items, int initialIndex);
    // A file to write; nullopt when cancelled. filter as QFileDialog's, e.g. "CSV (*.csv)".
    static std::optional<QString> saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                                               const QString& filter);
};

} // namespace sportello::desk
