#include "ui/editor/optional_date_edit.hpp"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace sportello::desk {

OptionalDateEdit::OptionalDateEdit(QWidget* parent)
    : QWidget(parent), check_(new QCheckBox), edit_(new QDateEdit) {
    check_->setToolTip(tr("Set a date"));
    edit_->setCalendarPopup(true);
    edit_->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit_->setDate(QDate::currentDate());
    edit_->setEnabled(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(check_);
    layout->addWidget(edit_, 1);
    connect(check_, &QCheckBox::toggled, this, [this](bool on) {
        edit_->setEnabled(on);
        Q_EMIT changed();
    });
    connect(edit_, &QDateEdit::dateChanged, this, [this] {
        if (check_->isChecked()) Q_EMIT changed();
    });
}

QDate OptionalDateEdit::date() const { return check_->isChecked() ? edit_->date() : QDate(); }

void OptionalDateEdit::setDate(const QDate& date) {
    const QSignalBlocker blockCheck(check_);
    const QSignalBlocker blockEdit(edit_);
    check_->setChecked(date.isValid());
    edit_->setEnabled(date.isValid());
    edit_->setDate(date.isValid() ? date : QDate::currentDate());
}

void OptionalDateEdit::setReadOnly(bool readOnly) {
    check_->setEnabled(!readOnly);
    edit_->setReadOnly(readOnly);
    edit_->setEnabled(check_->isChecked());
}

} // namespace sportello::desk
