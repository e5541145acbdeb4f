#include "ui/editor/node_editor.hpp"

#include "editor/draft_controller.hpp"
#include "ui/editor/answer_edit.hpp"
#include "ui/editor/optional_date_edit.hpp"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sportello::desk {

NodeEditor::NodeEditor(QWidget* parent) : QWidget(parent) {
    buildUi();
    showNode(nullptr);
}

QLineEdit* NodeEditor::lineEdit(const char* objectName) {
    auto* edit = new QLineEdit;
    edit->setObjectName(QLatin1String(objectName));
    connect(edit, &QLineEdit::textChanged, this, &NodeEditor::updateState);
    return edit;
}

void NodeEditor::buildUi() {
    heading_ = new QLabel;
    heading_->setObjectName(QStringLiteral("editorHeading"));
    heading_->setTextFormat(Qt::PlainText);
    QFont big = heading_->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    heading_->setFont(big);
    lastChange_ = new QLabel;
    lastChange_->setObjectName(QStringLiteral("lastChangeLabel"));

    tagEdit_ = lineEdit("tagEdit");
    tagEdit_->setPlaceholderText(tr("e.g. centrivaccinali"));
    titleEdit_ = lineEdit("titleEdit");
    titleEdit_->setPlaceholderText(tr("Shown in the menus (24 characters at most)"));
    titleEnEdit_ = lineEdit("titleEnEdit");
    aliasesEdit_ = lineEdit("aliasesEdit");
    aliasesEdit_->setPlaceholderText(tr("Other words for this hashtag, separated by commas"));
    reviewerEdit_ = lineEdit("reviewerEdit");

    const auto dateEdit = [this](const char* name) {
        auto* edit = new OptionalDateEdit;
        edit->setObjectName(QLatin1String(name));
        connect(edit, &OptionalDateEdit::changed, this, &NodeEditor::updateState);
        return edit;
    };
    validFrom_ = dateEdit("validFromEdit");
    validUntil_ = dateEdit("validUntilEdit");
    reviewedAt_ = dateEdit("reviewedAtEdit");

    answerIt_ = new AnswerEdit(QStringLiteral("answerItEdit"));
    answerEn_ = new AnswerEdit(QStringLiteral("answerEnEdit"));
    connect(answerIt_, &AnswerEdit::textChanged, this, &NodeEditor::updateState);
    connect(answerEn_, &AnswerEdit::textChanged, this, &NodeEditor::updateState);

    auto* form = new QFormLayout;
    form->addRow(tr("&Hashtag:"), tagEdit_);
    form->addRow(tr("&Title:"), titleEdit_);
    form->addRow(tr("English title:"), titleEnEdit_);
    form->addRow(tr("&Aliases:"), aliasesEdit_);
    form->addRow(tr("Valid from:"), validFrom_);
    form->addRow(tr("Valid until:"), validUntil_);
    form->addRow(tr("Reviewed on:"), reviewedAt_);
    form->addRow(tr("Reviewed by:"), reviewerEdit_);
    form->addRow(tr("Answer (Italian):"), answerIt_);
    form->addRow(tr("Answer (English, optional):"), answerEn_);

    saveButton_ = new QPushButton(tr("&Save"));
    saveButton_->setObjectName(QStringLiteral("saveButton"));
    saveButton_->setShortcut(QKeySequence::Save);
    saveButton_->setToolTip(tr("Save this topic in the draft (Ctrl+S). Citizens see it after publishing."));
    revertButton_ = new QPushButton(tr("&Revert"));
    revertButton_->setObjectName(QStringLiteral("revertButton"));
    connect(saveButton_, &QPushButton::clicked, this, &NodeEditor::save);
    connect(revertButton_, &QPushButton::clicked, this, &NodeEditor::revert);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(revertButton_);
    buttons->addWidget(saveButton_);

    auto* content = new QWidget;
    auto* inner = new QVBoxLayout(content);
    inner->addWidget(heading_);
    inner->addWidget(lastChange_);
    inner->addLayout(form, 1);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
}

QStringList NodeEditor::parseAliases(const QString& text) {
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QStringList aliases;
    for (QString alias : text.split(separators, Qt::SkipEmptyParts)) {
        while (alias.startsWith(u'#')) alias.remove(0, 1);
        if (!alias.isEmpty() && !aliases.contains(alias)) aliases.append(alias);
    }
    return aliases;
}

