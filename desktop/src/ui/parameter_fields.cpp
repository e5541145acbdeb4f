#include "ui/parameter_fields.hpp"

#include "text/template_text.hpp"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace sportello::desk {

ParameterFields::ParameterFields(const QString& objectPrefix, QWidget* parent)
    : QWidget(parent), prefix_(objectPrefix), layout_(new QFormLayout(this)) {
    layout_->setContentsMargins(0, 0, 0, 0);
}

void ParameterFields::setCount(int n) {
    const QStringList previous = values();
    while (layout_->rowCount() > 0) layout_->removeRow(0);
    edits_.clear();
    problems_.clear();
    for (int i = 1; i <= n; ++i) {
        auto* edit = new QLineEdit(previous.value(i - 1));
        edit->setObjectName(prefix_ + QStringLiteral("Edit%1").arg(i));
        auto* problem = new QLabel;
        problem->setObjectName(prefix_ + QStringLiteral("Problem%1").arg(i));
        problem->setStyleSheet(QStringLiteral("color: #b00020;"));
        problem->hide();
        auto* field = new QWidget;
        auto* fieldLayout = new QVBoxLayout(field);
        fieldLayout->setContentsMargins(0, 0, 0, 0);
        fieldLayout->addWidget(edit);
        fieldLayout->addWidget(problem);
        layout_->addRow(tr("Parameter {{%1}}:").arg(i), field);
        edits_.append(edit);
        problems_.append(problem);
        connect(edit, &QLineEdit::textChanged, this, &ParameterFields::edited);
    }
}

QStringList ParameterFields::values() const {
    QStringList out;
    for (const QLineEdit* edit : edits_) out.append(edit->text());
    return out;
}

bool ParameterFields::allValid() const {
    return std::all_of(edits_.begin(), edits_.end(),
                       [](const QLineEdit* e) { return TemplateText::parameterProblem(e->text()).isEmpty(); });
}

void ParameterFields::clearValues() {
    for (QLineEdit* edit : edits_) {
        edit->clear();
        edit->setModified(false);
    }
    refreshProblems();
}

void ParameterFields::markAllTouched() {
    for (QLineEdit* edit : edits_) edit->setModified(true);
}

void ParameterFields::focusFirst() {
    if (!edits_.isEmpty()) edits_.constFirst()->setFocus();
}

void ParameterFields::refreshProblems() {
    for (qsizetype i = 0; i < edits_.size(); ++i) {
        // Only where the operator has typed (or tried to send): no red before a field was touched.
        const QString why = edits_[i]->isModified() ? TemplateText::parameterProblem(edits_[i]->text()) : QString();
        problems_[i]->setText(why);
        problems_[i]->setVisible(!why.isEmpty());
    }
}

} // namespace sportello::desk
