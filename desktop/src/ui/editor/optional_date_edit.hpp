#pragma once
// A date that may be absent: a check box ("set") and a date field. date() is
// null when unchecked.

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace sportello::desk {

class OptionalDateEdit : public QWidget {
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget* parent = nullptr);

    QDate date() const;
    void setDate(const QDate& date);   // null: unchecked
    void setReadOnly(bool readOnly);
    QCheckBox* checkBox() const { return check_; }
    QDateEdit* dateEdit() const { return edit_; }

Q_SIGNALS:
    void changed();

private:
    QCheckBox* check_;
    QDateEdit* edit_;
};

} // namespace sportello::desk