HashtagNode NodeEditor::editedFields() const {
    HashtagNode n = loaded_.node;
    QString tag = tagEdit_->text().trimmed();
    while (tag.startsWith(u'#')) tag.remove(0, 1);
    n.tag = tag;
    n.title = titleEdit_->text().trimmed();
    n.titleEn = titleEnEdit_->text().trimmed();
    n.aliases = parseAliases(aliasesEdit_->text());
    n.validFrom = validFrom_->date();
    n.validUntil = validUntil_->date();
    n.reviewedAt = reviewedAt_->date();
    n.reviewer = reviewerEdit_->text().trimmed();
    n.answerIt = answerIt_->text();
    n.answerEn = answerEn_->text();
    return n;
}

bool NodeEditor::hasUnsavedChanges() const {
    return nodeId_ != 0 && !DraftController::sameContent(editedFields(), loaded_.node);
}

void NodeEditor::load(const DraftNode& node) {
    loading_ = true;
    nodeId_ = node.node.id;
    baseRevision_ = node.revision;
    loaded_ = node;
    const HashtagNode& n = node.node;
    heading_->setText(n.title.isEmpty() ? QString(u'#' + n.tag) : QString(u'#' + n.tag + QStringLiteral(" — ") + n.title));
    lastChange_->setText(node.updatedAt.isValid()
                             ? tr("Last changed by %1 on %2")
                                   .arg(node.updatedBy.isEmpty() ? tr("unknown", "who changed a topic") : node.updatedBy,
                                        QLocale().toString(node.updatedAt.toLocalTime(), QLocale::ShortFormat))
                             : QString());
    tagEdit_->setText(n.tag);
    titleEdit_->setText(n.title);
    titleEnEdit_->setText(n.titleEn);
    aliasesEdit_->setText(n.aliases.join(QStringLiteral(", ")));
    validFrom_->setDate(n.validFrom);
    validUntil_->setDate(n.validUntil);
    reviewedAt_->setDate(n.reviewedAt);
    reviewerEdit_->setText(n.reviewer);
    answerIt_->setText(n.answerIt);
    answerEn_->setText(n.answerEn);
    loading_ = false;
    setEnabled(true);
    updateState();
}

void NodeEditor::showNode(const DraftNode* node) {
    if (node) return load(*node);
    loading_ = true;
    nodeId_ = 0;
    baseRevision_ = 0;
    loaded_ = DraftNode{};
    heading_->setText(tr("Select a hashtag to edit it."));
    lastChange_->clear();
    for (QLineEdit* edit : {tagEdit_, titleEdit_, titleEnEdit_, aliasesEdit_, reviewerEdit_}) edit->clear();
    for (OptionalDateEdit* edit : {validFrom_, validUntil_, reviewedAt_}) edit->setDate({});
    answerIt_->setText({});
    answerEn_->setText({});
    loading_ = false;
    setEnabled(false);
    updateState();
}

void NodeEditor::refresh(const DraftNode* node) {
    if (!node || node->node.id != nodeId_) return showNode(node);
    if (node->revision == baseRevision_) return;
    if (DraftController::sameContent(node->node, loaded_.node)) {
        baseRevision_ = node->revision;   // moved or renumbered: the content is what the form started from
        loaded_ = *node;
        return;
    }
    if (!hasUnsavedChanges()) load(*node);
}

void NodeEditor::setEditable(bool editable) {
    editable_ = editable;
    for (QLineEdit* edit : {tagEdit_, titleEdit_, titleEnEdit_, aliasesEdit_, reviewerEdit_})
        edit->setReadOnly(!editable);
    for (OptionalDateEdit* edit : {validFrom_, validUntil_, reviewedAt_}) edit->setReadOnly(!editable);
    answerIt_->setReadOnly(!editable);
    answerEn_->setReadOnly(!editable);
    saveButton_->setVisible(editable);
    revertButton_->setVisible(editable);
    updateState();
}

void NodeEditor::updateState() {
    if (loading_) return;
    const bool unsaved = hasUnsavedChanges();
    saveButton_->setEnabled(editable_ && unsaved);
    revertButton_->setEnabled(editable_ && unsaved);
    if (unsaved != lastUnsaved_) {
        lastUnsaved_ = unsaved;
        Q_EMIT unsavedChangesChanged(unsaved);
    }
}

void NodeEditor::save() {
    if (!editable_ || nodeId_ == 0) return;
    Q_EMIT saveRequested(nodeId_, baseRevision_, editedFields());
}

void NodeEditor::revert() {
    if (nodeId_ == 0) return;
    const DraftNode original = loaded_;
    load(original);
}

} // namespace sportello::desk
