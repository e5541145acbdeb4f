#include "ui/dialogs.hpp"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace sportello::desk {

namespace {

Dialogs::Hook& hook() {
    static Dialogs::Hook instance;
    return instance;
}

} // namespace

void Dialogs::setTestHook(Hook newHook) { hook() = std::move(newHook); }

bool Dialogs::confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptLabel) {
    if (hook()) return hook()(Request{Request::Kind::Confirm, title, text, {}, {}, 0}).toBool();
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton* accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

std::optional<QString> Dialogs::askText(QWidget* parent, const QString& title, const QString& label,
                                        const QString& initial) {
    if (hook()) {
        const QVariant answer = hook()(Request{Request::Kind::Text, title, label, initial, {}, 0});
        if (!answer.isValid()) return std::nullopt;
        return answer.toString().trimmed();
    }
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    if (!ok) return std::nullopt;
    return text.trimmed();
}

std::optional<int> Dialogs::choose(QWidget* parent, const QString& title, const QString& label,
                                   const QStringList& items, int initialIndex) {
    if (items.isEmpty()) return std::nullopt;
    const int initial = initialIndex >= 0 && initialIndex < items.size() ? initialIndex : 0;
    if (hook()) {
        const QVariant answer = hook()(Request{Request::Kind::Choice, title, label, {}, items, initial});
        if (!answer.isValid()) return std::nullopt;
        const int index = answer.toInt();
        return index >= 0 && index < items.size() ? std::optional<int>(index) : std::nullopt;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, title, label, items, initial, false, &ok);
    if (!ok) return std::nullopt;
    const auto index = items.indexOf(chosen);
    return index >= 0 ? std::optional<int>(static_cast<int>(index)) : std::nullopt;
}

std::optional<QString> Dialogs::saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                                             const QString& filter) {
    if (hook()) {
        const QVariant answer = hook()(Request{Request::Kind::SaveFile, title, filter, suggested, {}, 0});
        if (!answer.isValid() || answer.toString().isEmpty()) return std::nullopt;
        return answer.toString();
    }
    const QString path = QFileDialog::getSaveFileName(parent, title, suggested, filter);
    if (path.isEmpty()) return std::nullopt;
    return path;
}

} // namespace sportello::desk
