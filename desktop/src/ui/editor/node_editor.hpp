#pragma once
// The form that edits one node of the draft: hashtag, titles, aliases,
// validity window, review, and the Italian and English answers. Save asks
// for PUT /draft/nodes/{id} with the revision the form was loaded from; the
// form never writes anything itself.
//
// When the draft changes under the form (refresh()): a node whose content is
// unchanged only moves the form's base revision; changed content replaces
// the form unless the operator has unsaved changes, which are kept (saving
// them then meets the relay's conflict check, never a silent overwrite).
//
// Object names: tagEdit, titleEdit, titleEnEdit, aliasesEdit, validFromEdit,
// validUntilEdit, reviewedAtEdit, reviewerEdit, answerItEdit, answerEnEdit
// (AnswerEdit), saveButton, revertButton, editorHeading.

#include "api/content_types.hpp"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sportello::desk {

class AnswerEdit;
class OptionalDateEdit;

class NodeEditor : public QWidget {
    Q_OBJECT

public:
    explicit NodeEditor(QWidget* parent = nullptr);

    // Loads node into the form (null: an empty, disabled form).
    void showNode(const DraftNode* node);
    // The draft changed: see the class comment. node is the form's node now (null: gone).
    void refresh(const DraftNode* node);
    void setEditable(bool editable);

    qint64 nodeId() const { return nodeId_; }
    qint64 baseRevision() const { return baseRevision_; }
    bool hasUnsavedChanges() const;
    // The form's content as a node (id kept, fields as typed, aliases parsed).
    HashtagNode editedFields() const;
    AnswerEdit* italianAnswer() const { return answerIt_; }
    AnswerEdit* englishAnswer() const { return answerEn_; }
    QLineEdit* tagEdit() const { return tagEdit_; }

    // "#a, b c" → ["a", "b", "c"]
    static QStringList parseAliases(const QString& text);

public Q_SLOTS:
    void save();
    void revert();

Q_SIGNALS:
    void saveRequested(qint64 id, qint64 basedOnRevision, const sportello::desk::HashtagNode& fields);
    void unsavedChangesChanged(bool unsaved);

private:
    void buildUi();
    QLineEdit* lineEdit(const char* objectName);
    void load(const DraftNode& node);
    void updateState();

    QLabel* heading_ = nullptr;
    QLabel* lastChange_ = nullptr;
    QLineEdit* tagEdit_ = nullptr;
    QLineEdit* titleEdit_ = nullptr;
    QLineEdit* titleEnEdit_ = nullptr;
    QLineEdit* aliasesEdit_ = nullptr;
    OptionalDateEdit* validFrom_ = nullptr;
    OptionalDateEdit* validUntil_ = nullptr;
    OptionalDateEdit* reviewedAt_ = nullptr;
    QLineEdit* reviewerEdit_ = nullptr;
    AnswerEdit* answerIt_ = nullptr;
    AnswerEdit* answerEn_ = nullptr;
    QPushButton* saveButton_ = nullptr;
    QPushButton* revertButton_ = nullptr;

    qint64 nodeId_ = 0;
    qint64 baseRevision_ = 0;
    DraftNode loaded_;            // what the form was loaded from
    bool editable_ = false;
    bool loading_ = false;
    bool lastUnsaved_ = false;
};

} // namespace sportello::desk
