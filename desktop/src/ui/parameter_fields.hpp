#pragma once
// One line edit per template parameter ({{1}}, {{2}}…), each with the reason
// it cannot be sent right under it, as the relay checks parameters (not
// empty, one line). A problem shows only once the operator typed in the
// field (or markAllTouched(), when they try to send). Shared by the
// broadcast composer and the inbox's reply box.
//
// Object names: <prefix>Edit1…N and <prefix>Problem1…N.

#include <QList>
#include <QStringList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace sportello::desk {

class ParameterFields : public QWidget {
    Q_OBJECT

public:
    explicit ParameterFields(const QString& objectPrefix, QWidget* parent = nullptr);

    // n fields; what was typed in the first ones stays.
    void setCount(int n);
    int count() const { return static_cast<int>(edits_.size()); }
    QStringList values() const;            // as typed
    bool allValid() const;                 // every field can be sent
    void clearValues();
    void markAllTouched();
    void focusFirst();
    // Shows each touched field's problem; call after any change.
    void refreshProblems();

Q_SIGNALS:
    void edited();

private:
    QString prefix_;
    QFormLayout* layout_;
    QList<QLineEdit*> edits_;
    QList<QLabel*> problems_;
};

} // namespace sportello::desk
